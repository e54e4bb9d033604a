// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "binarymode.h"

#include <fcntl.h>
#include <io.h>

namespace corral::cli {

// What is buffered was written in the other mode: it goes out first, in that mode.
BinaryMode::BinaryMode(std::FILE *stream) : m_stream(stream)
{
    std::fflush(m_stream);
    m_previous = _setmode(_fileno(m_stream), _O_BINARY);
}

BinaryMode::~BinaryMode()
{
    std::fflush(m_stream);
    if (m_previous != -1)
        _setmode(_fileno(m_stream), m_previous);
}

} // namespace corral::cli
