// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configstore.h"
#include "strategy.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QListWidget;

namespace Ui {
class ScheduleEditor;
}

namespace corral::gui {

// Edits a Strategy's Schedule: weekly windows (a table of windows and, under it, the selected one's days,
// times and time zone), holiday dates and the every-N-minutes repeat. It does not judge the schedule:
// the dialog runs the core validation and hands the errors back through setProblems().
class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);
    ~ScheduleEditor() override;

    void setSchedule(const Schedule &schedule);
    Schedule schedule() const;

    // Errors with fields relative to the strategy ("schedule.windows[1].tz", "schedule.holidays[0]" …);
    // other fields are ignored. Marks the inputs concerned and lists the reasons in `scheduleError`.
    void setProblems(const QList<ConfigError> &errors);
    // The reasons as shown, one per problem; empty when the schedule is valid.
    QStringList problemTexts() const { return m_problemTexts; }

    int currentWindow() const;
    void selectWindow(int index);
    // A window as a user reads it: "Mon–Fri", "Sat, Sun", "Every day".
    static QString daysText(const QList<int> &days);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildTable();
    void refreshRow(int index);
    void loadCurrentWindow();
    void addWindow();
    void removeWindow();
    void setDay(int day, bool on);
    void editCurrent(const std::function<void(ScheduleWindow &)> &edit);
    void applyMarks();
    // The next events of the schedule as edited, from now (what `corralctl schedule --preview` shows).
    void refreshPreview();
    QString zoneFromText(const QString &text) const;
    QList<QDate> parseHolidays(QStringList *tokens) const;

    Ui::ScheduleEditor *m_ui;
    QList<QCheckBox *> m_dayChecks; // index: Qt::DayOfWeek - 1
    QListWidget *m_previewList = nullptr;
    Schedule m_schedule; // holidays and everyMinutes live in their widgets
    QString m_loadedHolidaysText;
    QList<ConfigError> m_problems;
    QStringList m_problemTexts;
    bool m_loading = false;
};

} // namespace corral::gui
