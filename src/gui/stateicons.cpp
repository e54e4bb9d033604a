// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "stateicons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace corral::gui {

using protocol::State;

QString stateText(State state)
{
    // English shows the protocol's words; "backoff" is the wait before a restart after a crash.
    switch (state) {
    case State::Stopped:
        return QCoreApplication::translate("State", "stopped");
    case State::Starting:
        return QCoreApplication::translate("State", "starting");
    case State::Running:
        return QCoreApplication::translate("State", "running");
    case State::Stopping:
        return QCoreApplication::translate("State", "stopping");
    case State::Backoff:
        //: Waiting to restart after a crash (the status bar counts these as "restarting").
        return QCoreApplication::translate("State", "backoff");
    case State::Failed:
        //: Gave up after failing too often in a row.
        return QCoreApplication::translate("State", "failed");
    }
    return protocol::stateName(state);
}

QColor stateColor(State state)
{
    switch (state) {
    case State::Running:
        return QColor(0x2e, 0xa0, 0x43);
    case State::Starting:
    case State::Stopping:
        return QColor(0x3b, 0x82, 0xd6);
    case State::Backoff:
        return QColor(0xe0, 0x9b, 0x16);
    case State::Failed:
        return QColor(0xd6, 0x33, 0x2f);
    case State::Stopped:
        break;
    }
    return QColor(0x9a, 0x9f, 0xa6);
}

namespace {

QPixmap dot(const QColor &color, int size, qreal dpr, bool ring)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.2;
    const QRectF r(margin, margin, size - 2 * margin, size - 2 * margin);
    p.setPen(QPen(color.darker(130), qMax(1.0, size / 16.0)));
    p.setBrush(ring ? Qt::transparent : QBrush(color));
    p.drawEllipse(r);
    return pixmap;
}

QIcon dotIcon(const QColor &color, bool ring = false)
{
    QIcon icon;
    for (int size : {16, 22, 32})
        for (qreal dpr : {1.0, 2.0})
            icon.addPixmap(dot(color, size, dpr, ring));
    return icon;
}

QPixmap corralPixmap(int size, const QColor &center)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // The fence: a dark ring of posts.
    p.setPen(QPen(QColor(0x5b, 0x3a, 0x1e), s * 0.09, Qt::DotLine, Qt::RoundCap));
    p.setBrush(QColor(0xf4, 0xe7, 0xd1));
    p.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84));
    p.setPen(Qt::NoPen);
    p.setBrush(center);
    p.drawEllipse(QRectF(s * 0.32, s * 0.32, s * 0.36, s * 0.36));
    return pixmap;
}

QIcon corralIcon(const QColor &center)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(corralPixmap(size, center));
    return icon;
}

} // namespace

QIcon stateIcon(State state)
{
    // Stopped is hollow: a glance down the column finds the live ones.
    return dotIcon(stateColor(state), state == State::Stopped);
}

QIcon healthIcon(Health health)
{
    switch (health) {
    case Health::Running:
        return corralIcon(stateColor(State::Running));
    case Health::Trouble:
        return corralIcon(stateColor(State::Backoff));
    case Health::Failed:
        return corralIcon(stateColor(State::Failed));
    case Health::Idle:
        break;
    }
    return corralIcon(stateColor(State::Stopped));
}

QIcon appIcon()
{
    return corralIcon(stateColor(State::Running));
}

} // namespace corral::gui
