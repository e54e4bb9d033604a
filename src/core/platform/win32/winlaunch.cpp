// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Starting a strategy: suspended, put in its job, then resumed, with exactly its log, stdin and lock.
#include "winprocess.h"

namespace corral::win {

namespace {

std::wstring environmentBlock(const std::vector<std::wstring> &environment)
{
    std::wstring block;
    for (const std::wstring &entry : environment) {
        block += entry;
        block += L'\0';
    }
    block += L'\0';
    return block;
}

Handle openInheritable(const std::wstring &path, DWORD access, DWORD disposition)
{
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, FALSE};
    // FILE_SHARE_DELETE lets the log be rotated (renamed) while the strategy writes to it.
    return Handle(CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, &sa,
                              disposition, FILE_ATTRIBUTE_NORMAL, nullptr));
}

} // namespace

Launched launch(const LaunchSpec &spec)
{
    Launched result;
    InstanceLock lock;
    switch (lock.tryAcquire(spec.lockPath, &result.error)) {
    case InstanceLock::Result::Acquired:
        break;
    case InstanceLock::Result::HeldElsewhere:
        result.status = Launched::Status::AlreadyRunning;
        return result;
    case InstanceLock::Result::Failed:
        return result;
    }

    // FILE_APPEND_DATA without FILE_WRITE_DATA: every write lands at the end, whoever else appends.
    Handle log = openInheritable(spec.logPath, FILE_APPEND_DATA | SYNCHRONIZE, OPEN_ALWAYS);
    if (!log) {
        result.error = lastError(("cannot open log file " + toUtf8(spec.logPath)).c_str());
        return result;
    }
    Handle input = openInheritable(L"NUL", GENERIC_READ, OPEN_EXISTING);
    if (!input) {
        result.error = lastError("cannot open NUL");
        return result;
    }
    Handle job = createJob(jobName(spec.cookie), spec.limits, &result.error);
    if (!job)
        return result;

    InheritList inherit;
    if (!inherit.set({input.get(), log.get(), lock.handle()}, &result.error))
        return result;
    STARTUPINFOEXW startup{};
    startup.StartupInfo.cb = sizeof startup;
    startup.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    startup.StartupInfo.hStdInput = input.get();
    startup.StartupInfo.hStdOutput = log.get();
    startup.StartupInfo.hStdError = log.get();
    startup.lpAttributeList = inherit.attributes();

    std::wstring line = commandLine(spec.program, spec.arguments);
    std::wstring environment = environmentBlock(spec.environment);
    PROCESS_INFORMATION info{};
    const auto create = [&](DWORD flags) {
        return CreateProcessW(spec.program.c_str(), line.data(), nullptr, nullptr, TRUE, flags,
                              spec.environment.empty() ? nullptr : environment.data(),
                              spec.workingDirectory.empty() ? nullptr : spec.workingDirectory.c_str(),
                              &startup.StartupInfo, &info);
    };
    const bool breakaway = runsInJob();
    if (!(breakaway && create(StrategyCreationFlags | CREATE_BREAKAWAY_FROM_JOB)) && !create(StrategyCreationFlags)) {
        result.error = lastError(("cannot start " + toUtf8(spec.program)).c_str());
        return result;
    }
    Handle process(info.hProcess);
    Handle thread(info.hThread);
    if (!assignAndResume(job.get(), process.get(), thread.get(), &result.error))
        return result;

    if (const std::optional<Identity> id = identify(process.get())) {
        result.identity = *id;
    } else {
        // Already over (a job that runs for a moment): still a successful start.
        result.identity.pid = info.dwProcessId;
    }
    result.process = std::move(process);
    result.status = Launched::Status::Started;
    // Our copies of the lock, log and job close here; the strategy's inherited ones keep them alive.
    return result;
}

} // namespace corral::win
