// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Errors, text conversion, identity and command lines: what every other piece needs.
#include "winprocess.h"

namespace corral::win {

std::string toUtf8(const std::wstring &s)
{
    if (s.empty())
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, s.data(), int(s.size()), nullptr, 0, nullptr, nullptr);
    std::string out(size_t(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, s.data(), int(s.size()), out.data(), n, nullptr, nullptr);
    return out;
}

std::wstring fromUtf8(const std::string &s)
{
    if (s.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), nullptr, 0);
    std::wstring out(size_t(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), int(s.size()), out.data(), n);
    return out;
}

std::string lastError(const char *what)
{
    const DWORD code = GetLastError();
    wchar_t *text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    std::string message = std::string(what) + " (error " + std::to_string(code);
    if (text) {
        std::wstring w(text);
        LocalFree(text);
        while (!w.empty() && (w.back() == L'\n' || w.back() == L'\r' || w.back() == L' ' || w.back() == L'.'))
            w.pop_back();
        message += ": " + toUtf8(w);
    }
    return message + ")";
}

std::optional<Identity> identify(HANDLE process)
{
    // A handle stays valid after its process exits; an exited process has no identity any more.
    if (!process || WaitForSingleObject(process, 0) != WAIT_TIMEOUT)
        return std::nullopt;
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(process, &created, &exited, &kernel, &user))
        return std::nullopt;
    Identity id;
    id.pid = GetProcessId(process);
    id.creationTime = (std::uint64_t(created.dwHighDateTime) << 32) | created.dwLowDateTime;
    std::wstring path(32768, L'\0');
    DWORD len = DWORD(path.size());
    if (QueryFullProcessImageNameW(process, 0, path.data(), &len))
        id.image.assign(path.data(), len);
    return id;
}

std::optional<Identity> identify(DWORD pid)
{
    Handle h(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, pid));
    if (!h)
        return std::nullopt;
    return identify(h.get());
}

std::wstring quoteArgument(const std::wstring &argument)
{
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos)
        return argument;
    // Backslashes are literal except before a quote, where they escape in pairs.
    std::wstring out = L"\"";
    size_t backslashes = 0;
    for (wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        if (c == L'"')
            out.append(backslashes * 2 + 1, L'\\');
        else
            out.append(backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\');
    out += L'"';
    return out;
}

std::wstring commandLine(const std::wstring &program, const std::vector<std::wstring> &arguments)
{
    std::wstring line = quoteArgument(program);
    for (const std::wstring &a : arguments)
        line += L' ' + quoteArgument(a);
    return line;
}

} // namespace corral::win
