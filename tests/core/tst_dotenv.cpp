// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// --env-file's dotenv reader: what bots' .env files hold is read as python-dotenv and docker read it, and
// anything else is refused with the line it is on.
#include "dotenv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace corral;

using Env = QMap<QString, QString>;

class TestDotenv : public QObject
{
    Q_OBJECT

private slots:
    void parse_acceptedForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Env>("expected");
        QTest::newRow("plain") << QByteArray("A=1\nB=two words\n") << Env{{"A", "1"}, {"B", "two words"}};
        QTest::newRow("comments and blanks") << QByteArray("# header\n\n   \n  # indented\nA=1\n") << Env{{"A", "1"}};
        QTest::newRow("export prefix") << QByteArray("export A=1\nexport\tB=2\n") << Env{{"A", "1"}, {"B", "2"}};
        QTest::newRow("spaces around =") << QByteArray("A = 1\n") << Env{{"A", "1"}};
        QTest::newRow("empty value") << QByteArray("A=\nB=''\nC=\"\"\n") << Env{{"A", ""}, {"B", ""}, {"C", ""}};
        QTest::newRow("single quotes are literal")
            << QByteArray("A='x # y \\n $HOME'\n") << Env{{"A", "x # y \\n $HOME"}};
        QTest::newRow("double quotes have escapes")
            << QByteArray("A=\"line1\\nline2 \\\"q\\\" \\\\ tab\\t\"\n") << Env{{"A", "line1\nline2 \"q\" \\ tab\t"}};
        QTest::newRow("comment after a value")
            << QByteArray("A=1 # one\nB='2' # two\nC=x#y\n") << Env{{"A", "1"}, {"B", "2"}, {"C", "x#y"}};
        QTest::newRow("no expansion") << QByteArray("A=${HOME}/x\n") << Env{{"A", "${HOME}/x"}};
        QTest::newRow("CRLF") << QByteArray("A=1\r\nB=2\r\n") << Env{{"A", "1"}, {"B", "2"}};
        QTest::newRow("last wins") << QByteArray("A=1\nA=2\n") << Env{{"A", "2"}};
        QTest::newRow("= in the value") << QByteArray("URL=https://h/?a=b&c=d\n") << Env{{"URL", "https://h/?a=b&c=d"}};
    }

    void parse_acceptedForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(Env, expected);
        Env out;
        QString error;
        QVERIFY2(dotenv::parse(text, &out, &error), qPrintable(error));
        QCOMPARE(out, expected);
    }

    void parse_mistakes_nameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no =") << QByteArray("A=1\njust words\n") << QStringLiteral("2: expected KEY=VALUE");
        QTest::newRow("no name") << QByteArray("=1\n") << QStringLiteral("1: missing the variable name");
        QTest::newRow("bad name") << QByteArray("\n\n1A=x\n") << QStringLiteral("3: \"1A\" is not a variable name");
        QTest::newRow("dash in name") << QByteArray("API-KEY=x\n") << QStringLiteral("1: \"API-KEY\" is not");
        QTest::newRow("open single") << QByteArray("A='x\n") << QStringLiteral("1: A: unterminated single quote");
        QTest::newRow("open double") << QByteArray("A=\"x\n") << QStringLiteral("1: A: unterminated double quote");
        QTest::newRow("text after quote") << QByteArray("A='x'y\n") << QStringLiteral("1: A: unexpected text");
    }

    void parse_mistakes_nameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Env out{{"KEPT", "1"}};
        QString error;
        QVERIFY(!dotenv::parse(text, &out, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(out, (Env{{"KEPT", "1"}})); // never half-read
    }

    void read_missingFile_saysWhichAndWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.env"));
        Env out;
        QString error;
        QVERIFY(!dotenv::read(path, &out, &error));
        QFile absent(path);
        QVERIFY(!absent.open(QIODevice::ReadOnly));
        // The reason in the OS's own words ("No such file or directory", "File not found.").
        QCOMPARE(error, QStringLiteral("%1: cannot read: %2").arg(path, absent.errorString()));
    }

    void read_malformedFile_isFileColonLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bot.env"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("A=1\nB\n");
        f.close();
        Env out;
        QString error;
        QVERIFY(!dotenv::read(path, &out, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":2: expected KEY=VALUE")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDotenv)
#include "tst_dotenv.moc"
