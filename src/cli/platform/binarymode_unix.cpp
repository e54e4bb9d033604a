// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "binarymode.h"

namespace corral::cli {

// POSIX streams never translate line ends: the bytes just go out at once.
BinaryMode::BinaryMode(std::FILE *stream) : m_stream(stream), m_previous(0) {}

BinaryMode::~BinaryMode()
{
    std::fflush(m_stream);
}

} // namespace corral::cli
