#include "launcher.h"

#include <windows.h>

namespace corral {

namespace {

QString jobName(const QProcessEnvironment &env)
{
    // The Job Object is named after the cookie so that a stopper in a later corrald can open it again.
    return QStringLiteral("Local\\corral-job-") +
           env.value(QString::fromLatin1(Launcher::CookieVariable)).replace(QLatin1Char(':'), QLatin1Char('-'));
}

} // namespace

void Launcher::applyPlatformHooks(StrategyProcess &process, const Strategy &, const InstanceLock &lock) const
{
    HANDLE lockHandle = lock.handle();
    process.setCreateProcessArgumentsModifier([lockHandle](QProcess::CreateProcessArguments *args) {
        // Own process group: CTRL_BREAK reaches the strategy's tree and not ours. No console of its own
        // window either; output goes to the log file.
        args->flags |= CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW;
        // The lock handle rides along with the standard handles QProcess already passes.
        SetHandleInformation(lockHandle, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
        args->inheritHandles = TRUE;
    });
}

void Launcher::platformAfterStart(StrategyProcess &process, const Strategy &strategy) const
{
    const QString name = jobName(process.processEnvironment());
    HANDLE job = CreateJobObjectW(nullptr, reinterpret_cast<const wchar_t *>(name.utf16()));
    if (!job)
        return;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    // Deliberately no JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: the strategy must outlive corrald.
    if (strategy.memoryMb > 0) {
        limits.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY;
        limits.ProcessMemoryLimit = SIZE_T(strategy.memoryMb) * 1024 * 1024;
    }
    SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
    HANDLE proc = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process.processId()));
    if (proc) {
        // Children created before this point escape the job; the stopper's group signal still reaches them.
        AssignProcessToJobObject(job, proc);
        CloseHandle(proc);
    }
    // The job lives on while it holds processes; the stopper reopens it by name.
    CloseHandle(job);
}

} // namespace corral
