// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "scheduleeditor.h"

#include "invalidmark.h"
#include "protocol.h"
#include "schedulecalc.h"
#include "timezoneids.h"
#include "ui_scheduleeditor.h"

#include <QCheckBox>
#include <QCompleter>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace corral::gui {

namespace {

enum WindowColumn { DaysColumn, StartColumn, StopColumn, ZoneColumn };

const char *const dayObjectNames[] = {"mondayCheck", "tuesdayCheck",  "wednesdayCheck", "thursdayCheck",
                                      "fridayCheck", "saturdayCheck", "sundayCheck"};

// "schedule.windows[3].tz" → 3; -1 when the field is not about one window.
int windowIndexOf(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^schedule\\.windows\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int holidayIndexOf(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^schedule\\.holidays\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent) : QWidget(parent), m_ui(new Ui::ScheduleEditor)
{
    m_ui->setupUi(this);

    // Ordered as the user's calendar is, Monday or Sunday first.
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_ui->daysFrame);
        check->setObjectName(QLatin1String(dayObjectNames[day - 1]));
        connect(check, &QCheckBox::toggled, this, [this, day](bool on) { setDay(day, on); });
        m_dayChecks.append(check);
    }
    for (int i = 0; i < 7; ++i) {
        const int day = (locale.firstDayOfWeek() - 1 + i) % 7 + 1;
        m_ui->daysLayout->addWidget(m_dayChecks.at(day - 1));
    }
    m_ui->daysLayout->addStretch();

    m_ui->timeZoneCombo->addItem(tr("Local time"), QString());
    // Every name corrald accepts, the tz database's links (US/Eastern, Asia/Calcutta) included.
    for (const QString &zone : knownTimeZones())
        m_ui->timeZoneCombo->addItem(zone, zone);
    // Nobody remembers whether it is America/New_York or US/Eastern: any part of the id finds it.
    auto *completer = new QCompleter(m_ui->timeZoneCombo->model(), m_ui->timeZoneCombo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timeZoneCombo->setCompleter(completer);

    m_ui->windowsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->windowsTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->windowsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_loading)
            loadCurrentWindow();
    });
    connect(m_ui->addWindowButton, &QPushButton::clicked, this, &ScheduleEditor::addWindow);
    connect(m_ui->removeWindowButton, &QPushButton::clicked, this, &ScheduleEditor::removeWindow);
    for (QTimeEdit *edit : {m_ui->startTimeEdit, m_ui->stopTimeEdit})
        edit->installEventFilter(this);
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this,
            [this](QTime time) { editCurrent([time](ScheduleWindow &w) { w.start = time; }); });
    connect(m_ui->stopTimeEdit, &QTimeEdit::timeChanged, this,
            [this](QTime time) { editCurrent([time](ScheduleWindow &w) { w.stop = time; }); });
    connect(m_ui->timeZoneCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        const QString zone = zoneFromText(text);
        editCurrent([zone](ScheduleWindow &w) { w.timeZone = zone; });
    });
    connect(m_ui->holidaysEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_ui->everySpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });

    // What corrald's timer will do with the schedule as edited: the same core calculation.
    auto *previewGroup = new QGroupBox(tr("Next events"), this);
    previewGroup->setObjectName(QStringLiteral("previewGroup"));
    auto *previewLayout = new QVBoxLayout(previewGroup);
    m_previewList = new QListWidget(previewGroup);
    m_previewList->setObjectName(QStringLiteral("previewList"));
    m_previewList->setSelectionMode(QAbstractItemView::NoSelection);
    previewLayout->addWidget(m_previewList);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->scheduleError), previewGroup);
    connect(this, &ScheduleEditor::changed, this, &ScheduleEditor::refreshPreview);

    setSchedule(Schedule());
}

void ScheduleEditor::refreshPreview()
{
    m_previewList->clear();
    const QList<ScheduleEvent> events =
        ScheduleCalculator(schedule()).upcoming(QDateTime::currentDateTimeUtc(), protocol::DefaultPreviewEvents);
    for (const ScheduleEvent &event : events) {
        //: One upcoming event of the schedule: the time with its zone's offset, then "start" or "stop".
        const QString action = event.action == ScheduleEvent::Action::Start ? tr("start") : tr("stop");
        m_previewList->addItem(tr("%1  %2").arg(event.isoWithOffset(), action));
    }
    if (events.isEmpty())
        m_previewList->addItem(tr("Nothing scheduled"));
}

ScheduleEditor::~ScheduleEditor()
{
    // The children outlive m_ui and may still emit (a focused editor losing focus); m_loading mutes them.
    m_loading = true;
    delete m_ui;
}

void ScheduleEditor::setSchedule(const Schedule &schedule)
{
    m_loading = true;
    m_schedule = schedule;
    QStringList dates;
    for (const QDate &date : schedule.holidays)
        dates.append(date.toString(Qt::ISODate));
    m_loadedHolidaysText = dates.join(QLatin1Char('\n'));
    m_ui->holidaysEdit->setPlainText(m_loadedHolidaysText);
    m_ui->everySpin->setValue(schedule.everyMinutes);
    m_loading = false;

    rebuildTable();
    selectWindow(m_schedule.windows.isEmpty() ? -1 : 0);
    loadCurrentWindow();
    refreshPreview();
}

Schedule ScheduleEditor::schedule() const
{
    Schedule schedule = m_schedule;
    // Unchanged text gives back the loaded list as it was, whatever the parser would make of it.
    if (m_ui->holidaysEdit->toPlainText() != m_loadedHolidaysText)
        schedule.holidays = parseHolidays(nullptr);
    schedule.everyMinutes = m_ui->everySpin->value();
    // The zone of every-N ticks (set by corralctl) means nothing once the repeat is off.
    if (schedule.everyMinutes == 0)
        schedule.timeZone.clear();
    return schedule;
}

QList<QDate> ScheduleEditor::parseHolidays(QStringList *tokens) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList words = m_ui->holidaysEdit->toPlainText().split(separators, Qt::SkipEmptyParts);
    QList<QDate> dates;
    // An unreadable date stays in the list as an invalid QDate, so the core validation names it.
    for (const QString &word : words)
        dates.append(QDate::fromString(word, Qt::ISODate));
    if (tokens)
        *tokens = words;
    return dates;
}

int ScheduleEditor::currentWindow() const
{
    const QList<QTableWidgetItem *> selected = m_ui->windowsTable->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void ScheduleEditor::selectWindow(int index)
{
    if (index < 0 || index >= m_ui->windowsTable->rowCount())
        m_ui->windowsTable->clearSelection();
    else
        m_ui->windowsTable->selectRow(index);
}

QString ScheduleEditor::daysText(const QList<int> &days)
{
    QList<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.isEmpty())
        return tr("No days");
    if (sorted.size() == 7)
        return tr("Every day");

    const QLocale locale;
    QStringList parts;
    for (int i = 0; i < sorted.size();) {
        int end = i;
        while (end + 1 < sorted.size() && sorted.at(end + 1) == sorted.at(end) + 1)
            ++end;
        const QString first = locale.dayName(sorted.at(i), QLocale::ShortFormat);
        if (end - i >= 2)
            parts.append(first + QChar(0x2013) + locale.dayName(sorted.at(end), QLocale::ShortFormat));
        else
            for (int k = i; k <= end; ++k)
                parts.append(locale.dayName(sorted.at(k), QLocale::ShortFormat));
        i = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

void ScheduleEditor::rebuildTable()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->windowsTable->setRowCount(int(m_schedule.windows.size()));
    for (int i = 0; i < m_schedule.windows.size(); ++i)
        refreshRow(i);
    m_loading = wasLoading;
}

bool ScheduleEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Tabbing into a time field selects all of it, and QTimeEdit then drops the digits typed over the
    // selection: "15:30" came out as 17:30, and only the arrows worked. A digit typed over the whole
    // field starts the hours instead.
    auto *edit = qobject_cast<QTimeEdit *>(watched);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *line = edit->findChild<QLineEdit *>();
        if (line && !key->text().isEmpty() && key->text().at(0).isDigit() && line->selectedText() == line->text()) {
            edit->setSelectedSection(QDateTimeEdit::HourSection); // typed over, a section is replaced
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScheduleEditor::refreshRow(int index)
{
    const ScheduleWindow &window = m_schedule.windows.at(index);
    const auto setText = [this, index](int column, const QString &text) {
        QTableWidgetItem *item = m_ui->windowsTable->item(index, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_ui->windowsTable->setItem(index, column, item);
        }
        item->setText(text);
    };
    const QString format = QStringLiteral("HH:mm");
    setText(DaysColumn, daysText(window.days));
    setText(StartColumn, window.start.toString(format));
    // stop before start crosses midnight; saying so avoids reading 23:00–01:00 as a mistake.
    setText(StopColumn, window.stop.isValid() && window.start.isValid() && window.stop < window.start
                            ? tr("%1 (next day)").arg(window.stop.toString(format))
                            : window.stop.toString(format));
    setText(ZoneColumn, window.timeZone.isEmpty() ? tr("Local time") : window.timeZone);
}

void ScheduleEditor::loadCurrentWindow()
{
    const int index = currentWindow();
    const bool has = index >= 0 && index < m_schedule.windows.size();
    m_ui->windowDetail->setEnabled(has);
    m_ui->removeWindowButton->setEnabled(has);

    m_loading = true;
    const ScheduleWindow window = has ? m_schedule.windows.at(index) : ScheduleWindow();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_dayChecks.at(day - 1)->setChecked(window.days.contains(day));
    m_ui->startTimeEdit->setTime(has ? window.start : QTime(0, 0));
    m_ui->stopTimeEdit->setTime(has ? window.stop : QTime(0, 0));
    const int zoneIndex = m_ui->timeZoneCombo->findData(window.timeZone);
    if (zoneIndex >= 0)
        m_ui->timeZoneCombo->setCurrentIndex(zoneIndex);
    // The index may not have changed while the text did (a half-typed search in the previous window).
    m_ui->timeZoneCombo->setEditText(zoneIndex >= 0 ? m_ui->timeZoneCombo->itemText(zoneIndex) : window.timeZone);
    m_loading = false;
    applyMarks();
}

void ScheduleEditor::addWindow()
{
    // Weekday trading hours are what most windows are; the user adjusts from there.
    ScheduleWindow window;
    window.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    window.start = QTime(9, 0);
    window.stop = QTime(17, 0);
    m_schedule.windows.append(window);
    rebuildTable();
    selectWindow(int(m_schedule.windows.size()) - 1);
    emit changed();
}

void ScheduleEditor::removeWindow()
{
    const int index = currentWindow();
    if (index < 0 || index >= m_schedule.windows.size())
        return;
    m_schedule.windows.removeAt(index);
    rebuildTable();
    selectWindow(std::min(index, int(m_schedule.windows.size()) - 1));
    loadCurrentWindow();
    emit changed();
}

void ScheduleEditor::setDay(int day, bool on)
{
    editCurrent([day, on](ScheduleWindow &window) {
        if (!on) {
            window.days.removeAll(day);
        } else if (!window.days.contains(day)) {
            const auto later = std::find_if(window.days.begin(), window.days.end(), [day](int d) { return d > day; });
            window.days.insert(later, day);
        }
    });
}

void ScheduleEditor::editCurrent(const std::function<void(ScheduleWindow &)> &edit)
{
    if (m_loading)
        return;
    const int index = currentWindow();
    if (index < 0 || index >= m_schedule.windows.size())
        return;
    edit(m_schedule.windows[index]);
    refreshRow(index);
    emit changed();
}

QString ScheduleEditor::zoneFromText(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == m_ui->timeZoneCombo->itemText(0))
        return QString();
    return trimmed;
}

void ScheduleEditor::setProblems(const QList<ConfigError> &errors)
{
    m_problems.clear();
    m_problemTexts.clear();
    QStringList tokens;
    parseHolidays(&tokens);
    for (const ConfigError &error : errors) {
        if (error.field != QLatin1String("schedule") && !error.field.startsWith(QLatin1String("schedule.")))
            continue;
        m_problems.append(error);
        const int window = windowIndexOf(error.field);
        const int holiday = holidayIndexOf(error.field);
        if (window >= 0)
            m_problemTexts.append(tr("Window %1: %2").arg(window + 1).arg(error.message));
        else if (holiday >= 0 && holiday < tokens.size())
            m_problemTexts.append(tr("Holiday \"%1\": %2").arg(tokens.at(holiday), error.message));
        else
            m_problemTexts.append(capitalized(error.message));
    }
    showReasons(m_ui->scheduleError, m_problemTexts);
    applyMarks();
}

void ScheduleEditor::applyMarks()
{
    const int current = currentWindow();
    bool days = false, start = false, stop = false, zone = false, holidays = false, every = false, windows = false;
    QList<QStringList> perWindow(m_schedule.windows.size());
    for (int i = 0; i < m_problems.size(); ++i) {
        const QString &field = m_problems.at(i).field;
        const int window = windowIndexOf(field);
        if (window >= 0 && window < perWindow.size())
            perWindow[window].append(m_problems.at(i).message);
        if (field.startsWith(QLatin1String("schedule.holidays")))
            holidays = true;
        if (field == QLatin1String("schedule.everyMinutes"))
            every = true;
        if (field == QLatin1String("schedule")) // windows and every-N together: either may be the mistake
            every = windows = true;
        if (window < 0 || window != current)
            continue;
        const QString rest = field.mid(field.indexOf(QLatin1Char(']')) + 1);
        days = days || rest.startsWith(QLatin1String(".days"));
        start = start || rest == QLatin1String(".start") || rest.isEmpty();
        stop = stop || rest == QLatin1String(".stop") || rest.isEmpty();
        zone = zone || rest == QLatin1String(".tz");
    }
    setInvalidMark(m_ui->daysFrame, days);
    setInvalidMark(m_ui->startTimeEdit, start);
    setInvalidMark(m_ui->stopTimeEdit, stop);
    setInvalidMark(m_ui->timeZoneCombo, zone);
    setInvalidMark(m_ui->holidaysEdit, holidays);
    setInvalidMark(m_ui->everySpin, every);
    setInvalidMark(m_ui->windowsTable, windows);

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < perWindow.size(); ++i) {
        QTableWidgetItem *item = m_ui->windowsTable->item(i, DaysColumn);
        if (!item)
            continue;
        item->setIcon(perWindow.at(i).isEmpty() ? QIcon() : warning);
        item->setToolTip(perWindow.at(i).join(QLatin1Char('\n')));
    }
}

} // namespace corral::gui
