// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Job Objects and exact handle inheritance.
#include "winprocess.h"

#include <algorithm>

namespace corral::win {

std::wstring jobName(const std::wstring &cookie)
{
    // Backslashes separate namespaces in object names; the cookie carries a path-derived tag.
    std::wstring name = L"Local\\corral-job-";
    for (wchar_t c : cookie)
        name += (c == L'\\' || c == L':' || c == L'/') ? L'-' : c;
    return name;
}

JOBOBJECT_EXTENDED_LIMIT_INFORMATION limitInformation(const Limits &limits)
{
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info{};
    // Deliberately no JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: the strategy must outlive corrald.
    if (limits.processMemoryBytes) {
        info.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY;
        info.ProcessMemoryLimit = SIZE_T(limits.processMemoryBytes);
    }
    if (limits.activeProcesses) {
        info.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_ACTIVE_PROCESS;
        info.BasicLimitInformation.ActiveProcessLimit = limits.activeProcesses;
    }
    return info;
}

Handle createJob(const std::wstring &name, const Limits &limits, std::string *error)
{
    Handle job(CreateJobObjectW(nullptr, name.c_str()));
    if (!job) {
        if (error)
            *error = lastError("cannot create job object");
        return job;
    }
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info = limitInformation(limits);
    if (!SetInformationJobObject(job.get(), JobObjectExtendedLimitInformation, &info, sizeof info)) {
        if (error)
            *error = lastError("cannot set the job's limits");
        return Handle();
    }
    return job;
}

Handle openJob(const std::wstring &name, DWORD access)
{
    return Handle(OpenJobObjectW(access, FALSE, name.c_str()));
}

std::vector<DWORD> jobProcesses(HANDLE job)
{
    // Room for a big tree; the call says how many there are if it is bigger still.
    std::vector<unsigned char> buffer(sizeof(JOBOBJECT_BASIC_PROCESS_ID_LIST) + 4096 * sizeof(ULONG_PTR));
    auto *list = reinterpret_cast<JOBOBJECT_BASIC_PROCESS_ID_LIST *>(buffer.data());
    if (!QueryInformationJobObject(job, JobObjectBasicProcessIdList, list, DWORD(buffer.size()), nullptr) &&
        GetLastError() != ERROR_MORE_DATA)
        return {};
    std::vector<DWORD> pids;
    for (DWORD i = 0; i < list->NumberOfProcessIdsInList; ++i)
        pids.push_back(DWORD(list->ProcessIdList[i]));
    return pids;
}

std::vector<DWORD> strategyProcesses(HANDLE job)
{
    static const std::wstring host = L"conhost.exe";
    std::vector<DWORD> pids;
    for (DWORD pid : jobProcesses(job)) {
        const std::optional<Identity> who = identify(pid);
        if (!who)
            continue; // gone since the list was made
        const std::wstring &image = who->image;
        if (image.size() >= host.size() && _wcsicmp(image.c_str() + image.size() - host.size(), host.c_str()) == 0)
            continue;
        pids.push_back(pid);
    }
    return pids;
}

DWORD activeProcesses(HANDLE job)
{
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info{};
    if (!QueryInformationJobObject(job, JobObjectBasicAccountingInformation, &info, sizeof info, nullptr))
        return 0;
    return info.ActiveProcesses;
}

InheritList::~InheritList()
{
    if (m_list)
        DeleteProcThreadAttributeList(m_list);
}

bool InheritList::set(std::vector<HANDLE> handles, std::string *error)
{
    if (m_list) {
        DeleteProcThreadAttributeList(m_list);
        m_list = nullptr;
    }
    // A handle listed twice (stdout and stderr are one handle for a merged log) or a null one makes
    // the list invalid.
    m_handles.clear();
    for (HANDLE h : handles) {
        if (h && h != INVALID_HANDLE_VALUE && std::find(m_handles.begin(), m_handles.end(), h) == m_handles.end())
            m_handles.push_back(h);
    }
    for (HANDLE h : m_handles) {
        // Only inheritable handles may be listed; the list keeps them from reaching anyone else.
        if (!SetHandleInformation(h, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT)) {
            if (error)
                *error = lastError("cannot pass a handle to the child");
            return false;
        }
    }
    SIZE_T size = 0;
    InitializeProcThreadAttributeList(nullptr, 1, 0, &size);
    m_storage.assign(size, 0);
    auto *list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(m_storage.data());
    if (!InitializeProcThreadAttributeList(list, 1, 0, &size)) {
        if (error)
            *error = lastError("cannot prepare the child's handle list");
        return false;
    }
    m_list = list;
    if (!UpdateProcThreadAttribute(m_list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, m_handles.data(),
                                   m_handles.size() * sizeof(HANDLE), nullptr, nullptr)) {
        if (error)
            *error = lastError("cannot set the child's handle list");
        return false;
    }
    return true;
}

bool runsInJob()
{
    BOOL inJob = FALSE;
    return IsProcessInJob(GetCurrentProcess(), nullptr, &inJob) && inJob;
}

bool assignAndResume(HANDLE job, HANDLE process, HANDLE thread, std::string *error)
{
    if (!AssignProcessToJobObject(job, process)) {
        if (error)
            *error = lastError("cannot put the strategy in its job object");
        TerminateProcess(process, 1);
        return false;
    }
    if (ResumeThread(thread) == DWORD(-1)) {
        if (error)
            *error = lastError("cannot resume the strategy");
        TerminateProcess(process, 1);
        return false;
    }
    return true;
}

} // namespace corral::win
