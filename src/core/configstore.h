// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "strategy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace corral {

struct ConfigError
{
    QString file;
    int line = 0;  // 0 when not tied to a line
    QString field; // e.g. "strategies[2].restart"; empty for syntax errors
    QString message;

    QString toString() const; // "file:line: field: message" with the empty parts left out
};

// strategies.json: {"version": 1, "strategies": [...]}. Loading validates everything; saving is
// atomic (QSaveFile) and keeps the previous file as .bak. A file that does not parse is never written.
class ConfigStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit ConfigStore(const QString &path) : m_path(path) {}

    // A missing file is an empty, valid config.
    bool load(QList<Strategy> *strategies, ConfigError *error) const;
    // The same, reporting every error (a file with three typos is fixed in one pass, not three).
    bool loadWithAllErrors(QList<Strategy> *strategies, QList<ConfigError> *errors) const;
    // Refuses (and writes nothing) when the strategies do not validate or the file on disk does not
    // parse (a user's hand edit must not be lost).
    bool save(const QList<Strategy> &strategies, ConfigError *error) const;

    QString path() const { return m_path; }

private:
    QString m_path;
};

// Validation shared by the store, corrald and the GUI editor.
namespace validation {
// Errors of one strategy on its own (field names relative to the strategy: "name", "restart" …).
QList<ConfigError> checkStrategy(const Strategy &strategy);
// Errors of a whole set: each strategy, duplicate names, unknown dependencies, dependency cycles.
QList<ConfigError> checkAll(const QList<Strategy> &strategies);
// Names that may be used as file names on every platform: non-empty, no '/', '\\', ':' …
QString checkName(const QString &name);
} // namespace validation

// JSON form of a strategy (the same in the config file, the IPC protocol and the GUI).
QJsonObject strategyToJson(const Strategy &strategy);
// Reads what is there, reporting wrong types/values with field names prefixed by `fieldPrefix`.
// Keys absent from `json` leave `*strategy` as it was (pass a default Strategy for a fresh one); unknown keys
// are errors. Does not validate: run validation::checkStrategy/checkAll on the result.
bool strategyFromJson(const QJsonObject &json, Strategy *strategy, QList<ConfigError> *errors,
                      const QString &fieldPrefix = QString());

} // namespace corral
