// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "exitwatcher.h"

#include <windows.h>

#include <QWinEventNotifier>

namespace corral {

struct ExitWatcher::Private
{
    HANDLE process = nullptr;
    std::unique_ptr<QWinEventNotifier> notifier;
    std::optional<int> exitCode;
};

ExitWatcher::ExitWatcher(qint64 pid, QObject *parent) : QObject(parent), m_pid(pid), d(new Private)
{
    // A process handle is signalled when the process exits.
    d->process = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!d->process) {
        QMetaObject::invokeMethod(
            this, [this] { emit exited(m_pid); }, Qt::QueuedConnection);
        return;
    }
    d->notifier = std::make_unique<QWinEventNotifier>(d->process);
    connect(d->notifier.get(), &QWinEventNotifier::activated, this, [this] {
        d->notifier->setEnabled(false);
        DWORD code = 0;
        if (GetExitCodeProcess(d->process, &code) && code != STILL_ACTIVE)
            d->exitCode = int(code);
        emit exited(m_pid);
    });
}

ExitWatcher::~ExitWatcher()
{
    d->notifier.reset();
    if (d->process)
        CloseHandle(d->process);
}

std::optional<int> ExitWatcher::exitCode() const
{
    return d->exitCode;
}

bool ExitWatcher::isWatching() const
{
    return d->notifier != nullptr;
}

} // namespace corral
