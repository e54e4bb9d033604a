// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "interpreterguess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace corral::gui;

namespace {

bool makeFile(const QString &path, bool executable)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    return file.setPermissions(permissions);
}

// The interpreter's place in a venv made on this OS.
QString venvPython(const char *venv)
{
#ifdef Q_OS_WIN
    return QLatin1String(venv) + QStringLiteral("/Scripts/python.exe");
#else
    return QLatin1String(venv) + QStringLiteral("/bin/python");
#endif
}

} // namespace

class TestInterpreterGuess : public QObject
{
    Q_OBJECT

private slots:
    void isPythonScript_matchesPyInAnyCase();
    void venvBesideScript_isProposed();
    void dotVenvInParent_isProposed();
    void scriptDirectory_winsOverParent();
    void nonExecutableInterpreter_isIgnored();
    void noVenv_fallsBackToPython3();
};

void TestInterpreterGuess::isPythonScript_matchesPyInAnyCase()
{
    QVERIFY(isPythonScript(QStringLiteral("/opt/bot.py")));
    QVERIFY(isPythonScript(QStringLiteral("BOT.PY")));
    QVERIFY(!isPythonScript(QStringLiteral("/opt/bot.pyc")));
    QVERIFY(!isPythonScript(QStringLiteral("/usr/bin/python3")));
}

void TestInterpreterGuess::venvBesideScript_isProposed()
{
    QTemporaryDir dir;
    QVERIFY(makeFile(dir.filePath(venvPython("venv")), true));
    const InterpreterGuess guess = guessInterpreter(dir.filePath(QStringLiteral("bot.py")));
    QVERIFY(guess.fromVirtualenv);
    QCOMPARE(guess.interpreter, dir.filePath(venvPython("venv")));
}

void TestInterpreterGuess::dotVenvInParent_isProposed()
{
    QTemporaryDir dir;
    QVERIFY(makeFile(dir.filePath(venvPython(".venv")), true));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("src")));
    const InterpreterGuess guess = guessInterpreter(dir.filePath(QStringLiteral("src/bot.py")));
    QVERIFY(guess.fromVirtualenv);
    QCOMPARE(guess.interpreter, dir.filePath(venvPython(".venv")));
}

void TestInterpreterGuess::scriptDirectory_winsOverParent()
{
    QTemporaryDir dir;
    QVERIFY(makeFile(dir.filePath(venvPython("venv")), true));
    QVERIFY(makeFile(dir.filePath(QString(QStringLiteral("bots/") + venvPython("env"))), true));
    const InterpreterGuess guess = guessInterpreter(dir.filePath(QStringLiteral("bots/bot.py")));
    QCOMPARE(guess.interpreter, dir.filePath(QString(QStringLiteral("bots/") + venvPython("env"))));
}

void TestInterpreterGuess::nonExecutableInterpreter_isIgnored()
{
#ifdef Q_OS_WIN
    QSKIP("Windows has no execute bit: a file is a program by its extension");
#endif
    QTemporaryDir dir;
    QVERIFY(makeFile(dir.filePath(venvPython("venv")), false));
    QVERIFY(makeFile(dir.filePath(venvPython("env")), true));
    const InterpreterGuess guess = guessInterpreter(dir.filePath(QStringLiteral("bot.py")));
    QCOMPARE(guess.interpreter, dir.filePath(venvPython("env")));
}

void TestInterpreterGuess::noVenv_fallsBackToPython3()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
    const InterpreterGuess guess = guessInterpreter(dir.filePath(QStringLiteral("a/b/bot.py")));
    QVERIFY(!guess.fromVirtualenv);
    QCOMPARE(guess.interpreter, QStringLiteral("python3"));
}

QTEST_MAIN(TestInterpreterGuess)
#include "tst_interpreterguess.moc"
