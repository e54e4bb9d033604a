// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// What the daemon's unit tests share: a throw-away CORRAL_HOME, strategies running real programs, and a
// recorder of the states a runner goes through.

#include "paths.h"
#include "protocol.h"
#include "statetransitions.h"
#include "strategy.h"
#include "strategyrunner.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

namespace corral::test {

inline Strategy shellStrategy(const QString &name, const QString &script)
{
    Strategy s;
    s.name = name;
    s.program = QStringLiteral("/bin/sh");
    s.args = {QStringLiteral("-c"), script};
    s.stopTimeoutMs = 2000;
    return s;
}

// A process that outlives the test unless stopped. sleep itself, not a shell that execs it: a stop that
// lands during the shell's exec finds the pid without its cookie for a moment and leaves it alone.
inline Strategy sleeperStrategy(const QString &name)
{
    Strategy s;
    s.name = name;
    s.program = QStringLiteral("/bin/sleep");
    s.args = {QStringLiteral("600")};
    s.stopTimeoutMs = 2000;
    return s;
}

// A home of its own per test, so that no lock or pidfile leaks from one test into the next.
class Home
{
public:
    Home() : m_paths(Paths::underHome(m_dir.path())) { m_paths.ensureCreated(); }
    const Paths &paths() const { return m_paths; }

private:
    QTemporaryDir m_dir;
    Paths m_paths;
};

// Every distinct state a runner enters, in order, starting with the one it had when watched.
class StateRecorder
{
public:
    explicit StateRecorder(const StrategyRunner &runner) : m_states{runner.state()}
    {
        QObject::connect(&runner, &StrategyRunner::changed, &m_context, [this, &runner] {
            if (runner.state() != m_states.last())
                m_states.append(runner.state());
        });
    }
    QList<protocol::State> states() const { return m_states; }
    // The first move the transition table forbids, as "from -> to"; empty when there is none.
    QString illegalMove() const
    {
        for (int i = 1; i < m_states.size(); ++i)
            if (!isAllowedTransition(m_states.at(i - 1), m_states.at(i)))
                return protocol::stateName(m_states.at(i - 1)) + QStringLiteral(" -> ") +
                       protocol::stateName(m_states.at(i));
        return {};
    }

private:
    QObject m_context;
    QList<protocol::State> m_states;
};

} // namespace corral::test
