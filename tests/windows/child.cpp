// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corral_win_child MODE …: the programs the Windows tests start as strategies.
//   echo TEXT          TEXT to stdout, "err:TEXT" to stderr, exit 0
//   argv               each argument on a line of its own, between [ ]
//   sleep MS           sleep, default console handling
//   handler            exits 0 on the console interrupt, saying so
//   deaf MS            ignores the console interrupt; sleeps
//   window             ignores the console interrupt; exits 0 on WM_CLOSE
//   stubborn           ignores the console interrupt and WM_CLOSE
//   tree FILE N        starts N sleeping children and one detached grandchild-maker, writes every pid
//                      and creation time to FILE, ignores the console interrupt
//   spawn [MS]         starts one child sleeping MS ms (default 10), prints "spawned" or "refused", exits
//   hog MB             keeps MB of touched memory, says "hogging", sleeps
#include "winprocess.h"

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <vector>

using namespace corral::win;

namespace {

BOOL WINAPI ignoreInterrupt(DWORD)
{
    return TRUE;
}

BOOL WINAPI exitOnInterrupt(DWORD event)
{
    std::printf("interrupted by %s\n", event == CTRL_BREAK_EVENT ? "CTRL_BREAK" : "CTRL_C");
    std::fflush(stdout);
    ExitProcess(0);
}

std::wstring self()
{
    wchar_t path[MAX_PATH * 2];
    GetModuleFileNameW(nullptr, path, DWORD(std::size(path)));
    return path;
}

// A plain child: inherits nothing but lands in our job, as any child of a strategy does.
PROCESS_INFORMATION start(const std::vector<std::wstring> &args, DWORD flags)
{
    std::wstring line = commandLine(self(), args);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info{};
    CreateProcessW(nullptr, line.data(), nullptr, nullptr, FALSE, flags, nullptr, nullptr, &startup, &info);
    return info;
}

LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM w, LPARAM l)
{
    if (message == WM_CLOSE) {
        if (GetWindowLongPtrW(window, GWLP_USERDATA))
            return 0; // stubborn
        PostQuitMessage(0);
        return 0;
    }
    return DefWindowProcW(window, message, w, l);
}

int runWindow(bool stubborn)
{
    SetConsoleCtrlHandler(ignoreInterrupt, TRUE);
    WNDCLASSW cls{};
    cls.lpfnWndProc = windowProc;
    cls.hInstance = GetModuleHandleW(nullptr);
    cls.lpszClassName = L"CorralTestWindow";
    RegisterClassW(&cls);
    HWND window = CreateWindowW(cls.lpszClassName, L"corral test", WS_OVERLAPPEDWINDOW, 0, 0, 100, 100, nullptr,
                                nullptr, cls.hInstance, nullptr);
    if (!window) {
        std::printf("no window\n");
        return 3;
    }
    SetWindowLongPtrW(window, GWLP_USERDATA, stubborn ? 1 : 0);
    std::printf("window up\n");
    std::fflush(stdout);
    MSG msg;
    while (GetMessageW(&msg, nullptr, 0, 0) > 0)
        DispatchMessageW(&msg);
    std::printf("closed\n");
    return 0;
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    const std::wstring mode = argc > 1 ? argv[1] : L"";
    if (mode == L"echo" && argc > 2) {
        std::printf("%s\n", toUtf8(argv[2]).c_str());
        std::fflush(stdout);
        std::fprintf(stderr, "err:%s\n", toUtf8(argv[2]).c_str());
        return 0;
    }
    if (mode == L"argv") {
        for (int i = 2; i < argc; ++i)
            std::printf("[%s]\n", toUtf8(argv[i]).c_str());
        return 0;
    }
    if (mode == L"sleep") {
        Sleep(argc > 2 ? DWORD(_wtoi(argv[2])) : 60000);
        return 0;
    }
    if (mode == L"handler") {
        // A console program that handles the interrupt: the handler runs, it cleans up and leaves.
        SetConsoleCtrlHandler(nullptr, FALSE);
        SetConsoleCtrlHandler(exitOnInterrupt, TRUE);
        std::printf("handler ready\n");
        std::fflush(stdout);
        Sleep(60000);
        return 1;
    }
    if (mode == L"deaf") {
        SetConsoleCtrlHandler(nullptr, FALSE);
        SetConsoleCtrlHandler(ignoreInterrupt, TRUE);
        Sleep(argc > 2 ? DWORD(_wtoi(argv[2])) : 60000);
        return 0;
    }
    if (mode == L"window" || mode == L"stubborn")
        return runWindow(mode == L"stubborn");
    if (mode == L"tree" && argc > 3) {
        SetConsoleCtrlHandler(nullptr, FALSE);
        SetConsoleCtrlHandler(ignoreInterrupt, TRUE);
        FILE *out = _wfopen(argv[2], L"w");
        const int n = _wtoi(argv[3]);
        std::vector<PROCESS_INFORMATION> started;
        for (int i = 0; i < n; ++i)
            started.push_back(start({L"deaf"}, 0));
        // A child that leaves our console and group, the way a daemonising program would.
        started.push_back(start({L"deaf"}, DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP));
        for (const PROCESS_INFORMATION &p : started) {
            if (const auto id = identify(p.hProcess))
                std::fprintf(out, "%lu %llu\n", id->pid, static_cast<unsigned long long>(id->creationTime));
        }
        std::fclose(out);
        Sleep(60000);
        return 0;
    }
    if (mode == L"hog" && argc > 2) {
        const size_t bytes = size_t(_wtoi(argv[2])) * 1024 * 1024;
        std::vector<char> memory(bytes);
        for (size_t i = 0; i < bytes; i += 4096)
            memory[i] = char(i);
        std::printf("hogging\n");
        std::fflush(stdout);
        Sleep(60000);
        return memory[bytes / 2];
    }
    if (mode == L"spawn") {
        PROCESS_INFORMATION p = start({L"sleep", argc > 2 ? argv[2] : L"10"}, 0);
        std::printf(p.hProcess ? "spawned\n" : "refused\n");
        return 0;
    }
    std::fprintf(stderr, "corral_win_child: unknown mode\n");
    return 2;
}
