// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QtGlobal>

namespace corral {

// Which file a path names right now, and its size and modification time: enough to tell that a log was
// renamed away (another file), cut in place (same file, smaller) or replaced by a new backup. Looking never
// keeps the file open, so it never stands in the way of a rename (which Windows would refuse).
struct FileIdentity
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0; // the file index on Windows
    qint64 size = 0;
    qint64 modifiedNs = 0;

    static FileIdentity of(const QString &path);

    bool sameFile(const FileIdentity &o) const { return exists && o.exists && device == o.device && inode == o.inode; }
    // Nothing happened to what the path names: the same file with the same size and time, or still nothing.
    // The time matters because a file system may hand a deleted file's number to the next new file.
    bool unchanged(const FileIdentity &o) const
    {
        if (!exists || !o.exists)
            return exists == o.exists;
        return sameFile(o) && size == o.size && modifiedNs == o.modifiedNs;
    }
};

} // namespace corral
