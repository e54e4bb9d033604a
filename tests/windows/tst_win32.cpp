// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The Win32 process control, against real processes under Wine (or Windows): start, lock, outlive the
// launcher, staged stop with the step that ended it, whole trees, identity across PID reuse, limits.
#include "check.h"
#include "winprocess.h"

#include <algorithm>
#include <iterator>
#include <sstream>

using namespace corral::win;

namespace {

std::wstring directoryOfThisProgram()
{
    wchar_t path[MAX_PATH * 2];
    const DWORD n = GetModuleFileNameW(nullptr, path, DWORD(std::size(path)));
    std::wstring p(path, n);
    return p.substr(0, p.find_last_of(L"\\/") + 1);
}

std::wstring childProgram()
{
    return directoryOfThisProgram() + L"corral_win_child.exe";
}

// A fresh directory per test, so that logs, locks and job names never meet.
std::wstring freshDirectory()
{
    static int counter = 0;
    wchar_t temp[MAX_PATH];
    GetTempPathW(MAX_PATH, temp);
    const std::wstring dir = std::wstring(temp) + L"corral-win32-" + std::to_wstring(GetCurrentProcessId()) + L"-" +
                             std::to_wstring(++counter) + L"-" + std::to_wstring(GetTickCount64());
    CreateDirectoryW(dir.c_str(), nullptr);
    return dir + L"\\";
}

std::string readFile(const std::wstring &path)
{
    // Opened the way a log reader would: alongside the strategy still appending.
    Handle f(CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                         OPEN_EXISTING, 0, nullptr));
    if (!f)
        return {};
    std::string out;
    char buffer[4096];
    DWORD n = 0;
    while (ReadFile(f.get(), buffer, sizeof buffer, &n, nullptr) && n > 0)
        out.append(buffer, n);
    return out;
}

template <typename Pred> bool waitFor(Pred pred, DWORD ms)
{
    const ULONGLONG deadline = GetTickCount64() + ms;
    while (!pred()) {
        if (GetTickCount64() >= deadline)
            return false;
        Sleep(20);
    }
    return true;
}

bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

// One strategy of a test. Whatever a failed check leaves running is ended through its job, by handle.
struct Strategy
{
    std::wstring dir = freshDirectory();
    LaunchSpec spec;

    explicit Strategy(std::vector<std::wstring> arguments)
    {
        spec.program = childProgram();
        spec.arguments = std::move(arguments);
        spec.logPath = dir + L"strategy.log";
        spec.lockPath = dir + L"strategy.lock";
        spec.cookie = L"test-" + dir.substr(dir.find(L"corral-win32-"));
        spec.cookie.pop_back(); // the trailing backslash
    }
    ~Strategy()
    {
        if (Handle job = openJob(jobName(spec.cookie))) {
            TerminateJobObject(job.get(), 1);
            waitFor([&] { return activeProcesses(job.get()) == 0; }, 5000);
        }
    }
    std::string log() const { return readFile(spec.logPath); }
    StopRequest stopRequest(const Identity &who, DWORD stepWaitMs) const
    {
        StopRequest r;
        r.expected = who;
        r.cookie = spec.cookie;
        r.stepWaitMs = stepWaitMs;
        return r;
    }
};

size_t strategyProcessCount(HANDLE job)
{
    return strategyProcesses(job).size();
}

bool alive(const Identity &who)
{
    const std::optional<Identity> now = identify(who.pid);
    return now && now->sameProcess(who);
}

// Runs a program of ours to its end and returns its exit code and what it printed.
// With a job, it runs inside it from its first instruction, as corrald would inside a terminal's job.
std::pair<DWORD, std::string> runToEnd(const std::wstring &program, const std::vector<std::wstring> &args,
                                       HANDLE job = nullptr)
{
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE readEnd = nullptr, writeEnd = nullptr;
    CreatePipe(&readEnd, &writeEnd, &sa, 0);
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    std::wstring line = commandLine(program, args);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    PROCESS_INFORMATION info{};
    const BOOL ok = CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, TRUE,
                                   CREATE_NO_WINDOW | (job ? CREATE_SUSPENDED : 0), nullptr, nullptr, &startup, &info);
    CloseHandle(writeEnd);
    Handle in(readEnd);
    if (!ok)
        return {DWORD(-1), lastError("cannot start helper")};
    Handle process(info.hProcess);
    Handle thread(info.hThread);
    if (job) {
        AssignProcessToJobObject(job, process.get());
        ResumeThread(thread.get());
    }
    std::string out;
    char buffer[512];
    DWORD n = 0;
    while (ReadFile(in.get(), buffer, sizeof buffer, &n, nullptr) && n > 0)
        out.append(buffer, n);
    WaitForSingleObject(process.get(), 30000);
    DWORD code = DWORD(-1);
    GetExitCodeProcess(process.get(), &code);
    return {code, out};
}

// "PID CREATIONTIME" per line: what corral_win_launch prints and what the tree child writes.
std::vector<Identity> identitiesIn(const std::string &text)
{
    std::istringstream in(text);
    std::vector<Identity> found;
    unsigned long pid;
    unsigned long long created;
    while (in >> pid >> created)
        found.push_back(Identity{DWORD(pid), created, {}});
    return found;
}

// Starts the strategy through corral_win_launch (inside `job` when given), which exits at once; the
// strategy it started, or pid 0 when it failed.
Identity launchThroughLauncher(const Strategy &s, const std::wstring &mode, HANDLE job = nullptr)
{
    const auto [code, out] = runToEnd(directoryOfThisProgram() + L"corral_win_launch.exe",
                                      {s.spec.logPath, s.spec.lockPath, s.spec.cookie, childProgram(), mode}, job);
    const std::vector<Identity> started = identitiesIn(out);
    return code == 0 && !started.empty() ? started.front() : Identity{};
}

// Starts the tree child (`children` sleepers and one that detaches) and waits until it has listed all
// of them; empty when it did not.
std::vector<Identity> startTree(Strategy &s, int children, Launched *leader)
{
    const std::wstring pidsFile = s.dir + L"tree.pids";
    s.spec.arguments = {L"tree", pidsFile, std::to_wstring(children)};
    *leader = launch(s.spec);
    std::vector<Identity> tree;
    if (leader->ok())
        waitFor([&] { return (tree = identitiesIn(readFile(pidsFile))).size() == size_t(children) + 1; }, 10000);
    return tree.size() == size_t(children) + 1 ? tree : std::vector<Identity>{};
}

} // namespace

TEST(argumentsReachTheChildExactly)
{
    Strategy s(
        {L"argv", L"plain", L"two words", L"", L"quote\"inside", L"trailing\\", L"back\\\\\"slash", L"tab\there"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    CHECK(WaitForSingleObject(l.process.get(), 10000) == WAIT_OBJECT_0);
    CHECK_EQ(s.log(), std::string("[plain]\r\n[two words]\r\n[]\r\n[quote\"inside]\r\n[trailing\\]\r\n"
                                  "[back\\\\\"slash]\r\n[tab\there]\r\n"));
}

TEST(outputAndErrorsAreAppendedToTheLog)
{
    Strategy s({L"echo", L"first"});
    Launched one = launch(s.spec);
    CHECK(one.ok());
    CHECK(WaitForSingleObject(one.process.get(), 10000) == WAIT_OBJECT_0);
    // Wine's console host holds a copy of the strategy's handles for a moment after it ends.
    CHECK(waitFor([&] { return !InstanceLock::isHeld(s.spec.lockPath); }, 5000));
    s.spec.arguments = {L"echo", L"second"};
    Launched two = launch(s.spec);
    CHECK(two.ok());
    CHECK(WaitForSingleObject(two.process.get(), 10000) == WAIT_OBJECT_0);
    const std::string log = s.log();
    CHECK(contains(log, "first"));
    CHECK(contains(log, "err:first"));
    CHECK(contains(log, "second"));
    CHECK(log.find("first") < log.find("second"));
}

TEST(aMissingProgramIsRefusedWithItsName)
{
    Strategy s({});
    s.spec.program = s.dir + L"no-such-bot.exe";
    Launched l = launch(s.spec);
    CHECK(l.status == Launched::Status::Failed);
    CHECK(contains(l.error, "no-such-bot.exe"));
    // The failed start did not leave the lock taken.
    CHECK(!InstanceLock::isHeld(s.spec.lockPath));
}

TEST(theLockRefusesASecondInstance)
{
    Strategy s({L"deaf"});
    Launched first = launch(s.spec);
    CHECK(first.ok());
    CHECK(InstanceLock::isHeld(s.spec.lockPath));
    Launched second = launch(s.spec);
    CHECK(second.status == Launched::Status::AlreadyRunning);
    CHECK(contains(second.error, "already running"));
    InstanceLock mine;
    std::string error;
    CHECK(mine.tryAcquire(s.spec.lockPath, &error) == InstanceLock::Result::HeldElsewhere);

    CHECK(stopTree(s.stopRequest(first.identity, 500)) != StopStep::Survived);
    CHECK(waitFor([&] { return !InstanceLock::isHeld(s.spec.lockPath); }, 5000));
    Launched again = launch(s.spec);
    CHECK(again.ok());
    CHECK(stopTree(s.stopRequest(again.identity, 500)) != StopStep::Survived);
}

TEST(aStrategyOutlivesItsLauncher)
{
    Strategy s({});
    const Identity strategy = launchThroughLauncher(s, L"deaf");
    CHECK(strategy.pid != 0);
    Sleep(300);
    CHECK(alive(strategy));
    CHECK(InstanceLock::isHeld(s.spec.lockPath));
    Handle job = openJob(jobName(s.spec.cookie));
    CHECK(bool(job));
    CHECK_EQ(strategyProcessCount(job.get()), size_t(1));

    CHECK(stopTree(s.stopRequest(strategy, 500)) == StopStep::TerminateJob);
    CHECK(!alive(strategy));
    CHECK(waitFor([&] { return !InstanceLock::isHeld(s.spec.lockPath); }, 5000));
}

// A job that ends everything in it when its last handle closes — a terminal window going away.
Handle terminalJob(bool allowsBreakaway)
{
    Handle job(CreateJobObjectW(nullptr, nullptr));
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info{};
    info.BasicLimitInformation.LimitFlags =
        JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | (allowsBreakaway ? JOB_OBJECT_LIMIT_BREAKAWAY_OK : 0);
    SetInformationJobObject(job.get(), JobObjectExtendedLimitInformation, &info, sizeof info);
    return job;
}

TEST(aStrategyOutlivesTheJobItsLauncherRanIn)
{
    Strategy s({});
    Handle terminal = terminalJob(true);
    CHECK(bool(terminal));
    const Identity strategy = launchThroughLauncher(s, L"deaf", terminal.get());
    CHECK(strategy.pid != 0);
    terminal.reset(); // the terminal closes: everything still in its job is ended
    Sleep(500);
    CHECK(alive(strategy));
    CHECK(stopTree(s.stopRequest(strategy, 500)) == StopStep::TerminateJob);
}

TEST(aJobThatForbidsBreakingAwayStillGetsTheStrategyStarted)
{
    Strategy s({});
    Handle terminal = terminalJob(false);
    const Identity strategy = launchThroughLauncher(s, L"deaf", terminal.get());
    CHECK(strategy.pid != 0);
    CHECK(alive(strategy));
    // Inside the terminal's job, and still in its own for the stop.
    Handle job = openJob(jobName(s.spec.cookie));
    CHECK(bool(job));
    const std::vector<DWORD> members = jobProcesses(job.get());
    CHECK(std::find(members.begin(), members.end(), strategy.pid) != members.end());
    CHECK(stopTree(s.stopRequest(strategy, 500)) == StopStep::TerminateJob);
}

TEST(aHandledInterruptEndsTheStopAtTheFirstStep)
{
    Strategy s({L"handler"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    CHECK(waitFor([&] { return contains(s.log(), "handler ready"); }, 10000));
    CHECK(stopTree(s.stopRequest(l.identity, 3000)) == StopStep::ConsoleInterrupt);
    CHECK(contains(s.log(), "interrupted by"));
    CHECK(!alive(l.identity));
}

TEST(theSignalHelperSendsTheInterruptForACallerWithAConsole)
{
    Strategy s({L"handler"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    CHECK(waitFor([&] { return contains(s.log(), "handler ready"); }, 10000));
    StopRequest r = s.stopRequest(l.identity, 3000);
    r.signalHelper = directoryOfThisProgram() + L"corral-signal.exe";
    CHECK(stopTree(r) == StopStep::ConsoleInterrupt);
    CHECK(contains(s.log(), "interrupted by"));
}

TEST(anIgnoredInterruptIsFollowedByClosingTheWindow)
{
    Strategy s({L"window"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    // The first window of a fresh Wine prefix brings up its desktop, which takes a while.
    CHECK(waitFor([&] { return contains(s.log(), "window up"); }, 60000));
    // Generous: under Wine the job empties only once the console host has left too.
    CHECK(stopTree(s.stopRequest(l.identity, 3000)) == StopStep::CloseWindows);
    CHECK(contains(s.log(), "closed"));
}

TEST(aProgramThatIgnoresEverythingIsTerminated)
{
    Strategy s({L"stubborn"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    // The first window of a fresh Wine prefix brings up its desktop, which takes a while.
    CHECK(waitFor([&] { return contains(s.log(), "window up"); }, 60000));
    CHECK(stopTree(s.stopRequest(l.identity, 700)) == StopStep::TerminateJob);
    CHECK(!alive(l.identity));
}

TEST(theWholeTreeIsGoneAfterStop)
{
    Strategy s({});
    Launched l;
    const std::vector<Identity> tree = startTree(s, 3, &l);
    CHECK(l.ok());
    CHECK_EQ(tree.size(), size_t(4));
    for (const Identity &who : tree)
        CHECK(alive(who));
    Handle job = openJob(jobName(s.spec.cookie));
    CHECK_EQ(strategyProcessCount(job.get()), size_t(5)); // the detached one did not leave the job

    CHECK(stopTree(s.stopRequest(l.identity, 500)) == StopStep::TerminateJob);
    CHECK(!alive(l.identity));
    for (const Identity &who : tree)
        CHECK(!alive(who));
    CHECK_EQ(activeProcesses(job.get()), DWORD(0));
}

TEST(treeUsageTakesInTheWholeTreeAndItsMemory)
{
    Strategy s({});
    Launched l;
    const std::vector<Identity> tree = startTree(s, 3, &l);
    CHECK(l.ok());
    CHECK_EQ(tree.size(), size_t(4));
    Strategy other({L"hog", L"64"});
    Launched hog = launch(other.spec);
    CHECK(hog.ok());
    CHECK(waitFor([&] { return contains(other.log(), "hogging"); }, 20000));

    const std::vector<TreeUsage> usage = treeUsage({l.identity.pid, hog.identity.pid});
    CHECK_EQ(usage.size(), size_t(2));
    const auto has = [](const TreeUsage &u, DWORD pid) {
        return std::find(u.members.begin(), u.members.end(), pid) != u.members.end();
    };
    CHECK(has(usage[0], l.identity.pid));
    for (const Identity &who : tree)
        CHECK(has(usage[0], who.pid)); // the detached grandchild included
    CHECK(!has(usage[0], hog.identity.pid));
    CHECK(!has(usage[1], l.identity.pid));
    CHECK(usage[0].workingSetBytes > 0);
    // 64 MiB touched by the hog, not by the tree of sleepers.
    CHECK(usage[1].workingSetBytes >= 60ull * 1024 * 1024);
    CHECK(usage[0].workingSetBytes < usage[1].workingSetBytes);
    // A pid with no process behind it has an empty tree.
    CHECK(treeUsage({l.identity.pid + 40000})[0].members.empty());
}

TEST(aReusedPidIsRecognisedByItsCreationTime)
{
    // Start and end short processes until Windows hands out a pid it handed out before.
    std::vector<Identity> seen;
    std::optional<std::pair<Identity, Identity>> reuse;
    for (int i = 0; i < 400 && !reuse; ++i) {
        const std::wstring program = childProgram();
        std::wstring line = commandLine(program, {L"sleep", L"0"});
        STARTUPINFOW startup{};
        startup.cb = sizeof startup;
        PROCESS_INFORMATION info{};
        // Hundreds of starts in a row: under Wine on a busy machine one may be refused for a moment,
        // which is not what this test is about.
        bool created = false;
        std::string why;
        for (int attempt = 0; attempt < 5 && !created; ++attempt) {
            created = CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, FALSE,
                                     CREATE_NO_WINDOW | CREATE_SUSPENDED, nullptr, nullptr, &startup, &info);
            if (!created) {
                why = lastError("CreateProcess");
                Sleep(200);
            }
        }
        if (!created)
            check::fail(__FILE__, __LINE__, why);
        Handle process(info.hProcess);
        Handle thread(info.hThread);
        // A failed check below must not leave a suspended process behind.
        struct EndIfLeft
        {
            HANDLE process;
            ~EndIfLeft()
            {
                if (WaitForSingleObject(process, 0) == WAIT_TIMEOUT)
                    TerminateProcess(process, 1);
            }
        } endIfLeft{process.get()};
        const std::optional<Identity> now = identify(process.get());
        CHECK(now.has_value());
        for (const Identity &before : seen) {
            if (before.pid == now->pid)
                reuse = std::make_pair(before, *now);
        }
        seen.push_back(*now);
        if (reuse) {
            // The old identity names a process that is gone, though its pid is alive.
            CHECK(!reuse->first.sameProcess(reuse->second));
            CHECK(!alive(reuse->first));
            CHECK(alive(reuse->second));
            // A stop for the old identity must not touch the new owner of the pid.
            Strategy stranger({});
            CHECK(stopTree(stranger.stopRequest(reuse->first, 200)) == StopStep::Stale);
            CHECK(alive(reuse->second));
        }
        ResumeThread(thread.get());
        WaitForSingleObject(process.get(), 10000);
    }
    CHECK(reuse.has_value());
}

TEST(aForgedIdentityOfALiveStrangerIsStale)
{
    Strategy stranger({L"deaf"});
    Launched l = launch(stranger.spec);
    CHECK(l.ok());
    Identity forged = l.identity;
    forged.creationTime -= 10'000'000; // a second earlier: the pid, but not this process
    Strategy other({});
    CHECK(stopTree(other.stopRequest(forged, 200)) == StopStep::Stale);
    Sleep(200);
    CHECK(alive(l.identity));
}

TEST(theJobLimitsAreTheStrategys)
{
    Limits limits;
    limits.processMemoryBytes = 256ull * 1024 * 1024;
    limits.activeProcesses = 4;
    const JOBOBJECT_EXTENDED_LIMIT_INFORMATION info = limitInformation(limits);
    CHECK((info.BasicLimitInformation.LimitFlags & JOB_OBJECT_LIMIT_PROCESS_MEMORY) != 0);
    CHECK_EQ(std::uint64_t(info.ProcessMemoryLimit), std::uint64_t(256ull * 1024 * 1024));
    CHECK((info.BasicLimitInformation.LimitFlags & JOB_OBJECT_LIMIT_ACTIVE_PROCESS) != 0);
    CHECK_EQ(info.BasicLimitInformation.ActiveProcessLimit, DWORD(4));
    // The strategy outlives corrald: closing the last handle to its job must not end it.
    CHECK((info.BasicLimitInformation.LimitFlags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) == 0);
    CHECK_EQ(limitInformation(Limits{}).BasicLimitInformation.LimitFlags, DWORD(0));

    // The job takes them (Wine accepts them but neither reports nor enforces them).
    Strategy s({L"echo", L"limited"});
    s.spec.limits = limits;
    Launched l = launch(s.spec);
    CHECK(l.ok());
    CHECK(WaitForSingleObject(l.process.get(), 10000) == WAIT_OBJECT_0);
    CHECK(contains(s.log(), "limited"));
}

TEST(onlyTheGivenHandlesAreInherited)
{
    // An inheritable handle of the launcher's — another strategy's lock, say — must not reach the child.
    Strategy other({});
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    Handle foreignLock(CreateFileW((other.dir + L"other.lock").c_str(), GENERIC_READ | GENERIC_WRITE, 0, &sa,
                                   OPEN_ALWAYS, 0, nullptr));
    CHECK(bool(foreignLock));
    Strategy s({L"sleep", L"1500"});
    Launched l = launch(s.spec);
    CHECK(l.ok());
    foreignLock.reset();
    // Had the child inherited it, the file would stay held until the child ends.
    CHECK(!InstanceLock::isHeld(other.dir + L"other.lock"));
    CHECK(WaitForSingleObject(l.process.get(), 10000) == WAIT_OBJECT_0);
}

int main(int argc, char **argv)
{
    return check::run(argc, argv);
}
