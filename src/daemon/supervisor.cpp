// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "supervisor.h"

#include "history.h"
#include "logguard.h"
#include "pidfile.h"
#include "scheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace corral {

namespace {

constexpr int MaxLaunchesInFlight = 32;

// A strategy's history goes with its name: moved by a rename, gone with a removal, so that a strategy
// added later under the name does not inherit another's restarts and errors.
bool moveHistory(const Paths &paths, const QString &from, const QString &to)
{
    const QString source = HistoryFile::pathFor(paths, from);
    if (!QFile::exists(source))
        return false;
    QFile::remove(HistoryFile::pathFor(paths, to));
    return QFile::rename(source, HistoryFile::pathFor(paths, to));
}

QString firstError(const QList<ConfigError> &errors)
{
    if (errors.isEmpty())
        return QStringLiteral("invalid configuration");
    QString text = errors.first().toString();
    if (errors.size() > 1)
        text += QStringLiteral(" (and %1 more)").arg(errors.size() - 1);
    return text;
}

} // namespace

Supervisor::Supervisor(const Paths &paths, Clock &clock, QObject *parent)
    : QObject(parent), m_paths(paths), m_clock(clock), m_store(paths.configFile()),
      m_scheduler(new Scheduler(*this, paths, clock, this)), m_logGuard(new LogGuard(*this, paths, this))
{
    connect(m_scheduler, &Scheduler::message, this, &Supervisor::message);
    connect(m_logGuard, &LogGuard::message, this, &Supervisor::message);
    connect(this, &Supervisor::statusChanged, m_logGuard, &LogGuard::update);
}

void Supervisor::startScheduling()
{
    m_scheduling = true;
    m_scheduler->evaluate();
}

protocol::StrategyStatus Supervisor::status(const QString &name) const
{
    const StrategyRunner *r = findRunner(name);
    if (!r)
        return {};
    protocol::StrategyStatus s = r->status();
    m_scheduler->describe(r->strategy(), &s);
    r->recorder().describe(&s, r->strategy().schedule, r->isLive());
    return s;
}

QJsonObject Supervisor::statusJson(const QString &name) const
{
    const protocol::StrategyStatus s = status(name);
    return s.name.isEmpty() ? QJsonObject() : s.toJson();
}

Supervisor::~Supervisor()
{
    releaseAll();
}

void Supervisor::reloadIfChanged()
{
    const QFileInfo fi(m_store.path());
    const QDateTime stamp = fi.exists() ? fi.lastModified() : QDateTime();
    const qint64 size = fi.exists() ? fi.size() : -1;
    if (m_configLoadedOnce && stamp == m_configStamp && size == m_configSize)
        return;
    m_configStamp = stamp;
    m_configSize = size;

    QList<Strategy> strategies;
    QList<ConfigError> errors;
    if (!m_store.loadWithAllErrors(&strategies, &errors)) {
        m_configError = firstError(errors);
        emit message(QStringLiteral("%1; keeping the last good config").arg(m_configError));
        m_configLoadedOnce = true;
        return;
    }
    const bool wasLoaded = m_configLoadedOnce;
    m_configLoadedOnce = true;
    m_configError.clear();
    applyConfig(strategies, true);
    if (wasLoaded)
        emit configChanged();
}

void Supervisor::applyConfig(const QList<Strategy> &strategies, bool fromDisk)
{
    QStringList order;
    QList<StrategyRunner *> newcomers;
    for (const Strategy &s : strategies) {
        order.append(s.name);
        if (StrategyRunner *r = findRunner(s.name)) {
            r->setStrategy(s);
            continue;
        }
        StrategyRunner *r = createRunner(s);
        m_runners.insert(s.name, r);
        newcomers.append(r);
    }
    // A strategy removed from the file by hand while running stays supervised until it stops.
    for (auto it = m_runners.begin(); it != m_runners.end();) {
        if (order.contains(it.key())) {
            ++it;
        } else if (it.value()->isLive()) {
            order.append(it.key());
            ++it;
        } else {
            it.value()->deleteLater();
            it = m_runners.erase(it);
        }
    }
    m_order = order;
    if (m_adopted) {
        for (StrategyRunner *r : std::as_const(newcomers))
            r->adopt(fromDisk ? StrategyRunner::Adoption::Full : StrategyRunner::Adoption::OnlyIfRunning);
    }
    if (m_scheduling)
        m_scheduler->evaluate();
}

void Supervisor::adoptUnconfigured()
{
    const QStringList files = QDir(m_paths.runDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        if (m_runners.contains(name) || !validation::checkName(name).isEmpty())
            continue;
        const std::optional<PidFile> pidFile = PidFile::read(m_paths.pidFile(name));
        if (!pidFile)
            continue;
        Strategy ghost;
        ghost.name = name;
        ghost.program = pidFile->identity.executable;
        // Its real command line is unknown: never try to start it again.
        ghost.restart = RestartMode::Never;
        StrategyRunner *r = createRunner(ghost);
        r->adopt(StrategyRunner::Adoption::OnlyIfRunning);
        if (!r->isLive()) {
            delete r;
            continue;
        }
        m_runners.insert(name, r);
        m_order.append(name);
        emit message(QStringLiteral("%1 is running but not in the config: supervising it from its pidfile").arg(name));
    }
}

QList<Strategy> Supervisor::currentConfig() const
{
    QList<Strategy> list;
    for (const QString &name : m_order)
        list.append(findRunner(name)->strategy());
    return list;
}

bool Supervisor::commit(const QList<Strategy> &next, Error *error)
{
    reloadIfChanged();
    const QList<ConfigError> problems = validation::checkAll(next);
    if (!problems.isEmpty()) {
        *error = {protocol::ErrorCode::Invalid, firstError(problems)};
        return false;
    }
    ConfigError saveError;
    if (!m_store.save(next, &saveError)) {
        *error = {protocol::ErrorCode::Config, saveError.toString()};
        return false;
    }
    const QFileInfo fi(m_store.path());
    m_configStamp = fi.lastModified();
    m_configSize = fi.size();
    m_configError.clear();
    applyConfig(next, false);
    emit configChanged();
    return true;
}

void Supervisor::adoptAll()
{
    for (const QString &name : m_order)
        findRunner(name)->adopt(StrategyRunner::Adoption::Full);
    adoptUnconfigured();
    m_adopted = true;
}

void Supervisor::releaseAll()
{
    for (StrategyRunner *r : std::as_const(m_runners))
        r->release();
}

QList<protocol::StrategyStatus> Supervisor::statuses() const
{
    QList<protocol::StrategyStatus> list;
    for (const QString &name : m_order)
        list.append(findRunner(name)->status());
    return list;
}

StrategyRunner *Supervisor::createRunner(const Strategy &strategy)
{
    auto *r = new StrategyRunner(m_paths, strategy, m_clock, this);
    connect(r, &StrategyRunner::changed, this, [this, r] { emit statusChanged(r->status()); });
    return r;
}

StrategyRunner *Supervisor::existing(const QString &name, Error *error) const
{
    StrategyRunner *r = findRunner(name);
    if (!r)
        *error = unknownStrategy(name);
    return r;
}

bool Supervisor::isFree(const QString &name, Error *error) const
{
    if (!m_runners.contains(name))
        return true;
    *error = {protocol::ErrorCode::Exists, QStringLiteral("a strategy named \"%1\" already exists").arg(name)};
    return false;
}

QStringList Supervisor::unknownNames(const QStringList &names) const
{
    QStringList unknown;
    for (const QString &n : names)
        if (!m_runners.contains(n))
            unknown.append(n);
    return unknown;
}

bool Supervisor::add(const Strategy &strategy, Error *error)
{
    if (!isFree(strategy.name, error))
        return false;
    const QList<ConfigError> own = validation::checkStrategy(strategy);
    if (!own.isEmpty()) {
        *error = {protocol::ErrorCode::Invalid, firstError(own)};
        return false;
    }
    QList<Strategy> next = currentConfig();
    next.append(strategy);
    return commit(next, error);
}

bool Supervisor::edit(const QString &name, const Strategy &strategy, Error *error)
{
    const StrategyRunner *r = existing(name, error);
    if (!r)
        return false;
    if (strategy.name != name) {
        if (r->isLive()) {
            *error = {protocol::ErrorCode::Failed,
                      QStringLiteral("%1 is running; stop it before renaming it").arg(name)};
            return false;
        }
        if (!isFree(strategy.name, error))
            return false;
    }
    const QList<ConfigError> own = validation::checkStrategy(strategy);
    if (!own.isEmpty()) {
        *error = {protocol::ErrorCode::Invalid, firstError(own)};
        return false;
    }
    QList<Strategy> next = currentConfig();
    for (Strategy &s : next)
        if (s.name == name)
            s = strategy;
    // Before the commit: the runner under the new name reads its history as it is created.
    const bool movedHistory = strategy.name != name && moveHistory(m_paths, name, strategy.name);
    if (commit(next, error))
        return true;
    if (movedHistory)
        moveHistory(m_paths, strategy.name, name);
    return false;
}

bool Supervisor::remove(const QString &name, Error *error)
{
    const StrategyRunner *r = existing(name, error);
    if (!r)
        return false;
    if (r->isLive()) {
        // Removing a running bot from supervision would leave it running unseen: stop first.
        *error = {protocol::ErrorCode::Failed, QStringLiteral("%1 is running; stop it before removing it").arg(name)};
        return false;
    }
    QList<Strategy> next = currentConfig();
    next.erase(std::remove_if(next.begin(), next.end(), [&](const Strategy &s) { return s.name == name; }), next.end());
    if (!commit(next, error))
        return false;
    QFile::remove(HistoryFile::pathFor(m_paths, name));
    return true;
}

bool Supervisor::setSchedule(const QString &name, const Schedule &schedule, Error *error)
{
    const StrategyRunner *r = existing(name, error);
    if (!r)
        return false;
    Strategy s = r->strategy();
    s.schedule = schedule;
    return edit(name, s, error);
}

QList<DependencyNode> Supervisor::dependencyNodes() const
{
    QList<DependencyNode> nodes;
    for (const QString &name : m_order) {
        const Strategy &s = findRunner(name)->strategy();
        nodes.append({s.name, s.dependencies, s.priority});
    }
    return nodes;
}

void Supervisor::start(const QStringList &names, bool all, const Done &done, HistoryEvent::Cause cause)
{
    reloadIfChanged();
    const QSet<QString> asked(names.cbegin(), names.cend());
    QStringList wanted = all ? m_order : names;
    // Dependencies come along, transitively (a set beside the list: a fleet of thousands is one pass).
    QSet<QString> seen(wanted.cbegin(), wanted.cend());
    for (int i = 0; i < wanted.size(); ++i)
        for (const QString &d : findRunner(wanted.at(i))->strategy().dependencies)
            if (!seen.contains(d) && m_runners.contains(d)) {
                seen.insert(d);
                wanted.append(d);
            }

    // Launches overlap: each is forked without waiting for the previous one's exec, and confirmed
    // later. A dependent is forked only once its dependencies' starts are confirmed.
    const QStringList order = corral::startOrder(dependencyNodes(), wanted);
    QHash<QString, ActionResult> outcome;
    // A dependency that was already running is news only to whoever asked for it by name.
    const auto record = [&](const QString &name, ActionOutcome result, const QString &message) {
        if (result != ActionOutcome::AlreadyRunning || all || asked.contains(name))
            outcome.insert(name, {name, result, message});
    };
    QStringList inFlight;
    const auto confirmInFlight = [&] {
        for (const QString &name : std::as_const(inFlight)) {
            QString message;
            record(name, findRunner(name)->finishStart(&message), message);
        }
        inFlight.clear();
    };

    for (const QString &name : order) {
        StrategyRunner *r = findRunner(name);
        const QStringList &dependencies = r->strategy().dependencies;
        // Each launch in flight holds a few descriptors (its lock, QProcess's pipes): a bounded batch
        // keeps a thousand strategies inside the usual limit of 1024.
        if (inFlight.size() >= MaxLaunchesInFlight ||
            std::any_of(dependencies.cbegin(), dependencies.cend(),
                        [&](const QString &d) { return inFlight.contains(d); }))
            confirmInFlight();
        QString blocker;
        for (const QString &d : dependencies) {
            const auto st = findRunner(d)->state();
            if (st != protocol::State::Running && st != protocol::State::Starting)
                blocker = d;
        }
        if (!blocker.isEmpty()) {
            outcome.insert(name,
                           {name, ActionOutcome::Failed, QStringLiteral("dependency %1 is not running").arg(blocker)});
            continue;
        }
        QString message;
        if (all || asked.contains(name))
            m_scheduler->noteManualStart(name);
        if (const std::optional<ActionOutcome> settled = r->beginStart(&message, cause))
            record(name, *settled, message);
        else
            inFlight.append(name);
    }
    confirmInFlight();

    QList<ActionResult> results;
    for (const QString &name : order)
        if (outcome.contains(name))
            results.append(outcome.value(name));
    done(results);
}

void Supervisor::stop(const QStringList &names, bool all, const Done &done, HistoryEvent::Cause cause)
{
    reloadIfChanged();
    // Dependents before what they depend on, level by level.
    const QList<QStringList> levels = corral::stopLevels(dependencyNodes(), all ? m_order : names);
    stopLevelByLevel(levels, {}, done, cause);
}

void Supervisor::stopLevelByLevel(QList<QStringList> levels, QList<ActionResult> results, const Done &done,
                                  HistoryEvent::Cause cause)
{
    if (levels.isEmpty()) {
        done(results);
        return;
    }
    const QStringList level = levels.takeFirst();
    // Shared by the callbacks of this level; the last one to finish moves on.
    auto state = std::make_shared<std::pair<int, QList<ActionResult>>>(int(level.size()), results);
    for (const QString &name : level) {
        StrategyRunner *r = findRunner(name);
        r->stop(
            [this, state, levels, name, done, cause](ActionOutcome outcome, const QString &message) {
                m_scheduler->noteManualStop(name);
                state->second.append({name, outcome, message});
                if (--state->first == 0)
                    stopLevelByLevel(levels, state->second, done, cause);
            },
            cause);
    }
}

void Supervisor::restart(const QStringList &names, bool all, const Done &done, HistoryEvent::Cause cause)
{
    stop(
        names, all,
        [this, names, all, done, cause](const QList<ActionResult> &stopped) {
            start(
                names, all,
                [stopped, done](QList<ActionResult> started) {
                    for (ActionResult &r : started)
                        if (r.outcome == ActionOutcome::Started)
                            r.outcome = ActionOutcome::Restarted;
                    for (const ActionResult &s : stopped)
                        if (s.outcome == ActionOutcome::Failed)
                            started.append(s);
                    done(started);
                },
                cause);
        },
        cause);
}

} // namespace corral
