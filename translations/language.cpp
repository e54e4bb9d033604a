// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace corral::i18n {

namespace {

const QString english = QStringLiteral("en");

// Owned by the application; guarded so a second install (tests switch languages) replaces them.
QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es")};
}

QString chooseLanguage(const QString &choice, const QStringList &uiLanguages)
{
    const QStringList shipped = shippedLanguages();
    if (choice == english || shipped.contains(choice))
        return choice;
    for (const QString &name : uiLanguages) {
        // "de-AT", "es_419", "de": the language is what counts; QLocale also maps "C" to English.
        const QLocale locale(name);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return english;
        const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(code))
            return code;
    }
    return english;
}

bool installTranslators(const QString &language)
{
    removeInstalled();
    const bool inEnglish = language == english || language.isEmpty();
    // English is what the sources say; its catalogue holds only the singulars of "%n strategies".
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(inEnglish ? QStringLiteral(":/i18n/plurals_en.qm")
                             : QStringLiteral(":/i18n/corral_%1.qm").arg(language))) {
        delete app;
        return false;
    }
    appTranslator = app;
    QCoreApplication::installTranslator(app);
    if (inEnglish)
        return true;

    // Missing on systems without Qt's translations package: standard buttons then stay English.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace corral::i18n
