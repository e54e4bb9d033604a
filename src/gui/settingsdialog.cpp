// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "settingsdialog.h"

#include "autostart.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace corral::gui {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto check = [this](const QString &objectName, const QString &text, bool on) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(objectName);
        box->setChecked(on);
        return box;
    };
    m_restarting = check(QStringLiteral("notifyRestarting"), tr("A strategy crashed and is restarting"),
                         settings->notificationEnabled(NotificationKind::Restarting));
    m_failed = check(QStringLiteral("notifyFailed"), tr("A strategy gave up after failing too often"),
                     settings->notificationEnabled(NotificationKind::Failed));
    m_scheduleStarted = check(QStringLiteral("notifyScheduleStarted"), tr("Its schedule started a strategy"),
                              settings->notificationEnabled(NotificationKind::ScheduleStarted));
    m_scheduleStopped = check(QStringLiteral("notifyScheduleStopped"), tr("Its schedule stopped a strategy"),
                              settings->notificationEnabled(NotificationKind::ScheduleStopped));
    m_closeToTray = check(QStringLiteral("closeToTray"), tr("Closing the window keeps Corral in the system tray"),
                          settings->closeToTray());
    m_closeToTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    // The operating system's entry is the setting (see autostart.h), not a value in Settings.
    m_startAtLogin = check(QStringLiteral("startAtLogin"), tr("Start Corral at login"), autostart::isEnabled());
    m_startAtLogin->setEnabled(autostart::isSupported());
    m_startAtLogin->setToolTip(autostart::location());

    auto *notifications = new QGroupBox(tr("Notify me when"), this);
    auto *n = new QVBoxLayout(notifications);
    for (QCheckBox *box : {m_restarting, m_failed, m_scheduleStarted, m_scheduleStopped})
        n->addWidget(box);
    auto *window = new QGroupBox(tr("General"), this);
    auto *w = new QVBoxLayout(window);
    w->addWidget(m_closeToTray);
    w->addWidget(m_startAtLogin);

    // Each language is named in itself, so a user lost in a language they cannot read finds their own.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("&Language:"), m_language);
    w->addLayout(languageRow);
    auto *languageNote = new QLabel(tr("A new language is used from the next start of Corral."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false); // greyed: a hint, not a setting
    w->addWidget(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notifications);
    layout->addWidget(window);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setNotificationEnabled(NotificationKind::Restarting, m_restarting->isChecked());
    m_settings->setNotificationEnabled(NotificationKind::Failed, m_failed->isChecked());
    m_settings->setNotificationEnabled(NotificationKind::ScheduleStarted, m_scheduleStarted->isChecked());
    m_settings->setNotificationEnabled(NotificationKind::ScheduleStopped, m_scheduleStopped->isChecked());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    if (m_startAtLogin->isChecked() != autostart::isEnabled()) {
        const QString error = autostart::setEnabled(m_startAtLogin->isChecked());
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Start Corral at login"), error);
    }
    QDialog::accept();
}

} // namespace corral::gui
