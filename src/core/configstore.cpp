// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "configstore.h"

#include "errorout.h"
#include "jsonlines.h"
#include "jsonread.h"
#include "jsontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace corral {

namespace {

ConfigError fileError(const QString &file, const QString &message, int line = 0)
{
    ConfigError error;
    error.file = file;
    error.line = line;
    error.message = message;
    return error;
}

// What is on disk. A missing file reads as nothing, with *exists false.
bool readFile(const QString &path, QByteArray *data, bool *exists, ConfigError *error)
{
    QFile file(path);
    *exists = file.exists();
    data->clear();
    if (!*exists)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileError(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
        return false;
    }
    *data = file.readAll();
    return true;
}

// An empty file (say, created with `touch`) holds no strategies; it is not a syntax error.
bool isBlank(const QByteArray &data)
{
    return data.trimmed().isEmpty();
}

QString parseErrorMessage(const QJsonParseError &parseError)
{
    switch (parseError.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return parseError.errorString() + QStringLiteral(" (is a comma missing?)");
    case QJsonParseError::MissingObject:
        return parseError.errorString() + QStringLiteral(" (a comma before a closing bracket?)");
    default:
        return parseError.errorString();
    }
}

// The one place the file's text becomes JSON: a syntax error comes back with its line and a hint.
bool parseFile(const QString &path, const QByteArray &data, QJsonDocument *document, ConfigError *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    *error = fileError(path, parseErrorMessage(parseError), lineOfParseError(data, parseError));
    return false;
}

// Parses the whole file into strategies; errors carry fields but no file or line yet.
bool readConfig(const QJsonObject &root, QList<Strategy> *strategies, QList<ConfigError> *errors)
{
    int version = ConfigStore::SchemaVersion;
    if (!root.contains(QLatin1String("version"))) {
        errors->append(fieldError(QStringLiteral("version"),
                                  QStringLiteral("missing (this Corral reads %1)").arg(ConfigStore::SchemaVersion)));
        return false;
    }
    if (!json::readInt(root.value(QLatin1String("version")), QStringLiteral("version"), &version, errors))
        return false;
    if (version != ConfigStore::SchemaVersion) {
        // Reading on would misread (and a later save would destroy) what a newer Corral wrote.
        errors->append(
            fieldError(QStringLiteral("version"), QStringLiteral("unsupported config version %1 (this Corral reads %2)")
                                                      .arg(version)
                                                      .arg(ConfigStore::SchemaVersion)));
        return false;
    }
    // Only now: keys a newer Corral added are not typos.
    json::checkKeys(root, {QStringLiteral("version"), QStringLiteral("strategies")}, QString(), errors);

    QList<Strategy> result;
    if (root.contains(QLatin1String("strategies"))) {
        const QJsonValue value = root.value(QLatin1String("strategies"));
        if (!value.isArray()) {
            errors->append(fieldError(QStringLiteral("strategies"), QStringLiteral("expected a list of strategies")));
            return false;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("strategies[%1]").arg(i);
            QJsonObject object;
            if (!json::readObject(array.at(i), field, &object, errors))
                continue;
            Strategy strategy;
            strategyFromJson(object, &strategy, errors, field + QLatin1Char('.'));
            result.append(strategy);
        }
    }
    // Validating half-read strategies would only repeat the reading errors in other words.
    if (!errors->isEmpty())
        return false;
    errors->append(validation::checkAll(result));
    if (!errors->isEmpty())
        return false;
    *strategies = result;
    return true;
}

void setFirst(const QList<ConfigError> &errors, ConfigError *error)
{
    if (error && !errors.isEmpty())
        *error = errors.first();
}

bool writeAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                     ConfigError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, fileError(path, QStringLiteral("cannot write: %1").arg(file.errorString())));
        return false;
    }
    if (permissions)
        file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit()) {
        setError(error, fileError(path, QStringLiteral("cannot write: %1").arg(file.errorString())));
        return false;
    }
    return true;
}

} // namespace

bool ConfigStore::load(QList<Strategy> *strategies, ConfigError *error) const
{
    QList<ConfigError> errors;
    const bool ok = loadWithAllErrors(strategies, &errors);
    setFirst(errors, error);
    return ok;
}

bool ConfigStore::loadWithAllErrors(QList<Strategy> *strategies, QList<ConfigError> *errors) const
{
    const auto fail = [&](const ConfigError &e) {
        if (errors)
            *errors = {e};
        return false;
    };

    QByteArray data;
    bool exists = false;
    ConfigError error;
    if (!readFile(m_path, &data, &exists, &error))
        return fail(error);
    if (isBlank(data)) {
        strategies->clear();
        return true;
    }
    QJsonDocument document;
    if (!parseFile(m_path, data, &document, &error))
        return fail(error);
    if (!document.isObject())
        return fail(fileError(
            m_path, QStringLiteral("expected an object {\"version\": %1, \"strategies\": [...]}").arg(SchemaVersion),
            1));

    QList<ConfigError> found;
    if (readConfig(document.object(), strategies, &found))
        return true;
    const LineIndex lines(data);
    for (ConfigError &e : found) {
        e.file = m_path;
        e.line = lines.lineOf(e.field);
    }
    if (errors)
        *errors = found;
    return false;
}

bool ConfigStore::save(const QList<Strategy> &strategies, ConfigError *error) const
{
    const QList<ConfigError> invalid = validation::checkAll(strategies);
    if (!invalid.isEmpty()) {
        setFirst(invalid, error);
        return false;
    }

    const auto fail = [&](const ConfigError &e) {
        setError(error, e);
        return false;
    };

    QByteArray previous;
    bool exists = false;
    ConfigError problem;
    if (!readFile(m_path, &previous, &exists, &problem))
        return fail(problem);
    if (!isBlank(previous)) {
        QJsonDocument document;
        if (!parseFile(m_path, previous, &document, &problem)) {
            problem.message = QStringLiteral("the file on disk does not parse (%1); fix or move it first, "
                                             "Corral will not overwrite a hand edit")
                                  .arg(problem.message);
            return fail(problem);
        }
        const int version = document.object().value(QLatin1String("version")).toInt(SchemaVersion);
        if (version > SchemaVersion)
            return fail(
                fileError(m_path, QStringLiteral("the file on disk was written by a newer Corral (config version "
                                                 "%1, this Corral reads %2); refusing to overwrite it")
                                      .arg(version)
                                      .arg(SchemaVersion)));
    }

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(fileError(m_path, QStringLiteral("cannot create the directory %1").arg(info.absolutePath())));

    // Environment values may be secrets: a new file is readable by its owner only; an existing file keeps the
    // permissions its owner chose, and so does its backup.
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (exists) {
        permissions = QFile::permissions(m_path);
        if (!writeAtomically(m_path + QStringLiteral(".bak"), previous, permissions, error))
            return false;
    }

    QJsonArray array;
    for (const Strategy &strategy : strategies)
        array.append(strategyToJson(strategy));
    QJsonObject root;
    root.insert(QStringLiteral("version"), SchemaVersion);
    root.insert(QStringLiteral("strategies"), array);
    return writeAtomically(m_path, toStableJson(QJsonDocument(root), QJsonDocument::Indented), permissions, error);
}

} // namespace corral
