// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Arbitrary bytes as strategies.json.
//
// The input is written to a file and loaded the way corrald loads it, reporting every error. A rejected
// file must say why, with lines that exist in the file. An accepted one must pass validation::checkAll on
// its own, save into a fresh directory, load back equal, and save again byte for byte the same, with the
// previous text kept as the .bak.

#include "configstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace corral;

namespace {

QTemporaryDir *workDir = nullptr;

[[noreturn]] void fail(const char *why)
{
    fprintf(stderr, "fuzz_config: invariant broken: %s\n", why);
    // The trap skips destructors; do not leave a directory in /dev/shm for every crash.
    if (workDir)
        workDir->remove();
    __builtin_trap();
}

void check(bool condition, const char *why)
{
    if (!condition)
        fail(why);
}

QString pathIn(const QString &name)
{
    return workDir->filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    check(file.open(QIODevice::ReadOnly), "cannot read back a file just written");
    return file.readAll();
}

void writeInput(const QString &path, const QByteArray &data)
{
    QFile file(path);
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input file");
    check(file.write(data) == data.size(), "cannot write the input file");
}

void checkErrors(const QList<ConfigError> &errors, const QString &path, const QByteArray &data)
{
    check(!errors.isEmpty(), "a rejected config reports no error");
    const int lines = int(data.count('\n')) + 1;
    for (const ConfigError &error : errors) {
        check(!error.message.isEmpty(), "an error without a message");
        check(error.file == path, "an error names another file");
        check(error.line >= 1 && error.line <= lines, "an error points at a line the file does not have");
        check(!error.toString().isEmpty(), "an error prints as nothing");
    }
}

void checkRoundTrip(const QList<Strategy> &loaded)
{
    check(validation::checkAll(loaded).isEmpty(), "a loaded config does not validate");

    const QString savedPath = pathIn(QStringLiteral("out/strategies.json"));
    QFile::remove(savedPath);
    QFile::remove(savedPath + QStringLiteral(".bak"));
    const ConfigStore store(savedPath);

    ConfigError error;
    check(store.save(loaded, &error), "a loaded config does not save");
    const QByteArray firstText = readAll(savedPath);

    QList<Strategy> reloaded;
    QList<ConfigError> errors;
    if (!store.loadWithAllErrors(&reloaded, &errors)) {
        for (const ConfigError &e : errors)
            fprintf(stderr, "  %s\n", qPrintable(e.toString()));
        fail("a saved config does not load");
    }
    if (reloaded != loaded) {
        fprintf(stderr, "saved text:\n%s\n", firstText.constData());
        for (qsizetype i = 0; i < std::min(loaded.size(), reloaded.size()); ++i) {
            if (loaded.at(i) != reloaded.at(i))
                fprintf(stderr, "strategies[%lld] was\n  %s\nand reads back as\n  %s\n", static_cast<long long>(i),
                        QJsonDocument(strategyToJson(loaded.at(i))).toJson(QJsonDocument::Compact).constData(),
                        QJsonDocument(strategyToJson(reloaded.at(i))).toJson(QJsonDocument::Compact).constData());
        }
        fail("a saved config loads back different");
    }

    check(store.save(reloaded, &error), "a reloaded config does not save over its own file");
    check(readAll(savedPath) == firstText, "saving the same strategies twice writes different text");
    check(readAll(savedPath + QStringLiteral(".bak")) == firstText, "the backup is not the previous text");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every save syncs to disk (QSaveFile); on tmpfs that is free, and the fuzzer runs many times faster.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/corral-fuzz-config-XXXXXX"));
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("out"))) {
        fprintf(stderr, "fuzz_config: cannot create a temporary directory\n");
        abort();
    }
    workDir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString inputPath = pathIn(QStringLiteral("strategies.json"));
    writeInput(inputPath, text);

    QList<Strategy> loaded;
    QList<ConfigError> errors;
    if (!ConfigStore(inputPath).loadWithAllErrors(&loaded, &errors)) {
        checkErrors(errors, inputPath, text);
        return 0;
    }
    check(errors.isEmpty(), "an accepted config reports errors");
    checkRoundTrip(loaded);
    return 0;
}
