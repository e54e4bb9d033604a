// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A strategy's history: what happened to it, when and why, one JSON object per line in
// state/history/<name>.jsonl. corrald is the only writer; it appends, and rewrites the file only to drop
// the oldest events. What corrald knew before a restart (restarts, last exit, last error) is read back
// from here. docs/design.md says why it looks the way it does.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace corral {

class Paths;

struct HistoryEvent
{
    enum class Kind {
        Start,        // a process was launched (pid)
        LaunchFailed, // a launch did not get as far as a running process (error)
        Stop,         // a stop was asked for (the exit follows when the tree is gone)
        Exit,         // the process ended (code or signal, duration; detail in words)
        Restart,      // the restart policy will launch again (detail: after what delay)
        GiveUp,       // the restart policy gave up: failed (error)
        Adopt,        // a running process from before was taken over (pid)
        Schedule,     // the schedule decided something that is not a start or stop (held, tick skipped)
        Watchdog,     // the silence watchdog acted
    };
    // Who or what made it happen.
    enum class Cause {
        Cli,      // the user, through corralctl
        Window,   // the user, through the window
        Schedule, // the schedule
        Policy,   // the restart policy
        Adoption, // corrald, re-adopting at its start what ran before
        Watchdog, // the silence watchdog
        Process,  // the strategy itself (an exit nobody asked for)
    };

    QDateTime at; // local time with its offset when written by corrald
    Kind kind = Kind::Start;
    Cause cause = Cause::Cli;
    std::optional<qint64> pid;
    std::optional<int> code;     // Exit: the exit code as corrald reports it (128 + N for signal N on Unix)
    std::optional<int> signal;   // Exit: the signal that ended it, when one did
    std::optional<qint64> runMs; // Exit: how long the process ran
    QString detail;              // in words: "stopped (SIGTERM)", "exited with code 3", "in 2 s"
    QString error;               // what this event makes the strategy's last error; empty: none

    QJsonObject toJson() const;
    // Strict about what is there (types, known words, an instant with its offset); a missing optional
    // field is simply absent.
    static bool fromJson(const QJsonObject &json, HistoryEvent *event, QString *error = nullptr);

    bool operator==(const HistoryEvent &o) const;
    bool operator!=(const HistoryEvent &o) const { return !(*this == o); }
};

QString kindName(HistoryEvent::Kind kind);
bool parseKind(const QString &text, HistoryEvent::Kind *kind);
QString causeName(HistoryEvent::Cause cause);
bool parseCause(const QString &text, HistoryEvent::Cause *cause);

// "2026-12-01T09:20:00.000+05:30": `utc` in the machine's local time with its offset, as history keeps it.
QDateTime localWithOffset(const QDateTime &utc);

// One strategy's history file. Appending writes one line with O_APPEND; when the file holds more than
// CompactAt events it is rewritten (QSaveFile) with the last Keep. A torn last line (corrald killed
// mid-write) and any line that does not parse are skipped when reading, and a torn line is ended before
// the next append so it cannot swallow the next event.
class HistoryFile
{
public:
    static constexpr int Keep = 2000;
    static constexpr int CompactAt = 2500;

    explicit HistoryFile(const QString &path);
    static QString pathFor(const Paths &paths, const QString &name);

    QString path() const { return m_path; }

    // The last `count` events in order, oldest first (count < 0: all). A missing file is an empty history.
    QList<HistoryEvent> readLast(int count = -1, QString *error = nullptr) const;
    // Creates the file (0600) and its folder (0700) as needed.
    bool append(const HistoryEvent &event, QString *error = nullptr);
    // Rewrites the file with its last Keep events now.
    bool compact(QString *error = nullptr);

private:
    // Counts the lines and whether the last one is ended, once, before the first append.
    void survey();

    QString m_path;
    int m_lines = -1; // -1: not counted yet
    bool m_openLine = false;
    bool m_folderReady = false;
};

// What a runner knew that history can tell again after corrald restarts.
struct HistorySummary
{
    int restarts = 0;            // automatic restarts since the last start that was not the policy's
    std::optional<int> exitCode; // of the last exit, unless a start came after it
    QString lastError;           // the last error, unless a start by the user cleared it
    QString lastExit;            // the last exit in words ("stopped (SIGTERM)"), unless a start came after it
    bool failed = false;         // it ended `failed` (gave up, or a user's start did not launch) and stayed so
};

HistorySummary summarize(const QList<HistoryEvent> &events);

class RestartPolicy;
// Replays the exits the restart policy saw (not those of a stop) through `policy`, so that a corrald that
// restarts inside a crash loop goes on counting quick failures where the last one stopped.
void replayExits(const QList<HistoryEvent> &events, RestartPolicy *policy);

} // namespace corral
