// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

namespace corral {

// Turns "please terminate" from the OS (SIGTERM/SIGINT/SIGHUP on Unix, console close on Windows) into a
// Qt signal delivered in the event loop, where it is safe to act on it.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminateRequested(int signal);
};

} // namespace corral
