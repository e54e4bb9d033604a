// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "pidfile.h"

#include "errorout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace corral {

PidFile::Match PidFile::check() const
{
    const std::optional<ProcessIdentity> live = os::identify(identity.pid);
    if (!live)
        return Match::NoProcess;
    return live->isSameProcess(identity) ? Match::Matches : Match::Mismatch;
}

bool PidFile::write(const QString &path, QString *error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("pid"), identity.pid);
    // As a string: a 64-bit tick or FILETIME count does not survive a trip through a JSON double.
    o.insert(QStringLiteral("startTime"), QString::number(identity.startTime));
    o.insert(QStringLiteral("executable"), identity.executable);
    o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    if (followsLeftover())
        o.insert(QStringLiteral("group"), group);

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        setError(error, QStringLiteral("cannot write pidfile %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

std::optional<PidFile> PidFile::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read pidfile %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    const QJsonObject o = doc.object();
    bool startOk = false;
    PidFile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.identity.pid = o.value(QStringLiteral("pid")).toInteger();
    p.identity.startTime = o.value(QStringLiteral("startTime")).toString().toULongLong(&startOk);
    p.identity.executable = o.value(QStringLiteral("executable")).toString();
    p.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    p.group = qMax<qint64>(0, o.value(QStringLiteral("group")).toInteger());
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || p.identity.pid <= 0 || !startOk) {
        setError(error, QStringLiteral("pidfile %1 is damaged").arg(path));
        return std::nullopt;
    }
    return p;
}

} // namespace corral
