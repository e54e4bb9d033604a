#pragma once

#include <QStringList>

namespace corral::cli {

// corralctl's whole command line (without the program name); returns the exit code.
int run(const QStringList &arguments);

} // namespace corral::cli
