// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "strategyeditor.h"

#include "commandline.h"
#include "envtablemodel.h"
#include "interpreterguess.h"
#include "invalidmark.h"
#include "secretvaluedelegate.h"
#include "ui_strategyeditor.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStyle>

namespace corral::gui {

namespace {

// The input a ConfigError::field (relative to the strategy) is about; empty when no input shows it.
QString fieldGroup(const QString &field)
{
    static const QHash<QString, QString> exact = {
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("program"), QStringLiteral("program")},
        {QStringLiteral("args"), QStringLiteral("arguments")},
        {QStringLiteral("workingDir"), QStringLiteral("workingDir")},
        {QStringLiteral("restart"), QStringLiteral("restart")},
        {QStringLiteral("maxRestarts"), QStringLiteral("maxRestarts")},
        {QStringLiteral("stopTimeoutSec"), QStringLiteral("stopTimeout")},
        {QStringLiteral("limits.memoryMb"), QStringLiteral("memory")},
        {QStringLiteral("limits.openFiles"), QStringLiteral("openFiles")},
        {QStringLiteral("limits.threads"), QStringLiteral("threads")},
        {QStringLiteral("log.maxMb"), QStringLiteral("logMax")},
        {QStringLiteral("log.backups"), QStringLiteral("logBackups")},
        {QStringLiteral("priority"), QStringLiteral("priority")},
    };
    if (exact.contains(field))
        return exact.value(field);
    const auto startsWithPart = [&field](const char *part) {
        const QLatin1String prefix(part);
        return field == prefix || field.startsWith(prefix + QLatin1Char('.')) ||
               field.startsWith(prefix + QLatin1Char('['));
    };
    if (startsWithPart("env") || startsWithPart("secretEnv"))
        return QStringLiteral("env");
    if (startsWithPart("args"))
        return QStringLiteral("arguments");
    if (startsWithPart("dependencies"))
        return QStringLiteral("dependencies");
    if (startsWithPart("schedule"))
        return QStringLiteral("schedule");
    return QString();
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "strategies[4].dependencies[0]" → 4; -1 for fields of no strategy in a set.
int strategyIndexOf(const QString &field, QString *rest)
{
    static const QRegularExpression pattern(QStringLiteral("^strategies\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return -1;
    *rest = match.captured(2);
    return match.captured(1).toInt();
}

const int DependencyNameRole = Qt::UserRole;

} // namespace

StrategyEditor::StrategyEditor(const QStringList &otherNames, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::StrategyEditor), m_envModel(new EnvTableModel(this)), m_otherNames(otherNames)
{
    m_ui->setupUi(this);

    m_ui->restartCombo->addItem(tr("Never"), int(RestartMode::Never));
    m_ui->restartCombo->addItem(tr("On failure"), int(RestartMode::OnFailure));
    m_ui->restartCombo->addItem(tr("Always"), int(RestartMode::Always));
    m_ui->restartCombo->setItemData(0, tr("Leave the program stopped when it exits"), Qt::ToolTipRole);
    m_ui->restartCombo->setItemData(1, tr("Restart when it exits with an error or is killed"), Qt::ToolTipRole);
    m_ui->restartCombo->setItemData(2, tr("Restart whenever it exits"), Qt::ToolTipRole);

    const QString priorityHelp =
        tr("Start All starts higher priorities first, each after what it depends on; equal priorities keep the "
           "list's order, and Stop All stops in the reverse order.");
    m_ui->prioritySpin->setToolTip(priorityHelp);
    auto *priorityHint = new QLabel(priorityHelp, m_ui->orderTab);
    priorityHint->setObjectName(QStringLiteral("priorityHint"));
    priorityHint->setWordWrap(true);
    priorityHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->priorityColumn->insertWidget(m_ui->priorityColumn->indexOf(m_ui->prioritySpin) + 1, priorityHint);

    m_ui->envTable->setModel(m_envModel);
    m_ui->envTable->setItemDelegateForColumn(EnvTableModel::ValueColumn, new SecretValueDelegate(m_ui->envTable));
    QHeaderView *header = m_ui->envTable->horizontalHeader();
    header->setSectionResizeMode(EnvTableModel::KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(EnvTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EnvTableModel::SecretColumn, QHeaderView::ResizeToContents);
    m_ui->envTable->setColumnWidth(EnvTableModel::KeyColumn, 200);

    m_fields = {
        {QStringLiteral("name"), m_ui->nameEdit, m_ui->nameError, m_ui->generalTab},
        {QStringLiteral("program"), m_ui->programEdit, m_ui->programError, m_ui->generalTab},
        {QStringLiteral("arguments"), m_ui->argumentsEdit, m_ui->argumentsError, m_ui->generalTab},
        {QStringLiteral("workingDir"), m_ui->workingDirEdit, m_ui->workingDirError, m_ui->generalTab},
        {QStringLiteral("env"), m_ui->envTable, m_ui->envError, m_ui->environmentTab},
        {QStringLiteral("restart"), m_ui->restartCombo, m_ui->restartError, m_ui->restartTab},
        {QStringLiteral("maxRestarts"), m_ui->maxRestartsSpin, m_ui->maxRestartsError, m_ui->restartTab},
        {QStringLiteral("stopTimeout"), m_ui->stopTimeoutSpin, m_ui->stopTimeoutError, m_ui->restartTab},
        {QStringLiteral("memory"), m_ui->memorySpin, m_ui->memoryError, m_ui->restartTab},
        {QStringLiteral("openFiles"), m_ui->openFilesSpin, m_ui->openFilesError, m_ui->restartTab},
        {QStringLiteral("threads"), m_ui->threadsSpin, m_ui->threadsError, m_ui->restartTab},
        {QStringLiteral("logMax"), m_ui->logMaxSpin, m_ui->logMaxError, m_ui->restartTab},
        {QStringLiteral("logBackups"), m_ui->logBackupsSpin, m_ui->logBackupsError, m_ui->restartTab},
        {QStringLiteral("priority"), m_ui->prioritySpin, m_ui->priorityError, m_ui->orderTab},
        {QStringLiteral("dependencies"), m_ui->dependencyList, m_ui->dependencyError, m_ui->orderTab},
        // The schedule editor marks its own inputs and lists the reasons in its scheduleError label.
        {QStringLiteral("schedule"), nullptr, nullptr, m_ui->scheduleTab},
    };

    connect(m_ui->browseProgramButton, &QPushButton::clicked, this, &StrategyEditor::browseProgram);
    connect(m_ui->browseWorkingDirButton, &QPushButton::clicked, this, &StrategyEditor::browseWorkingDir);
    // Typing "bot.py" passes through "bot.p"; the proposal waits until the user is done with the field.
    connect(m_ui->programEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && isPythonScript(m_ui->programEdit->text()))
            useProgram(m_ui->programEdit->text());
    });
    connect(m_ui->programEdit, &QLineEdit::textEdited, m_ui->interpreterNote, &QLabel::hide);
    m_ui->programEdit->installEventFilter(this);
    connect(m_ui->addEnvButton, &QPushButton::clicked, this, [this] {
        const QModelIndex key = m_envModel->index(m_envModel->appendRow(), EnvTableModel::KeyColumn);
        m_ui->envTable->setCurrentIndex(key);
        m_ui->envTable->edit(key);
    });
    connect(m_ui->removeEnvButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->envTable->selectionModel()->selectedIndexes())
            if (!rows.contains(index.row()))
                rows.append(index.row());
        if (rows.isEmpty() && m_ui->envTable->currentIndex().isValid())
            rows.append(m_ui->envTable->currentIndex().row());
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            m_envModel->removeRows(row, 1);
    });
    connect(m_ui->stopTimeoutSpin, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (!m_loading)
            m_stopTimeoutMs = qRound(seconds * 1000);
    });
    connect(m_ui->restartCombo, &QComboBox::currentIndexChanged, this, &StrategyEditor::updateRestartWidgets);
    connectChanges();

    setStrategy(Strategy());
}

StrategyEditor::~StrategyEditor()
{
    // ~QDialog hides the dialog, which commits an open table editor and emits changes into a form
    // whose m_ui is gone by then — and into an object that is no longer a StrategyEditor.
    m_loading = true;
    m_envModel->disconnect(this);
    delete m_ui;
}

void StrategyEditor::connectChanges()
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->programEdit, m_ui->argumentsEdit, m_ui->workingDirEdit})
        connect(edit, &QLineEdit::textChanged, this, &StrategyEditor::revalidate);
    for (QSpinBox *spin : {m_ui->maxRestartsSpin, m_ui->memorySpin, m_ui->openFilesSpin, m_ui->threadsSpin,
                           m_ui->logMaxSpin, m_ui->logBackupsSpin, m_ui->prioritySpin})
        connect(spin, &QSpinBox::valueChanged, this, &StrategyEditor::revalidate);
    connect(m_ui->stopTimeoutSpin, &QDoubleSpinBox::valueChanged, this, &StrategyEditor::revalidate);
    connect(m_ui->restartCombo, &QComboBox::currentIndexChanged, this, &StrategyEditor::revalidate);
    connect(m_envModel, &QAbstractItemModel::dataChanged, this, &StrategyEditor::revalidate);
    connect(m_envModel, &QAbstractItemModel::rowsInserted, this, &StrategyEditor::revalidate);
    connect(m_envModel, &QAbstractItemModel::rowsRemoved, this, &StrategyEditor::revalidate);
    connect(m_envModel, &QAbstractItemModel::modelReset, this, &StrategyEditor::revalidate);
    connect(m_ui->dependencyList, &QListWidget::itemChanged, this, &StrategyEditor::revalidate);
    connect(m_ui->scheduleEditor, &ScheduleEditor::changed, this, &StrategyEditor::revalidate);
}

void StrategyEditor::setStrategy(const Strategy &strategy)
{
    m_loading = true;
    m_loaded = strategy;
    m_loadedName = strategy.name;
    m_originalDependencies = strategy.dependencies;
    m_loadedArgs = strategy.args;
    m_loadedArgsText = joinArguments(strategy.args);
    m_stopTimeoutMs = strategy.stopTimeoutMs;

    m_ui->nameEdit->setText(strategy.name);
    m_ui->programEdit->setText(strategy.program);
    m_ui->interpreterNote->hide();
    m_ui->argumentsEdit->setText(m_loadedArgsText);
    m_ui->workingDirEdit->setText(strategy.workingDir);
    m_envModel->setEnvironment(strategy.env, strategy.secretEnv);
    m_ui->restartCombo->setCurrentIndex(m_ui->restartCombo->findData(int(strategy.restart)));
    m_ui->maxRestartsSpin->setValue(strategy.maxRestarts);
    m_ui->stopTimeoutSpin->setValue(strategy.stopTimeoutMs / 1000.0);
    m_ui->memorySpin->setValue(strategy.memoryMb);
    m_ui->openFilesSpin->setValue(strategy.maxOpenFiles);
    m_ui->threadsSpin->setValue(strategy.threads);
    m_ui->logMaxSpin->setValue(strategy.logMaxMb);
    m_ui->logBackupsSpin->setValue(strategy.logBackups);
    m_ui->prioritySpin->setValue(strategy.priority);
    fillDependencyList(strategy.dependencies);
    m_ui->scheduleEditor->setSchedule(strategy.schedule);
    m_loading = false;

    updateRestartWidgets();
    revalidate();
}

Strategy StrategyEditor::strategy() const
{
    Strategy strategy = m_loaded;
    strategy.name = m_ui->nameEdit->text();
    strategy.program = m_ui->programEdit->text();
    // Unchanged text gives back the loaded list as it was (an empty argument cannot be written as text).
    const QString argumentsText = m_ui->argumentsEdit->text();
    strategy.args = argumentsText == m_loadedArgsText ? m_loadedArgs : splitArguments(argumentsText);
    strategy.workingDir = m_ui->workingDirEdit->text();
    strategy.env = m_envModel->environment();
    strategy.secretEnv = m_envModel->secretKeys();
    strategy.restart = RestartMode(m_ui->restartCombo->currentData().toInt());
    strategy.maxRestarts = m_ui->maxRestartsSpin->value();
    strategy.stopTimeoutMs = m_stopTimeoutMs;
    strategy.memoryMb = m_ui->memorySpin->value();
    strategy.maxOpenFiles = m_ui->openFilesSpin->value();
    strategy.threads = m_ui->threadsSpin->value();
    strategy.logMaxMb = m_ui->logMaxSpin->value();
    strategy.logBackups = m_ui->logBackupsSpin->value();
    strategy.priority = m_ui->prioritySpin->value();
    strategy.dependencies = checkedDependencies();
    strategy.schedule = m_ui->scheduleEditor->schedule();
    return strategy;
}

void StrategyEditor::setDependencyGraph(const QList<Strategy> &all)
{
    m_graph = all;
    revalidate();
}

void StrategyEditor::accept()
{
    revalidate();
    if (isValid())
        QDialog::accept();
}

bool StrategyEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a script shows the proposal instead of saving at once: the user should see that the
    // program became an interpreter before the dialog closes.
    if (watched == m_ui->programEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && isPythonScript(m_ui->programEdit->text())) {
            useProgram(m_ui->programEdit->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StrategyEditor::keyPressEvent(QKeyEvent *event)
{
    // A cell editor lets Enter through to the dialog, where it would press OK: Enter finishes the cell.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && focusWidget() && m_ui->envTable->isAncestorOf(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void StrategyEditor::fillDependencyList(const QStringList &checked)
{
    const QSignalBlocker blocker(m_ui->dependencyList);
    m_ui->dependencyList->clear();
    QStringList names = m_otherNames;
    // A dependency on a strategy that no longer exists stays visible, so the user can see and uncheck it.
    for (const QString &name : checked) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_ui->dependencyList);
        item->setData(DependencyNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (!m_otherNames.contains(name))
            item->setText(tr("%1 (not configured)").arg(name));
    }
}

QStringList StrategyEditor::checkedDependencies() const
{
    QStringList checked;
    for (int i = 0; i < m_ui->dependencyList->count(); ++i) {
        const QListWidgetItem *item = m_ui->dependencyList->item(i);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(DependencyNameRole).toString());
    }
    // Keep the loaded order, so an untouched strategy comes back unchanged.
    QStringList ordered;
    for (const QString &name : m_originalDependencies) {
        if (checked.contains(name) && !ordered.contains(name))
            ordered.append(name);
    }
    for (const QString &name : checked) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    return ordered;
}

QString StrategyEditor::originalName() const
{
    // otherNames holds every name but the edited strategy's, so the graph's one strategy outside it is
    // the edited one as saved, even when the dialog is reopened with a renamed copy after a failed save.
    for (const Strategy &strategy : m_graph) {
        if (!m_otherNames.contains(strategy.name))
            return strategy.name;
    }
    return m_loadedName;
}

QList<ConfigError> StrategyEditor::validationErrors(const Strategy &edited) const
{
    // The other strategies as the graph has them, and the names the graph does not know as bare ones.
    // A strategy with the edited name is left out: the clash gets its own, clearer message below.
    QList<Strategy> set;
    QSet<QString> names;
    for (const Strategy &other : m_graph) {
        if (!m_otherNames.contains(other.name) || other.name == edited.name || names.contains(other.name))
            continue;
        set.append(other);
        names.insert(other.name);
    }
    for (const QString &name : m_otherNames) {
        if (!names.contains(name) && name != edited.name) {
            Strategy bare;
            bare.name = name;
            set.append(bare);
            names.insert(name);
        }
    }
    const int self = int(set.size());
    const QString oldName = originalName();

    // The same set before the edit could matter: the strategy under its old name and without
    // dependencies. Errors of other strategies that only the edit brings are the edit's fault.
    QList<Strategy> before = set;
    Strategy neutral = edited;
    neutral.name = oldName.isEmpty() ? edited.name : oldName;
    neutral.dependencies.clear();
    before.append(neutral);
    QSet<QString> known;
    for (const ConfigError &error : validation::checkAll(before))
        known.insert(error.field + QLatin1Char('\n') + error.message);

    set.append(edited);
    QList<ConfigError> errors;
    if (!edited.name.isEmpty() && m_otherNames.contains(edited.name)) {
        ConfigError error;
        error.field = QStringLiteral("name");
        error.message = tr("another strategy is already called \"%1\"").arg(edited.name);
        errors.append(error);
    }
    for (ConfigError error : validation::checkAll(set)) {
        QString rest;
        const int index = strategyIndexOf(error.field, &rest);
        if (index == self) {
            error.field = rest;
            errors.append(error);
            continue;
        }
        if (index < 0 || known.contains(error.field + QLatin1Char('\n') + error.message))
            continue;
        if (rest == QLatin1String("dependencies")) {
            // A cycle through the edited strategy, reported from wherever it starts in the set.
            error.field = QStringLiteral("dependencies");
            errors.append(error);
        } else if (rest.startsWith(QLatin1String("dependencies["))) {
            // Only a rename makes another strategy's dependency unknown.
            error.field = QStringLiteral("name");
            error.message = tr("\"%1\" depends on \"%2\"; renaming it would leave \"%1\" without it")
                                .arg(set.at(index).name, oldName);
            errors.append(error);
        }
    }
    return errors;
}

void StrategyEditor::revalidate()
{
    if (m_loading)
        return;
    const QList<ConfigError> errors = validationErrors(strategy());

    QHash<QString, QStringList> reasons;
    QStringList elsewhere;
    for (const ConfigError &error : errors) {
        const QString group = fieldGroup(error.field);
        QString text = capitalized(error.message);
        if (error.field.startsWith(QLatin1String("env.")))
            text = tr("%1: %2").arg(error.field.mid(4), error.message);
        if (group.isEmpty())
            elsewhere.append(tr("%1: %2").arg(error.field, error.message));
        else if (group != QLatin1String("schedule"))
            reasons[group].append(text);
    }
    for (const QString &key : m_envModel->duplicateKeys())
        reasons[QStringLiteral("env")].append(tr("%1 is set on more than one row").arg(key));

    m_ui->scheduleEditor->setProblems(errors);
    const QStringList scheduleProblems = m_ui->scheduleEditor->problemTexts();

    QSet<QWidget *> tabsWithProblems;
    m_problems.clear();
    for (const FieldView &field : m_fields) {
        const QStringList texts =
            field.group == QLatin1String("schedule") ? scheduleProblems : reasons.value(field.group);
        setInvalidMark(field.input, !texts.isEmpty());
        showReasons(field.error, texts, texts.isEmpty() ? warningsFor(field.group) : QStringList());
        if (!texts.isEmpty())
            tabsWithProblems.insert(field.tab);
        m_problems += texts;
    }
    m_problems += elsewhere;

    // A problem on a tab the user is not looking at must still be findable.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_ui->tabWidget->count(); ++i)
        m_ui->tabWidget->setTabIcon(i, tabsWithProblems.contains(m_ui->tabWidget->widget(i)) ? warning : QIcon());

    QStringList summary;
    if (!m_problems.isEmpty())
        summary.append(tr("Problems to fix before saving: %n", "", int(m_problems.size())));
    summary += elsewhere;
    showReasons(m_ui->problemSummary, summary);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

QStringList StrategyEditor::warningsFor(const QString &group) const
{
    const QString workingDir = m_ui->workingDirEdit->text().trimmed();
    if (group == QLatin1String("workingDir") && !workingDir.isEmpty() && !QFileInfo(workingDir).isDir())
        return {tr("No such directory yet: %1 (it can be saved; the start fails until it exists)").arg(workingDir)};
    const QString program = m_ui->programEdit->text().trimmed();
    if (group != QLatin1String("program") || program.isEmpty())
        return {};
    // A bare name is looked up in PATH, a path from the working directory, as at start.
    if (!program.contains(QLatin1Char('/')) && !program.contains(QLatin1Char('\\'))) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return {tr("%1 is not in PATH (it can be saved; the start fails until it is found)").arg(program)};
        return {};
    }
    const QDir base(workingDir.isEmpty() ? QDir::homePath() : workingDir);
    const QFileInfo file(base.absoluteFilePath(QDir::fromNativeSeparators(program)));
    if (!file.exists())
        return {tr("No such program yet: %1 (it can be saved; the start fails until it exists)").arg(program)};
    if (!file.isExecutable() || file.isDir())
        return {tr("%1 is not executable").arg(program)};
    return {};
}

void StrategyEditor::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (event->spontaneous())
        return;
    // Typed keys go to the first field, not nowhere.
    m_ui->tabWidget->setCurrentWidget(m_ui->generalTab);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    // The dialog keeps its size when error lines come and go under the fields.
    setMinimumSize(size());
}

void StrategyEditor::browseProgram()
{
    const QString current = m_ui->programEdit->text();
    const QString start = current.isEmpty() ? m_ui->workingDirEdit->text() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the program"), start);
    if (path.isEmpty())
        return;
    // A script runs where it lives unless told otherwise: its relative paths (config, data) mean that.
    if (m_ui->workingDirEdit->text().trimmed().isEmpty())
        m_ui->workingDirEdit->setText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    if (isPythonScript(path))
        useProgram(path);
    else
        m_ui->programEdit->setText(QDir::toNativeSeparators(path));
}

void StrategyEditor::browseWorkingDir()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Choose the working directory"), m_ui->workingDirEdit->text());
    if (!path.isEmpty())
        m_ui->workingDirEdit->setText(QDir::toNativeSeparators(path));
}

void StrategyEditor::useProgram(const QString &path)
{
    // A relative script is found from the working directory at start, so look for its venv from there too.
    if (m_ui->workingDirEdit->text().trimmed().isEmpty() && QDir::isAbsolutePath(path))
        m_ui->workingDirEdit->setText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    const QString workingDir = m_ui->workingDirEdit->text();
    const QDir base(workingDir.isEmpty() ? QDir::homePath() : workingDir);
    const InterpreterGuess guess = guessInterpreter(base.absoluteFilePath(path));

    QStringList arguments = splitArguments(m_ui->argumentsEdit->text());
    arguments.prepend(path);
    m_ui->programEdit->setText(QDir::toNativeSeparators(guess.interpreter));
    m_ui->argumentsEdit->setText(joinArguments(arguments));
    m_ui->interpreterNote->setText(
        guess.fromVirtualenv
            ? tr("Runs with %1, the virtualenv beside the script.").arg(QDir::toNativeSeparators(guess.interpreter))
            : tr("Runs with %1 from PATH: no virtualenv found beside the script.").arg(guess.interpreter));
    m_ui->interpreterNote->show();
}

void StrategyEditor::updateRestartWidgets()
{
    // The give-up count means nothing to a strategy that is never restarted.
    m_ui->maxRestartsSpin->setEnabled(m_ui->restartCombo->currentData().toInt() != int(RestartMode::Never));
}

} // namespace corral::gui
