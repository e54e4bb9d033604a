// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "verb.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace corral::cli {

// corralctl's whole command line (without the program name); returns the exit code.
int run(const QStringList &arguments);

// Every verb, in the order the overview lists them.
std::vector<std::unique_ptr<Verb>> allVerbs();

// `corralctl help`: the verbs' synopses and summaries.
QString overview();

} // namespace corral::cli
