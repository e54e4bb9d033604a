// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "actionoutcome.h"
#include "clock.h"
#include "configstore.h"
#include "dependencyorder.h"
#include "paths.h"
#include "protocol.h"
#include "runnerregistry.h"
#include "strategyrunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

namespace corral {

class Scheduler;
class LogGuard;

// Owns the config and one StrategyRunner per strategy; orders --all by dependencies and priority. The
// only writer of strategies.json.
class Supervisor : public QObject, public RunnerRegistry
{
    Q_OBJECT
public:
    struct ActionResult
    {
        QString name;
        ActionOutcome outcome = ActionOutcome::Failed;
        QString message;
    };
    using Done = std::function<void(const QList<ActionResult> &)>;

    struct Error
    {
        protocol::ErrorCode code = protocol::ErrorCode::Internal;
        QString message;
    };

    explicit Supervisor(const Paths &paths, Clock &clock = systemClock(), QObject *parent = nullptr);

    static Error unknownStrategy(const QString &name)
    {
        return {protocol::ErrorCode::UnknownStrategy, QStringLiteral("no strategy named \"%1\"").arg(name)};
    }
    ~Supervisor() override;

    // Reads the config file when it changed on disk since the last read. A file that does not load
    // leaves the last good config in place; the error stays available through configError().
    void reloadIfChanged();
    QString configError() const { return m_configError; }

    void adoptAll();
    void releaseAll();

    QList<protocol::StrategyStatus> statuses() const;
    StrategyRunner *findRunner(const QString &name) const override { return m_runners.value(name); }
    // The status object of the CLI contract plus the schedule fields (schedule, nextEvent, held).
    // The strategy's status with its schedule part; a status with an empty name when it is unknown.
    protocol::StrategyStatus status(const QString &name) const;
    QJsonObject statusJson(const QString &name) const;
    // Schedules act only once adoption has told what is already running.
    void startScheduling();
    // The one schedule calculation corrald's timer uses, for `preview`.
    const Scheduler &scheduler() const { return *m_scheduler; }
    bool contains(const QString &name) const { return m_runners.contains(name); }
    QStringList names() const override { return m_order; }

    bool add(const Strategy &strategy, Error *error);
    bool edit(const QString &name, const Strategy &strategy, Error *error);
    bool remove(const QString &name, Error *error);
    bool setSchedule(const QString &name, const Schedule &schedule, Error *error);

    // Unknown names must be checked by the caller (unknownNames()).
    // `cause`: who asked, for the strategies' history (corralctl or the window).
    void start(const QStringList &names, bool all, const Done &done,
               HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    void stop(const QStringList &names, bool all, const Done &done,
              HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    void restart(const QStringList &names, bool all, const Done &done,
                 HistoryEvent::Cause cause = HistoryEvent::Cause::Cli);
    QStringList unknownNames(const QStringList &names) const;

signals:
    void statusChanged(const corral::protocol::StrategyStatus &status);
    void configChanged();
    void message(const QString &text);

private:
    bool commit(const QList<Strategy> &next, Error *error);
    // `fromDisk`: the file changed under us (a hand edit, or the first good load after a broken one):
    // strategies new to corrald may be running already and are adopted like at start.
    void applyConfig(const QList<Strategy> &strategies, bool fromDisk);
    // Strategies with a pidfile but no config entry (a broken or hand-trimmed config): supervised from
    // their pidfile alone, so that `list` shows them and `stop --all` — the kill switch — reaches them.
    void adoptUnconfigured();
    QList<Strategy> currentConfig() const;
    // Dependencies before dependents; among the ready ones, higher priority first, then config order.
    // The strategies in config order, for core's dependency walks (dependencyorder.h).
    QList<DependencyNode> dependencyNodes() const;
    void stopLevelByLevel(QList<QStringList> levels, QList<ActionResult> results, const Done &done,
                          HistoryEvent::Cause cause);
    // The runner of `name`, or null with the unknown-strategy error.
    StrategyRunner *existing(const QString &name, Error *error) const;
    // False with the exists error when `name` is taken.
    bool isFree(const QString &name, Error *error) const;
    // A runner whose changes reach statusChanged; not yet registered.
    StrategyRunner *createRunner(const Strategy &strategy);

    Paths m_paths;
    Clock &m_clock;
    ConfigStore m_store;
    QStringList m_order; // config order
    QMap<QString, StrategyRunner *> m_runners;
    QString m_configError;
    QDateTime m_configStamp;
    qint64 m_configSize = -1;
    bool m_configLoadedOnce = false;
    Scheduler *m_scheduler = nullptr;
    LogGuard *m_logGuard = nullptr;
    bool m_scheduling = false;
    bool m_adopted = false; // adoptAll() has run: later newcomers are adopted as they appear
};

} // namespace corral
