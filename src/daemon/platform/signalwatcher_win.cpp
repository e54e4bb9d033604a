// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "signalwatcher.h"

#include <windows.h>

#include <QMetaObject>
#include <QPointer>

namespace corral {

namespace {
QPointer<SignalWatcher> g_watcher;

// Runs on a thread of its own; hand the request to the event loop.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (!g_watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        g_watcher.data(), [type] { emit g_watcher->terminateRequested(int(type)); }, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    g_watcher = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
}

} // namespace corral
