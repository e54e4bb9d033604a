// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"
#include "settings.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace corral::gui {

// Tells the user something happened while they were not looking. One interface, one implementation
// per way of telling (tray balloon today; a native notification service could be another).
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(NotificationKind kind, const QString &title, const QString &message) = 0;
};

// QSystemTrayIcon::showMessage: a balloon on Windows and X11 trays, a notification on macOS and
// freedesktop desktops.
class TrayNotifier : public Notifier
{
public:
    explicit TrayNotifier(QSystemTrayIcon *tray) : m_tray(tray) {}
    void notify(NotificationKind kind, const QString &title, const QString &message) override;

private:
    QSystemTrayIcon *m_tray;
};

// Decides what is worth a notification: state transitions into backoff and failed, and corrald's
// "schedule: ..." messages; asks Settings whether the user wants that kind.
class NotificationDispatcher : public QObject
{
    Q_OBJECT

public:
    NotificationDispatcher(Notifier *notifier, const Settings *settings, QObject *parent = nullptr);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

public slots:
    void stateChanged(const QString &name, corral::protocol::State from, corral::protocol::State to,
                      const QString &lastError = QString());
    void daemonMessage(const QString &message);

private:
    void send(NotificationKind kind, const QString &title, const QString &message);

    Notifier *m_notifier;
    const Settings *m_settings;
};

} // namespace corral::gui
