// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategyfields.h"

#include "jsonread.h"
#include "schedulejson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace corral {

namespace {

// One codec per kind of member: its C++ type and its JSON form.

struct Text
{
    static QJsonValue write(const QString &value) { return value; }
    static bool read(const QJsonValue &value, const QString &field, QString *out, QList<ConfigError> *errors)
    {
        return json::readString(value, field, out, errors);
    }
};

struct TextList
{
    static QJsonValue write(const QStringList &value) { return QJsonArray::fromStringList(value); }
    static bool read(const QJsonValue &value, const QString &field, QStringList *out, QList<ConfigError> *errors)
    {
        return json::readStringList(value, field, out, errors);
    }
};

struct TextMap
{
    static QJsonValue write(const QMap<QString, QString> &value)
    {
        QJsonObject object;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    }
    // The entries that are strings are kept even when others are not, as before the table.
    static bool read(const QJsonValue &value, const QString &field, QMap<QString, QString> *out,
                     QList<ConfigError> *errors)
    {
        QJsonObject object;
        if (!json::readObject(value, field, &object, errors))
            return false;
        bool ok = true;
        QMap<QString, QString> map;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString text;
            if (json::readString(it.value(), field + QLatin1Char('.') + it.key(), &text, errors))
                map.insert(it.key(), text);
            else
                ok = false;
        }
        *out = map;
        return ok;
    }
};

// `shown` and `shownMinimum` are in the file's unit, which is what the user wrote.
void checkAtLeast(int value, int minimum, const QString &shown, const QString &shownMinimum, const QString &field,
                  QList<ConfigError> *errors)
{
    if (value >= minimum)
        return;
    errors->append(fieldError(field, minimum == 0
                                         ? QStringLiteral("must not be negative (is %1)").arg(shown)
                                         : QStringLiteral("must be at least %1 (is %2)").arg(shownMinimum, shown)));
}

struct Count
{
    static QJsonValue write(int value) { return value; }
    static bool read(const QJsonValue &value, const QString &field, int *out, QList<ConfigError> *errors)
    {
        return json::readInt(value, field, out, errors);
    }
    static void checkMinimum(int value, int minimum, const QString &field, QList<ConfigError> *errors)
    {
        checkAtLeast(value, minimum, QString::number(value), QString::number(minimum), field, errors);
    }
};

// Milliseconds in the model, seconds (fractions allowed) in the file.
struct Seconds
{
    static QJsonValue write(int ms) { return ms / 1000.0; }
    static bool read(const QJsonValue &value, const QString &field, int *out, QList<ConfigError> *errors)
    {
        const double ms = std::round(value.toDouble() * 1000.0);
        if (!value.isDouble()) {
            errors->append(fieldError(field, QStringLiteral("expected a number of seconds")));
            return false;
        }
        if (std::abs(ms) > std::numeric_limits<int>::max()) {
            errors->append(fieldError(field, QStringLiteral("%1 is out of range").arg(value.toDouble())));
            return false;
        }
        *out = static_cast<int>(ms);
        return true;
    }
    static void checkMinimum(int ms, int minimum, const QString &field, QList<ConfigError> *errors)
    {
        checkAtLeast(ms, minimum, QStringLiteral("%1").arg(ms / 1000.0), QStringLiteral("%1").arg(minimum / 1000.0),
                     field, errors);
    }
};

struct Restart
{
    static QJsonValue write(RestartMode mode) { return restartModeName(mode); }
    static bool read(const QJsonValue &value, const QString &field, RestartMode *out, QList<ConfigError> *errors)
    {
        QString text;
        if (!json::readString(value, field, &text, errors))
            return false;
        if (parseRestartMode(text, out))
            return true;
        errors->append(fieldError(
            field, QStringLiteral("unknown restart policy \"%1\" (use never, on-failure or always)").arg(text)));
        return false;
    }
};

struct Leftovers
{
    static QJsonValue write(LeftoverMode mode) { return leftoverModeName(mode); }
    static bool read(const QJsonValue &value, const QString &field, LeftoverMode *out, QList<ConfigError> *errors)
    {
        QString text;
        if (!json::readString(value, field, &text, errors))
            return false;
        if (parseLeftoverMode(text, out))
            return true;
        errors->append(
            fieldError(field, QStringLiteral("unknown leftovers mode \"%1\" (use follow or kill)").arg(text)));
        return false;
    }
};

struct ScheduleObject
{
    static QJsonValue write(const Schedule &schedule) { return scheduleToJson(schedule); }
    static bool read(const QJsonValue &value, const QString &field, Schedule *out, QList<ConfigError> *errors)
    {
        QJsonObject object;
        return json::readObject(value, field, &object, errors) &&
               scheduleFromJson(object, out, errors, field + QLatin1Char('.'));
    }
};

const Strategy &defaults()
{
    static const Strategy strategy;
    return strategy;
}

// The member is a template argument so that each row's functions are plain function pointers.
template <typename Codec, auto Member> StrategyField field(const char *key)
{
    StrategyField row;
    row.key = QString::fromLatin1(key);
    row.isDefault = [](const Strategy &s) { return s.*Member == defaults().*Member; };
    row.write = [](const Strategy &s) { return Codec::write(s.*Member); };
    row.read = [](const QJsonValue &value, const QString &name, Strategy *s, QList<ConfigError> *errors) {
        return Codec::read(value, name, &(s->*Member), errors);
    };
    return row;
}

template <typename Codec, auto Member> StrategyField number(const char *key, int minimum)
{
    StrategyField row = field<Codec, Member>(key);
    row.checkMinimum = [](const Strategy &s, int least, const QString &name, QList<ConfigError> *errors) {
        Codec::checkMinimum(s.*Member, least, name, errors);
    };
    row.minimum = minimum;
    return row;
}

StrategyField alwaysWritten(StrategyField row)
{
    row.alwaysWritten = true;
    return row;
}

} // namespace

QString StrategyField::object() const
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : key.left(dot);
}

QString StrategyField::name() const
{
    return key.mid(key.indexOf(QLatin1Char('.')) + 1);
}

const QList<StrategyField> &strategyFields()
{
    static const QList<StrategyField> fields = {
        alwaysWritten(field<Text, &Strategy::name>("name")),
        alwaysWritten(field<Text, &Strategy::program>("program")),
        field<TextList, &Strategy::args>("args"),
        field<Text, &Strategy::workingDir>("cwd"),
        field<TextMap, &Strategy::env>("env"),
        field<TextList, &Strategy::secretEnv>("secretEnv"),
        field<Text, &Strategy::envFile>("envFile"),
        field<TextMap, &Strategy::inheritedEnv>("inheritedEnv"),
        field<Restart, &Strategy::restart>("restart"),
        number<Count, &Strategy::maxRestarts>("maxRestarts", 0),
        number<Seconds, &Strategy::stopTimeoutMs>("stopTimeoutSec", 0),
        field<Leftovers, &Strategy::leftovers>("leftovers"),
        number<Count, &Strategy::memoryMb>("limits.memoryMb", 0),
        number<Count, &Strategy::maxOpenFiles>("limits.openFiles", 0),
        number<Count, &Strategy::threads>("limits.threads", 0),
        number<Count, &Strategy::logMaxMb>("log.maxMb", 1),
        number<Count, &Strategy::logBackups>("log.backups", 0),
        field<Count, &Strategy::priority>("priority"),
        field<TextList, &Strategy::dependencies>("dependencies"),
        field<ScheduleObject, &Strategy::schedule>("schedule"),
    };
    return fields;
}

} // namespace corral
