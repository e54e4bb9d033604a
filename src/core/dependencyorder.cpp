// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "dependencyorder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

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
    // Candidates in config order; names corrald does not know come last, as given.
    QStringList candidates;
    for (const DependencyNode &n : nodes)
        if (names.contains(n.name) && !candidates.contains(n.name))
            candidates.append(n.name);
    for (const QString &n : names)
        if (!candidates.contains(n))
            candidates.append(n);

    const auto dependenciesOf = [&](const QString &name) {
        return index.contains(name) ? nodes.at(index.value(name)).dependencies : QStringList();
    };
    const auto priorityOf = [&](const QString &name) {
        return index.contains(name) ? nodes.at(index.value(name)).priority : 0;
    };
    QSet<QString> pending(candidates.cbegin(), candidates.cend());
    QStringList order;
    while (!pending.isEmpty()) {
        QStringList ready;
        for (const QString &n : candidates) {
            if (!pending.contains(n))
                continue;
            const QStringList deps = dependenciesOf(n);
            if (std::none_of(deps.cbegin(), deps.cend(),
                             [&](const QString &d) { return d != n && pending.contains(d); }))
                ready.append(n);
        }
        if (ready.isEmpty()) // a cycle: never loop forever on a config validation would refuse
            for (const QString &n : candidates)
                if (pending.contains(n))
                    ready.append(n);
        std::stable_sort(ready.begin(), ready.end(),
                         [&](const QString &a, const QString &b) { return priorityOf(a) > priorityOf(b); });
        order.append(ready.first());
        pending.remove(ready.first());
    }
    return order;
}

QList<QStringList> stopLevels(const QList<DependencyNode> &nodes, const QStringList &names)
{
    const QHash<QString, int> index = indexByName(nodes);
    const auto dependsOn = [&](const QString &dependent, const QString &dependency) {
        return index.contains(dependent) && nodes.at(index.value(dependent)).dependencies.contains(dependency);
    };
    QStringList remaining = names;
    QList<QStringList> levels;
    while (!remaining.isEmpty()) {
        QStringList level;
        for (const QString &n : remaining) {
            const bool needed = std::any_of(remaining.cbegin(), remaining.cend(),
                                            [&](const QString &other) { return other != n && dependsOn(other, n); });
            if (!needed)
                level.append(n);
        }
        if (level.isEmpty())
            level = remaining;
        for (const QString &n : level)
            remaining.removeAll(n);
        levels.append(level);
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
