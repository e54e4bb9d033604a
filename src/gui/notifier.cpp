// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "notifier.h"

#include <QSystemTrayIcon>

namespace corral::gui {

using protocol::State;

void TrayNotifier::notify(NotificationKind kind, const QString &title, const QString &message)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    const QSystemTrayIcon::MessageIcon icon = kind == NotificationKind::Failed       ? QSystemTrayIcon::Critical
                                              : kind == NotificationKind::Restarting ? QSystemTrayIcon::Warning
                                                                                     : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon, kind == NotificationKind::Failed ? 15000 : 6000);
}

NotificationDispatcher::NotificationDispatcher(Notifier *notifier, const Settings *settings, QObject *parent)
    : QObject(parent), m_notifier(notifier), m_settings(settings)
{
}

void NotificationDispatcher::send(NotificationKind kind, const QString &title, const QString &message)
{
    if (m_notifier && (!m_settings || m_settings->notificationEnabled(kind)))
        m_notifier->notify(kind, title, message);
}

void NotificationDispatcher::stateChanged(const QString &name, State from, State to, const QString &lastError)
{
    if (from == to)
        return;
    if (to == State::Backoff) {
        const QString why = lastError.isEmpty() ? tr("It stopped unexpectedly.") : lastError;
        send(NotificationKind::Restarting, tr("%1 crashed and is restarting").arg(name), why);
    } else if (to == State::Failed) {
        const QString why = lastError.isEmpty() ? tr("It failed too often in a row.") : lastError;
        send(NotificationKind::Failed, tr("%1 gave up").arg(name),
             tr("%1\nStart it again from Corral once the cause is fixed.").arg(why));
    }
}

void NotificationDispatcher::daemonMessage(const QString &message)
{
    // corrald words schedule actions as "schedule: NAME OUTCOME" and "schedule: stopping NAME (...)".
    static const QLatin1String prefix("schedule: ");
    if (!message.startsWith(prefix))
        return;
    const QString text = message.mid(prefix.size());
    if (text.startsWith(QLatin1String("stopping ")))
        send(NotificationKind::ScheduleStopped, tr("Schedule"), text);
    else
        send(NotificationKind::ScheduleStarted, tr("Schedule"), text);
}

} // namespace corral::gui
