#pragma once

#include <QDialog>

class QCheckBox;

namespace corral::gui {

class Settings;

// Which notifications the tray shows, whether closing the window keeps Corral in the tray, and whether
// Corral starts at login.
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
};

} // namespace corral::gui
