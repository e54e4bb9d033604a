// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The window's settings survive a restart. QSettings keeps one parsed copy of a file per process, so a
// "restart" here reads a copy of the file under a new name: parsed from disk, as the next run would.
#include "settings.h"
#include "support/filecontent.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using corral::gui::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    // The file as the next start of the window reads it.
    QString afterRestart(const QString &path)
    {
        const QString copy = m_dir.filePath(QStringLiteral("run%1.ini").arg(++m_runs));
        return QFile::copy(path, copy) ? copy : QString();
    }

private slots:
    void language_survivesARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui.ini"));
        {
            Settings settings(path);
            settings.setLanguage(QStringLiteral("de"));
            settings.setCloseToTray(false);
            settings.sync();
        }
        const QString next = afterRestart(path);
        QVERIFY(!next.isEmpty());
        Settings restarted(next);
        QCOMPARE(restarted.language(), QStringLiteral("de"));
        QCOMPARE(restarted.closeToTray(), false);
    }

    void language_savedUnderTheOldKey_isStillRead_andReplacedOnTheNextChoice()
    {
        // What earlier versions left in the file.
        const QString path = m_dir.filePath(QStringLiteral("old.ini"));
        QVERIFY(corral::test::writeFile(path, "[%General]\nlanguage=de\n"));
        {
            Settings settings(path);
            QCOMPARE(settings.language(), QStringLiteral("de"));
            settings.setLanguage(QStringLiteral("en"));
            settings.sync();
        }
        Settings restarted(afterRestart(path));
        QCOMPARE(restarted.language(), QStringLiteral("en"));
        QVERIFY2(!corral::test::readAll(path).contains("%General"), corral::test::readAll(path).constData());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
