// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// A Clock that moves only when a test says so. Alarms fire inside advance(), each at its own time and
// in order, so a back-off of 1 s, 2 s, 4 s or a window opening at 09:20 takes no real time at all.

#include "clock.h"

#include <QList>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace corral::test {

class FakeClock : public Clock
{
public:
    explicit FakeClock(const QDateTime &start) : m_wall(start.toUTC()) {}

    QDateTime nowUtc() const override { return m_wall; }
    qint64 monotonicMs() const override { return m_monotonic; }

    std::unique_ptr<Alarm> after(qint64 delayMs, std::function<void()> callback) override
    {
        Entry e;
        e.dueMonotonic = m_monotonic + std::max<qint64>(0, delayMs);
        e.callback = [callback](Wake) { callback(); };
        return add(std::move(e));
    }

    std::unique_ptr<Alarm> at(const QDateTime &when, std::function<void(Wake)> callback) override
    {
        Entry e;
        e.dueWall = when.toUTC();
        e.callback = std::move(callback);
        return add(std::move(e));
    }

    // Moves both clocks forward, firing what falls due on the way.
    void advance(qint64 ms)
    {
        const qint64 target = m_monotonic + ms;
        while (const std::optional<std::pair<quint64, qint64>> next = earliest()) {
            if (m_monotonic + next->second > target)
                break;
            step(next->second);
            const auto it = m_entries->find(next->first);
            const auto callback = it->second.callback;
            m_entries->erase(it);
            callback(Wake::Due);
        }
        step(target - m_monotonic);
    }
    void advanceTo(const QDateTime &when) { advance(m_wall.msecsTo(when.toUTC())); }

    // Someone sets the wall clock (monotonic time goes on): every wall-clock alarm hears of it at once,
    // as timerfd's cancel-on-set tells the real one.
    void setWallClock(const QDateTime &when)
    {
        m_wall = when.toUTC();
        QList<quint64> wall;
        for (const auto &[id, e] : *m_entries)
            if (e.dueWall.isValid())
                wall.append(id);
        for (const quint64 id : wall) {
            const auto it = m_entries->find(id);
            if (it == m_entries->end())
                continue;
            const auto callback = it->second.callback;
            m_entries->erase(it);
            callback(Wake::ClockSet);
        }
    }

    // The delay of the earliest pending alarm from now, if any.
    std::optional<qint64> nextAlarmInMs() const
    {
        if (const auto next = earliest())
            return next->second;
        return std::nullopt;
    }
    int pendingAlarms() const { return int(m_entries->size()); }

private:
    struct Entry
    {
        qint64 dueMonotonic = -1; // for after()
        QDateTime dueWall;        // for at()
        std::function<void(Wake)> callback;
    };
    using Entries = std::map<quint64, Entry>;

    class Handle : public Alarm
    {
    public:
        Handle(std::weak_ptr<Entries> entries, quint64 id) : m_entries(std::move(entries)), m_id(id) {}
        ~Handle() override
        {
            if (const auto entries = m_entries.lock())
                entries->erase(m_id);
        }

    private:
        std::weak_ptr<Entries> m_entries;
        quint64 m_id;
    };

    std::unique_ptr<Alarm> add(Entry entry)
    {
        const quint64 id = ++m_lastId;
        m_entries->emplace(id, std::move(entry));
        return std::make_unique<Handle>(m_entries, id);
    }

    // {id, ms from now}; among equal times the one armed first.
    std::optional<std::pair<quint64, qint64>> earliest() const
    {
        std::optional<std::pair<quint64, qint64>> best;
        for (const auto &[id, e] : *m_entries) {
            const qint64 in = e.dueWall.isValid() ? m_wall.msecsTo(e.dueWall) : e.dueMonotonic - m_monotonic;
            const qint64 clamped = std::max<qint64>(0, in);
            if (!best || clamped < best->second)
                best = std::make_pair(id, clamped);
        }
        return best;
    }

    void step(qint64 ms)
    {
        m_monotonic += ms;
        m_wall = m_wall.addMSecs(ms);
    }

    QDateTime m_wall;
    qint64 m_monotonic = 1000000; // any origin; not zero, so that "a run started at 0" means nothing
    quint64 m_lastId = 0;
    std::shared_ptr<Entries> m_entries = std::make_shared<Entries>();
};

} // namespace corral::test
