// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "dispatch.h"
#include "language.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corralctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    // Help and errors follow the locale (LC_ALL, LC_MESSAGES, LANG); what scripts parse stays English.
    corral::i18n::installTranslators(corral::i18n::chooseLanguage(QString(), QLocale::system().uiLanguages()));
    return corral::cli::run(QCoreApplication::arguments().mid(1));
}
