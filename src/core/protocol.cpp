// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "protocol.h"

#include "jsonread.h"
#include "jsontext.h"
#include "schedulejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace corral::protocol {

// ---- Frames ------------------------------------------------------------------------------------

QByteArray encodeFrame(const QJsonObject &body)
{
    const QByteArray json = toStableJson(QJsonDocument(body), QJsonDocument::Compact);
    if (json.size() > qsizetype(MaxBodyBytes))
        return {};

    QByteArray frame(HeaderBytes, Qt::Uninitialized);
    uchar *header = reinterpret_cast<uchar *>(frame.data());
    std::memcpy(header, Magic, sizeof Magic);
    qToBigEndian<quint16>(Version, header + 4);
    qToBigEndian<quint16>(0, header + 6);
    qToBigEndian<quint32>(quint32(json.size()), header + 8);
    frame.append(json);
    return frame;
}

void FrameReader::feed(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    // Copy only as much as the current header or body still needs, so a chunk holding many frames
    // never inflates the buffer past one frame.
    while (left > 0 && !hasError()) {
        const qsizetype wanted = (m_inBody ? m_bodyLength : HeaderBytes) - m_buffer.size();
        const qsizetype take = qMin(wanted, left);
        m_buffer.append(data, take);
        data += take;
        left -= take;

        if (!m_inBody) {
            if (m_buffer.size() < HeaderBytes || !takeHeader())
                continue;
        }
        // An empty body is complete as soon as its header is: check even when no input is left.
        if (m_inBody && m_buffer.size() == m_bodyLength)
            takeBody();
    }
}

bool FrameReader::takeHeader()
{
    const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData());
    if (std::memcmp(header, Magic, sizeof Magic) != 0) {
        m_error = QStringLiteral("not a Corral frame (bad magic)");
    } else if (const quint16 version = qFromBigEndian<quint16>(header + 4); version != Version) {
        m_error = QStringLiteral("unsupported protocol version %1 (this side speaks %2)").arg(version).arg(Version);
    } else if (const quint16 flags = qFromBigEndian<quint16>(header + 6); flags != 0) {
        m_error = QStringLiteral("reserved frame flags set (0x%1)").arg(flags, 4, 16, QLatin1Char('0'));
    } else if (const quint32 length = qFromBigEndian<quint32>(header + 8); length > MaxBodyBytes) {
        // Refused on the header alone: waiting for the body would mean buffering it.
        m_error = QStringLiteral("frame of %1 bytes exceeds the limit of %2").arg(length).arg(MaxBodyBytes);
    } else {
        m_bodyLength = qsizetype(length);
        m_inBody = true;
        m_buffer.clear();
        return true;
    }
    m_buffer.clear();
    return false;
}

void FrameReader::takeBody()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer, &parseError);
    m_buffer.clear();
    m_inBody = false;
    m_bodyLength = 0;
    if (parseError.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("frame body is not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
    } else if (!document.isObject()) {
        m_error = QStringLiteral("frame body is not a JSON object");
    } else {
        m_ready.append(document.object());
    }
}

bool FrameReader::next(QJsonObject *frame)
{
    if (m_ready.isEmpty())
        return false;
    *frame = m_ready.takeFirst();
    return true;
}

// ---- Names -------------------------------------------------------------------------------------

namespace {

// One table per enum so name() and parse() cannot drift apart.
template <typename Enum> struct Named
{
    Enum value;
    const char *name;
};

constexpr Named<State> StateNames[] = {
    {State::Stopped, "stopped"},   {State::Starting, "starting"}, {State::Running, "running"},
    {State::Stopping, "stopping"}, {State::Backoff, "backoff"},   {State::Failed, "failed"},
};

constexpr Named<Command> CommandNames[] = {
    {Command::Ping, "ping"},         {Command::List, "list"},         {Command::Status, "status"},
    {Command::Get, "get"},           {Command::Add, "add"},           {Command::Edit, "edit"},
    {Command::Remove, "remove"},     {Command::Start, "start"},       {Command::Stop, "stop"},
    {Command::Restart, "restart"},   {Command::Schedule, "schedule"}, {Command::Subscribe, "subscribe"},
    {Command::Shutdown, "shutdown"}, {Command::History, "history"},   {Command::Environment, "environment"},
    {Command::Preview, "preview"},
};

constexpr Named<ErrorCode> ErrorCodeNames[] = {
    {ErrorCode::BadRequest, "bad-request"},
    {ErrorCode::UnknownCommand, "unknown-command"},
    {ErrorCode::UnknownStrategy, "unknown-strategy"},
    {ErrorCode::Exists, "exists"},
    {ErrorCode::Invalid, "invalid"},
    {ErrorCode::Config, "config"},
    {ErrorCode::Failed, "failed"},
    {ErrorCode::Internal, "internal"},
};

template <typename Enum, size_t N> QString nameOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template <typename Enum, size_t N> bool parseName(const Named<Enum> (&table)[N], const QString &text, Enum *value)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace

bool isLive(State state)
{
    switch (state) {
    case State::Starting:
    case State::Running:
    case State::Stopping:
        return true;
    case State::Stopped:
    case State::Backoff:
    case State::Failed:
        return false;
    }
    return false;
}

bool isActive(State state)
{
    return isLive(state) || state == State::Backoff;
}

QString stateName(State state)
{
    return nameOf(StateNames, state);
}

bool parseState(const QString &text, State *state)
{
    return parseName(StateNames, text, state);
}

QString commandName(Command command)
{
    return nameOf(CommandNames, command);
}

bool parseCommand(const QString &text, Command *command)
{
    return parseName(CommandNames, text, command);
}

QString errorCodeName(ErrorCode code)
{
    return nameOf(ErrorCodeNames, code);
}

bool parseErrorCode(const QString &text, ErrorCode *code)
{
    return parseName(ErrorCodeNames, text, code);
}

// ---- Status ------------------------------------------------------------------------------------

namespace {

bool readNextEvent(const QJsonObject &json, ScheduleEvent *event)
{
    const QString action = json.value(QLatin1String("action")).toString();
    if (action == QLatin1String("start"))
        event->action = ScheduleEvent::Action::Start;
    else if (action == QLatin1String("stop"))
        event->action = ScheduleEvent::Action::Stop;
    else
        return false;
    const QDateTime at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) // an instant without its offset is not what corrald sends
        return false;
    event->at = at;
    event->zone = QTimeZone(at.offsetFromUtc());
    return true;
}

bool sameEvent(const std::optional<ScheduleEvent> &a, const std::optional<ScheduleEvent> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->action == b->action && a->at == b->at && a->isoWithOffset() == b->isoWithOffset();
}

} // namespace

QJsonObject StrategyStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("pid"), pid ? QJsonValue(*pid) : QJsonValue()},
        {QStringLiteral("restarts"), restarts},
        {QStringLiteral("exitCode"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
        {QStringLiteral("since"),
         since.isValid() ? QJsonValue(since.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("lastError"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QStringLiteral("adopted"), adopted},
        {QStringLiteral("schedule"), schedule ? scheduleToJson(*schedule) : QJsonValue()},
        {QStringLiteral("nextEvent"), nextEvent
                                          ? QJsonValue(QJsonObject{{QStringLiteral("at"), nextEvent->isoWithOffset()},
                                                                   {QStringLiteral("action"), nextEvent->actionName()}})
                                          : QJsonValue()},
        {QStringLiteral("held"), held},
        {QStringLiteral("lastExit"), lastExit.isEmpty() ? QJsonValue() : QJsonValue(lastExit)},
        {QStringLiteral("uptime24h"), uptime24h ? QJsonValue(*uptime24h) : QJsonValue()},
        {QStringLiteral("uptime7d"), uptime7d ? QJsonValue(*uptime7d) : QJsonValue()},
        {QStringLiteral("nextTry"),
         nextTry.isValid() ? QJsonValue(nextTry.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("mainExited"), mainExited},
        {QStringLiteral("following"), following ? QJsonValue(*following) : QJsonValue()},
        {QStringLiteral("processes"), processes},
    };
}

bool StrategyStatus::fromJson(const QJsonObject &json, StrategyStatus *status, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    static const char *const fields[] = {"name",  "state",     "pid",        "restarts",  "exitCode",
                                         "since", "lastError", "adopted",    "schedule",  "nextEvent",
                                         "held",  "nextTry",   "mainExited", "following", "processes"};
    for (const char *field : fields) {
        if (!json.contains(QLatin1String(field)))
            return fail(QStringLiteral("status: missing field \"%1\"").arg(QLatin1String(field)));
    }

    StrategyStatus result;
    const QJsonValue name = json.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(QStringLiteral("status: field \"name\" must be a non-empty string"));
    result.name = name.toString();

    if (!parseState(json.value(QLatin1String("state")).toString(), &result.state))
        return fail(QStringLiteral("status: field \"state\" must be one of stopped, starting, running, stopping, "
                                   "backoff, failed"));

    const QJsonValue pid = json.value(QLatin1String("pid"));
    if (!pid.isNull()) {
        qint64 value = 0;
        if (!json::readInteger(pid, 1, json::MaxExactInteger, &value))
            return fail(QStringLiteral("status: field \"pid\" must be a positive integer or null"));
        result.pid = value;
    }

    qint64 restarts = 0;
    if (!json::readInteger(json.value(QLatin1String("restarts")), 0, std::numeric_limits<int>::max(), &restarts))
        return fail(QStringLiteral("status: field \"restarts\" must be a non-negative integer"));
    result.restarts = int(restarts);

    const QJsonValue exitCode = json.value(QLatin1String("exitCode"));
    if (!exitCode.isNull()) {
        qint64 value = 0;
        if (!json::readInteger(exitCode, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), &value))
            return fail(QStringLiteral("status: field \"exitCode\" must be a 32-bit integer or null"));
        result.exitCode = int(value);
    }

    const QJsonValue since = json.value(QLatin1String("since"));
    result.since = QDateTime::fromString(since.toString(), Qt::ISODateWithMs);
    if (!since.isString() || !result.since.isValid())
        return fail(QStringLiteral("status: field \"since\" must be an ISO 8601 date and time"));

    const QJsonValue lastError = json.value(QLatin1String("lastError"));
    if (!lastError.isNull() && !lastError.isString())
        return fail(QStringLiteral("status: field \"lastError\" must be a string or null"));
    result.lastError = lastError.toString();

    const QJsonValue adopted = json.value(QLatin1String("adopted"));
    if (!adopted.isBool())
        return fail(QStringLiteral("status: field \"adopted\" must be a boolean"));
    result.adopted = adopted.toBool();

    const QJsonValue schedule = json.value(QLatin1String("schedule"));
    if (!schedule.isNull()) {
        Schedule value;
        QList<ConfigError> errors;
        // The config file's own reader, so a status's schedule means exactly what the file's does.
        if (!schedule.isObject() || !scheduleFromJson(schedule.toObject(), &value, &errors) || !errors.isEmpty())
            return fail(QStringLiteral("status: field \"schedule\" must be a schedule object or null"));
        result.schedule = value;
    }

    const QJsonValue next = json.value(QLatin1String("nextEvent"));
    if (!next.isNull()) {
        ScheduleEvent event;
        if (!next.isObject() || !readNextEvent(next.toObject(), &event))
            return fail(QStringLiteral("status: field \"nextEvent\" must be {\"at\": ISO 8601 with offset, "
                                       "\"action\": \"start\" or \"stop\"} or null"));
        result.nextEvent = event;
    }

    const QJsonValue held = json.value(QLatin1String("held"));
    if (!held.isBool())
        return fail(QStringLiteral("status: field \"held\" must be a boolean"));
    result.held = held.toBool();

    const QJsonValue nextTry = json.value(QLatin1String("nextTry"));
    if (!nextTry.isNull()) {
        result.nextTry = QDateTime::fromString(nextTry.toString(), Qt::ISODateWithMs);
        if (!nextTry.isString() || !result.nextTry.isValid())
            return fail(QStringLiteral("status: field \"nextTry\" must be an ISO 8601 date and time or null"));
    }

    const QJsonValue mainExited = json.value(QLatin1String("mainExited"));
    if (!mainExited.isBool())
        return fail(QStringLiteral("status: field \"mainExited\" must be a boolean"));
    result.mainExited = mainExited.toBool();

    const QJsonValue following = json.value(QLatin1String("following"));
    if (!following.isNull()) {
        qint64 value = 0;
        if (!json::readInteger(following, 1, json::MaxExactInteger, &value))
            return fail(QStringLiteral("status: field \"following\" must be a positive integer or null"));
        result.following = value;
    }

    qint64 processes = 0;
    if (!json::readInteger(json.value(QLatin1String("processes")), 0, std::numeric_limits<int>::max(), &processes))
        return fail(QStringLiteral("status: field \"processes\" must be a non-negative integer"));
    result.processes = int(processes);

    // From the strategy's history (history.h).
    for (const char *key : {"lastExit", "uptime24h", "uptime7d"}) {
        if (!json.contains(QLatin1String(key)))
            return fail(QStringLiteral("status: missing field \"%1\"").arg(QLatin1String(key)));
    }
    const QJsonValue lastExit = json.value(QLatin1String("lastExit"));
    if (!lastExit.isNull() && !lastExit.isString())
        return fail(QStringLiteral("status: field \"lastExit\" must be a string or null"));
    result.lastExit = lastExit.toString();
    for (const auto &[key, out] :
         {std::pair{"uptime24h", &result.uptime24h}, std::pair{"uptime7d", &result.uptime7d}}) {
        const QJsonValue uptime = json.value(QLatin1String(key));
        if (uptime.isNull())
            continue;
        if (!uptime.isDouble() || !(uptime.toDouble() >= 0 && uptime.toDouble() <= 100))
            return fail(QStringLiteral("status: field \"%1\" must be a percentage from 0 to 100 or null")
                            .arg(QLatin1String(key)));
        *out = uptime.toDouble();
    }

    // Unknown fields are allowed so that a newer corrald can add some without breaking old clients.
    *status = result;
    return true;
}

bool StrategyStatus::operator==(const StrategyStatus &o) const
{
    return lastExit == o.lastExit && uptime24h == o.uptime24h && uptime7d == o.uptime7d && name == o.name &&
           state == o.state && pid == o.pid && restarts == o.restarts && exitCode == o.exitCode && since == o.since &&
           lastError == o.lastError && adopted == o.adopted && schedule == o.schedule &&
           sameEvent(nextEvent, o.nextEvent) && held == o.held && nextTry == o.nextTry && mainExited == o.mainExited &&
           following == o.following && processes == o.processes;
}

// ---- Requests ----------------------------------------------------------------------------------

namespace {

enum class ArgType { String, Bool, Object, StringArray, Count };

struct ArgSpec
{
    const char *name;
    ArgType type;
    bool required;
};

using ExtraCheck = bool (*)(const QJsonObject &request, QString *error);

struct CommandSpec
{
    Command command;
    std::vector<ArgSpec> args;
    ExtraCheck extra = nullptr;
};

// Start, stop and restart act on an explicit list or on everything, never on an ambiguous mix:
// "stop --all" with a stray name, or an empty list, is almost certainly a client bug.
bool checkNamesOrAll(const QJsonObject &request, QString *error)
{
    const QJsonArray names = request.value(QLatin1String("names")).toArray();
    const bool all = request.value(QLatin1String("all")).toBool();
    if (all == !names.isEmpty()) {
        *error = QStringLiteral("give exactly one of a non-empty \"names\" or \"all\": true");
        return false;
    }
    for (const QJsonValue &name : names) {
        if (name.toString().isEmpty()) {
            *error = QStringLiteral("argument \"names\" must not contain an empty name");
            return false;
        }
    }
    return true;
}

// Who asked, for the strategy's history: corralctl or the window (corrald's own causes never come by wire).
bool checkAction(const QJsonObject &request, QString *error)
{
    const QJsonValue by = request.value(QLatin1String("by"));
    if (!by.isUndefined() && by.toString() != QLatin1String("cli") && by.toString() != QLatin1String("window")) {
        *error = QStringLiteral("argument \"by\" must be \"cli\" or \"window\"");
        return false;
    }
    return checkNamesOrAll(request, error);
}

bool checkNameNotEmpty(const QJsonObject &request, QString *error)
{
    if (request.value(QLatin1String("name")).toString().isEmpty()) {
        *error = QStringLiteral("argument \"name\" must not be empty");
        return false;
    }
    return true;
}

// `from` is an instant: ISO 8601 with its offset (or Z), as corralctl sends it.
bool checkPreview(const QJsonObject &request, QString *error)
{
    const QJsonValue from = request.value(QLatin1String("from"));
    if (!from.isUndefined() && !parsePreviewFrom(from.toString()).isValid()) {
        *error = QStringLiteral("argument \"from\" must be an ISO 8601 date and time with its offset, such as "
                                "2026-12-01T09:00:00+05:30");
        return false;
    }
    if (request.value(QLatin1String("count")).toInteger(0) > MaxPreviewEvents) {
        *error = QStringLiteral("argument \"count\" must be at most %1").arg(MaxPreviewEvents);
        return false;
    }
    return checkNameNotEmpty(request, error);
}

const std::vector<CommandSpec> &commandTable()
{
    static const ArgSpec name{"name", ArgType::String, true};
    static const ArgSpec names{"names", ArgType::StringArray, false};
    static const ArgSpec all{"all", ArgType::Bool, false};
    static const ArgSpec by{"by", ArgType::String, false};
    static const std::vector<CommandSpec> table = {
        {Command::Ping, {}},
        {Command::List, {{"configs", ArgType::Bool, false}}},
        {Command::Status, {name}, checkNameNotEmpty},
        {Command::Get, {name}, checkNameNotEmpty},
        {Command::Add, {{"strategy", ArgType::Object, true}}},
        {Command::Edit, {name, {"strategy", ArgType::Object, true}}, checkNameNotEmpty},
        {Command::Remove, {name}, checkNameNotEmpty},
        {Command::Start, {names, all, by}, checkAction},
        {Command::Stop, {names, all, by}, checkAction},
        {Command::Restart, {names, all, by}, checkAction},
        {Command::Schedule, {name, {"schedule", ArgType::Object, true}}, checkNameNotEmpty},
        {Command::Subscribe, {}},
        {Command::Shutdown, {}},
        {Command::History, {name, {"count", ArgType::Count, false}}, checkNameNotEmpty},
        {Command::Environment, {}},
        {Command::Preview, {name, {"from", ArgType::String, false}, {"count", ArgType::Count, false}}, checkPreview},
    };
    return table;
}

bool hasType(const QJsonValue &value, ArgType type)
{
    switch (type) {
    case ArgType::String:
        return value.isString();
    case ArgType::Bool:
        return value.isBool();
    case ArgType::Object:
        return value.isObject();
    case ArgType::Count: {
        qint64 count = 0;
        return json::readInteger(value, 0, json::MaxExactInteger, &count);
    }
    case ArgType::StringArray:
        if (!value.isArray())
            return false;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return false;
        }
        return true;
    }
    return false;
}

QString typeName(ArgType type)
{
    switch (type) {
    case ArgType::String:
        return QStringLiteral("a string");
    case ArgType::Bool:
        return QStringLiteral("a boolean");
    case ArgType::Object:
        return QStringLiteral("an object");
    case ArgType::StringArray:
        return QStringLiteral("an array of strings");
    case ArgType::Count:
        return QStringLiteral("a whole number from 0");
    }
    return {};
}

} // namespace

QDateTime parsePreviewFrom(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() && at.timeSpec() != Qt::LocalTime ? at : QDateTime();
}

QJsonValue requestId(const QJsonObject &request)
{
    qint64 id = 0;
    if (!json::readInteger(request.value(QLatin1String("id")), 0, MaxRequestId, &id))
        return QJsonValue();
    return QJsonValue(id);
}

bool validateRequest(const QJsonObject &request, QString *error, ErrorCode *code)
{
    const auto fail = [error, code](ErrorCode failCode, const QString &message) {
        if (error)
            *error = message;
        if (code)
            *code = failCode;
        return false;
    };

    if (requestId(request).isNull())
        return fail(ErrorCode::BadRequest,
                    QStringLiteral("request \"id\" must be an integer from 0 to %1").arg(MaxRequestId));
    const QJsonValue cmd = request.value(QLatin1String("cmd"));
    if (!cmd.isString())
        return fail(ErrorCode::BadRequest, QStringLiteral("request \"cmd\" must be a string"));
    Command command = Command::Ping;
    if (!parseCommand(cmd.toString(), &command))
        return fail(ErrorCode::UnknownCommand, QStringLiteral("unknown command \"%1\"").arg(cmd.toString()));

    const std::vector<CommandSpec> &table = commandTable();
    const auto spec =
        std::find_if(table.begin(), table.end(), [command](const CommandSpec &s) { return s.command == command; });
    if (spec == table.end()) // every Command has a row; a missing one is a bug here, not the client's
        return fail(ErrorCode::Internal, QStringLiteral("no argument table for \"%1\"").arg(cmd.toString()));
    const QString prefix = cmd.toString() + QStringLiteral(": ");

    for (auto it = request.begin(); it != request.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("cmd"))
            continue;
        const bool known = std::any_of(spec->args.begin(), spec->args.end(),
                                       [&key](const ArgSpec &arg) { return key == QLatin1String(arg.name); });
        if (!known)
            return fail(ErrorCode::BadRequest, prefix + QStringLiteral("unknown argument \"%1\"").arg(key));
    }
    for (const ArgSpec &arg : spec->args) {
        const QLatin1String key(arg.name);
        if (!request.contains(key)) {
            if (arg.required)
                return fail(ErrorCode::BadRequest, prefix + QStringLiteral("missing argument \"%1\"").arg(key));
            continue;
        }
        if (!hasType(request.value(key), arg.type))
            return fail(ErrorCode::BadRequest,
                        prefix + QStringLiteral("argument \"%1\" must be %2").arg(key, typeName(arg.type)));
    }
    QString extraError;
    if (spec->extra && !spec->extra(request, &extraError))
        return fail(ErrorCode::BadRequest, prefix + extraError);
    return true;
}

QJsonObject makeRequest(qint64 id, Command command, const QJsonObject &args)
{
    QJsonObject request = args;
    request.insert(QLatin1String("id"), id);
    request.insert(QLatin1String("cmd"), commandName(command));
    return request;
}

QJsonObject makeOk(const QJsonValue &id, const QJsonObject &fields)
{
    QJsonObject response = fields;
    response.insert(QLatin1String("id"), id);
    response.insert(QLatin1String("ok"), true);
    return response;
}

QJsonObject makeError(const QJsonValue &id, ErrorCode code, const QString &message)
{
    QString line = message;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"), line.trimmed()},
        {QStringLiteral("code"), errorCodeName(code)},
    };
}

// ---- Events ------------------------------------------------------------------------------------

QJsonObject makeStateEvent(const StrategyStatus &status)
{
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("state")},
                       {QStringLiteral("strategy"), status.toJson()}};
}

QJsonObject makeConfigEvent()
{
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("config")}};
}

QJsonObject makeDaemonEvent(const QString &message)
{
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("daemon")}, {QStringLiteral("message"), message}};
}

MessageKind messageKind(const QJsonObject &message)
{
    if (message.contains(QLatin1String("event")))
        return MessageKind::Event;
    if (message.contains(QLatin1String("ok")))
        return MessageKind::Response;
    if (message.contains(QLatin1String("cmd")))
        return MessageKind::Request;
    return MessageKind::Unknown;
}

} // namespace corral::protocol
