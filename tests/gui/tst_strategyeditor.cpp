// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "envtablemodel.h"
#include "scheduleeditor.h"
#include "strategyeditor.h"
#include "support/filecontent.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

using namespace corral;
using namespace corral::gui;

namespace {

template <typename T> T *widget(const QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

#define FIND(type, variable, root, name)                                                                               \
    auto *variable = widget<type>(root, name);                                                                         \
    QVERIFY2(variable, "no " #type " named " name)

QPushButton *okButton(const QWidget *editor)
{
    const auto *box = widget<QDialogButtonBox>(editor, "buttonBox");
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

Strategy minimalStrategy(const QString &name)
{
    Strategy strategy;
    strategy.name = name;
    strategy.program = QStringLiteral("/usr/bin/python3");
    return strategy;
}

// Every field away from its default, so a field the dialog loses shows up as a difference.
Strategy fullStrategy()
{
    Strategy s;
    s.name = QStringLiteral("alpaca");
    s.program = QStringLiteral("/opt/bots/venv/bin/python");
    s.args = {QStringLiteral("-u"),         QStringLiteral("bot.py"),     QStringLiteral("--symbols=AAPL,MSFT"),
              QStringLiteral("with space"), QStringLiteral("say \"hi\""), QString()};
    s.workingDir = QStringLiteral("/opt/bots/alpaca");
    s.env = {{QStringLiteral("APCA_API_KEY_ID"), QStringLiteral("key")},
             {QStringLiteral("APCA_API_SECRET_KEY"), QStringLiteral("s3cr3t")},
             {QStringLiteral("BROKER_PASSWORD"), QStringLiteral("hunter2")},
             {QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")}};
    // Not in key order on purpose: the order must survive the table.
    s.secretEnv = {QStringLiteral("BROKER_PASSWORD"), QStringLiteral("APCA_API_SECRET_KEY")};
    s.restart = RestartMode::Always;
    s.maxRestarts = 3;
    s.stopTimeoutMs = 12345;
    s.memoryMb = 2048;
    s.maxOpenFiles = 4096;
    s.threads = 2;
    s.logMaxMb = 50;
    s.logBackups = 0;
    s.priority = -7;
    s.dependencies = {QStringLiteral("feed"), QStringLiteral("broker")};

    ScheduleWindow day;
    day.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    day.start = QTime(9, 20);
    day.stop = QTime(15, 15);
    day.timeZone = QStringLiteral("Asia/Kolkata");
    ScheduleWindow night;
    night.days = {Qt::Sunday, Qt::Saturday};
    night.start = QTime(23, 0);
    night.stop = QTime(1, 5);
    s.schedule.windows = {day, night};
    s.schedule.holidays = {QDate(2026, 1, 26), QDate(2025, 12, 25)};
    return s;
}

Strategy dependingOn(const QString &name, const QStringList &dependencies)
{
    Strategy strategy = minimalStrategy(name);
    strategy.dependencies = dependencies;
    return strategy;
}

int rowOfKey(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EnvTableModel::KeyColumn).data(Qt::EditRole).toString() == key)
            return row;
    }
    return -1;
}

void toggleDependency(QListWidget *list, const QString &name)
{
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchStartsWith);
    QVERIFY(!items.isEmpty());
    list->setFocus();
    list->setCurrentItem(items.first());
    // Space is how a keyboard user ticks a check box in a list; the delegate does the toggling.
    QTest::keyClick(list->viewport(), Qt::Key_Space);
}

} // namespace

class TestStrategyEditor : public QObject
{
    Q_OBJECT

private slots:
    void emptyName_disablesOkAndShowsTheReason();
    void nameWithSlash_isRefused();
    void duplicateOfAnotherName_isRefused();
    void validStrategy_enablesOk();
    void setStrategy_thenStrategy_returnsItUnchanged();
    void editedFields_endUpInTheStrategy();
    void arguments_quotedOnLoad_splitLikeAShell();
    void dependencyCycle_isRefused();
    void rename_leavingADependentBehind_isRefused();
    void reopenedWithARenamedCopy_stillKnowsTheOldName();
    void unknownDependency_staysVisibleAndIsRefused();
    void setStrategy_keepsTheCallersTitle();
    void pythonScript_withVenvBeside_runsWithItsInterpreter();
    void pythonScript_withoutVenv_runsWithPython3();
    void secretValue_isNeverDisplayed();
    void markingSecret_masksTheValue();
    void duplicateEnvKey_isRefused();
    void timeZonePicker_filtersByTypedText();
    void scheduleWindow_withoutDays_isRefused();
    void windowsAndEvery_together_areRefused();
    void unreadableHoliday_isNamed();
    void schedulePreview_listsTheNextEventsOfTheEditedSchedule();
    void timeZonePicker_offersTheBackwardNames();
    void windowTimes_canBeTyped();
    void opened_typedKeysGoToTheFirstField();
    void missingProgramOrDirectory_warnsButCanBeSaved();
    void script_workingDirectoryDefaultsToItsFolder();
    void priority_isExplained();
    void errorLines_doNotResizeTheDialog();
};

void TestStrategyEditor::emptyName_disablesOkAndShowsTheReason()
{
    StrategyEditor editor({});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, program, &editor, "programEdit");
    FIND(QLabel, nameError, &editor, "nameError");
    FIND(QLineEdit, name, &editor, "nameEdit");
    QTest::keyClicks(program, QStringLiteral("/bin/true"));

    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY(nameError->isVisible());
    QVERIFY(!nameError->text().isEmpty());
    QVERIFY(name->property("invalid").toBool());
    QVERIFY(!editor.isValid());
}

void TestStrategyEditor::nameWithSlash_isRefused()
{
    StrategyEditor editor({});
    editor.setStrategy(minimalStrategy(QStringLiteral("ticker")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, name, &editor, "nameEdit");
    FIND(QLabel, nameError, &editor, "nameError");
    QVERIFY(okButton(&editor)->isEnabled());

    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("/prod"));

    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QLatin1Char('/')), qPrintable(nameError->text()));
}

void TestStrategyEditor::duplicateOfAnotherName_isRefused()
{
    StrategyEditor editor({QStringLiteral("feed"), QStringLiteral("ticker")});
    editor.setStrategy(minimalStrategy(QStringLiteral("backfill")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, name, &editor, "nameEdit");
    FIND(QLabel, nameError, &editor, "nameError");

    replaceText(name, QStringLiteral("ticker"));
    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QLatin1String("ticker")), qPrintable(nameError->text()));

    QTest::keyClicks(name, QStringLiteral("2"));
    QVERIFY(okButton(&editor)->isEnabled());
    QVERIFY(!nameError->isVisible());
}

void TestStrategyEditor::validStrategy_enablesOk()
{
    StrategyEditor editor({QStringLiteral("feed")});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, name, &editor, "nameEdit");
    FIND(QLineEdit, program, &editor, "programEdit");
    FIND(QLabel, problemSummary, &editor, "problemSummary");
    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY(problemSummary->isVisible());

    QTest::keyClicks(name, QStringLiteral("ticker"));
    QVERIFY(!okButton(&editor)->isEnabled()); // the program is still missing
    QTest::keyClicks(program, QStringLiteral("/usr/bin/env"));

    QVERIFY2(okButton(&editor)->isEnabled(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(!problemSummary->isVisible());
    QVERIFY(!name->property("invalid").toBool());
    QCOMPARE(editor.strategy().name, QStringLiteral("ticker"));
    QCOMPARE(editor.strategy().program, QStringLiteral("/usr/bin/env"));

    QTest::mouseClick(okButton(&editor), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

void TestStrategyEditor::setStrategy_thenStrategy_returnsItUnchanged()
{
    const Strategy original = fullStrategy();
    StrategyEditor editor({QStringLiteral("feed"), QStringLiteral("broker"), QStringLiteral("ticker")});
    editor.setStrategy(original);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    const Strategy back = editor.strategy();
    QCOMPARE(back.args, original.args);
    QCOMPARE(back.env, original.env);
    QCOMPARE(back.secretEnv, original.secretEnv);
    QCOMPARE(back.dependencies, original.dependencies);
    QCOMPARE(back.stopTimeoutMs, original.stopTimeoutMs);
    QCOMPARE(back.schedule.windows.size(), 2);
    QCOMPARE(back.schedule.windows.at(0).timeZone, QStringLiteral("Asia/Kolkata"));
    QCOMPARE(back.schedule.holidays, original.schedule.holidays);
    QVERIFY(back == original);
    QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(QLatin1Char('\n'))));

    // What the form does not show goes back as it came (corralctl add --env-file / --inherit-env).
    Strategy fromCli = original;
    fromCli.envFile = QStringLiteral("/opt/bots/.env");
    fromCli.inheritedEnv = {{QStringLiteral("VIRTUAL_ENV"), QStringLiteral("/opt/bots/venv")}};
    editor.setStrategy(fromCli);
    QVERIFY(editor.strategy() == fromCli);

    // everyMinutes has no place in a strategy with windows, so it gets its own trip.
    Strategy job = minimalStrategy(QStringLiteral("backfill"));
    job.schedule.everyMinutes = 15;
    editor.setStrategy(job);
    QVERIFY(editor.strategy() == job);
    FIND(QSpinBox, every, &editor, "everySpin");
    QCOMPARE(every->value(), 15);
}

void TestStrategyEditor::editedFields_endUpInTheStrategy()
{
    StrategyEditor editor({QStringLiteral("feed")});
    editor.setStrategy(minimalStrategy(QStringLiteral("ticker")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QComboBox, restart, &editor, "restartCombo");
    FIND(QSpinBox, maxRestarts, &editor, "maxRestartsSpin");
    FIND(QDoubleSpinBox, stopTimeout, &editor, "stopTimeoutSpin");
    FIND(QSpinBox, memory, &editor, "memorySpin");
    FIND(QSpinBox, openFiles, &editor, "openFilesSpin");
    FIND(QSpinBox, threads, &editor, "threadsSpin");
    FIND(QSpinBox, logMax, &editor, "logMaxSpin");
    FIND(QSpinBox, logBackups, &editor, "logBackupsSpin");
    FIND(QSpinBox, priority, &editor, "prioritySpin");
    FIND(QListWidget, dependencies, &editor, "dependencyList");
    FIND(QLineEdit, workingDir, &editor, "workingDirEdit");
    FIND(QTabWidget, tabs, &editor, "tabWidget");

    QTest::keyClicks(workingDir, QStringLiteral("/srv/ticker"));
    tabs->setCurrentWidget(widget<QWidget>(&editor, "restartTab"));
    restart->setCurrentIndex(restart->findText(QStringLiteral("Never")));
    QVERIFY(!maxRestarts->isEnabled()); // nothing to give up on
    const auto typeInto = [](QAbstractSpinBox *spin, const QString &text) {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Enter);
    };
    typeInto(stopTimeout, QStringLiteral("2.5"));
    typeInto(memory, QStringLiteral("512"));
    typeInto(openFiles, QStringLiteral("1024"));
    typeInto(threads, QStringLiteral("4"));
    typeInto(logMax, QStringLiteral("20"));
    typeInto(logBackups, QStringLiteral("2"));
    tabs->setCurrentWidget(widget<QWidget>(&editor, "orderTab"));
    typeInto(priority, QStringLiteral("5"));
    toggleDependency(dependencies, QStringLiteral("feed"));

    const Strategy edited = editor.strategy();
    QCOMPARE(edited.workingDir, QStringLiteral("/srv/ticker"));
    QCOMPARE(edited.restart, RestartMode::Never);
    QCOMPARE(edited.stopTimeoutMs, 2500);
    QCOMPARE(edited.memoryMb, 512);
    QCOMPARE(edited.maxOpenFiles, 1024);
    QCOMPARE(edited.threads, 4);
    QCOMPARE(edited.logMaxMb, 20);
    QCOMPARE(edited.logBackups, 2);
    QCOMPARE(edited.priority, 5);
    QCOMPARE(edited.dependencies, QStringList{QStringLiteral("feed")});
    QVERIFY(editor.isValid());
}

void TestStrategyEditor::arguments_quotedOnLoad_splitLikeAShell()
{
    StrategyEditor editor({});
    Strategy strategy = minimalStrategy(QStringLiteral("ticker"));
    strategy.args = {QStringLiteral("a b"),    QStringLiteral("say \"hi\""), QStringLiteral("\""),
                     QStringLiteral("\"lead"), QStringLiteral("plain"),      QStringLiteral("tab\there")};
    editor.setStrategy(strategy);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, arguments, &editor, "argumentsEdit");

    // Editing the line makes the dialog split it again: the quoting written on load must read back.
    arguments->setFocus();
    arguments->end(false);
    QTest::keyClicks(arguments, QStringLiteral(" \"two words\" last"));
    const QStringList expected = strategy.args + QStringList{QStringLiteral("two words"), QStringLiteral("last")};
    QCOMPARE(editor.strategy().args, expected);
}

void TestStrategyEditor::dependencyCycle_isRefused()
{
    const Strategy a = dependingOn(QStringLiteral("A"), {QStringLiteral("B")});
    const Strategy b = minimalStrategy(QStringLiteral("B"));
    StrategyEditor editor({QStringLiteral("A")});
    editor.setDependencyGraph({a, b});
    editor.setStrategy(b);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QTabWidget, tabs, &editor, "tabWidget");
    FIND(QListWidget, dependencies, &editor, "dependencyList");
    FIND(QLabel, dependencyError, &editor, "dependencyError");
    tabs->setCurrentWidget(widget<QWidget>(&editor, "orderTab"));
    QVERIFY(okButton(&editor)->isEnabled());

    toggleDependency(dependencies, QStringLiteral("A"));
    QCOMPARE(editor.strategy().dependencies, QStringList{QStringLiteral("A")});
    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY(dependencyError->isVisible());
    QVERIFY2(dependencyError->text().contains(QLatin1String("cycle")), qPrintable(dependencyError->text()));
    QVERIFY(dependencies->property("invalid").toBool());
    // The tab shows a problem even when the user is on another one.
    QVERIFY(!tabs->tabIcon(tabs->indexOf(widget<QWidget>(&editor, "orderTab"))).isNull());

    toggleDependency(dependencies, QStringLiteral("A"));
    QVERIFY(okButton(&editor)->isEnabled());
    QVERIFY(!dependencyError->isVisible());
}

void TestStrategyEditor::rename_leavingADependentBehind_isRefused()
{
    const Strategy a = dependingOn(QStringLiteral("A"), {QStringLiteral("B")});
    const Strategy b = minimalStrategy(QStringLiteral("B"));
    StrategyEditor editor({QStringLiteral("A")});
    editor.setDependencyGraph({a, b});
    editor.setStrategy(b);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, name, &editor, "nameEdit");
    FIND(QLabel, nameError, &editor, "nameError");

    replaceText(name, QStringLiteral("C"));
    QVERIFY(!okButton(&editor)->isEnabled());
    QVERIFY2(nameError->text().contains(QLatin1String("\"A\"")), qPrintable(nameError->text()));
}

void TestStrategyEditor::reopenedWithARenamedCopy_stillKnowsTheOldName()
{
    // After a failed save the window reopens the dialog with what the user typed: B already renamed.
    const Strategy a = dependingOn(QStringLiteral("A"), {QStringLiteral("B")});
    const Strategy b = minimalStrategy(QStringLiteral("B"));
    StrategyEditor editor({QStringLiteral("A")});
    editor.setDependencyGraph({a, b});
    editor.setStrategy(minimalStrategy(QStringLiteral("C")));

    QVERIFY(!editor.isValid());
    const QString problems = editor.problems().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("\"A\" depends on \"B\"")), qPrintable(problems));
}

void TestStrategyEditor::setStrategy_keepsTheCallersTitle()
{
    StrategyEditor editor({});
    editor.setWindowTitle(QStringLiteral("Edit ticker"));
    editor.setStrategy(minimalStrategy(QStringLiteral("ticker")));
    QCOMPARE(editor.windowTitle(), QStringLiteral("Edit ticker"));
}

void TestStrategyEditor::unknownDependency_staysVisibleAndIsRefused()
{
    StrategyEditor editor({QStringLiteral("feed")});
    editor.setStrategy(dependingOn(QStringLiteral("ticker"), {QStringLiteral("gone")}));
    FIND(QListWidget, dependencies, &editor, "dependencyList");
    FIND(QLabel, dependencyError, &editor, "dependencyError");

    QCOMPARE(dependencies->count(), 2);
    QVERIFY(!editor.isValid());
    QVERIFY2(dependencyError->text().contains(QLatin1String("gone")), qPrintable(dependencyError->text()));

    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "orderTab"));
    toggleDependency(dependencies, QStringLiteral("gone"));
    QVERIFY(editor.isValid());
    QVERIFY(editor.strategy().dependencies.isEmpty());
}

void TestStrategyEditor::pythonScript_withVenvBeside_runsWithItsInterpreter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The layout venv makes on this OS.
#ifdef Q_OS_WIN
    const QString venvPython = QStringLiteral("venv/Scripts/python.exe");
#else
    const QString venvPython = QStringLiteral("venv/bin/python");
#endif
    QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(venvPython)).path()));
    QFile python(dir.filePath(venvPython));
    QVERIFY(python.open(QIODevice::WriteOnly));
    python.close();
    QVERIFY(python.setPermissions(python.permissions() | QFileDevice::ExeOwner));
    const QString script = dir.filePath(QStringLiteral("bot.py"));
    QFile(script).open(QIODevice::WriteOnly);

    StrategyEditor editor({});
    Strategy strategy = minimalStrategy(QStringLiteral("bot"));
    strategy.program.clear();
    strategy.args = {QStringLiteral("--live")};
    editor.setStrategy(strategy);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, program, &editor, "programEdit");
    FIND(QLabel, note, &editor, "interpreterNote");
    QVERIFY(!note->isVisible());

    program->setFocus();
    QTest::keyClicks(program, script);
    QTest::keyClick(program, Qt::Key_Return);
    QVERIFY(editor.isVisible()); // the user gets to see the proposal before Enter saves

    const QString interpreter = QDir::toNativeSeparators(dir.filePath(venvPython));
    QCOMPARE(program->text(), interpreter);
    QCOMPARE(editor.strategy().program, interpreter);
    QCOMPARE(editor.strategy().args, (QStringList{script, QStringLiteral("--live")}));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(interpreter), qPrintable(note->text()));
    QVERIFY(editor.isValid());
}

void TestStrategyEditor::pythonScript_withoutVenv_runsWithPython3()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A venv that is not executable (copied, half created) is no venv.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".venv/bin")));
    QFile broken(dir.filePath(QStringLiteral(".venv/bin/python")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.close();
    QVERIFY(broken.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString script = dir.filePath(QStringLiteral("job.py"));

    StrategyEditor editor({});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, program, &editor, "programEdit");
    FIND(QLabel, note, &editor, "interpreterNote");
    program->setFocus();
    QTest::keyClicks(program, script);
    QTest::keyClick(program, Qt::Key_Return);

    QCOMPARE(program->text(), QStringLiteral("python3"));
    QCOMPARE(editor.strategy().args, QStringList{script});
    QVERIFY2(note->text().contains(QLatin1String("python3")), qPrintable(note->text()));
}

void TestStrategyEditor::secretValue_isNeverDisplayed()
{
    const Strategy original = fullStrategy();
    StrategyEditor editor({QStringLiteral("feed"), QStringLiteral("broker")});
    editor.setStrategy(original);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QTableView, table, &editor, "envTable");
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "environmentTab"));
    const QAbstractItemModel *model = table->model();
    const int secretRow = rowOfKey(model, QStringLiteral("APCA_API_SECRET_KEY"));
    const int plainRow = rowOfKey(model, QStringLiteral("APCA_API_KEY_ID"));
    QVERIFY(secretRow >= 0 && plainRow >= 0);

    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(secretRow, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                         int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)})
            QVERIFY2(!index.data(role).toString().contains(QLatin1String("s3cr3t")), qPrintable(QString::number(role)));
    }
    QCOMPARE(model->index(secretRow, EnvTableModel::ValueColumn).data().toString(), EnvTableModel::maskedValue());
    QCOMPARE(model->index(plainRow, EnvTableModel::ValueColumn).data().toString(), QStringLiteral("key"));

    // Editing a secret happens in a password field.
    const QModelIndex value = model->index(secretRow, EnvTableModel::ValueColumn);
    table->setCurrentIndex(value);
    table->edit(value);
    auto *editorField = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editorField);
    QCOMPARE(editorField->echoMode(), QLineEdit::Password);
    QCOMPARE(editorField->displayText().contains(QLatin1String("s3cr3t")), false);
}

void TestStrategyEditor::markingSecret_masksTheValue()
{
    StrategyEditor editor({});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // The cell editors are reached through the focus, which an inactive window does not hand out.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "environmentTab"));
    FIND(QTableView, table, &editor, "envTable");
    FIND(QPushButton, add, &editor, "addEnvButton");

    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("API_TOKEN"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // commits the key, edits the value
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("t0ps3cret"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->index(0, EnvTableModel::ValueColumn).data().toString(), QStringLiteral("t0ps3cret"));
    QVERIFY(editor.isVisible()); // Enter finished the cell, it did not press OK

    // Clicking the secret column's check box, as a user does.
    const QModelIndex secret = model->index(0, EnvTableModel::SecretColumn);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualRect(secret);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, box.center());

    QCOMPARE(model->index(0, EnvTableModel::ValueColumn).data().toString(), EnvTableModel::maskedValue());
    const Strategy strategy = editor.strategy();
    QCOMPARE(strategy.env.value(QStringLiteral("API_TOKEN")), QStringLiteral("t0ps3cret"));
    QCOMPARE(strategy.secretEnv, QStringList{QStringLiteral("API_TOKEN")});
}

void TestStrategyEditor::duplicateEnvKey_isRefused()
{
    Strategy strategy = minimalStrategy(QStringLiteral("ticker"));
    strategy.env = {{QStringLiteral("HOST"), QStringLiteral("a")}};
    StrategyEditor editor({});
    editor.setStrategy(strategy);
    FIND(QTableView, table, &editor, "envTable");
    FIND(QLabel, envError, &editor, "envError");
    FIND(QPushButton, add, &editor, "addEnvButton");
    QVERIFY(editor.isValid());

    add->click();
    QAbstractItemModel *model = table->model();
    model->setData(model->index(1, EnvTableModel::KeyColumn), QStringLiteral("HOST"));
    QVERIFY(!editor.isValid());
    QVERIFY2(envError->text().contains(QLatin1String("HOST")), qPrintable(envError->text()));

    model->setData(model->index(1, EnvTableModel::KeyColumn), QStringLiteral("A=B"));
    QVERIFY(!editor.isValid()); // the core's rule about '=' reaches the table too
    QVERIFY2(envError->text().contains(QLatin1String("A=B")), qPrintable(envError->text()));
}

void TestStrategyEditor::timeZonePicker_filtersByTypedText()
{
    StrategyEditor editor({});
    editor.setStrategy(minimalStrategy(QStringLiteral("nifty")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "scheduleTab"));
    FIND(QPushButton, addWindow, &editor, "addWindowButton");
    FIND(QComboBox, zone, &editor, "timeZoneCombo");
    FIND(QLabel, scheduleError, &editor, "scheduleError");

    QTest::mouseClick(addWindow, Qt::LeftButton);
    QVERIFY(zone->isEnabled());
    zone->lineEdit()->setFocus();
    zone->lineEdit()->selectAll();
    QTest::keyClick(zone->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("kolk"));

    QCompleter *completer = zone->completer();
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Asia/Kolkata"));
    // Half a name is not a zone yet, and the form says so while the user types.
    QVERIFY(scheduleError->isVisible());
    QVERIFY(!editor.isValid());

    QVERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(zone->currentText(), QStringLiteral("Asia/Kolkata"));
    QCOMPARE(editor.strategy().schedule.windows.value(0).timeZone, QStringLiteral("Asia/Kolkata"));
    QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(!scheduleError->isVisible());
}

void TestStrategyEditor::scheduleWindow_withoutDays_isRefused()
{
    StrategyEditor editor({});
    editor.setStrategy(minimalStrategy(QStringLiteral("nifty")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "scheduleTab"));
    FIND(QPushButton, addWindow, &editor, "addWindowButton");
    FIND(QLabel, scheduleError, &editor, "scheduleError");
    FIND(QTimeEdit, start, &editor, "startTimeEdit");
    FIND(QTimeEdit, stop, &editor, "stopTimeEdit");
    FIND(QTableWidget, windows, &editor, "windowsTable");
    QTest::mouseClick(addWindow, Qt::LeftButton);

    for (const char *day : {"mondayCheck", "tuesdayCheck", "wednesdayCheck", "thursdayCheck", "fridayCheck"}) {
        auto *check = widget<QCheckBox>(&editor, day);
        QVERIFY2(check, day);
        QVERIFY(check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton);
    }
    QVERIFY(!editor.isValid());
    QVERIFY(scheduleError->isVisible());
    QVERIFY2(scheduleError->text().contains(QLatin1String("Window 1")), qPrintable(scheduleError->text()));
    QVERIFY(widget<QWidget>(&editor, "daysFrame")->property("invalid").toBool());

    FIND(QCheckBox, saturday, &editor, "saturdayCheck");
    QTest::mouseClick(saturday, Qt::LeftButton);
    start->setTime(QTime(22, 0));
    stop->setTime(QTime(2, 30));
    QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    const ScheduleWindow window = editor.strategy().schedule.windows.value(0);
    QCOMPARE(window.days, QList<int>{Qt::Saturday});
    QCOMPARE(window.start, QTime(22, 0));
    QCOMPARE(window.stop, QTime(2, 30));
    QVERIFY(window.timeZone.isEmpty());
    QVERIFY(windows->item(0, 2)->text().contains(QLatin1String("02:30")));

    // A window that closes when it opens is no window.
    stop->setTime(QTime(22, 0));
    QVERIFY(!editor.isValid());
    QVERIFY(start->property("invalid").toBool());

    FIND(QPushButton, removeWindow, &editor, "removeWindowButton");
    QTest::mouseClick(removeWindow, Qt::LeftButton);
    QVERIFY(editor.isValid());
    QVERIFY(editor.strategy().schedule.windows.isEmpty());
}

void TestStrategyEditor::windowsAndEvery_together_areRefused()
{
    Strategy strategy = fullStrategy();
    StrategyEditor editor({QStringLiteral("feed"), QStringLiteral("broker")});
    editor.setStrategy(strategy);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "scheduleTab"));
    FIND(QSpinBox, every, &editor, "everySpin");
    FIND(QLabel, scheduleError, &editor, "scheduleError");
    QVERIFY(editor.isValid());

    every->setFocus();
    every->selectAll();
    QTest::keyClicks(every, QStringLiteral("30"));
    QCOMPARE(editor.strategy().schedule.everyMinutes, 30);
    QVERIFY(!editor.isValid());
    QVERIFY(scheduleError->isVisible());
    QVERIFY(every->property("invalid").toBool());
}

void TestStrategyEditor::unreadableHoliday_isNamed()
{
    StrategyEditor editor({});
    editor.setStrategy(minimalStrategy(QStringLiteral("nifty")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    widget<QTabWidget>(&editor, "tabWidget")->setCurrentWidget(widget<QWidget>(&editor, "scheduleTab"));
    FIND(QPlainTextEdit, holidays, &editor, "holidaysEdit");
    FIND(QLabel, scheduleError, &editor, "scheduleError");

    holidays->setFocus();
    QTest::keyClicks(holidays, QStringLiteral("2025-12-25"));
    QTest::keyClick(holidays, Qt::Key_Return);
    QTest::keyClicks(holidays, QStringLiteral("2025-13-01"));
    QVERIFY(!editor.isValid());
    QVERIFY2(scheduleError->text().contains(QLatin1String("2025-13-01")), qPrintable(scheduleError->text()));

    QTest::keyClick(holidays, Qt::Key_Backspace);
    QTest::keyClick(holidays, Qt::Key_Backspace);
    QTest::keyClick(holidays, Qt::Key_Backspace);
    QTest::keyClick(holidays, Qt::Key_Backspace);
    QTest::keyClick(holidays, Qt::Key_Backspace);
    QTest::keyClicks(holidays, QStringLiteral("12-31"));
    QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QCOMPARE(editor.strategy().schedule.holidays, (QList<QDate>{QDate(2025, 12, 25), QDate(2025, 12, 31)}));
}

void TestStrategyEditor::schedulePreview_listsTheNextEventsOfTheEditedSchedule()
{
    ScheduleEditor editor;
    Schedule hourly;
    hourly.everyMinutes = 60;
    hourly.timeZone = QStringLiteral("Asia/Kolkata");
    editor.setSchedule(hourly);
    FIND(QListWidget, preview, &editor, "previewList");
    // On Kolkata's hour, ten of them, an hour apart.
    QCOMPARE(preview->count(), 10);
    for (int i = 0; i < preview->count(); ++i)
        QVERIFY2(preview->item(i)->text().contains(QStringLiteral(":00:00+05:30")),
                 qPrintable(preview->item(i)->text()));

    // Edited, it follows at once; without a schedule it says so.
    FIND(QSpinBox, every, &editor, "everySpin");
    every->setValue(0);
    QCOMPARE(preview->count(), 1);
    QCOMPARE(preview->item(0)->text(), QStringLiteral("Nothing scheduled"));
    QVERIFY(editor.schedule().timeZone.isEmpty());
}

void TestStrategyEditor::timeZonePicker_offersTheBackwardNames()
{
    ScheduleEditor editor;
    FIND(QComboBox, zone, &editor, "timeZoneCombo");
    for (const char *name : {"Asia/Calcutta", "US/Eastern", "Etc/GMT+5", "Europe/Berlin"})
        QVERIFY2(zone->findData(QString::fromLatin1(name)) >= 0, name);
}

void TestStrategyEditor::windowTimes_canBeTyped()
{
    // As a user does it, in the dialog: a new window, the whole time selected (as tabbing into it does),
    // the time typed.
    StrategyEditor dialog({});
    Strategy s;
    s.name = QStringLiteral("bot");
    s.program = QStringLiteral("/bin/sh");
    dialog.setStrategy(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    FIND(QTabWidget, tabs, &dialog, "tabWidget");
    FIND(QWidget, scheduleTab, &dialog, "scheduleTab");
    tabs->setCurrentWidget(scheduleTab);
    ScheduleEditor &editor = *dialog.findChild<ScheduleEditor *>();
    FIND(QPushButton, add, &editor, "addWindowButton");
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor.schedule().windows.size(), 1);
    FIND(QTimeEdit, stop, &editor, "stopTimeEdit");
    FIND(QTimeEdit, start, &editor, "startTimeEdit");
    const auto type = [](QTimeEdit *edit, const QString &text) {
        edit->setFocus();
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(8, edit->height() / 2)); // on the hours
        edit->selectAll();                                                          // what tabbing into the field does
        QTest::keyClicks(edit, text);
    };
    type(stop, QStringLiteral("15:30"));
    QCOMPARE(stop->time(), QTime(15, 30));
    QCOMPARE(editor.schedule().windows.value(0).stop, QTime(15, 30));
    type(start, QStringLiteral("08:05"));
    QCOMPARE(editor.schedule().windows.value(0).start, QTime(8, 5));
    QCOMPARE(editor.schedule().windows.value(0).stop, QTime(15, 30));
}

void TestStrategyEditor::opened_typedKeysGoToTheFirstField()
{
    StrategyEditor editor({});
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    FIND(QLineEdit, name, &editor, "nameEdit");
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ticker"));
    QCOMPARE(name->text(), QStringLiteral("ticker"));
}

void TestStrategyEditor::missingProgramOrDirectory_warnsButCanBeSaved()
{
    QTemporaryDir dir;
    StrategyEditor editor({});
    Strategy strategy = minimalStrategy(QStringLiteral("ticker"));
    strategy.program = QCoreApplication::applicationFilePath(); // a program that exists on every OS
    editor.setStrategy(strategy);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, program, &editor, "programEdit");
    FIND(QLineEdit, workingDir, &editor, "workingDirEdit");
    FIND(QLabel, programError, &editor, "programError");
    FIND(QLabel, workingDirError, &editor, "workingDirError");
    QVERIFY(!programError->isVisible());

    const QString later = dir.filePath(QStringLiteral("later/bot"));
    replaceText(program, later);
    QVERIFY(programError->isVisible());
    QVERIFY2(programError->text().contains(later), qPrintable(programError->text()));
    replaceText(workingDir, dir.filePath(QStringLiteral("later")));
    QVERIFY(workingDirError->isVisible());
    QVERIFY2(workingDirError->text().contains(QStringLiteral("later")), qPrintable(workingDirError->text()));
    // Warnings, not errors: a path that will exist later can be saved.
    QVERIFY(okButton(&editor)->isEnabled());
    QVERIFY(editor.isValid());
    QVERIFY(!program->property("invalid").toBool());

    replaceText(program, QStringLiteral("no-such-program-corral-test"));
    QVERIFY2(programError->text().contains(QStringLiteral("PATH")), qPrintable(programError->text()));
    // A program every such system has on its PATH.
#ifdef Q_OS_WIN
    replaceText(program, QStringLiteral("cmd"));
#else
    replaceText(program, QStringLiteral("sh"));
#endif
    replaceText(workingDir, dir.path());
    QVERIFY2(!programError->isVisible(), qPrintable(programError->text()));
    QVERIFY2(!workingDirError->isVisible(), qPrintable(workingDirError->text()));
}

void TestStrategyEditor::script_workingDirectoryDefaultsToItsFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("bot.py"));
    QVERIFY(corral::test::writeFile(script, "print('hi')\n"));
    StrategyEditor editor({});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    FIND(QLineEdit, program, &editor, "programEdit");
    program->setFocus();
    QTest::keyClicks(program, script);
    QTest::keyClick(program, Qt::Key_Return);
    QCOMPARE(QDir::fromNativeSeparators(editor.strategy().workingDir), dir.path());

    // A directory the user chose stays.
    StrategyEditor second({});
    Strategy s = minimalStrategy(QStringLiteral("ticker"));
    s.workingDir = QDir::homePath();
    second.setStrategy(s);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    FIND(QLineEdit, secondProgram, &second, "programEdit");
    replaceText(secondProgram, script);
    QTest::keyClick(secondProgram, Qt::Key_Return);
    QCOMPARE(second.strategy().workingDir, QDir::homePath());
}

void TestStrategyEditor::priority_isExplained()
{
    StrategyEditor editor({});
    FIND(QLabel, hint, &editor, "priorityHint");
    FIND(QSpinBox, priority, &editor, "prioritySpin");
    QVERIFY(hint->text().contains(QStringLiteral("Start All")));
    QCOMPARE(priority->toolTip(), hint->text());
}

void TestStrategyEditor::errorLines_doNotResizeTheDialog()
{
    StrategyEditor editor({});
    editor.setStrategy(minimalStrategy(QStringLiteral("ticker")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QSize before = editor.size();
    FIND(QLineEdit, name, &editor, "nameEdit");
    FIND(QLineEdit, program, &editor, "programEdit");
    replaceText(name, QString());
    replaceText(program, QString());
    QVERIFY(!editor.isValid());
    QCoreApplication::processEvents();
    QVERIFY2(editor.size().height() <= before.height() + 0 && editor.size() == before,
             qPrintable(QStringLiteral("%1x%2 -> %3x%4")
                            .arg(before.width())
                            .arg(before.height())
                            .arg(editor.width())
                            .arg(editor.height())));
}

QTEST_MAIN(TestStrategyEditor)
#include "tst_strategyeditor.moc"
