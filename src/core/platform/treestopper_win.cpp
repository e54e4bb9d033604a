// Windows: CTRL_BREAK to the process group, then WM_CLOSE to its windows, then TerminateJobObject —
// the same steps NSSM takes. The Job Object holds every descendant, including ones that detached.
#include "treestopper.h"

#include <windows.h>

namespace corral {

namespace {

HANDLE openJob(const QString &cookie)
{
    const QString name = QStringLiteral("Local\\corral-job-") + QString(cookie).replace(QLatin1Char(':'), QLatin1Char('-'));
    return OpenJobObjectW(JOB_OBJECT_QUERY | JOB_OBJECT_TERMINATE, FALSE, reinterpret_cast<const wchar_t *>(name.utf16()));
}

BOOL CALLBACK closeWindowOf(HWND hwnd, LPARAM pid)
{
    DWORD owner = 0;
    GetWindowThreadProcessId(hwnd, &owner);
    if (owner == DWORD(pid))
        PostMessageW(hwnd, WM_CLOSE, 0, 0);
    return TRUE;
}

} // namespace

void TreeStopper::invalidateProcessTable() {}

bool TreeStopper::everythingGone() const
{
    HANDLE job = openJob(m_cookie);
    if (!job) {
        const std::optional<ProcessIdentity> live = os::identify(m_expected.pid);
        return !live || !live->isSameProcess(m_expected);
    }
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info{};
    const bool ok = QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &info, sizeof info, nullptr);
    CloseHandle(job);
    return ok && info.ActiveProcesses == 0;
}

void TreeStopper::signalAll(bool kill)
{
    if (kill) {
        if (HANDLE job = openJob(m_cookie)) {
            TerminateJobObject(job, 1);
            CloseHandle(job);
        } else if (m_leaderValid) {
            if (HANDLE h = OpenProcess(PROCESS_TERMINATE, FALSE, DWORD(m_expected.pid))) {
                TerminateProcess(h, 1);
                CloseHandle(h);
            }
        }
        return;
    }
    if (m_leaderValid) {
        GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(m_expected.pid));
        EnumWindows(closeWindowOf, LPARAM(m_expected.pid));
    }
}

} // namespace corral
