// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// Win32 process control without Qt, so that mingw builds it and Wine runs its tests on a machine
// with no Windows and no Qt for Windows. The Qt side (platform/*_win.cpp) is a thin layer over this.

#include <windows.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corral::win {

// One owned kernel handle.
class Handle
{
public:
    Handle() = default;
    explicit Handle(HANDLE h) : m_h(h == INVALID_HANDLE_VALUE ? nullptr : h) {}
    ~Handle() { reset(); }
    Handle(Handle &&o) noexcept : m_h(o.take()) {}
    Handle &operator=(Handle &&o) noexcept
    {
        if (this != &o)
            reset(o.take());
        return *this;
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    HANDLE get() const { return m_h; }
    explicit operator bool() const { return m_h != nullptr; }
    HANDLE take()
    {
        HANDLE h = m_h;
        m_h = nullptr;
        return h;
    }
    void reset(HANDLE h = nullptr)
    {
        if (m_h)
            CloseHandle(m_h);
        m_h = h;
    }

private:
    HANDLE m_h = nullptr;
};

// "what went wrong (error N: system text)" for the calling thread's last error.
std::string lastError(const char *what);
std::string toUtf8(const std::wstring &s);
std::wstring fromUtf8(const std::string &s);

// Who a process is. A pid alone is not an identity — Windows reuses them at once — so the creation
// time comes with it. The image path is recorded for people to read, not compared.
struct Identity
{
    DWORD pid = 0;
    std::uint64_t creationTime = 0; // FILETIME, 100 ns since 1601
    std::wstring image;

    bool sameProcess(const Identity &o) const { return pid == o.pid && creationTime == o.creationTime; }
};

// The identity of a live process; nothing when there is none with that pid (or it has exited).
std::optional<Identity> identify(DWORD pid);
std::optional<Identity> identify(HANDLE process);

// CommandLineToArgvW's rules, so the child's argv is exactly the list we were given.
std::wstring quoteArgument(const std::wstring &argument);
std::wstring commandLine(const std::wstring &program, const std::vector<std::wstring> &arguments);

// "one copy only": the lock file is opened without write sharing and LockFileEx-locked on a handle the
// strategy inherits. The share mode is what outlives the launcher — it lasts while any process holds
// the handle — whereas a byte-range lock belongs to the process that took it.
class InstanceLock
{
public:
    enum class Result { Acquired, HeldElsewhere, Failed };

    InstanceLock() = default;
    Result tryAcquire(const std::wstring &path, std::string *error);
    HANDLE handle() const { return m_file.get(); }
    bool isAcquired() const { return bool(m_file); }
    void release() { m_file.reset(); }
    HANDLE take() { return m_file.take(); }
    static bool isHeld(const std::wstring &path);

private:
    Handle m_file;
};

struct Limits
{
    std::uint64_t processMemoryBytes = 0; // per process in the job; 0 = none
    DWORD activeProcesses = 0;            // processes alive at once in the job; 0 = none
};

// The Job Object holding a strategy's whole tree. It is named after the strategy's cookie so that a
// later corrald (or corralctl) can open it again, and it has no kill-on-close: the strategy outlives
// whoever started it.
std::wstring jobName(const std::wstring &cookie);
JOBOBJECT_EXTENDED_LIMIT_INFORMATION limitInformation(const Limits &limits);
Handle createJob(const std::wstring &name, const Limits &limits, std::string *error);
Handle openJob(const std::wstring &name, DWORD access = JOB_OBJECT_QUERY | JOB_OBJECT_TERMINATE);
std::vector<DWORD> jobProcesses(HANDLE job);
// The job's processes that are the strategy's. Wine starts each console's host (conhost.exe) as a
// child of the console's first process, so there it sits in the job too; Windows keeps it outside.
std::vector<DWORD> strategyProcesses(HANDLE job);
DWORD activeProcesses(HANDLE job);

// A STARTUPINFOEX that passes exactly the given handles to the child. bInheritHandles=TRUE alone
// would hand every inheritable handle of ours to every strategy — including other strategies' locks.
class InheritList
{
public:
    InheritList() = default;
    ~InheritList();
    InheritList(const InheritList &) = delete;
    InheritList &operator=(const InheritList &) = delete;

    bool set(std::vector<HANDLE> handles, std::string *error);
    LPPROC_THREAD_ATTRIBUTE_LIST attributes() const { return m_list; }

private:
    std::vector<HANDLE> m_handles; // must stay put while the list points at it
    std::vector<unsigned char> m_storage;
    LPPROC_THREAD_ATTRIBUTE_LIST m_list = nullptr;
};

// Flags every strategy is created with: its own process group (the console interrupt reaches its
// tree and not us), a hidden console of its own, suspended until it is in its job.
constexpr DWORD StrategyCreationFlags = CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW | CREATE_SUSPENDED |
                                        CREATE_UNICODE_ENVIRONMENT | EXTENDED_STARTUPINFO_PRESENT;

// Whether this process sits in a job (a terminal's, an IDE's, a service wrapper's). Its children land
// in that job too and die with it when it kills on close, so a strategy asks to break away; a job
// that forbids it makes CreateProcess fail, and the strategy then starts inside it after all.
bool runsInJob();

// Puts a suspended process in its job and lets it run: nothing it starts can escape the job. When
// assigning fails the process is terminated before it ran a single instruction.
bool assignAndResume(HANDLE job, HANDLE process, HANDLE thread, std::string *error);

struct LaunchSpec
{
    std::wstring program; // full path
    std::vector<std::wstring> arguments;
    std::wstring workingDirectory;
    std::vector<std::wstring> environment; // NAME=value each; empty = ours
    std::wstring logPath;                  // stdout and stderr are appended here
    std::wstring lockPath;
    std::wstring cookie; // names the job
    Limits limits;
};

struct Launched
{
    enum class Status { Started, AlreadyRunning, Failed };
    Status status = Status::Failed;
    std::string error;
    Identity identity;
    Handle process; // for waiting and the exit code

    bool ok() const { return status == Status::Started; }
};

Launched launch(const LaunchSpec &spec);

// What a strategy's tree uses, for the window's CPU and memory columns.
struct TreeUsage
{
    std::vector<DWORD> members;        // the leader and its live descendants
    std::uint64_t cpuTime100ns = 0;    // user + kernel time of the live members
    std::uint64_t workingSetBytes = 0; // resident memory of the live members
};

// One process snapshot, walked by parent links from each leader. A link counts only when the parent
// was created before the child: Windows hands a dead parent's pid to new processes at once.
std::vector<TreeUsage> treeUsage(const std::vector<DWORD> &leaders);

// The staged stop, as NSSM does it: a console interrupt to the strategy's process group, then
// WM_CLOSE to every window of its job, then TerminateJobObject — each followed by its own wait.
enum class StopStep {
    AlreadyGone,      // nothing of it was running
    Stale,            // the pid is someone else's now: nothing was signalled
    ConsoleInterrupt, // ended after CTRL_BREAK
    CloseWindows,     // ended after WM_CLOSE
    TerminateJob,     // had to be terminated
    Survived          // still there after termination
};
const char *stepName(StopStep step);

struct StopRequest
{
    Identity expected;
    std::wstring cookie;
    DWORD stepWaitMs = 1500;
    // Attaching to a strategy's console means leaving our own for a moment. A process whose console
    // matters (corrald in a terminal) names corral-signal.exe here and the attaching happens there.
    std::wstring signalHelper;
};

StopStep stopTree(const StopRequest &request);

// The pieces, for callers that run the stages on their own timer.
bool sendConsoleInterrupt(DWORD groupLeader);
bool sendConsoleInterruptVia(const std::wstring &helper, DWORD groupLeader);
// `leaderIsOurs`: the recorded process still is the one we started. Without a job it is all a stop may
// touch, and only then; with one, the job holds the whole tree.
int closeTreeWindows(const StopRequest &request, bool leaderIsOurs);
void terminateTree(const StopRequest &request, bool leaderIsOurs);
bool treeGone(const StopRequest &request);

} // namespace corral::win
