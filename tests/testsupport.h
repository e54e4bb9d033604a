// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// Shared by the tests: where the helper programs are, waiting for conditions, and cleaning up every
// process a test started — by pid, never by name. The process probes are corral_testsupport's
// (support/processprobe.h), one file per OS.

#include "processprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QTest>
#include <QThread>

#include <functional>

namespace corral::test {

// With the executable suffix (.exe on Windows): the tests check that the file exists, and corralctl's add
// stores a program by its file name. Absolute with its drive on Windows: a cross build's /work/... would
// otherwise be taken on the drive of the sandbox corralctl runs in.
inline QString helper(const char *name)
{
    return QFileInfo(QStringLiteral(CORRAL_TEST_HELPERS) + QLatin1Char('/') + QString::fromLatin1(name) +
                     QStringLiteral(CORRAL_EXE_SUFFIX))
        .absoluteFilePath();
}

inline QString workerProgram()
{
    return helper("corral_test_worker");
}

inline QString treeProgram()
{
    return helper("corral_test_tree");
}

// Spins the event loop until `condition` holds or `ms` pass; returns the condition's last value.
inline bool waitFor(const std::function<bool()> &condition, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

// "role pid" lines written by corral_test_tree family.
inline QList<QPair<QString, qint64>> readFamily(const QString &path)
{
    QList<QPair<QString, qint64>> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            out.append({QString::fromUtf8(parts[0]), parts[1].toLongLong()});
    }
    return out;
}

// Kills every pid handed to it when it goes out of scope: a failing test must not leave strays.
class PidReaper
{
public:
    void add(qint64 pid)
    {
        if (pid > 0)
            m_pids.append(pid);
    }
    ~PidReaper()
    {
        for (qint64 pid : m_pids)
            if (alive(pid))
                killPid(pid);
    }

private:
    QList<qint64> m_pids;
};

} // namespace corral::test
