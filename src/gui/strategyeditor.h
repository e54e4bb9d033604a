// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configstore.h"
#include "strategy.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;

namespace Ui {
class StrategyEditor;
}

namespace corral::gui {

class EnvTableModel;

// Adds or edits one strategy. Every change is checked at once with the core validation (the same rules
// corrald applies when it saves), each problem is shown under the field it is about, and OK stays
// disabled until there are none, so what the dialog returns is always accepted by corrald.
class StrategyEditor : public QDialog
{
    Q_OBJECT

public:
    // otherNames: every other strategy's name, for the uniqueness check and the dependency checklist.
    explicit StrategyEditor(const QStringList &otherNames, QWidget *parent = nullptr);
    ~StrategyEditor() override;

    void setStrategy(const Strategy &strategy);
    Strategy strategy() const;

    // Every configured strategy, the edited one as saved included (it is the one whose name is not in
    // otherNames). With it the dialog refuses a dependency cycle and a rename that would leave a
    // dependent strategy behind; without it, it knows only the names.
    void setDependencyGraph(const QList<Strategy> &all);

    bool isValid() const { return m_problems.isEmpty(); }
    // What stands between the user and OK, as shown in the form.
    QStringList problems() const { return m_problems; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct FieldView
    {
        QString group; // see fieldGroup() in the .cpp
        QWidget *input;
        QLabel *error;
        QWidget *tab;
    };

    void connectChanges();
    void revalidate();
    QString originalName() const;
    QList<ConfigError> validationErrors(const Strategy &strategy) const;
    void fillDependencyList(const QStringList &checked);
    QStringList checkedDependencies() const;
    void browseProgram();
    void browseWorkingDir();
    // A .py program becomes an argument of the Python that should run it.
    void useProgram(const QString &path);
    void updateRestartWidgets();
    // What may be fine later but looks wrong now (a program or directory that does not exist yet):
    // shown under the field, never in the way of saving.
    QStringList warningsFor(const QString &group) const;

    Ui::StrategyEditor *m_ui;
    EnvTableModel *m_envModel;
    QList<FieldView> m_fields;
    QStringList m_otherNames;
    QList<Strategy> m_graph;
    // What was loaded: the members this form does not show (--env-file, --inherit-env) go back unchanged.
    Strategy m_loaded;
    QString m_loadedName;
    QStringList m_originalDependencies;
    QStringList m_loadedArgs;
    QString m_loadedArgsText;
    int m_stopTimeoutMs = 0;
    QStringList m_problems;
    bool m_loading = false;
};

} // namespace corral::gui
