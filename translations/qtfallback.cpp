// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Qt's own texts that Corral shows, so they are translated even where Qt's catalogues (qtbase_<lang>.qm,
// Debian's qt6-translations-l10n) are not installed. Never compiled: lupdate reads it into the catalogues
// under Qt's contexts, and when Qt's catalogue is installed it wins (it is installed after ours).
// Keep the texts exactly as Qt 6 writes them.

QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
QT_TRANSLATE_NOOP("QPlatformTheme", "Save")
QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
// QCommandLineParser: `corral --help`, corralctl's option lists (whose heading its help searches for)
// and one of its errors.
QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1")
QT_TRANSLATE_NOOP("QCommandLineParser", "[options]")
QT_TRANSLATE_NOOP("QCommandLineParser", "Options:")
QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options.")
QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options.")
QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information.")
QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'.")
