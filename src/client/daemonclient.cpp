// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "daemonclient.h"

#include "daemonstart.h"
#include "errorout.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QThread>

#include <limits>

namespace corral {

namespace {

constexpr int ConnectTimeoutMs = 1000;
constexpr int RetryIntervalMs = 20;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

DaemonClient::DaemonClient(const Paths &paths, QObject *parent)
    : QObject(parent), m_paths(paths), m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::readyRead, this, &DaemonClient::readFrames);
    connect(m_socket, &QLocalSocket::disconnected, this, &DaemonClient::connectionLost);
}

DaemonClient::~DaemonClient() = default;

bool DaemonClient::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

bool DaemonClient::connectToDaemon(QString *error)
{
    if (isConnected())
        return true;
    m_socket->abort();
    m_reader = protocol::FrameReader();
    m_socket->connectToServer(m_paths.ipcName());
    if (m_socket->waitForConnected(ConnectTimeoutMs))
        return true;
    setError(error, QStringLiteral("corrald is not running (%1: %2)").arg(m_paths.ipcName(), m_socket->errorString()));
    m_socket->abort();
    return false;
}

void DaemonClient::disconnectFromDaemon()
{
    m_socket->disconnectFromServer();
}

bool DaemonClient::waitForDisconnected(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (m_socket->state() != QLocalSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        // Events may still arrive before the close; reading them keeps the socket from stalling.
        m_socket->waitForReadyRead(deadline.isForever() ? 1000 : int(qMin<qint64>(deadline.remainingTime(), 1000)));
        readFrames();
    }
    return true;
}

QString DaemonClient::corraldProgram()
{
    const QString fromEnv = qEnvironmentVariable("CORRALD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/corrald" CORRAL_EXE_SUFFIX);
}

bool DaemonClient::startDaemon(QString *error)
{
    const QString program = corraldProgram();
    const QFileInfo info(program);
    if (!info.exists() || !info.isExecutable()) {
        setError(error,
                 QStringLiteral("cannot start corrald: %1 is not an executable program (set CORRALD to its path)")
                     .arg(QDir::toNativeSeparators(program)));
        return false;
    }
    QString reason;
    if (!m_paths.ensureCreated(&reason)) {
        setError(error, QStringLiteral("cannot start corrald: %1").arg(reason));
        return false;
    }
    m_daemonLogSizeAtStart = QFileInfo(m_paths.daemonLogFile()).size();

    QProcess process;
    process.setProgram(program);
    process.setArguments({});
    // corrald outlives this client: it must not hold our terminal or the directory we were started in.
    process.setWorkingDirectory(QDir::homePath());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(m_paths.daemonLogFile(), QIODevice::Append);
    process.setStandardErrorFile(m_paths.daemonLogFile(), QIODevice::Append);
    if (!os::startDetachedDaemon(process)) {
        setError(error, QStringLiteral("cannot start corrald (%1): %2")
                            .arg(QDir::toNativeSeparators(program), process.errorString()));
        return false;
    }
    return true;
}

// What a corrald that failed to come up wrote, so the user sees the reason rather than a timeout.
QString DaemonClient::newDaemonLogLines() const
{
    QFile log(m_paths.daemonLogFile());
    if (m_daemonLogSizeAtStart < 0 || !log.open(QIODevice::ReadOnly) || !log.seek(m_daemonLogSizeAtStart))
        return {};
    const QList<QByteArray> lines = log.read(64 * 1024).split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line);
    }
    return {};
}

bool DaemonClient::ensureDaemon(QString *error, int timeoutMs)
{
    if (connectToDaemon(nullptr))
        return true;
    if (!startDaemon(error))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QThread::msleep(RetryIntervalMs);
        if (connectToDaemon(nullptr))
            return true;
    }
    const QString said = newDaemonLogLines();
    if (!said.isEmpty())
        setError(error, QStringLiteral("corrald did not start: %1").arg(said));
    else
        setError(error, QStringLiteral("corrald did not start within %1 s (see %2)")
                            .arg(seconds(timeoutMs), QDir::toNativeSeparators(m_paths.daemonLogFile())));
    return false;
}

void DaemonClient::readFrames()
{
    m_reader.feed(m_socket->readAll());
    QJsonObject frame;
    while (m_reader.next(&frame)) {
        switch (protocol::messageKind(frame)) {
        case protocol::MessageKind::Response: {
            const QJsonValue id = frame.value(QLatin1String("id"));
            // A request too broken to carry its id is answered with id null: that can only be ours.
            const bool awaited = m_waitingFor >= 0 && !m_waitedResponse &&
                                 (id.isNull() || (id.isDouble() && id.toInteger() == m_waitingFor));
            if (awaited)
                m_waitedResponse = frame;
            else
                emit responseReceived(id.isDouble() ? id.toInteger() : -1, Response::fromFrame(frame));
            break;
        }
        case protocol::MessageKind::Event:
            emit eventReceived(frame);
            break;
        case protocol::MessageKind::Request:
        case protocol::MessageKind::Unknown:
            break;
        }
    }
    // The stream is out of sync for good: nothing more from it can be trusted.
    if (m_reader.hasError() && m_socket->state() != QLocalSocket::UnconnectedState)
        m_socket->abort();
}

Response DaemonClient::call(protocol::Command command, const QJsonObject &args, int timeoutMs)
{
    if (!isConnected())
        return Response::failure(QStringLiteral("not connected to corrald"));
    const qint64 id = m_nextId++;
    const QByteArray frame = protocol::encodeFrame(protocol::makeRequest(id, command, args));
    if (frame.isEmpty())
        return Response::failure(QStringLiteral("the request is too large to send"));
    m_waitingFor = id;
    m_waitedResponse.reset();
    m_socket->write(frame);
    m_socket->flush();

    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    QString failure;
    readFrames();
    while (!m_waitedResponse) {
        if (m_reader.hasError()) {
            setError(&failure, QStringLiteral("bad reply from corrald: %1").arg(m_reader.errorString()));
            break;
        }
        if (!isConnected()) {
            setError(&failure, QStringLiteral("corrald closed the connection (see %1)")
                                   .arg(QDir::toNativeSeparators(m_paths.daemonLogFile())));
            break;
        }
        if (deadline.hasExpired()) {
            setError(&failure, QStringLiteral("corrald did not answer within %1 s").arg(seconds(timeoutMs)));
            break;
        }
        const qint64 left = deadline.remainingTime();
        m_socket->waitForReadyRead(left < 0 ? -1 : int(qMin<qint64>(left, std::numeric_limits<int>::max())));
        readFrames();
    }
    m_waitingFor = -1;
    std::optional<QJsonObject> response;
    response.swap(m_waitedResponse);
    return response ? Response::fromFrame(*response) : Response::failure(failure);
}

qint64 DaemonClient::send(protocol::Command command, const QJsonObject &args)
{
    if (!isConnected())
        return -1;
    const qint64 id = m_nextId++;
    const QByteArray frame = protocol::encodeFrame(protocol::makeRequest(id, command, args));
    if (frame.isEmpty())
        return -1;
    m_socket->write(frame);
    return id;
}

} // namespace corral
