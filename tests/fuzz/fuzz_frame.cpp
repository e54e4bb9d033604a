// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Arbitrary bytes as they would arrive on the corrald socket.
//
// The whole input is the byte stream, so the seeds in corpus/frame are plain captures. It is fed to a
// FrameReader three ways: in one piece, in chunks whose sizes are read from the input itself (from its last
// byte backwards, so mutations move the cut points), and one byte at a time. The reader promises that the
// frames and the error never depend on the chunking, and that it never holds more than one frame.
// Every frame is then checked against validateRequest's contract, re-encoded and decoded again, and every
// object inside it is tried as a StrategyStatus, whose toJson() must read back equal.

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace corral::protocol;

namespace {

struct Outcome
{
    QList<QJsonObject> frames;
    bool failed = false;
    QString error;
};

[[noreturn]] void fail(const char *why)
{
    fprintf(stderr, "fuzz_frame: invariant broken: %s\n", why);
    __builtin_trap();
}

void check(bool condition, const char *why)
{
    if (!condition)
        fail(why);
}

void drain(FrameReader *reader, Outcome *outcome)
{
    QJsonObject frame;
    while (reader->next(&frame))
        outcome->frames.append(frame);
}

void checkBuffer(const FrameReader &reader)
{
    check(reader.bufferedBytes() <= std::max<qsizetype>(HeaderBytes, MaxBodyBytes), "buffer exceeds one frame");
}

Outcome finish(FrameReader *reader, Outcome outcome)
{
    drain(reader, &outcome);
    outcome.failed = reader->hasError();
    outcome.error = reader->errorString();
    return outcome;
}

Outcome readWhole(const QByteArray &stream)
{
    FrameReader reader;
    reader.feed(stream);
    checkBuffer(reader);
    return finish(&reader, {});
}

// Chunk sizes come from the input's bytes read backwards: small pieces usually, now and then a large one.
Outcome readChunked(const QByteArray &stream)
{
    FrameReader reader;
    Outcome outcome;
    qsizetype pos = 0;
    qsizetype sizeByte = stream.size() - 1;
    while (pos < stream.size()) {
        const uchar b = sizeByte >= 0 ? uchar(stream.at(sizeByte--)) : 7;
        const qsizetype size = b < 0xC0 ? 1 + b % 16 : 1 + qsizetype(b - 0xC0) * 97;
        reader.feed(stream.mid(pos, size));
        pos += size;
        checkBuffer(reader);
        // Drain now and then, as a client does after each readyRead.
        if (b & 1)
            drain(&reader, &outcome);
    }
    reader.feed(QByteArray()); // an empty read is harmless
    return finish(&reader, outcome);
}

Outcome readBytewise(const QByteArray &stream)
{
    FrameReader reader;
    for (qsizetype i = 0; i < stream.size(); ++i)
        reader.feed(stream.mid(i, 1));
    checkBuffer(reader);
    return finish(&reader, {});
}

void checkSame(const Outcome &a, const Outcome &b)
{
    check(a.frames == b.frames, "frames depend on chunking");
    check(a.failed == b.failed, "error state depends on chunking");
    check(a.error == b.error, "error message depends on chunking");
}

bool isOneLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

// Encoding then decoding must give back the same object (or refuse to encode an oversized one).
void checkReencodes(const QJsonObject &object)
{
    const QByteArray frame = encodeFrame(object);
    if (frame.isEmpty()) {
        check(QJsonDocument(object).toJson(QJsonDocument::Compact).size() > qsizetype(MaxBodyBytes),
              "encodeFrame refused a frame within the limit");
        return;
    }
    FrameReader reader;
    reader.feed(frame);
    QJsonObject decoded;
    check(!reader.hasError(), "an encoded frame does not decode");
    check(reader.next(&decoded), "an encoded frame yields no frame");
    check(decoded == object, "an encoded frame decodes to something else");
    check(!reader.next(&decoded), "an encoded frame yields two frames");
    check(reader.bufferedBytes() == 0, "an encoded frame leaves bytes behind");
}

void checkRequest(const QJsonObject &frame)
{
    QString error;
    ErrorCode code = ErrorCode::Internal;
    const bool valid = validateRequest(frame, &error, &code);
    const QJsonValue id = requestId(frame);
    if (valid) {
        check(id.isDouble(), "a valid request has no id");
        check(id.toInteger() >= 0 && id.toInteger() <= MaxRequestId, "a valid request's id is out of range");
        check(messageKind(frame) == MessageKind::Request, "a valid request is not a request");
        Command command = Command::Ping;
        check(parseCommand(frame.value(QLatin1String("cmd")).toString(), &command), "a valid request's cmd is unknown");
        check(makeRequest(id.toInteger(), command, frame) == frame, "makeRequest does not rebuild a valid request");
        return;
    }
    check(!error.isEmpty(), "a rejected request has no error message");
    check(code == ErrorCode::BadRequest || code == ErrorCode::UnknownCommand, "a rejection has an unexpected code");
    Command command = Command::Ping;
    const QJsonValue cmd = frame.value(QLatin1String("cmd"));
    const bool unknownCommand = !id.isNull() && cmd.isString() && !parseCommand(cmd.toString(), &command);
    check((code == ErrorCode::UnknownCommand) == unknownCommand, "unknown-command is not exactly an unknown cmd");

    // The message may quote the client's cmd or keys, line breaks included; the response the daemon sends
    // must still be one line, and a well-formed frame.
    const QJsonObject response = makeError(id, code, error);
    check(isOneLine(response.value(QLatin1String("error")).toString()), "makeError kept a line break");
    check(messageKind(response) == MessageKind::Response, "an error response is not a response");
    checkReencodes(response);
}

void checkStatus(const QJsonObject &object)
{
    StrategyStatus status;
    QString error;
    if (!StrategyStatus::fromJson(object, &status, &error)) {
        check(!error.isEmpty(), "a rejected status has no error message");
        return;
    }
    check(!status.name.isEmpty() && status.since.isValid(), "an accepted status lacks a name or a time");
    StrategyStatus again;
    check(StrategyStatus::fromJson(status.toJson(), &again, &error), "toJson() of a status does not read back");
    check(again == status, "toJson() of a status reads back different");
    checkReencodes(makeStateEvent(status));
}

// Every object anywhere in the frame: a status arrives nested in a state event, or in a status response.
void forEachObject(const QJsonValue &value, int depth, int *budget, void (*visit)(const QJsonObject &))
{
    if (depth > 32 || --*budget < 0)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        visit(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            forEachObject(it.value(), depth + 1, budget, visit);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            forEachObject(item, depth + 1, budget, visit);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // "since" without an offset is local time: pin the zone so that a crash reproduces on any machine, and
    // pick one with DST gaps.
    setenv("TZ", "Europe/Berlin", 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stream = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Outcome whole = readWhole(stream);
    checkSame(whole, readChunked(stream));
    if (size <= 64 * 1024)
        checkSame(whole, readBytewise(stream));

    for (const QJsonObject &frame : whole.frames) {
        checkRequest(frame);
        checkReencodes(frame);
        int budget = 256;
        forEachObject(frame, 0, &budget, checkStatus);
    }
    return 0;
}
