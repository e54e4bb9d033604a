#pragma once

#include "paths.h"

#include <QObject>
#include <QTimer>

namespace corral {

class Supervisor;

// Keeps the logs of running strategies within their size limits by rotating them in place (the child
// keeps appending to the same file). A coarse timer that runs only while something runs: one stat per
// running strategy every few seconds, nothing at all when everything is stopped.
class LogGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 5000;

    LogGuard(Supervisor *supervisor, const Paths &paths);

    // Re-checks whether anything runs; called on every state change.
    void update();

signals:
    void message(const QString &text);

private:
    void check();

    Supervisor *m_supervisor;
    Paths m_paths;
    QTimer m_timer;
};

} // namespace corral
