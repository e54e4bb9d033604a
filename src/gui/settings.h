// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSettings;

namespace corral::gui {

// What the tray can tell the user about, each of which the user may switch off.
enum class NotificationKind {
    Restarting,      // crashed, waiting to restart (state -> backoff)
    Failed,          // gave up after too many quick failures (state -> failed)
    ScheduleStarted, // the schedule started it
    ScheduleStopped  // the schedule stopped it
};

// The window's preferences, in an INI file beside corrald's config (so CORRAL_HOME sandboxes them too).
class Settings : public QObject
{
    Q_OBJECT

public:
    // An empty path uses the platform's default place for the application's settings.
    explicit Settings(const QString &iniPath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    bool notificationEnabled(NotificationKind kind) const;
    void setNotificationEnabled(NotificationKind kind, bool on);

    // Closing the window hides it to the tray (when there is one) instead of quitting.
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // "Corral is still running in the tray" is said once.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    // The language the window speaks: "" follows the system, otherwise "en", "de" or "es". Read once at
    // start (see i18n::installTranslators): a change applies at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    QByteArray headerState() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                    const QByteArray &header);

    void sync();

    static QString keyOf(NotificationKind kind);

signals:
    void changed();

private:
    QSettings *m_settings;
};

} // namespace corral::gui
