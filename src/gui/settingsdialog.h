// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace corral::gui {

class Settings;

// Which notifications the tray shows, whether closing the window keeps Corral in the tray, whether
// Corral starts at login, and which language it speaks (from the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    Settings *m_settings;
    QCheckBox *m_restarting;
    QCheckBox *m_failed;
    QCheckBox *m_scheduleStarted;
    QCheckBox *m_scheduleStopped;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startAtLogin;
    QComboBox *m_language;
};

} // namespace corral::gui
