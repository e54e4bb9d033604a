// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace corral::cli {

// corralctl's whole command line (without the program name); returns the exit code.
int run(const QStringList &arguments);

} // namespace corral::cli
