#include "logguard.h"

#include "logfiles.h"
#include "supervisor.h"

namespace corral {

LogGuard::LogGuard(Supervisor *supervisor, const Paths &paths)
    : QObject(supervisor), m_supervisor(supervisor), m_paths(paths)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LogGuard::check);
}

void LogGuard::update()
{
    bool anyRunning = false;
    for (const QString &name : m_supervisor->names())
        anyRunning = anyRunning || m_supervisor->runner(name)->isActive();
    if (anyRunning && !m_timer.isActive())
        m_timer.start();
    else if (!anyRunning)
        m_timer.stop();
}

void LogGuard::check()
{
    for (const QString &name : m_supervisor->names()) {
        const StrategyRunner *runner = m_supervisor->runner(name);
        if (!runner->isActive() || runner->strategy().logMaxMb <= 0)
            continue;
        const Strategy &s = runner->strategy();
        const LogRotator rotator(m_paths.logFile(name), qint64(s.logMaxMb) * 1024 * 1024, s.logBackups);
        if (!rotator.exceedsLimit())
            continue;
        QString error;
        if (!rotator.rotateLive(&error))
            emit message(QStringLiteral("%1: cannot rotate its log: %2").arg(name, error));
    }
}

} // namespace corral
