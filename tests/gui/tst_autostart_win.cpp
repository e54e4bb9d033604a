// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// "Start Corral at login" on Windows: the HKCU Run value "Corral", which the app's Settings and the
// installer (installer/windows/NSIS.template.in, /StartAtLogin) both write. The line is pinned here as
// the installer writes it for its two default folders, so that each reads the other's as on. Under Wine
// this is the test prefix's registry; the value found at the start is put back.

#include "autostart.h"

#include <QSettings>
#include <QTest>

namespace autostart = corral::gui::autostart;

namespace {

const QString runKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString valueName = QStringLiteral("Corral");

QVariant runValue()
{
    return QSettings(runKey, QSettings::NativeFormat).value(valueName);
}

} // namespace

class TestAutostartWin : public QObject
{
    Q_OBJECT

private:
    QVariant m_saved;

private slots:
    void initTestCase() { m_saved = runValue(); }

    void cleanupTestCase()
    {
        QSettings run(runKey, QSettings::NativeFormat);
        if (m_saved.isValid())
            run.setValue(valueName, m_saved);
        else
            run.remove(valueName);
    }

    void entryIsTheRunValue()
    {
        QVERIFY(autostart::isSupported());
        QCOMPARE(autostart::location(), runKey + QStringLiteral("\\Corral"));
        QCOMPARE(autostart::defaultCommand().value(1), QStringLiteral("--minimized"));
    }

    // What the installer writes: "<folder>\bin\corral.exe --minimized", the path quoted when it holds a space.
    void writesTheInstallersLine_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("line");
        QTest::newRow("all users") << QStringLiteral("C:/Program Files/Corral/bin/corral.exe")
                                   << QStringLiteral("\"C:\\Program Files\\Corral\\bin\\corral.exe\" --minimized");
        QTest::newRow("per user")
            << QStringLiteral("C:/Users/ana/AppData/Local/Programs/Corral/bin/corral.exe")
            << QStringLiteral("C:\\Users\\ana\\AppData\\Local\\Programs\\Corral\\bin\\corral.exe --minimized");
    }

    void writesTheInstallersLine()
    {
        QFETCH(QString, program);
        QFETCH(QString, line);
        QCOMPARE(autostart::setEnabled(true, {program, QStringLiteral("--minimized")}), QString());
        QCOMPARE(runValue().toString(), line);
        QVERIFY(autostart::isEnabled());
    }

    void readsTheInstallersEntryAndRemovesIt()
    {
        QSettings(runKey, QSettings::NativeFormat)
            .setValue(valueName, QStringLiteral("\"C:\\Program Files\\Corral\\bin\\corral.exe\" --minimized"));
        QVERIFY(autostart::isEnabled());
        QCOMPARE(autostart::setEnabled(false), QString());
        QVERIFY(!runValue().isValid());
        QVERIFY(!autostart::isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestAutostartWin)
#include "tst_autostart_win.moc"
