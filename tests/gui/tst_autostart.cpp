// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// "Start Corral at login" on Linux: an XDG autostart entry under $XDG_CONFIG_HOME that appears with the
// right Exec line, validates, and disappears when switched off — directly and through the Settings dialog.

#include "autostart.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace autostart = corral::gui::autostart;
using corral::gui::Settings;
using corral::gui::SettingsDialog;

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QString entryPath() const { return m_config.filePath(QStringLiteral("autostart/corral.desktop")); }

    QString execLine() const
    {
        QFile file(entryPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("Exec="))
                return QString::fromUtf8(line.mid(5));
        return {};
    }

    // desktop-file-validate (desktop-file-utils) when it is installed; true otherwise.
    bool validates(QString *output) const
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            return true;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(validator, {entryPath()});
        p.waitForFinished(10000);
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !output->contains(QLatin1String("error"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Never the developer's own ~/.config.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCOMPARE(autostart::location(), entryPath());
    }

    void cleanup() { QFile::remove(entryPath()); }

    void enable_writesEntryThatStartsThisProgramMinimized()
    {
        QVERIFY(autostart::isSupported());
        QVERIFY(!autostart::isEnabled());
        QCOMPARE(autostart::setEnabled(true), QString());
        QVERIFY(QFile::exists(entryPath()));
        QVERIFY(autostart::isEnabled());
        QCOMPARE(autostart::defaultCommand().first(), QCoreApplication::applicationFilePath());
        QCOMPARE(execLine(), QCoreApplication::applicationFilePath() + QStringLiteral(" --minimized"));
        QString output;
        QVERIFY2(validates(&output), qPrintable(output));
    }

    void disable_removesEntry()
    {
        QCOMPARE(autostart::setEnabled(true), QString());
        QVERIFY(QFile::exists(entryPath()));
        QCOMPARE(autostart::setEnabled(false), QString());
        QVERIFY(!QFile::exists(entryPath()));
        QVERIFY(!autostart::isEnabled());
        // Switching off what is already off is fine.
        QCOMPARE(autostart::setEnabled(false), QString());
    }

    void enable_pathWithReservedCharacters_isQuotedForTheExecKey()
    {
        const QStringList command{QStringLiteral("/opt/My Apps/$HOME \"q\" 100%/corral"),
                                  QStringLiteral("--minimized")};
        QCOMPARE(autostart::setEnabled(true, command), QString());
        // Quoted, with " and $ escaped by a backslash that the string escape doubles; % doubled.
        QCOMPARE(execLine(), QStringLiteral(R"("/opt/My Apps/\\$HOME \\"q\\" 100%%/corral" --minimized)"));
        QString output;
        QVERIFY2(validates(&output), qPrintable(output));
    }

    void enable_rewritesAnEntryForAMovedProgram()
    {
        QCOMPARE(autostart::setEnabled(true, {QStringLiteral("/old/corral")}), QString());
        QCOMPARE(autostart::setEnabled(true, {QStringLiteral("/new/corral"), QStringLiteral("--minimized")}),
                 QString());
        QCOMPARE(execLine(), QStringLiteral("/new/corral --minimized"));
    }

    void entrySwitchedOffByTheDesktop_countsAsDisabled()
    {
        QCOMPARE(autostart::setEnabled(true), QString());
        QFile file(entryPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!autostart::isEnabled());
    }

    void settingsDialog_checkbox_createsAndRemovesEntry()
    {
        Settings settings(m_config.filePath(QStringLiteral("gui.ini")));
        {
            SettingsDialog dialog(&settings);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
            QVERIFY(box);
            QVERIFY(box->isEnabled());
            QVERIFY(!box->isChecked());
            box->setChecked(true);
            dialog.accept();
        }
        QVERIFY(QFile::exists(entryPath()));
        QCOMPARE(execLine(), QCoreApplication::applicationFilePath() + QStringLiteral(" --minimized"));
        {
            SettingsDialog dialog(&settings);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
            QVERIFY(box->isChecked());
            box->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!QFile::exists(entryPath()));
    }
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
