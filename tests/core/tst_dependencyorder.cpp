// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

// The dependency walks corrald and validation share: start order, stop levels, cycles.

#include "dependencyorder.h"

#include <QTest>

using namespace corral;

class TestDependencyOrder : public QObject
{
    Q_OBJECT

private slots:
    void startOrder_dependencyFirst_evenWithLowerPriority()
    {
        const QList<DependencyNode> nodes{{"bot", {"feed"}, 10}, {"feed", {}, 0}, {"report", {}, 5}};
        QCOMPARE(startOrder(nodes, {"bot", "feed", "report"}), (QStringList{"report", "feed", "bot"}));
    }

    void startOrder_readyOnes_byPriorityThenConfigOrder()
    {
        const QList<DependencyNode> nodes{{"a", {}, 0}, {"b", {}, 3}, {"c", {}, 0}, {"d", {}, 3}};
        QCOMPARE(startOrder(nodes, {"c", "a", "d", "b"}), (QStringList{"b", "d", "a", "c"}));
    }

    // The best ready one can unlock a dependent that outranks the rest.
    void startOrder_oneAtATime_letsAnUnlockedDependentJumpAhead()
    {
        const QList<DependencyNode> nodes{{"feed", {}, 1}, {"other", {}, 0}, {"bot", {"feed"}, 9}};
        QCOMPARE(startOrder(nodes, {"feed", "other", "bot"}), (QStringList{"feed", "bot", "other"}));
    }

    void startOrder_dependencyNotAsked_isNotWaitedFor()
    {
        const QList<DependencyNode> nodes{{"bot", {"feed"}, 0}, {"feed", {}, 0}};
        QCOMPARE(startOrder(nodes, {"bot"}), QStringList{"bot"});
    }

    void startOrder_cycle_endsAndNamesEveryoneOnce()
    {
        const QList<DependencyNode> nodes{{"a", {"b"}, 0}, {"b", {"a"}, 0}, {"c", {}, 0}};
        QCOMPARE(startOrder(nodes, {"a", "b", "c"}), (QStringList{"c", "a", "b"}));
    }

    // A name asked twice, a dependency listed twice and one on itself count once.
    void startOrder_repeatedNamesAndDependencies_countOnce()
    {
        const QList<DependencyNode> nodes{{"bot", {"feed", "feed", "bot"}, 5}, {"feed", {}, 0}, {"x", {}, 1}};
        QCOMPARE(startOrder(nodes, {"bot", "x", "bot", "feed"}), (QStringList{"x", "feed", "bot"}));
    }

    // A fleet of thousands: the order is still exact (priority, then config order; a chain in its order).
    void startOrder_largeFleet_priorityThenConfigOrder_andChains()
    {
        QList<DependencyNode> nodes;
        QStringList names;
        for (int i = 0; i < 5000; ++i) {
            DependencyNode n{QStringLiteral("s%1").arg(i), {}, i % 3 == 0 ? 1 : 0};
            // The last 100 form a chain, each on the one before, at a priority above everyone.
            if (i >= 4900) {
                n.priority = 7;
                if (i > 4900)
                    n.dependencies = QStringList{QStringLiteral("s%1").arg(i - 1)};
            }
            nodes.append(n);
            names.prepend(n.name); // the order asked in does not matter, the config's does
        }
        const QStringList order = startOrder(nodes, names);
        QCOMPARE(order.size(), 5000);
        QStringList expected;
        for (int i = 4900; i < 5000; ++i)
            expected.append(QStringLiteral("s%1").arg(i));
        for (int p : {1, 0})
            for (int i = 0; i < 4900; ++i)
                if ((i % 3 == 0 ? 1 : 0) == p)
                    expected.append(QStringLiteral("s%1").arg(i));
        QCOMPARE(order, expected);
    }

    void stopLevels_largeFleet_chainLevelByLevel_restFirst()
    {
        QList<DependencyNode> nodes;
        QStringList names;
        for (int i = 0; i < 3000; ++i) {
            DependencyNode n{QStringLiteral("s%1").arg(i), {}, 0};
            if (i > 0 && i < 50)
                n.dependencies = QStringList{QStringLiteral("s%1").arg(i - 1)};
            nodes.append(n);
            names.append(n.name);
        }
        const QList<QStringList> levels = stopLevels(nodes, names);
        QCOMPARE(levels.size(), 50);
        QCOMPARE(levels.first().size(), 3000 - 49);
        QCOMPARE(levels.first().first(), QStringLiteral("s49"));
        QVERIFY(!levels.first().contains(QStringLiteral("s48")));
        for (int k = 1; k < 50; ++k)
            QCOMPARE(levels.at(k), QStringList{QStringLiteral("s%1").arg(49 - k)});
    }

    void stopLevels_dependentsFirst_independentOnesTogether()
    {
        const QList<DependencyNode> nodes{{"feed", {}, 0}, {"bot", {"feed"}, 0}, {"ui", {"bot"}, 0}, {"x", {}, 0}};
        const QList<QStringList> levels = stopLevels(nodes, {"feed", "bot", "ui", "x"});
        QCOMPARE(levels, (QList<QStringList>{{"ui", "x"}, {"bot"}, {"feed"}}));
    }

    void stopLevels_cycle_isOneLastLevel()
    {
        const QList<DependencyNode> nodes{{"a", {"b"}, 0}, {"b", {"a"}, 0}, {"top", {"a"}, 0}};
        QCOMPARE(stopLevels(nodes, {"a", "b", "top"}), (QList<QStringList>{{"top"}, {"a", "b"}}));
    }

    void dependencyCycles_eachOnce_fromTheFirstInListOrder()
    {
        const QList<DependencyNode> nodes{{"a", {"b"}, 0}, {"b", {"c"}, 0}, {"c", {"a"}, 0},
                                          {"d", {"e"}, 0}, {"e", {"d"}, 0}, {"f", {"f", "ghost"}, 0}};
        const QList<DependencyCycle> cycles = dependencyCycles(nodes);
        QCOMPARE(cycles.size(), 2);
        QCOMPARE(cycles.at(0).path, (QStringList{"a", "b", "c", "a"}));
        QCOMPARE(cycles.at(0).closesAt, 0);
        QCOMPARE(cycles.at(1).path, (QStringList{"d", "e", "d"}));
        QCOMPARE(cycles.at(1).closesAt, 3);
    }
};

QTEST_GUILESS_MAIN(TestDependencyOrder)
#include "tst_dependencyorder.moc"
