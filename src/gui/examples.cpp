// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "examples.h"

#include "configstore.h"
#include "interpreterguess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace corral::gui {

namespace {

// corrald looks a bare program up in its own PATH, which may not be the user's: store an absolute one.
QString absoluteProgram(const QString &program)
{
    if (QFileInfo(program).isAbsolute())
        return program;
    const QString found = QStandardPaths::findExecutable(program);
    return found.isEmpty() ? program : found;
}

QString uniqueName(QString base, const QStringList &taken)
{
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    if (base.isEmpty() || !validation::checkName(base).isEmpty())
        base = QStringLiteral("strategy");
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace

QString examplesDirectory()
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList candidates{bin + QStringLiteral("/../share/corral/examples"),
                                 bin + QStringLiteral("/../../resources/examples"),
                                 bin + QStringLiteral("/../Resources/examples")};
    for (const QString &dir : candidates)
        if (QFileInfo::exists(dir + QStringLiteral("/ticker.py")))
            return QDir::cleanPath(dir);
    return {};
}

QList<Strategy> exampleStrategies(const QString &directory, const QStringList &taken)
{
    QList<Strategy> out;
    if (directory.isEmpty())
        return out;
    const QString python = absoluteProgram(QStringLiteral("python3"));

    Strategy ticker;
    ticker.name = QStringLiteral("ticker");
    ticker.program = python;
    ticker.args = {QStringLiteral("ticker.py")};
    ticker.workingDir = directory;
    ticker.env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    ticker.restart = RestartMode::OnFailure;
    ticker.priority = 10;

    Strategy backfill;
    backfill.name = QStringLiteral("backfill");
    backfill.program = python;
    backfill.args = {QStringLiteral("backfill.py")};
    backfill.workingDir = directory;
    backfill.env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    backfill.restart = RestartMode::Never;

    for (const Strategy &s : {ticker, backfill})
        if (!taken.contains(s.name) && QFileInfo::exists(directory + QLatin1Char('/') + s.args.first()))
            out.append(s);
    return out;
}

Strategy strategyForScript(const QString &scriptPath, const QStringList &taken)
{
    const QFileInfo info(scriptPath);
    Strategy s;
    s.name = uniqueName(info.completeBaseName(), taken);
    s.workingDir = info.absolutePath();
    if (isPythonScript(scriptPath)) {
        const InterpreterGuess guess = guessInterpreter(info.absoluteFilePath());
        s.program = absoluteProgram(guess.interpreter);
        s.args = {info.absoluteFilePath()};
        s.env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    } else {
        s.program = info.absoluteFilePath();
    }
    return s;
}

} // namespace corral::gui
