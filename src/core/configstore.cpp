// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configstore.h"

#include "jsontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corral {

namespace {

const Strategy defaults;

const QStringList dayNames = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                              QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                              QStringLiteral("sun")};

ConfigError fieldError(const QString &field, const QString &message)
{
    ConfigError error;
    error.field = field;
    error.message = message;
    return error;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Words users bring from their hand-written managers, too far from ours for the spelling check to catch.
QString knownAlias(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("auto_restart"), QStringLiteral("restart")},
        {QStringLiteral("autorestart"), QStringLiteral("restart")},
        {QStringLiteral("command"), QStringLiteral("program")},
        {QStringLiteral("workingDir"), QStringLiteral("cwd")},
        {QStringLiteral("working_dir"), QStringLiteral("cwd")},
        {QStringLiteral("depends"), QStringLiteral("dependencies")},
        {QStringLiteral("depends_on"), QStringLiteral("dependencies")},
        {QStringLiteral("stopTimeout"), QStringLiteral("stopTimeoutSec")},
        {QStringLiteral("stop_timeout"), QStringLiteral("stopTimeoutSec")},
        {QStringLiteral("schedule_days"), QStringLiteral("schedule")},
    };
    return aliases.value(key);
}

// Unknown keys are errors: a typo such as "restrat" must not silently fall back to the default.
void checkKeys(const QJsonObject &json, const QStringList &known, const QString &prefix, QList<ConfigError> *errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (known.contains(key))
            continue;
        QString suggestion = knownAlias(key);
        if (suggestion.isEmpty()) {
            int best = 3; // farther than two edits is a different word, not a typo
            for (const QString &candidate : known) {
                const int distance = editDistance(key.toLower(), candidate.toLower());
                if (distance < best) {
                    best = distance;
                    suggestion = candidate;
                }
            }
        }
        QString message = QStringLiteral("unknown key \"%1\"").arg(key);
        if (!suggestion.isEmpty())
            message += QStringLiteral(" (did you mean \"%1\"?)").arg(suggestion);
        errors->append(fieldError(prefix + key, message));
    }
}

bool readString(const QJsonValue &value, const QString &field, QString *out, QList<ConfigError> *errors)
{
    if (!value.isString()) {
        errors->append(fieldError(field, QStringLiteral("expected a string")));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readInt(const QJsonValue &value, const QString &field, int *out, QList<ConfigError> *errors)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        errors->append(fieldError(field, QStringLiteral("expected a whole number")));
        return false;
    }
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        errors->append(fieldError(field, QStringLiteral("%1 is out of range").arg(number)));
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readStringList(const QJsonValue &value, const QString &field, QStringList *out, QList<ConfigError> *errors)
{
    if (!value.isArray()) {
        errors->append(fieldError(field, QStringLiteral("expected a list of strings")));
        return false;
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    bool ok = true;
    for (int i = 0; i < array.size(); ++i) {
        QString item;
        if (readString(array.at(i), QStringLiteral("%1[%2]").arg(field).arg(i), &item, errors))
            list.append(item);
        else
            ok = false;
    }
    if (ok)
        *out = list;
    return ok;
}

bool readObject(const QJsonValue &value, const QString &field, QJsonObject *out, QList<ConfigError> *errors)
{
    if (!value.isObject()) {
        errors->append(fieldError(field, QStringLiteral("expected an object")));
        return false;
    }
    *out = value.toObject();
    return true;
}

QTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return QTime();
    return QTime(match.captured(1).toInt(), match.captured(2).toInt()); // invalid when out of range
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

void readWindow(const QJsonObject &json, const QString &prefix, ScheduleWindow *window, QList<ConfigError> *errors)
{
    checkKeys(json, {QStringLiteral("days"), QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("tz")},
              prefix, errors);

    QStringList days;
    if (!json.contains(QLatin1String("days")))
        errors->append(
            fieldError(prefix + QStringLiteral("days"), QStringLiteral("missing (list days such as \"mon\")")));
    else if (readStringList(json.value(QLatin1String("days")), prefix + QStringLiteral("days"), &days, errors)) {
        window->days.clear();
        for (int i = 0; i < days.size(); ++i) {
            const int index = dayNames.indexOf(days.at(i).trimmed().toLower());
            if (index < 0)
                errors->append(fieldError(
                    QStringLiteral("%1days[%2]").arg(prefix).arg(i),
                    QStringLiteral("unknown day \"%1\" (use mon, tue, wed, thu, fri, sat or sun)").arg(days.at(i))));
            else
                window->days.append(index + 1);
        }
    }

    for (const QString &key : {QStringLiteral("start"), QStringLiteral("stop")}) {
        QTime *time = key == QLatin1String("start") ? &window->start : &window->stop;
        QString text;
        if (!json.contains(key))
            errors->append(fieldError(prefix + key, QStringLiteral("missing (use HH:MM)")));
        else if (readString(json.value(key), prefix + key, &text, errors)) {
            *time = parseTime(text);
            if (!time->isValid())
                errors->append(
                    fieldError(prefix + key, QStringLiteral("\"%1\" is not a valid time (use HH:MM)").arg(text)));
        }
    }

    if (json.contains(QLatin1String("tz")))
        readString(json.value(QLatin1String("tz")), prefix + QStringLiteral("tz"), &window->timeZone, errors);
}

void readSchedule(const QJsonObject &json, const QString &prefix, Schedule *schedule, QList<ConfigError> *errors)
{
    checkKeys(json, {QStringLiteral("windows"), QStringLiteral("holidays"), QStringLiteral("everyMinutes")}, prefix,
              errors);

    if (json.contains(QLatin1String("windows"))) {
        const QJsonValue value = json.value(QLatin1String("windows"));
        if (!value.isArray()) {
            errors->append(
                fieldError(prefix + QStringLiteral("windows"), QStringLiteral("expected a list of windows")));
        } else {
            const QJsonArray array = value.toArray();
            schedule->windows.clear();
            for (int i = 0; i < array.size(); ++i) {
                const QString field = QStringLiteral("%1windows[%2]").arg(prefix).arg(i);
                QJsonObject object;
                if (!readObject(array.at(i), field, &object, errors))
                    continue;
                ScheduleWindow window;
                readWindow(object, field + QLatin1Char('.'), &window, errors);
                schedule->windows.append(window);
            }
        }
    }

    QStringList holidays;
    if (json.contains(QLatin1String("holidays")) &&
        readStringList(json.value(QLatin1String("holidays")), prefix + QStringLiteral("holidays"), &holidays, errors)) {
        schedule->holidays.clear();
        for (int i = 0; i < holidays.size(); ++i) {
            const QDate date = parseDate(holidays.at(i));
            if (date.isValid())
                schedule->holidays.append(date);
            else
                errors->append(
                    fieldError(QStringLiteral("%1holidays[%2]").arg(prefix).arg(i),
                               QStringLiteral("\"%1\" is not a valid date (use YYYY-MM-DD)").arg(holidays.at(i))));
        }
    }

    if (json.contains(QLatin1String("everyMinutes")))
        readInt(json.value(QLatin1String("everyMinutes")), prefix + QStringLiteral("everyMinutes"),
                &schedule->everyMinutes, errors);
}

// QJsonDocument keeps no positions, so this walks the (already valid) text once and records the line on which
// each value starts, keyed like the error fields: "strategies[2].restart".
class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text) : m_text(text)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        readValue(QString());
    }

    // The line of the field, or of its nearest enclosing value when the field itself is absent from the file.
    int lineOf(QString field) const
    {
        while (!field.isEmpty()) {
            const auto it = m_lines.constFind(field);
            if (it != m_lines.cend())
                return it.value();
            const int cut = std::max(field.lastIndexOf(QLatin1Char('.')), field.lastIndexOf(QLatin1Char('[')));
            field.truncate(std::max(cut, 0));
        }
        return m_lines.value(QString()); // the document itself
    }

private:
    bool atEnd() const { return m_failed || m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) {
            if (peek() == '\n')
                ++m_line;
            ++m_pos;
        }
    }

    bool expect(char c)
    {
        skipSpace();
        if (peek() != c) {
            m_failed = true;
            return false;
        }
        ++m_pos;
        return true;
    }

    QString readString()
    {
        const qsizetype begin = m_pos;
        if (!expect('"'))
            return QString();
        bool escaped = false;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"' && !escaped) {
                // Let the real parser decode escapes; keys are short.
                const QByteArray quoted = m_text.mid(begin, m_pos - begin);
                return QJsonDocument::fromJson("[" + quoted + "]").array().at(0).toString();
            }
            escaped = c == '\\' && !escaped;
        }
        m_failed = true;
        return QString();
    }

    void readValue(const QString &path)
    {
        skipSpace();
        if (atEnd())
            return;
        m_lines.insert(path, m_line);
        const char c = peek();
        if (c == '{') {
            ++m_pos;
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return;
            }
            while (!atEnd()) {
                skipSpace();
                const QString key = readString();
                if (!expect(':'))
                    return;
                readValue(path.isEmpty() ? key : path + QLatin1Char('.') + key);
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                expect('}');
                return;
            }
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return;
            }
            for (int index = 0; !atEnd(); ++index) {
                readValue(QStringLiteral("%1[%2]").arg(path).arg(index));
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                expect(']');
                return;
            }
        } else if (c == '"') {
            readString();
        } else {
            while (!atEnd() && !QByteArrayView(",}] \t\r\n").contains(peek()))
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
    QHash<QString, int> m_lines;
};

bool isBlank(const QByteArray &data)
{
    return data.trimmed().isEmpty();
}

// The parser notices a missing comma or colon only at the next token, often on the next line; the user's
// mistake is right after the previous token, so that is the line to show.
int parseErrorLine(const QByteArray &data, const QJsonParseError &parseError)
{
    qsizetype pos = std::min<qsizetype>(parseError.offset, data.size()) - 1;
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingObject:
        --pos; // step off the token that revealed the mistake
        while (pos > 0 && QByteArrayView(" \t\r\n").contains(data.at(pos)))
            --pos;
        break;
    default:
        break;
    }
    return int(data.left(std::max<qsizetype>(pos, 0)).count('\n')) + 1;
}

QString parseErrorMessage(const QJsonParseError &parseError)
{
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return parseError.errorString() + QStringLiteral(" (is a comma missing?)");
    case QJsonParseError::MissingObject:
        return parseError.errorString() + QStringLiteral(" (a comma before a closing bracket?)");
    default:
        return parseError.errorString();
    }
}

// Parses the whole file into strategies; errors carry fields but no file or line yet.
bool readConfig(const QJsonObject &root, QList<Strategy> *strategies, QList<ConfigError> *errors)
{
    int version = ConfigStore::SchemaVersion;
    if (!root.contains(QLatin1String("version"))) {
        errors->append(fieldError(QStringLiteral("version"),
                                  QStringLiteral("missing (this Corral reads %1)").arg(ConfigStore::SchemaVersion)));
        return false;
    }
    if (!readInt(root.value(QLatin1String("version")), QStringLiteral("version"), &version, errors))
        return false;
    if (version != ConfigStore::SchemaVersion) {
        // Reading on would misread (and a later save would destroy) what a newer Corral wrote.
        errors->append(
            fieldError(QStringLiteral("version"), QStringLiteral("unsupported config version %1 (this Corral reads %2)")
                                                      .arg(version)
                                                      .arg(ConfigStore::SchemaVersion)));
        return false;
    }
    // Only now: keys a newer Corral added are not typos.
    checkKeys(root, {QStringLiteral("version"), QStringLiteral("strategies")}, QString(), errors);

    QList<Strategy> result;
    if (root.contains(QLatin1String("strategies"))) {
        const QJsonValue value = root.value(QLatin1String("strategies"));
        if (!value.isArray()) {
            errors->append(fieldError(QStringLiteral("strategies"), QStringLiteral("expected a list of strategies")));
            return false;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("strategies[%1]").arg(i);
            QJsonObject object;
            if (!readObject(array.at(i), field, &object, errors))
                continue;
            Strategy strategy;
            strategyFromJson(object, &strategy, errors, field + QLatin1Char('.'));
            result.append(strategy);
        }
    }
    // Validating half-read strategies would only repeat the reading errors in other words.
    if (!errors->isEmpty())
        return false;
    errors->append(validation::checkAll(result));
    if (!errors->isEmpty())
        return false;
    *strategies = result;
    return true;
}

void setFirst(const QList<ConfigError> &errors, ConfigError *error)
{
    if (error && !errors.isEmpty())
        *error = errors.first();
}

ConfigError fileError(const QString &file, const QString &message, int line = 0)
{
    ConfigError error;
    error.file = file;
    error.line = line;
    error.message = message;
    return error;
}

bool writeAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                     ConfigError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
        return false;
    }
    if (permissions)
        file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = fileError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

QString ConfigError::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts.append(line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file);
    else if (line > 0)
        parts.append(QStringLiteral("line %1").arg(line));
    if (!field.isEmpty())
        parts.append(field);
    if (!message.isEmpty())
        parts.append(message);
    return parts.join(QStringLiteral(": "));
}

bool ConfigStore::load(QList<Strategy> *strategies, ConfigError *error) const
{
    QList<ConfigError> errors;
    const bool ok = loadWithAllErrors(strategies, &errors);
    setFirst(errors, error);
    return ok;
}

bool ConfigStore::loadWithAllErrors(QList<Strategy> *strategies, QList<ConfigError> *errors) const
{
    QList<ConfigError> found;
    const auto fail = [&](const ConfigError &e) {
        found.append(e);
        if (errors)
            *errors = found;
        return false;
    };

    QFile file(m_path);
    if (!file.exists()) {
        strategies->clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileError(m_path, QStringLiteral("cannot read: %1").arg(file.errorString())));
    const QByteArray data = file.readAll();

    // An empty file (say, created with `touch`) holds no strategies; it is not a syntax error.
    if (isBlank(data)) {
        strategies->clear();
        return true;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(fileError(m_path, parseErrorMessage(parseError), parseErrorLine(data, parseError)));
    if (!document.isObject())
        return fail(fileError(
            m_path, QStringLiteral("expected an object {\"version\": %1, \"strategies\": [...]}").arg(SchemaVersion),
            1));

    if (readConfig(document.object(), strategies, &found))
        return true;
    const LineIndex lines(data);
    for (ConfigError &e : found) {
        e.file = m_path;
        e.line = lines.lineOf(e.field);
    }
    if (errors)
        *errors = found;
    return false;
}

bool ConfigStore::save(const QList<Strategy> &strategies, ConfigError *error) const
{
    const QList<ConfigError> invalid = validation::checkAll(strategies);
    if (!invalid.isEmpty()) {
        setFirst(invalid, error);
        return false;
    }

    const auto fail = [&](const ConfigError &e) {
        if (error)
            *error = e;
        return false;
    };

    QFile existing(m_path);
    const bool exists = existing.exists();
    QByteArray previous;
    if (exists) {
        if (!existing.open(QIODevice::ReadOnly))
            return fail(fileError(m_path, QStringLiteral("cannot read: %1").arg(existing.errorString())));
        previous = existing.readAll();
        existing.close();
    }
    if (exists && !isBlank(previous)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(previous, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(fileError(m_path,
                                  QStringLiteral("the file on disk does not parse (%1); fix or move it first, "
                                                 "Corral will not overwrite a hand edit")
                                      .arg(parseErrorMessage(parseError)),
                                  parseErrorLine(previous, parseError)));
        const int version = document.object().value(QLatin1String("version")).toInt(SchemaVersion);
        if (version > SchemaVersion)
            return fail(
                fileError(m_path, QStringLiteral("the file on disk was written by a newer Corral (config version "
                                                 "%1, this Corral reads %2); refusing to overwrite it")
                                      .arg(version)
                                      .arg(SchemaVersion)));
    }

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(fileError(m_path, QStringLiteral("cannot create the directory %1").arg(info.absolutePath())));

    // Environment values may be secrets: a new file is readable by its owner only; an existing file keeps the
    // permissions its owner chose, and so does its backup.
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (exists) {
        permissions = existing.permissions();
        if (!writeAtomically(m_path + QStringLiteral(".bak"), previous, permissions, error))
            return false;
    }

    QJsonArray array;
    for (const Strategy &strategy : strategies)
        array.append(strategyToJson(strategy));
    QJsonObject root;
    root.insert(QStringLiteral("version"), SchemaVersion);
    root.insert(QStringLiteral("strategies"), array);
    return writeAtomically(m_path, toStableJson(QJsonDocument(root), QJsonDocument::Indented), permissions, error);
}

QJsonObject strategyToJson(const Strategy &strategy)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), strategy.name);
    json.insert(QStringLiteral("program"), strategy.program);
    if (!strategy.args.isEmpty())
        json.insert(QStringLiteral("args"), QJsonArray::fromStringList(strategy.args));
    if (!strategy.workingDir.isEmpty())
        json.insert(QStringLiteral("cwd"), strategy.workingDir);
    if (!strategy.env.isEmpty()) {
        QJsonObject env;
        for (auto it = strategy.env.cbegin(); it != strategy.env.cend(); ++it)
            env.insert(it.key(), it.value());
        json.insert(QStringLiteral("env"), env);
    }
    if (!strategy.secretEnv.isEmpty())
        json.insert(QStringLiteral("secretEnv"), QJsonArray::fromStringList(strategy.secretEnv));
    if (strategy.restart != defaults.restart)
        json.insert(QStringLiteral("restart"), restartModeName(strategy.restart));
    if (strategy.maxRestarts != defaults.maxRestarts)
        json.insert(QStringLiteral("maxRestarts"), strategy.maxRestarts);
    if (strategy.stopTimeoutMs != defaults.stopTimeoutMs)
        json.insert(QStringLiteral("stopTimeoutSec"), strategy.stopTimeoutMs / 1000.0);

    QJsonObject limits;
    if (strategy.memoryMb != defaults.memoryMb)
        limits.insert(QStringLiteral("memoryMb"), strategy.memoryMb);
    if (strategy.maxOpenFiles != defaults.maxOpenFiles)
        limits.insert(QStringLiteral("openFiles"), strategy.maxOpenFiles);
    if (strategy.threads != defaults.threads)
        limits.insert(QStringLiteral("threads"), strategy.threads);
    if (!limits.isEmpty())
        json.insert(QStringLiteral("limits"), limits);

    QJsonObject log;
    if (strategy.logMaxMb != defaults.logMaxMb)
        log.insert(QStringLiteral("maxMb"), strategy.logMaxMb);
    if (strategy.logBackups != defaults.logBackups)
        log.insert(QStringLiteral("backups"), strategy.logBackups);
    if (!log.isEmpty())
        json.insert(QStringLiteral("log"), log);

    if (strategy.priority != defaults.priority)
        json.insert(QStringLiteral("priority"), strategy.priority);
    if (!strategy.dependencies.isEmpty())
        json.insert(QStringLiteral("dependencies"), QJsonArray::fromStringList(strategy.dependencies));

    const Schedule &schedule = strategy.schedule;
    QJsonObject scheduleJson;
    if (!schedule.windows.isEmpty()) {
        QJsonArray windows;
        for (const ScheduleWindow &window : schedule.windows) {
            QJsonObject windowJson;
            QJsonArray days;
            for (int day : window.days)
                days.append(day >= 1 && day <= dayNames.size() ? dayNames.at(day - 1) : QString::number(day));
            windowJson.insert(QStringLiteral("days"), days);
            windowJson.insert(QStringLiteral("start"), window.start.toString(QStringLiteral("HH:mm")));
            windowJson.insert(QStringLiteral("stop"), window.stop.toString(QStringLiteral("HH:mm")));
            if (!window.timeZone.isEmpty())
                windowJson.insert(QStringLiteral("tz"), window.timeZone);
            windows.append(windowJson);
        }
        scheduleJson.insert(QStringLiteral("windows"), windows);
    }
    if (!schedule.holidays.isEmpty()) {
        QJsonArray holidays;
        for (const QDate &date : schedule.holidays)
            holidays.append(date.toString(Qt::ISODate));
        scheduleJson.insert(QStringLiteral("holidays"), holidays);
    }
    if (schedule.everyMinutes != 0)
        scheduleJson.insert(QStringLiteral("everyMinutes"), schedule.everyMinutes);
    if (!scheduleJson.isEmpty())
        json.insert(QStringLiteral("schedule"), scheduleJson);
    return json;
}

bool strategyFromJson(const QJsonObject &json, Strategy *strategy, QList<ConfigError> *errors,
                      const QString &fieldPrefix)
{
    QList<ConfigError> found;
    const QString &p = fieldPrefix;
    const auto has = [&](const char *key) { return json.contains(QLatin1String(key)); };
    const auto value = [&](const char *key) { return json.value(QLatin1String(key)); };
    const auto field = [&](const char *key) { return p + QLatin1String(key); };

    checkKeys(json,
              {QStringLiteral("name"), QStringLiteral("program"), QStringLiteral("args"), QStringLiteral("cwd"),
               QStringLiteral("env"), QStringLiteral("secretEnv"), QStringLiteral("restart"),
               QStringLiteral("maxRestarts"), QStringLiteral("stopTimeoutSec"), QStringLiteral("limits"),
               QStringLiteral("log"), QStringLiteral("priority"), QStringLiteral("dependencies"),
               QStringLiteral("schedule")},
              p, &found);

    if (has("name"))
        readString(value("name"), field("name"), &strategy->name, &found);
    if (has("program"))
        readString(value("program"), field("program"), &strategy->program, &found);
    if (has("args"))
        readStringList(value("args"), field("args"), &strategy->args, &found);
    if (has("cwd"))
        readString(value("cwd"), field("cwd"), &strategy->workingDir, &found);

    QJsonObject object;
    if (has("env") && readObject(value("env"), field("env"), &object, &found)) {
        QMap<QString, QString> env;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString text;
            if (readString(it.value(), field("env") + QLatin1Char('.') + it.key(), &text, &found))
                env.insert(it.key(), text);
        }
        strategy->env = env;
    }
    if (has("secretEnv"))
        readStringList(value("secretEnv"), field("secretEnv"), &strategy->secretEnv, &found);

    QString restart;
    if (has("restart") && readString(value("restart"), field("restart"), &restart, &found) &&
        !parseRestartMode(restart, &strategy->restart))
        found.append(
            fieldError(field("restart"),
                       QStringLiteral("unknown restart policy \"%1\" (use never, on-failure or always)").arg(restart)));
    if (has("maxRestarts"))
        readInt(value("maxRestarts"), field("maxRestarts"), &strategy->maxRestarts, &found);
    if (has("stopTimeoutSec")) {
        const QJsonValue seconds = value("stopTimeoutSec");
        const double ms = std::round(seconds.toDouble() * 1000.0);
        if (!seconds.isDouble())
            found.append(fieldError(field("stopTimeoutSec"), QStringLiteral("expected a number of seconds")));
        else if (std::abs(ms) > std::numeric_limits<int>::max())
            found.append(
                fieldError(field("stopTimeoutSec"), QStringLiteral("%1 is out of range").arg(seconds.toDouble())));
        else
            strategy->stopTimeoutMs = static_cast<int>(ms);
    }

    if (has("limits") && readObject(value("limits"), field("limits"), &object, &found)) {
        const QString prefix = field("limits.");
        checkKeys(object, {QStringLiteral("memoryMb"), QStringLiteral("openFiles"), QStringLiteral("threads")}, prefix,
                  &found);
        if (object.contains(QLatin1String("memoryMb")))
            readInt(object.value(QLatin1String("memoryMb")), prefix + QStringLiteral("memoryMb"), &strategy->memoryMb,
                    &found);
        if (object.contains(QLatin1String("openFiles")))
            readInt(object.value(QLatin1String("openFiles")), prefix + QStringLiteral("openFiles"),
                    &strategy->maxOpenFiles, &found);
        if (object.contains(QLatin1String("threads")))
            readInt(object.value(QLatin1String("threads")), prefix + QStringLiteral("threads"), &strategy->threads,
                    &found);
    }

    if (has("log") && readObject(value("log"), field("log"), &object, &found)) {
        const QString prefix = field("log.");
        checkKeys(object, {QStringLiteral("maxMb"), QStringLiteral("backups")}, prefix, &found);
        if (object.contains(QLatin1String("maxMb")))
            readInt(object.value(QLatin1String("maxMb")), prefix + QStringLiteral("maxMb"), &strategy->logMaxMb,
                    &found);
        if (object.contains(QLatin1String("backups")))
            readInt(object.value(QLatin1String("backups")), prefix + QStringLiteral("backups"), &strategy->logBackups,
                    &found);
    }

    if (has("priority"))
        readInt(value("priority"), field("priority"), &strategy->priority, &found);
    if (has("dependencies"))
        readStringList(value("dependencies"), field("dependencies"), &strategy->dependencies, &found);

    if (has("schedule") && readObject(value("schedule"), field("schedule"), &object, &found))
        readSchedule(object, field("schedule."), &strategy->schedule, &found);

    if (errors)
        errors->append(found);
    return found.isEmpty();
}

} // namespace corral
