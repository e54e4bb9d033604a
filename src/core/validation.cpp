// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "validation.h"

#include "dependencyorder.h"
#include "strategyfields.h"
#include "timezoneids.h"

#include <QHash>
#include <QSet>

namespace corral::validation {

namespace {

constexpr int MaxNameLength = 64;

void checkNotNegative(int value, const QString &field, QList<ConfigError> *errors)
{
    if (value < 0)
        errors->append(fieldError(field, QStringLiteral("must not be negative (is %1)").arg(value)));
}

// Empty is the machine's local zone.
void checkZone(const QString &zone, const QString &field, QList<ConfigError> *errors)
{
    if (zone.isEmpty() || isKnownTimeZone(zone))
        return;
    const QStringList closest = closestTimeZones(zone);
    const QString hint = closest.isEmpty() ? QStringLiteral("use an IANA id such as Europe/Berlin")
                                           : QStringLiteral("did you mean %1?").arg(closest.join(QStringLiteral(", ")));
    errors->append(fieldError(field, QStringLiteral("unknown time zone \"%1\" (%2)").arg(zone, hint)));
}

void checkSchedule(const Schedule &schedule, QList<ConfigError> *errors)
{
    for (int i = 0; i < schedule.windows.size(); ++i) {
        const ScheduleWindow &window = schedule.windows.at(i);
        const QString prefix = QStringLiteral("schedule.windows[%1]").arg(i);
        // A window without days never opens: surely a forgotten "days", not an intent.
        if (window.days.isEmpty())
            errors->append(fieldError(prefix + QStringLiteral(".days"), QStringLiteral("list at least one day")));
        for (int d = 0; d < window.days.size(); ++d) {
            const int day = window.days.at(d);
            if (day < Qt::Monday || day > Qt::Sunday)
                errors->append(
                    fieldError(prefix + QStringLiteral(".days[%1]").arg(d),
                               QStringLiteral("unknown day %1 (use mon, tue, wed, thu, fri, sat or sun)").arg(day)));
        }
        if (!window.start.isValid())
            errors->append(
                fieldError(prefix + QStringLiteral(".start"), QStringLiteral("not a valid time (use HH:MM)")));
        if (!window.stop.isValid())
            errors->append(
                fieldError(prefix + QStringLiteral(".stop"), QStringLiteral("not a valid time (use HH:MM)")));
        if (window.start.isValid() && window.stop.isValid() && window.start == window.stop)
            errors->append(fieldError(prefix, QStringLiteral("window has zero length (start and stop are both %1)")
                                                  .arg(window.start.toString(QStringLiteral("HH:mm")))));
        checkZone(window.timeZone, prefix + QStringLiteral(".tz"), errors);
    }
    for (int i = 0; i < schedule.holidays.size(); ++i) {
        if (!schedule.holidays.at(i).isValid())
            errors->append(fieldError(QStringLiteral("schedule.holidays[%1]").arg(i),
                                      QStringLiteral("not a valid date (use YYYY-MM-DD)")));
    }
    checkNotNegative(schedule.everyMinutes, QStringLiteral("schedule.everyMinutes"), errors);
    checkZone(schedule.timeZone, QStringLiteral("schedule.tz"), errors);
    // Each window carries its own zone: one beside them would be ignored without a word.
    if (!schedule.timeZone.isEmpty() && schedule.everyMinutes == 0)
        errors->append(fieldError(QStringLiteral("schedule.tz"),
                                  QStringLiteral("is the zone of everyMinutes (windows have their own \"tz\")")));
    // Windows start and stop a long-running program; everyMinutes starts a one-shot job. Mixing them
    // has no single meaning, so the user has to pick one.
    if (!schedule.windows.isEmpty() && schedule.everyMinutes != 0)
        errors->append(
            fieldError(QStringLiteral("schedule"), QStringLiteral("set either windows or everyMinutes, not both")));
}

// Reports every cycle once, starting at the strategy that comes first in the list.
void checkCycles(const QList<Strategy> &strategies, QList<ConfigError> *errors)
{
    QList<DependencyNode> nodes;
    for (const Strategy &s : strategies)
        nodes.append({s.name, s.dependencies, s.priority});
    for (const DependencyCycle &cycle : dependencyCycles(nodes))
        errors->append(fieldError(QStringLiteral("strategies[%1].dependencies").arg(cycle.closesAt),
                                  QStringLiteral("dependency cycle: %1").arg(cycle.path.join(QStringLiteral(" -> ")))));
}

} // namespace

QString checkName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    if (name.size() > MaxNameLength)
        return QStringLiteral("must be at most %1 characters (is %2)").arg(MaxNameLength).arg(name.size());
    // The name becomes a log file, a pidfile and a lock file name, on Windows too.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            return QStringLiteral("must not contain \"%1\"").arg(c);
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("must not contain control characters");
    }
    // A leading dot hides the files on Unix, and "." / ".." are not names at all.
    if (name.startsWith(QLatin1Char('.')))
        return QStringLiteral("must not start with \".\"");
    return QString();
}

QList<ConfigError> checkStrategy(const Strategy &strategy)
{
    QList<ConfigError> errors;

    const QString nameProblem = checkName(strategy.name);
    if (!nameProblem.isEmpty())
        errors.append(fieldError(QStringLiteral("name"), nameProblem));
    if (strategy.program.trimmed().isEmpty())
        errors.append(fieldError(QStringLiteral("program"), QStringLiteral("must not be empty")));

    for (auto it = strategy.env.cbegin(); it != strategy.env.cend(); ++it) {
        if (it.key().isEmpty())
            errors.append(fieldError(QStringLiteral("env"), QStringLiteral("variable name must not be empty")));
        else if (it.key().contains(QLatin1Char('=')))
            errors.append(fieldError(QStringLiteral("env.%1").arg(it.key()),
                                     QStringLiteral("variable name must not contain \"=\"")));
    }
    // A misspelt secret key would silently show the real secret in the GUI and the logs.
    for (int i = 0; i < strategy.secretEnv.size(); ++i) {
        if (!strategy.env.contains(strategy.secretEnv.at(i)))
            errors.append(fieldError(QStringLiteral("secretEnv[%1]").arg(i),
                                     QStringLiteral("\"%1\" is not a key of env").arg(strategy.secretEnv.at(i))));
    }

    if (restartModeName(strategy.restart).isEmpty())
        errors.append(fieldError(QStringLiteral("restart"),
                                 QStringLiteral("unknown restart policy (use never, on-failure or always)")));
    for (const StrategyField &field : strategyFields()) {
        if (field.checkMinimum)
            field.checkMinimum(strategy, field.minimum, field.key, &errors);
    }

    for (int i = 0; i < strategy.dependencies.size(); ++i) {
        if (!strategy.name.isEmpty() && strategy.dependencies.at(i) == strategy.name)
            errors.append(fieldError(QStringLiteral("dependencies[%1]").arg(i),
                                     QStringLiteral("a strategy cannot depend on itself")));
    }

    checkSchedule(strategy.schedule, &errors);
    return errors;
}

QList<ConfigError> checkAll(const QList<Strategy> &strategies)
{
    QList<ConfigError> errors;
    QHash<QString, int> firstIndex;
    for (int i = 0; i < strategies.size(); ++i) {
        if (!firstIndex.contains(strategies.at(i).name))
            firstIndex.insert(strategies.at(i).name, i);
    }

    for (int i = 0; i < strategies.size(); ++i) {
        const Strategy &strategy = strategies.at(i);
        const QString prefix = QStringLiteral("strategies[%1].").arg(i);
        const QList<ConfigError> own = checkStrategy(strategy);
        for (ConfigError error : own) {
            error.field.prepend(prefix);
            errors.append(error);
        }

        const int first = firstIndex.value(strategy.name);
        if (!strategy.name.isEmpty() && first != i)
            errors.append(fieldError(
                prefix + QStringLiteral("name"),
                QStringLiteral("duplicate name \"%1\" (also strategies[%2])").arg(strategy.name).arg(first)));

        for (int d = 0; d < strategy.dependencies.size(); ++d) {
            const QString &dependency = strategy.dependencies.at(d);
            if (dependency != strategy.name && !firstIndex.contains(dependency))
                errors.append(fieldError(prefix + QStringLiteral("dependencies[%1]").arg(d),
                                         QStringLiteral("unknown strategy \"%1\"").arg(dependency)));
        }
    }

    checkCycles(strategies, &errors);
    return errors;
}

} // namespace corral::validation
