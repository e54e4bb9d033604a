// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "filecontent.h"
#include "logfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

using corral::LogRotator;

using corral::test::firstDifference;
using corral::test::readAll;

namespace {
void writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(data), data.size());
}

QByteArray numberedLines(int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        out += "line " + QByteArray::number(i) + '\n';
    return out;
}

// Oldest backup first, then the live file: what the writer wrote, if rotation lost nothing.
QByteArray concatenated(const LogRotator &r, const QString &live)
{
    QByteArray all;
    const QStringList backups = r.backupPaths();
    for (auto it = backups.crbegin(); it != backups.crend(); ++it)
        all += readAll(*it);
    return all + readAll(live);
}

// Why live rotation on `dir` cannot promise to lose nothing, or empty when it can.
QString liveRotationUnsafeReason(const QString &dir)
{
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return QStringLiteral("statfs failed");
    if (fs.f_type == TMPFS_MAGIC)
        return QStringLiteral("%1 is on tmpfs, which cannot collapse ranges").arg(dir);
    QFile probe(dir + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::ReadWrite))
        return QStringLiteral("cannot create a probe file");
    struct stat st;
    ::fstat(probe.handle(), &st);
    const qint64 block = qMax<qint64>(st.st_blksize, fs.f_bsize);
    probe.write(QByteArray(block * 2 + 1, 'x'));
    probe.flush();
    const bool ok = ::fallocate(probe.handle(), FALLOC_FL_COLLAPSE_RANGE, 0, block) == 0;
    const int err = errno;
    probe.remove();
    return ok ? QString()
              : QStringLiteral("%1 cannot collapse ranges: %2").arg(dir, QString::fromLocal8Bit(strerror(err)));
#else
    Q_UNUSED(dir)
    return QStringLiteral("only Linux rotates a live log without a window for loss");
#endif
}

} // namespace

class TestLogRotator : public QObject
{
    Q_OBJECT

private slots:
    void missingFile_isFine();
    void belowLimit_leavesFileAlone();
    void exceedsLimit_comparesStrictlyAndZeroMeansNever();
    void rotateIfNeeded_keepsExactlyNBackupsNewestFirst();
    void rotateIfNeeded_zeroBackups_emptiesTheFile();
    void rotateIfNeeded_lowerBackupCount_removesOlderBackups();
    void rotateLive_keepsTheInodeAndLosesNothing();
    void rotateLive_shiftsBackupsAndKeepsExactlyN();
    void rotateLive_zeroBackups_emptiesTheFile();
    void rotateLive_onTmpfs_copiesThenTruncates();
    void rotateLive_whileARealWriterAppends_losesNoByte_data();
    void rotateLive_whileARealWriterAppends_losesNoByte();
    void rotateLive_leftoverStagingFile_becomesABackup();
};

void TestLogRotator::missingFile_isFine()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    LogRotator r(log, 10, 3);
    QString error;
    QVERIFY2(r.rotateIfNeeded(&error), qPrintable(error));
    QVERIFY2(r.rotateLive(&error), qPrintable(error));
    QVERIFY(!r.exceedsLimit());
    QVERIFY(r.backupPaths().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestLogRotator::belowLimit_leavesFileAlone()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    writeFile(log, "0123456789");
    LogRotator r(log, 10, 3);
    QVERIFY(r.rotateIfNeeded());
    QCOMPARE(readAll(log), QByteArray("0123456789"));
    QVERIFY(r.backupPaths().isEmpty());
}

void TestLogRotator::exceedsLimit_comparesStrictlyAndZeroMeansNever()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    writeFile(log, QByteArray(100, 'x'));
    QVERIFY(!LogRotator(log, 100, 1).exceedsLimit());
    QVERIFY(LogRotator(log, 99, 1).exceedsLimit());
    QVERIFY(!LogRotator(log, 0, 1).exceedsLimit());
    QVERIFY(LogRotator(log, 0, 1).rotateIfNeeded());
    QCOMPARE(QFileInfo(log).size(), 100);
}

void TestLogRotator::rotateIfNeeded_keepsExactlyNBackupsNewestFirst()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    constexpr int Backups = 3;
    LogRotator r(log, 50, Backups);
    const auto generation = [](int g) {
        return QByteArray("generation ") + QByteArray::number(g) + QByteArray(60, '.');
    };

    for (int g = 0; g < 10; ++g) {
        writeFile(log, generation(g));
        QString error;
        QVERIFY2(r.rotateIfNeeded(&error), qPrintable(error));
        QVERIFY(!QFile::exists(log));

        const int kept = qMin(g + 1, Backups);
        QStringList expectedPaths;
        for (int k = 1; k <= kept; ++k) {
            expectedPaths << log + QLatin1Char('.') + QString::number(k);
            QCOMPARE(readAll(expectedPaths.last()), generation(g - k + 1));
        }
        QCOMPARE(r.backupPaths(), expectedPaths);
        QVERIFY(!QFile::exists(log + QStringLiteral(".4")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), kept);
    }
}

void TestLogRotator::rotateIfNeeded_zeroBackups_emptiesTheFile()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    writeFile(log, QByteArray(100, 'x'));
    LogRotator r(log, 10, 0);
    QVERIFY(r.rotateIfNeeded());
    QVERIFY(QFile::exists(log));
    QCOMPARE(QFileInfo(log).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.log")});
}

void TestLogRotator::rotateIfNeeded_lowerBackupCount_removesOlderBackups()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    for (int i = 1; i <= 5; ++i)
        writeFile(log + QLatin1Char('.') + QString::number(i), QByteArray::number(i));
    writeFile(log, QByteArray(100, 'x'));
    LogRotator r(log, 10, 2);
    QVERIFY(r.rotateIfNeeded());
    QCOMPARE(readAll(log + QStringLiteral(".1")), QByteArray(100, 'x'));
    QCOMPARE(readAll(log + QStringLiteral(".2")), QByteArray("1"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             (QStringList{QStringLiteral("s.log.1"), QStringLiteral("s.log.2")}));
}

void TestLogRotator::rotateLive_keepsTheInodeAndLosesNothing()
{
    // On the build directory's disk, so that Linux takes the collapse path.
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/rotate-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("s.log"));
    QFile writer(log);
    QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray before = numberedLines(0, 20000); // not a multiple of any block size
    QCOMPARE(writer.write(before), before.size());

    LogRotator r(log, 1000, 3);
    QString error;
    QVERIFY2(r.rotateLive(&error), qPrintable(error));
    QCOMPARE(r.backupPaths().size(), 1);
    QVERIFY(QFileInfo(log).size() < before.size());
    QVERIFY(QFileInfo(log).size() < 64 * 1024); // at most the unaligned tail of the last block(s)

    // The writer's descriptor still refers to the live file and carries on at its new end.
    const QByteArray after = numberedLines(20000, 20010);
    QCOMPARE(writer.write(after), after.size());
    QCOMPARE(firstDifference(concatenated(r, log), before + after), QString());
}

void TestLogRotator::rotateLive_shiftsBackupsAndKeepsExactlyN()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/rotate-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("s.log"));
    LogRotator r(log, 1000, 2);
    QByteArray written;
    QList<QByteArray> generations;
    for (int g = 0; g < 5; ++g) {
        const QByteArray chunk = numberedLines(g * 10000, g * 10000 + 10000);
        writeFile(log, chunk, QIODevice::WriteOnly | QIODevice::Append);
        written += chunk;
        const QByteArray liveBefore = readAll(log);
        QString error;
        QVERIFY2(r.rotateLive(&error), qPrintable(error));
        generations.prepend(readAll(log + QStringLiteral(".1")));
        // The new backup plus what stayed live is exactly what was live before.
        QCOMPARE(firstDifference(generations.first() + readAll(log), liveBefore), QString());
        QCOMPARE(r.backupPaths().size(), qMin(g + 1, 2));
    }
    QCOMPARE(readAll(log + QStringLiteral(".2")), generations.at(1));
    QVERIFY(!QFile::exists(log + QStringLiteral(".3")));
}

void TestLogRotator::rotateLive_zeroBackups_emptiesTheFile()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("s.log"));
    writeFile(log, numberedLines(0, 10000));
    LogRotator r(log, 10, 0);
    QVERIFY(r.rotateLive());
    QCOMPARE(QFileInfo(log).size(), 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("s.log")});
}

void TestLogRotator::rotateLive_onTmpfs_copiesThenTruncates()
{
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC)
        QSKIP("no tmpfs at /dev/shm to exercise the copy + truncate fallback");
    QTemporaryDir dir(QStringLiteral("/dev/shm/corral-rotate-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("s.log"));
    const QByteArray content = numberedLines(0, 300000); // more than one copy chunk
    writeFile(log, content);
    LogRotator r(log, 10, 2);
    QString error;
    QVERIFY2(r.rotateLive(&error), qPrintable(error));
    QCOMPARE(QFileInfo(log).size(), 0);
    QCOMPARE(firstDifference(readAll(log + QStringLiteral(".1")), content), QString());
#else
    QSKIP("tmpfs is a Linux test");
#endif
}

void TestLogRotator::rotateLive_whileARealWriterAppends_losesNoByte_data()
{
    // Whether the backup is synced before the cut changes when the bytes reach the disk, never which bytes
    // end up where.
    QTest::addColumn<LogRotator::BackupSync>("sync");
    QTest::newRow("backup synced before the cut") << LogRotator::BackupSync::BeforeCut;
    QTest::newRow("cut again within 30 s, not synced") << LogRotator::BackupSync::NotNeeded;
}

void TestLogRotator::rotateLive_whileARealWriterAppends_losesNoByte()
{
    QFETCH(LogRotator::BackupSync, sync);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/rotate-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString unsafe = liveRotationUnsafeReason(dir.path());
    if (!unsafe.isEmpty())
        QSKIP(qPrintable(unsafe));

    constexpr int Lines = 200000;
    constexpr int Backups = 1000; // far more than rotations, so none is deleted
    const QString log = dir.filePath(QStringLiteral("s.log"));
    LogRotator r(log, 32 * 1024, Backups);

    // The shell opens the log once with O_APPEND (>>) and writes one line per write(2), like a strategy.
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("i=0; while [ $i -lt %1 ]; do echo line $i; i=$((i+1)); done >> \"$1\"").arg(Lines),
                  QStringLiteral("sh"), log});
    const auto stopWriter = qScopeGuard([&writer] {
        if (writer.state() != QProcess::NotRunning) {
            writer.kill();
            writer.waitForFinished(5000);
        }
    });
    QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));

    int rotations = 0;
    while (writer.state() != QProcess::NotRunning) {
        if (r.exceedsLimit()) {
            QString error;
            QVERIFY2(r.rotateLive(&error, sync), qPrintable(error));
            ++rotations;
        }
        writer.waitForFinished(2);
    }
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);

    QVERIFY2(rotations >= 10, qPrintable(QStringLiteral("only %1 rotations happened").arg(rotations)));
    QCOMPARE(r.backupPaths().size(), rotations);
    QCOMPARE(firstDifference(concatenated(r, log), numberedLines(0, Lines)), QString());
}

void TestLogRotator::rotateLive_leftoverStagingFile_becomesABackup()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/rotate-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("s.log"));
    // What a rotation that failed after its cut leaves: the only copy of the lines cut.
    writeFile(LogRotator::rotatingPath(log), numberedLines(0, 100));
    const QByteArray live = numberedLines(100, 20000);
    writeFile(log, live);
    LogRotator r(log, 1000, 3);
    QString error;
    QVERIFY2(r.rotateLive(&error), qPrintable(error));
    QVERIFY(!QFile::exists(LogRotator::rotatingPath(log)));
    QCOMPARE(r.backupPaths().size(), 2);
    QCOMPARE(readAll(log + QStringLiteral(".2")), numberedLines(0, 100));
    QCOMPARE(firstDifference(readAll(log + QStringLiteral(".1")) + readAll(log), live), QString());
}

QTEST_GUILESS_MAIN(TestLogRotator)
#include "tst_logrotator.moc"
