// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The corrald <-> client wire protocol: length-prefixed frames carrying one JSON object each.
// QtCore only (no sockets here), so the codec can be unit-tested and fuzzed on plain byte arrays.
// docs/protocol.md is the reference for the wire format and every message.

#include "jsonread.h"
#include "schedulecalc.h"
#include "strategy.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace corral::protocol {

// ---- Frames ------------------------------------------------------------------------------------

// "CRLF": a peer that is not Corral (or is another program squatting on the socket name) fails here.
inline constexpr char Magic[4] = {'C', 'R', 'L', 'F'};
inline constexpr quint16 Version = 1;
inline constexpr qsizetype HeaderBytes = 12; // magic 4, version 2, flags 2, length 4 (big-endian)
inline constexpr quint32 MaxBodyBytes = 1u << 20;

// Returns an empty array when the compact JSON body would exceed MaxBodyBytes: the peer would
// reject it, so it must never be sent.
QByteArray encodeFrame(const QJsonObject &body);

// Reassembles frames from bytes as they arrive, in pieces of any size.
// The first malformed byte puts the reader in a permanent error state: the stream can no longer be
// trusted to be in sync, so the connection must be closed. Frames that were complete before the bad
// bytes are still handed out by next(), so the result never depends on how the input was chunked.
// Memory held for an unfinished frame never exceeds max(HeaderBytes, MaxBodyBytes).
class FrameReader
{
public:
    void feed(const QByteArray &bytes);
    bool next(QJsonObject *frame);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Bytes of the unfinished frame held right now (for tests of the memory bound).
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    bool takeHeader();
    void takeBody();

    QByteArray m_buffer; // the header, then the body, of the frame being received
    bool m_inBody = false;
    qsizetype m_bodyLength = 0;
    QList<QJsonObject> m_ready;
    QString m_error;
};

// ---- States and status -------------------------------------------------------------------------

enum class State { Stopped, Starting, Running, Stopping, Backoff, Failed };

// A process of the strategy is (or may be) alive: starting, running, stopping. Backoff is not: its
// process has exited and the next one is not started yet. What shows a pid and an uptime.
bool isLive(State state);
// corrald is pursuing the strategy: it is live, or in backoff waiting to start again on its own. What
// Stop applies to and Start does not; only `stopped` and `failed` are at rest.
bool isActive(State state);

QString stateName(State state);
// Returns false when the text is not one of the six state names.
bool parseState(const QString &text, State *state);

// What `corralctl status --json` prints and what every state event carries.
struct StrategyStatus
{
    QString name;
    State state = State::Stopped;
    std::optional<qint64> pid;
    int restarts = 0;                 // consecutive restarts of the current failure streak
    std::optional<int> exitCode;      // unknown for adopted processes and while running
    QDateTime since;                  // when `state` was entered; sent as UTC ISO 8601; corrald must always set it
    QString lastError;                // empty is sent as null
    bool adopted = false;             // found running at corrald start rather than started by this corrald
    std::optional<Schedule> schedule; // as in the config file; nullopt when it has none
    // The schedule's next boundary. Its `at` keeps the window zone's offset ("09:20:00-05:00"): a client
    // shows the exchange's wall time, not only the instant. `zone` is that fixed offset.
    std::optional<ScheduleEvent> nextEvent;
    bool held = false; // stopped by hand inside an open window: the schedule leaves it until the window ends
    // How the last run ended, in words ("stopped (SIGTERM)", "exited with code 3"); empty (null) while none has.
    QString lastExit;
    // Percent of the last 24 h / 7 d it was running (inside its windows when scheduled), from its history;
    // nullopt (null) when there is no time to count yet.
    std::optional<double> uptime24h;
    std::optional<double> uptime7d;
    QDateTime nextTry; // in backoff: when the next start is tried (UTC); otherwise invalid, sent as null
    // The main process exited while others carrying the strategy's cookie live on: the strategy is still
    // running, and corrald follows one of them (`following`) until the last is gone.
    bool mainExited = false;
    std::optional<qint64> following;
    int processes = 0; // live processes of the strategy (the main one and leftovers); 0 when not live

    QJsonObject toJson() const;
    // Strict: every field present with the right type, no nulls where the contract has none.
    static bool fromJson(const QJsonObject &json, StrategyStatus *status, QString *error);

    bool operator==(const StrategyStatus &o) const;
    bool operator!=(const StrategyStatus &o) const { return !(*this == o); }
};

// ---- Requests and responses --------------------------------------------------------------------

enum class Command {
    Ping,
    List,
    Status,
    Get,
    Add,
    Edit,
    Remove,
    Start,
    Stop,
    Restart,
    Schedule,
    Subscribe,
    Shutdown,
    History,
    Environment,
    Preview
};

QString commandName(Command command);
bool parseCommand(const QString &text, Command *command);

enum class ErrorCode { BadRequest, UnknownCommand, UnknownStrategy, Exists, Invalid, Config, Failed, Internal };

QString errorCodeName(ErrorCode code);
bool parseErrorCode(const QString &text, ErrorCode *code);

// Checks the envelope (integer `id`, known `cmd`) and the arguments of the command against one
// table: required ones present with the right JSON type, no unknown ones, plus the few cross-field
// rules (start/stop/restart take exactly one of non-empty `names` or `all: true`).
// On failure `error` is one line naming the offending argument and `code` is UnknownCommand for an
// unknown `cmd`, BadRequest otherwise.
bool validateRequest(const QJsonObject &request, QString *error, ErrorCode *code = nullptr);

// `preview`: the next events of a strategy's schedule from `from` (default now), `count` of them.
inline constexpr int DefaultPreviewEvents = 10;
inline constexpr int MaxPreviewEvents = 1000;
// An instant as `preview`'s `from` carries it: ISO 8601 with an offset or Z; invalid for anything else (a
// wall time without an offset names no instant).
QDateTime parsePreviewFrom(const QString &text);

// The request's id when it is a valid one, else null: what an error response must echo.
QJsonValue requestId(const QJsonObject &request);

// Ids are integers in [0, 2^53 - 1] so they survive every JSON implementation's number type.
inline constexpr qint64 MaxRequestId = json::MaxExactInteger;

QJsonObject makeRequest(qint64 id, Command command, const QJsonObject &args = {});
QJsonObject makeOk(const QJsonValue &id, const QJsonObject &fields = {});
// Line breaks in `message` are folded into spaces: the CLI prints it as a single line.
QJsonObject makeError(const QJsonValue &id, ErrorCode code, const QString &message);

// ---- Events ------------------------------------------------------------------------------------

QJsonObject makeStateEvent(const StrategyStatus &status);
QJsonObject makeConfigEvent();
QJsonObject makeDaemonEvent(const QString &message);

enum class MessageKind { Request, Response, Event, Unknown };
// Tells what a decoded frame is by its keys, without validating it.
MessageKind messageKind(const QJsonObject &message);

} // namespace corral::protocol
