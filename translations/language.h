// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QStringList>

// Which language Corral speaks, and the translators that make it do so. Shared by corral and corralctl.
namespace corral::i18n {

// The languages with a catalogue (corral_<code>.qm), besides English, which the sources are written in.
QStringList shippedLanguages();

// The language to show. `choice` ("en", "de", "es") wins when it is one Corral speaks; otherwise the first
// of `uiLanguages` (most preferred first, as QLocale::uiLanguages() lists them) that it speaks, English
// included, so a user who prefers English over German gets English. Anything else falls back to English.
QString chooseLanguage(const QString &choice, const QStringList &uiLanguages);

// Installs Corral's catalogue for `language` and Qt's own (qtbase_<lang> from the Qt installation, for
// the buttons of standard dialogs and QCommandLineParser's messages) into the application, replacing
// any installed before. English installs only its plural forms. Returns false when Corral's catalogue
// did not load.
// Must run before the first tr() whose result is kept (widgets, option descriptions).
bool installTranslators(const QString &language);

} // namespace corral::i18n
