// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategytablemodel.h"

#include "durationtext.h"
#include "stateicons.h"
#include "timezoneids.h"
#include "utcoffset.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace corral::gui {

using protocol::State;
using protocol::StrategyStatus;

StrategyTableModel::StrategyTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int StrategyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StrategyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StrategyTableModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant StrategyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const StrategyStatus &s = r.status;

    switch (role) {
    case NameRole:
        return s.name;
    case StateRole:
        return int(s.state);
    case LastErrorRole:
        return s.lastError;
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(s.state)) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PidColumn:
        case UptimeColumn:
        case RestartsColumn:
        case ExitCodeColumn:
        case CpuColumn:
        case MemoryColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // How the last run ended, in words: a stop Corral made reads "stopped (SIGTERM)", not as a failure.
        if (index.column() == ExitCodeColumn && !s.lastExit.isEmpty())
            return s.lastExit;
        if (!s.lastError.isEmpty())
            return tr("%1: %2").arg(s.name, s.lastError);
        if (index.column() == StateColumn && s.mainExited && s.following)
            //: %1 is a process id, %2 how many processes are left.
            return tr("The main process exited; following pid %1 (%2 left), which is still running")
                .arg(*s.following)
                .arg(s.processes);
        if (index.column() == StateColumn && s.adopted)
            return tr("Found running when corrald started; its exit code will be unknown");
        if (index.column() == NextEventColumn && s.nextEvent)
            //: Tooltip of the Next column: the same instant in the computer's own time zone.
            return tr("%1 here").arg(QLocale().toString(s.nextEvent->at.toLocalTime(), QLocale::LongFormat));
        if (index.column() == NextEventColumn && s.held)
            return tr("Stopped by hand inside its window: not restarted until the next window");
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return s.name.toLower();
        case StateColumn:
            return int(s.state);
        case PidColumn:
            return s.pid.value_or(-1);
        case UptimeColumn:
            return isLive(s.state) && s.since.isValid() ? s.since.secsTo(m_clock()) : qint64(-1);
        case RestartsColumn:
            return s.restarts;
        case ExitCodeColumn:
            return s.exitCode ? qint64(*s.exitCode) : std::numeric_limits<qint64>::min();
        case CpuColumn:
            return r.usage.cpuPercent;
        case MemoryColumn:
            return r.usage.memoryBytes;
        case NextEventColumn:
            return s.nextEvent ? s.nextEvent->at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case StateColumn:
            if (s.state == State::Backoff && s.nextTry.isValid())
                //: State column in back-off: %1 is "backoff", %2 a duration such as "4s".
                return tr("%1 (next try in %2)")
                    .arg(stateText(s.state),
                         durationText(qMax<qint64>(0, (m_clock().msecsTo(s.nextTry) + 999) / 1000)));
            if (s.state == State::Running && s.mainExited)
                //: State column: the main process exited and Corral follows the processes it left.
                return tr("%1 (main exited)").arg(stateText(s.state));
            return s.adopted && s.state == State::Running ? tr("%1 (adopted)").arg(stateText(s.state))
                                                          : stateText(s.state);
        case PidColumn:
            return s.pid ? QString::number(*s.pid) : QString();
        case UptimeColumn:
            return isLive(s.state) && s.since.isValid() ? durationText(s.since.secsTo(m_clock())) : QString();
        case RestartsColumn:
            return s.restarts;
        case ExitCodeColumn:
            return s.exitCode ? QString::number(*s.exitCode) : QString();
        case CpuColumn:
            return s.pid && r.usage.cpuPercent >= 0 ? QString::number(r.usage.cpuPercent, 'f', 1) : QString();
        case MemoryColumn:
            return s.pid && r.usage.memoryBytes >= 0 ? formatBytes(r.usage.memoryBytes) : QString();
        case NextEventColumn: {
            if (!s.nextEvent)
                //: Next column: stopped by hand inside its schedule window, so the schedule does not start it now.
                return s.held ? tr("held") : QString();
            const QString when = nextEventTime(s);
            //: Next column: what the schedule does next ("start" or "stop"), followed by when.
            const QString action = s.nextEvent->action == ScheduleEvent::Action::Stop ? tr("stop") : tr("start");
            //: %1 is "start" or "stop" (translated above), %2 a time or a date and time.
            return s.held ? tr("%1 %2 (held)").arg(action, when) : tr("%1 %2").arg(action, when);
        }
        }
        return {};
    default:
        return {};
    }
}

QString StrategyTableModel::nextEventTime(const StrategyStatus &s) const
{
    // An exchange's window is shown in the exchange's wall time with its zone: "09:30 EST" is what the
    // user wrote, and the local equivalent is in the tooltip.
    const QDateTime at = s.nextEvent->at;
    const QDateTime local = at.toLocalTime();
    QString zone; // the user's id of the zone the event is in
    if (s.schedule) {
        for (const ScheduleWindow &w : s.schedule->windows)
            if (!w.timeZone.isEmpty() && timeZone(w.timeZone).offsetFromUtc(at) == at.offsetFromUtc())
                zone = w.timeZone;
        if (zone.isEmpty())
            zone = s.schedule->timeZone;
    }
    const bool foreign = at.offsetFromUtc() != local.offsetFromUtc();
    const QDateTime wall = foreign ? at.toOffsetFromUtc(at.offsetFromUtc()) : local; // `at` keeps the zone's offset
    const QDate today = m_clock().toOffsetFromUtc(wall.offsetFromUtc()).date();
    QString text = wall.date() == today ? wall.toString(QStringLiteral("HH:mm"))
                                        : QLocale().toString(wall, QStringLiteral("ddd d MMM HH:mm"));
    if (foreign) {
        // Where the tz database has no letters for the zone ("-03" in Buenos Aires), the offset says it.
        const QString name = timeZoneAbbreviation(zone, at);
        text += QLatin1Char(' ') + (name.isEmpty() ? QStringLiteral("UTC") + offsetText(wall.offsetFromUtc()) : name);
    }
    return text;
}

QVariant StrategyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case PidColumn:
        case UptimeColumn:
        case RestartsColumn:
        case ExitCodeColumn:
        case CpuColumn:
        case MemoryColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RestartsColumn:
            return tr("Consecutive restarts in the current failure streak");
        case CpuColumn:
        case MemoryColumn:
            return tr("The whole process tree of the strategy");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case PidColumn:
        return tr("PID");
    case UptimeColumn:
        return tr("Uptime");
    case RestartsColumn:
        return tr("Restarts");
    case ExitCodeColumn:
        return tr("Exit");
    case CpuColumn:
        return tr("CPU %");
    case MemoryColumn:
        return tr("Memory");
    case NextEventColumn:
        return tr("Next");
    }
    return {};
}

void StrategyTableModel::updateRow(int index, const Row &incoming)
{
    Row &current = m_rows[index];
    Row next = incoming;
    // Usage belongs to a process: it survives a status update of the same process only.
    if (next.status.pid == current.status.pid)
        next.usage = current.usage;

    int first = ColumnCount;
    int last = -1;
    auto touch = [&](int column, bool changed) {
        if (!changed)
            return;
        first = qMin(first, column);
        last = qMax(last, column);
    };
    const StrategyStatus &a = current.status;
    const StrategyStatus &b = next.status;
    touch(StateColumn, a.state != b.state || a.adopted != b.adopted || a.lastError != b.lastError ||
                           a.nextTry != b.nextTry || a.mainExited != b.mainExited || a.following != b.following);
    touch(NameColumn, a.lastError != b.lastError); // the tooltip
    touch(PidColumn, a.pid != b.pid);
    touch(UptimeColumn, a.since != b.since || a.state != b.state);
    touch(RestartsColumn, a.restarts != b.restarts);
    touch(ExitCodeColumn, a.exitCode != b.exitCode || a.lastExit != b.lastExit);
    touch(CpuColumn, a.pid != b.pid);
    touch(MemoryColumn, a.pid != b.pid);
    touch(NextEventColumn,
          a.nextEvent.has_value() != b.nextEvent.has_value() ||
              (a.nextEvent && (a.nextEvent->at != b.nextEvent->at || a.nextEvent->action != b.nextEvent->action)) ||
              a.held != b.held);

    const State from = a.state;
    current = next;
    if (last >= 0)
        emit dataChanged(this->index(index, first), this->index(index, last));
    if (from != current.status.state)
        emit stateChanged(current.status.name, from, current.status.state);
}

void StrategyTableModel::setStrategies(const QList<StrategyStatus> &statuses)
{
    QList<Row> incoming;
    QSet<QString> names;
    for (const StrategyStatus &status : statuses) {
        if (!names.contains(status.name)) {
            names.insert(status.name);
            incoming.append(Row{status, {}});
        }
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!names.contains(m_rows.at(i).status.name)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const Row &r : std::as_const(incoming)) {
        const int at = rowOf(r.status.name);
        if (at >= 0) {
            updateRow(at, r);
        } else {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.append(r);
            endInsertRows();
        }
    }
}

void StrategyTableModel::applyStatus(const StrategyStatus &status)
{
    const Row r{status, {}};
    const int at = rowOf(r.status.name);
    if (at >= 0) {
        updateRow(at, r);
    } else {
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(r);
        endInsertRows();
    }
}

void StrategyTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void StrategyTableModel::setUsage(const QHash<qint64, ResourceUsage> &byPid)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const ResourceUsage next = r.status.pid ? byPid.value(*r.status.pid) : ResourceUsage();
        if (next.cpuPercent == r.usage.cpuPercent && next.memoryBytes == r.usage.memoryBytes)
            continue;
        r.usage = next;
        emit dataChanged(index(i, CpuColumn), index(i, MemoryColumn));
    }
}

void StrategyTableModel::refreshUptime()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isLive(m_rows.at(i).status.state))
            emit dataChanged(index(i, UptimeColumn), index(i, UptimeColumn));
        else if (m_rows.at(i).status.state == State::Backoff) // its "next try in N s" counts down
            emit dataChanged(index(i, StateColumn), index(i, StateColumn));
    }
}

int StrategyTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).status.name == name)
            return i;
    return -1;
}

const StrategyTableModel::Row *StrategyTableModel::row(const QString &name) const
{
    const int i = rowOf(name);
    return i < 0 ? nullptr : &m_rows.at(i);
}

QStringList StrategyTableModel::names() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.status.name);
    return out;
}

QList<qint64> StrategyTableModel::pids() const
{
    QList<qint64> out;
    for (const Row &r : m_rows)
        if (r.status.pid)
            out.append(*r.status.pid);
    return out;
}

int StrategyTableModel::countIn(State state) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.status.state == state ? 1 : 0;
    return n;
}

int StrategyTableModel::countActive() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return isActive(r.status.state); }));
}

} // namespace corral::gui
