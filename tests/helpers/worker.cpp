// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// A strategy for the tests that run on every OS (Windows under Wine too), where there is no sh or sleep:
//   corral_test_worker [--mark DIR] MODE ARGS...
//     lines MS [WIDTH [COUNT]]  prints "line N" (N from 1, padded to WIDTH characters) every MS ms, flushed;
//                          after COUNT lines (0: no end) it goes quiet
//     tree FILE            starts a child that starts a grandchild (copies of this program) and writes
//                          "main PID", "child PID", "grandchild PID" lines into FILE once all three run
//     launch FILE          starts a copy in wait mode, writes "bot PID" into FILE and exits, as a launcher
//                          script does (`nohup bot & exit 0`)
//     ignore-interrupt     ignores the polite stop (SIGTERM and SIGINT; the console interrupt on Windows)
//     exit CODE MS         exits with CODE after MS ms
//     wait                 does nothing until it is ended
//   --mark DIR creates DIR/<pid> first: a test counts the processes that were started by the files there.
// Every mode but exit runs until it is ended.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

#include <chrono>
#include <cstdio>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

namespace {

// ---- The two things each OS does its own way ------------------------------------------------------

#ifdef Q_OS_WIN
BOOL WINAPI swallowInterrupt(DWORD)
{
    return TRUE;
}

void ignorePoliteStop()
{
    SetConsoleCtrlHandler(swallowInterrupt, TRUE);
}

// Qt gives a detached child a console of its own when ours has no window (a strategy's has none); a
// strategy's children share its console, as those of a Python bot's subprocess.Popen do.
void shareConsole(QProcess &process)
{
    process.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *args) {
        args->flags &= ~DWORD(CREATE_NO_WINDOW | CREATE_NEW_CONSOLE | DETACHED_PROCESS);
    });
}
#else
void ignorePoliteStop()
{
    std::signal(SIGTERM, SIG_IGN);
    std::signal(SIGINT, SIG_IGN);
}

void shareConsole(QProcess &) {}
#endif

// ---- The modes ------------------------------------------------------------------------------------

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void waitForever()
{
    for (;;)
        std::this_thread::sleep_for(std::chrono::hours(1));
}

[[noreturn]] void printLines(int intervalMs, int width, int count)
{
    for (qint64 n = 1; count == 0 || n <= count; ++n) {
        QByteArray line = "line " + QByteArray::number(n).rightJustified(9, '0');
        if (line.size() < width)
            line += ' ' + QByteArray(width - line.size() - 1, 'x');
        say(line);
        std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
    }
    waitForever();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

qint64 startCopy(const QStringList &args)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(args);
    shareConsole(process);
    qint64 pid = 0;
    return process.startDetached(&pid) ? pid : 0;
}

// The child's pid comes from startDetached; the grandchild's from the child, through FILE.child.
int startTree(const QString &file)
{
    const QString childFile = file + QStringLiteral(".child");
    const qint64 child = startCopy({QStringLiteral("tree-child"), childFile});
    if (child == 0) {
        std::fprintf(stderr, "corral_test_worker: cannot start the child\n");
        return 1;
    }
    QDeadlineTimer deadline(20000);
    QByteArray grandchild;
    while (grandchild.isEmpty() && !deadline.hasExpired()) {
        QFile f(childFile);
        if (f.open(QIODevice::ReadOnly))
            grandchild = f.readAll();
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (grandchild.isEmpty()) {
        std::fprintf(stderr, "corral_test_worker: the child never told its grandchild's pid\n");
        return 1;
    }
    const QByteArray family = "main " + QByteArray::number(QCoreApplication::applicationPid()) + "\nchild " +
                              QByteArray::number(child) + '\n' + grandchild;
    if (!writeFile(file, family))
        return 1;
    say("tree ready");
    waitForever();
}

int startTreeChild(const QString &childFile)
{
    const qint64 grandchild = startCopy({QStringLiteral("wait")});
    if (grandchild == 0 || !writeFile(childFile, "grandchild " + QByteArray::number(grandchild) + '\n'))
        return 1;
    waitForever();
}

// What a launcher script does (`nohup bot & exit 0`): starts the real program, tells its pid in FILE
// ("bot PID"), and leaves.
int launch(const QString &file)
{
    const qint64 bot = startCopy({QStringLiteral("wait")});
    if (bot == 0 || !writeFile(file, "bot " + QByteArray::number(bot) + '\n'))
        return 1;
    return 0;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: corral_test_worker [--mark DIR] lines MS [WIDTH [COUNT]] | tree FILE | ignore-interrupt "
                 "| launch FILE | exit CODE MS | wait\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.first() == QLatin1String("--mark")) {
        const QString mark = QDir(args.at(1)).filePath(QString::number(QCoreApplication::applicationPid()));
        if (!writeFile(mark, {}))
            return 1;
        args = args.mid(2);
    }
    if (args.isEmpty())
        return usage();
    const QString mode = args.takeFirst();
    bool ok = true;
    const auto number = [&](int i, int fallback) {
        bool good = true;
        const int n = i < args.size() ? args.at(i).toInt(&good) : fallback;
        ok = ok && good;
        return n;
    };

    if (mode == QLatin1String("lines") && !args.isEmpty()) {
        const int intervalMs = number(0, 0);
        const int width = number(1, 0);
        const int count = number(2, 0);
        if (!ok || intervalMs < 0 || count < 0)
            return usage();
        printLines(intervalMs, width, count);
    }
    if (mode == QLatin1String("tree") && args.size() == 1)
        return startTree(args.first());
    if (mode == QLatin1String("tree-child") && args.size() == 1)
        return startTreeChild(args.first());
    if (mode == QLatin1String("launch") && args.size() == 1)
        return launch(args.first());
    if (mode == QLatin1String("ignore-interrupt") && args.isEmpty()) {
        ignorePoliteStop();
        say("ignoring the polite stop");
        waitForever();
    }
    if (mode == QLatin1String("exit") && args.size() == 2) {
        const int code = number(0, 0);
        const int afterMs = number(1, 0);
        if (!ok)
            return usage();
        std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
        return code;
    }
    if (mode == QLatin1String("wait") && args.isEmpty())
        waitForever();
    return usage();
}
