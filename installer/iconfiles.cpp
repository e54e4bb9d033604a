// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// corral_icons ICO ICNS: renders the application icon (appIcon(), the drawing resources/icons/corral.svg
// mirrors) into a Windows .ico and a macOS .icns. Not part of the build: its output is kept in
// installer/windows and installer/macos; run it again after changing the drawing (docs/packaging.md).
#include "stateicons.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(const QIcon &icon, int size)
{
    QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
    if (image.size() != QSize(size, size))
        image = image.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T> void put(QByteArray &out, T value, bool bigEndian)
{
    char bytes[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, bytes);
    else
        qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// The classic icon image every Windows version reads: a BITMAPINFOHEADER, 32-bit BGRA rows bottom-up
// (QImage::Format_ARGB32 is BGRA in memory on little-endian machines, which Windows always is), then
// the 1-bit AND mask, set where the pixel is transparent.
QByteArray dib(const QImage &image)
{
    const int w = image.width(), h = image.height();
    const int maskStride = ((w + 31) / 32) * 4;
    QByteArray out;
    put<quint32>(out, 40, false);
    put<qint32>(out, w, false);
    put<qint32>(out, h * 2, false); // the XOR image and the AND mask
    put<quint16>(out, 1, false);
    put<quint16>(out, 32, false);
    put<quint32>(out, 0, false); // BI_RGB
    put<quint32>(out, quint32(w * h * 4 + maskStride * h), false);
    for (int i = 0; i < 4; ++i)
        put<quint32>(out, 0, false);
    for (int y = h - 1; y >= 0; --y)
        for (int x = 0; x < w; ++x) {
            const QRgb p = image.pixel(x, y);
            const char bgra[4] = {char(qBlue(p)), char(qGreen(p)), char(qRed(p)), char(qAlpha(p))};
            out.append(bgra, 4);
        }
    for (int y = h - 1; y >= 0; --y) {
        QByteArray row(maskStride, '\0');
        for (int x = 0; x < w; ++x)
            if (qAlpha(image.pixel(x, y)) == 0)
                row[x / 8] = char(row.at(x / 8) | (0x80 >> (x % 8)));
        out.append(row);
    }
    return out;
}

// 16 to 128 as bitmaps, 256 as PNG: the layout Windows Vista introduced and NSIS and rc accept.
QByteArray ico(const QIcon &icon)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images << (size == 256 ? png(render(icon, size)) : dib(render(icon, size)));
    QByteArray out;
    put<quint16>(out, 0, false);
    put<quint16>(out, 1, false); // an icon, not a cursor
    put<quint16>(out, quint16(sizes.size()), false);
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size == 256 ? 0 : size)); // 0 means 256
        out.append(char(size == 256 ? 0 : size));
        out.append('\0'); // no palette
        out.append('\0');
        put<quint16>(out, 1, false);  // planes
        put<quint16>(out, 32, false); // bits per pixel
        put<quint32>(out, quint32(images.at(i).size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// Apple's icon family: 'icns', the total length, then (type, length, PNG) for each size; the @2x types
// carry the same pixels as the next size up.
QByteArray icns(const QIcon &icon)
{
    const QList<QPair<QByteArray, int>> entries{{"icp4", 16},  {"icp5", 32}, {"icp6", 64}, {"ic07", 128},
                                                {"ic08", 256}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray data = png(render(icon, size));
        body.append(type);
        put<quint32>(body, quint32(8 + data.size()), true);
        body.append(data);
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(8 + body.size()), true);
    return out + body;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size())
        return true;
    std::fprintf(stderr, "corral_icons: cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: corral_icons OUT.ico OUT.icns\n");
        return 2;
    }
    const QIcon icon = corral::gui::appIcon();
    return write(args.at(1), ico(icon)) && write(args.at(2), icns(icon)) ? 0 : 1;
}
