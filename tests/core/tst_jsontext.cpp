// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configstore.h"
#include "protocol.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace corral;

// Strings that start with U+FEFF must come back unchanged through the config file and through frames
// (Qt 6.4's parser drops it from unescaped strings).
class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void configRoundTrip_stringsStartingWithByteOrderMark_comeBackUnchanged()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("strategies.json")));
        Strategy s;
        s.name = QStringLiteral("bot");
        s.program = QStringLiteral("/bin/true");
        s.args = {QStringLiteral("\uFEFFarg")};
        s.env.insert(QStringLiteral("\uFEFFKEY"), QStringLiteral("\uFEFFvalue"));
        ConfigError error;
        QVERIFY2(store.save({s}, &error), qPrintable(error.toString()));
        QList<Strategy> back;
        QVERIFY2(store.load(&back, &error), qPrintable(error.toString()));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first(), s);
    }

    void frameRoundTrip_stringsStartingWithByteOrderMark_comeBackUnchanged()
    {
        const QJsonObject body{{QStringLiteral("id"), 1},
                               {QStringLiteral("cmd"), QStringLiteral("status")},
                               {QStringLiteral("name"), QStringLiteral("\uFEFFbot")}};
        protocol::FrameReader reader;
        reader.feed(protocol::encodeFrame(body));
        QJsonObject back;
        QVERIFY(reader.next(&back));
        QCOMPARE(back, body);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
