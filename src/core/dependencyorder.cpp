// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "dependencyorder.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <set>
#include <utility>

namespace corral {

namespace {

// The first node of each name, as validation counts a duplicate name once.
QHash<QString, int> indexByName(const QList<DependencyNode> &nodes)
{
    QHash<QString, int> index;
    for (int i = 0; i < nodes.size(); ++i)
        if (!index.contains(nodes.at(i).name))
            index.insert(nodes.at(i).name, i);
    return index;
}

} // namespace

QStringList startOrder(const QList<DependencyNode> &nodes, const QStringList &names)
{
    const QHash<QString, int> index = indexByName(nodes);
    // Candidates in config order; names corrald does not know come last, as given. Every step below is
    // a hash lookup or a heap operation: `start --all` of thousands costs no more per strategy than of ten.
    const QSet<QString> asked(names.cbegin(), names.cend());
    QStringList candidates;
    QHash<QString, int> rank; // a candidate's place in `candidates`, the config-order tie-break
    const auto addCandidate = [&](const QString &name) {
        if (!rank.contains(name)) {
            rank.insert(name, int(candidates.size()));
            candidates.append(name);
        }
    };
    for (const DependencyNode &n : nodes)
        if (asked.contains(n.name))
            addCandidate(n.name);
    for (const QString &n : names)
        addCandidate(n);

    // Each candidate waits for its distinct dependencies among the candidates (itself excepted).
    const int count = int(candidates.size());
    QList<int> priority(count, 0);
    QList<int> waitingFor(count, 0);
    QList<QList<int>> dependents(count);
    for (int i = 0; i < count; ++i) {
        const auto node = index.constFind(candidates.at(i));
        if (node == index.cend())
            continue;
        priority[i] = nodes.at(*node).priority;
        QSet<int> seen;
        for (const QString &d : nodes.at(*node).dependencies) {
            const int j = rank.value(d, -1);
            if (j < 0 || j == i || seen.contains(j))
                continue;
            seen.insert(j);
            ++waitingFor[i];
            dependents[j].append(i);
        }
    }

    // The ready ones, best first: higher priority, then config order.
    const auto key = [&](int i) { return std::make_pair(-qint64(priority.at(i)), i); };
    std::set<std::pair<qint64, int>> ready;
    for (int i = 0; i < count; ++i)
        if (waitingFor.at(i) == 0)
            ready.insert(key(i));
    QList<bool> placed(count, false);
    QStringList order;
    while (order.size() < count) {
        int next = -1;
        if (!ready.empty()) {
            next = ready.begin()->second;
            ready.erase(ready.begin());
        } else {
            // A cycle: never loop forever on a config validation would refuse; the best of the rest goes.
            for (int i = 0; i < count; ++i)
                if (!placed.at(i) && (next < 0 || key(i) < key(next)))
                    next = i;
        }
        placed[next] = true;
        order.append(candidates.at(next));
        for (int k : std::as_const(dependents.at(next)))
            if (!placed.at(k) && --waitingFor[k] == 0)
                ready.insert(key(k));
    }
    return order;
}

QList<QStringList> stopLevels(const QList<DependencyNode> &nodes, const QStringList &names)
{
    const QHash<QString, int> index = indexByName(nodes);
    // For each name, its distinct dependencies among `names` (itself excepted), and how many of the
    // others need it: a level is what nobody left needs. One pass over `names` per level.
    const QSet<QString> distinct(names.cbegin(), names.cend());
    QHash<QString, QStringList> dependenciesAmong;
    QHash<QString, int> neededBy;
    for (const QString &n : distinct) {
        const auto node = index.constFind(n);
        if (node == index.cend())
            continue;
        QSet<QString> seen;
        for (const QString &d : nodes.at(*node).dependencies) {
            if (d == n || !distinct.contains(d) || seen.contains(d))
                continue;
            seen.insert(d);
            dependenciesAmong[n].append(d);
            ++neededBy[d];
        }
    }
    QStringList remaining = names;
    QList<QStringList> levels;
    while (!remaining.isEmpty()) {
        QStringList level;
        QStringList rest;
        for (const QString &n : std::as_const(remaining))
            (neededBy.value(n) == 0 ? level : rest).append(n);
        if (level.isEmpty()) {
            level = remaining;
            rest.clear();
        }
        for (const QString &n : QSet<QString>(level.cbegin(), level.cend()))
            for (const QString &d : dependenciesAmong.value(n))
                --neededBy[d];
        levels.append(level);
        remaining = rest;
    }
    return levels;
}

QList<DependencyCycle> dependencyCycles(const QList<DependencyNode> &nodes)
{
    const QHash<QString, int> index = indexByName(nodes);
    enum Mark { Unvisited, OnPath, Done };
    QList<Mark> marks(nodes.size(), Unvisited);
    QList<int> path;
    QList<DependencyCycle> cycles;

    std::function<void(int)> visit = [&](int node) {
        marks[node] = OnPath;
        path.append(node);
        for (const QString &dependency : nodes.at(node).dependencies) {
            const int next = index.value(dependency, -1);
            if (next < 0 || next == node)
                continue;
            if (marks.at(next) == OnPath) {
                DependencyCycle cycle;
                cycle.closesAt = next;
                for (qsizetype k = path.indexOf(next); k < path.size(); ++k)
                    cycle.path.append(nodes.at(path.at(k)).name);
                cycle.path.append(nodes.at(next).name);
                cycles.append(cycle);
            } else if (marks.at(next) == Unvisited) {
                visit(next);
            }
        }
        path.removeLast();
        marks[node] = Done;
    };
    for (int i = 0; i < nodes.size(); ++i)
        if (marks.at(i) == Unvisited)
            visit(i);
    return cycles;
}

} // namespace corral
