// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "settings.h"

#include <QSettings>

namespace corral::gui {

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent),
      m_settings(iniPath.isEmpty() ? new QSettings(this) : new QSettings(iniPath, QSettings::IniFormat, this))
{
}

Settings::~Settings() = default;

QString Settings::keyOf(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Restarting:
        return QStringLiteral("notifications/restarting");
    case NotificationKind::Failed:
        return QStringLiteral("notifications/failed");
    case NotificationKind::ScheduleStarted:
        return QStringLiteral("notifications/scheduleStarted");
    case NotificationKind::ScheduleStopped:
        return QStringLiteral("notifications/scheduleStopped");
    }
    return {};
}

bool Settings::notificationEnabled(NotificationKind kind) const
{
    return m_settings->value(keyOf(kind), true).toBool();
}

void Settings::setNotificationEnabled(NotificationKind kind, bool on)
{
    if (notificationEnabled(kind) == on)
        return;
    m_settings->setValue(keyOf(kind), on);
    emit changed();
}

bool Settings::closeToTray() const
{
    return m_settings->value(QStringLiteral("window/closeToTray"), true).toBool();
}

void Settings::setCloseToTray(bool on)
{
    if (closeToTray() == on)
        return;
    m_settings->setValue(QStringLiteral("window/closeToTray"), on);
    emit changed();
}

bool Settings::trayHintShown() const
{
    return m_settings->value(QStringLiteral("window/trayHintShown"), false).toBool();
}

void Settings::setTrayHintShown(bool shown)
{
    m_settings->setValue(QStringLiteral("window/trayHintShown"), shown);
}

namespace {
// Not "general/...": an INI group named General is QSettings' own top-level section, so such a key is
// written as [%General] and read back by the next process as "General/language" — the choice was lost
// at every restart. That spelling is still read, so a choice saved before is kept.
const QString LanguageKey = QStringLiteral("ui/language");
const QString LegacyLanguageKey = QStringLiteral("General/language");
} // namespace

QString Settings::language() const
{
    return m_settings->value(LanguageKey, m_settings->value(LegacyLanguageKey)).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (this->language() == language)
        return;
    m_settings->setValue(LanguageKey, language);
    m_settings->remove(LegacyLanguageKey);
    m_settings->remove(QStringLiteral("general/language"));
    emit changed();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(QStringLiteral("window/splitter")).toByteArray();
}

QByteArray Settings::headerState() const
{
    return m_settings->value(QStringLiteral("window/header")).toByteArray();
}

void Settings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                          const QByteArray &header)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
    m_settings->setValue(QStringLiteral("window/state"), state);
    m_settings->setValue(QStringLiteral("window/splitter"), splitter);
    m_settings->setValue(QStringLiteral("window/header"), header);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace corral::gui
