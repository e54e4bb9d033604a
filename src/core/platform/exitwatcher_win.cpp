#include "exitwatcher.h"

#include <QWinEventNotifier>

#include <windows.h>

namespace corral {

struct ExitWatcher::Private
{
    HANDLE process = nullptr;
    std::unique_ptr<QWinEventNotifier> notifier;
};

ExitWatcher::ExitWatcher(qint64 pid, QObject *parent) : QObject(parent), m_pid(pid), d(new Private)
{
    // A process handle is signalled when the process exits.
    d->process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!d->process) {
        QMetaObject::invokeMethod(this, [this] { emit exited(m_pid); }, Qt::QueuedConnection);
        return;
    }
    d->notifier = std::make_unique<QWinEventNotifier>(d->process);
    connect(d->notifier.get(), &QWinEventNotifier::activated, this, [this] {
        d->notifier->setEnabled(false);
        emit exited(m_pid);
    });
}

ExitWatcher::~ExitWatcher()
{
    d->notifier.reset();
    if (d->process)
        CloseHandle(d->process);
}

bool ExitWatcher::isWatching() const
{
    return d->notifier != nullptr;
}

} // namespace corral
