// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace corral {

// One strategy as the dependency walks see it. The walks are pure: corrald hands in its strategies in
// config order, validation the file's, the tests whatever they like — one walk for each question.
struct DependencyNode
{
    QString name;
    QStringList dependencies;
    int priority = 0;
};

// The order `start` launches `names` in: a strategy after those of its dependencies that are among
// `names`; among the ready ones, higher priority first, then config order. One at a time, because the
// best ready one may unlock a dependent with a higher priority than the rest. A cycle (which validation
// refuses) never loops: what cannot be ordered follows in config order.
QStringList startOrder(const QList<DependencyNode> &nodes, const QStringList &names);

// The levels `stop` takes `names` down in: each level is what nothing left depends on, so dependents go
// first and a level can stop in parallel. A cycle ends as one last level.
QList<QStringList> stopLevels(const QList<DependencyNode> &nodes, const QStringList &names);

// Every dependency cycle once, found from the first node in list order: `path` is the names around it
// with the first repeated at the end ("a", "b", "a"), `closesAt` the index of the node it closes at.
// Unknown dependencies and a node depending on itself are not cycles here (they have their own errors).
struct DependencyCycle
{
    int closesAt = -1;
    QStringList path;
};
QList<DependencyCycle> dependencyCycles(const QList<DependencyNode> &nodes);

} // namespace corral
