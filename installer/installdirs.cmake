# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# Where `install` puts things. Included before find_package(Qt6), whose deploy support reads the same
# variables.
#
# Linux and Windows: the GNU layout under the prefix (bin/, share/corral/examples, share/man, ...).
# macOS: one drag-and-drop app bundle holds everything. corralctl finds corrald beside itself, and the
# GUI finds both beside itself, so the daemon and the CLI live in corral.app/Contents/MacOS with the
# GUI's executable; the examples go to corral.app/Contents/Resources (see installer/packaging.cmake).
if(APPLE)
    set(CMAKE_INSTALL_BINDIR "corral.app/Contents/MacOS")
endif()
include(GNUInstallDirs)
