// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstdio>

namespace corral::cli {

// While it lives, `stream` passes bytes through untranslated. Windows' C runtime writes a stream in text
// mode, turning every "\n" into "\r\n", so the CRLF lines of a Windows program's log would come out of
// `corralctl logs` as CR CR LF (platform/binarymode_win.cpp); elsewhere a stream is always binary.
class BinaryMode
{
public:
    explicit BinaryMode(std::FILE *stream);
    ~BinaryMode();
    BinaryMode(const BinaryMode &) = delete;
    BinaryMode &operator=(const BinaryMode &) = delete;

private:
    std::FILE *m_stream;
    [[maybe_unused]] int m_previous; // the mode to go back to, where there are modes
};

} // namespace corral::cli
