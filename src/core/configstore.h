// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configerror.h"
#include "strategy.h"
// Code that includes only this header has always found the codec and the checks here too.
#include "strategyjson.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace corral {

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

} // namespace corral
