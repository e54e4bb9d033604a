// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The base environment of every strategy: the allow-list of a login, whatever the terminal exported.
#include "baseenvironment.h"

#include <QtTest>

using namespace corral;

class TestBaseEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void build_keepsTheAllowListAndDropsWhatATerminalExported()
    {
        QProcessEnvironment session;
        session.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        session.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        session.insert(QStringLiteral("LC_TIME"), QStringLiteral("en_GB.UTF-8"));
        session.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
        session.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
        session.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/run/user/1000/bus"));
        session.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kolkata"));
        session.insert(QStringLiteral("CORRAL_HOME"), QStringLiteral("/tmp/corral-x"));
        session.insert(QStringLiteral("BINANCE_API_KEY"), QStringLiteral("exported-for-one-test"));
        session.insert(QStringLiteral("VIRTUAL_ENV"), QStringLiteral("/home/u/venv"));
        session.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("/tmp/evil.so"));
        session.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/home/u/dev"));
        session.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        const QProcessEnvironment base = BaseEnvironment::build(session);
#ifdef Q_OS_WIN
        // The user's environment block, not the session's values: what Windows programs need is in it.
        QVERIFY(base.value(QStringLiteral("PATH")) != session.value(QStringLiteral("PATH")));
        QVERIFY(!base.value(QStringLiteral("PATH")).isEmpty());
        QVERIFY(!base.value(QStringLiteral("SystemRoot")).isEmpty());
        QCOMPARE(base.value(QStringLiteral("CORRAL_HOME")), session.value(QStringLiteral("CORRAL_HOME")));
#else
        for (const char *kept :
             {"PATH", "LANG", "LC_TIME", "XDG_RUNTIME_DIR", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "TZ", "CORRAL_HOME"})
            QCOMPARE(base.value(QString::fromLatin1(kept)), session.value(QString::fromLatin1(kept)));
#endif
        for (const char *dropped : {"BINANCE_API_KEY", "VIRTUAL_ENV", "LD_PRELOAD", "PYTHONPATH", "TERM"})
            QVERIFY2(!base.contains(QString::fromLatin1(dropped)), dropped);
    }

    void build_whoTheUserIs_comesFromTheAccountNotTheSession()
    {
        QProcessEnvironment session;
        session.insert(QStringLiteral("HOME"), QStringLiteral("/somewhere/else"));
        session.insert(QStringLiteral("USER"), QStringLiteral("someone-else"));
        const QProcessEnvironment base = BaseEnvironment::build(session);
#ifdef Q_OS_UNIX
        QVERIFY(base.value(QStringLiteral("HOME")) != QStringLiteral("/somewhere/else"));
        QVERIFY(base.value(QStringLiteral("USER")) != QStringLiteral("someone-else"));
        QCOMPARE(base.value(QStringLiteral("LOGNAME")), base.value(QStringLiteral("USER")));
        QVERIFY(!base.value(QStringLiteral("SHELL")).isEmpty());
#endif
        QVERIFY(!base.value(QStringLiteral("PATH")).isEmpty()); // a PATH even when the session had none
    }

    void build_isTheSameHoweverTheSessionDiffersOutsideTheList()
    {
        QProcessEnvironment a;
        a.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        QProcessEnvironment b = a;
        b.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("x"));
        b.insert(QStringLiteral("OLDPWD"), QStringLiteral("/tmp"));
        QCOMPARE(BaseEnvironment::build(a), BaseEnvironment::build(b));
    }

    void isAllowed_prefixesAndExactNames()
    {
        QVERIFY(BaseEnvironment::isAllowed(QStringLiteral("LC_ALL")));
        QVERIFY(BaseEnvironment::isAllowed(QStringLiteral("XDG_CONFIG_HOME")));
        QVERIFY(BaseEnvironment::isAllowed(QStringLiteral("WAYLAND_DISPLAY")));
        QVERIFY(!BaseEnvironment::isAllowed(QStringLiteral("PATHEXT_LIKE")));
        QVERIFY(!BaseEnvironment::isAllowed(QStringLiteral("HOMEBREW_PREFIX")));
        QVERIFY(!BaseEnvironment::isAllowed(QStringLiteral("LC")));
    }
};

QTEST_GUILESS_MAIN(TestBaseEnvironment)
#include "tst_baseenvironment.moc"
