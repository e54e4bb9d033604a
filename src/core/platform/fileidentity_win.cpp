// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "fileidentity.h"

#include <QDir>
#include <qt_windows.h>

namespace corral {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    // Attributes only, sharing everything: looking must never stop corrald from rotating the file.
    HANDLE handle =
        ::CreateFileW(native.c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return id;
    BY_HANDLE_FILE_INFORMATION info;
    if (::GetFileInformationByHandle(handle, &info)) {
        id.exists = true;
        id.device = info.dwVolumeSerialNumber;
        id.inode = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.size = qint64((quint64(info.nFileSizeHigh) << 32) | info.nFileSizeLow);
        // FILETIME counts 100 ns steps.
        id.modifiedNs =
            qint64((quint64(info.ftLastWriteTime.dwHighDateTime) << 32) | info.ftLastWriteTime.dwLowDateTime) * 100;
    }
    ::CloseHandle(handle);
    return id;
}

} // namespace corral
