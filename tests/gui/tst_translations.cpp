// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// The shipped catalogues are complete and consistent with their sources, the language is chosen as
// documented, and the window, its dialogs and corralctl's help really come up in German and Spanish.

#include "actions.h"
#include "daemonconnection.h"
#include "language.h"
#include "mainwindow.h"
#include "paths.h"
#include "settings.h"
#include "settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace corral;
using namespace corral::gui;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

QList<Message> readCatalogue(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message"))
            messages.append(current);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99 and %n, as a set: a translation may reorder them but not drop or invent one.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// An accelerator is a single '&' before a character; "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

QStringList catalogues()
{
    QStringList paths;
    const QStringList names = QDir(QStringLiteral(CORRAL_TRANSLATIONS_DIR))
                                  .entryList({QStringLiteral("corral_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << QStringLiteral(CORRAL_TRANSLATIONS_DIR "/") + name;
    return paths;
}

QAction *findAction(QWidget *window, const QString &objectName)
{
    return window->findChild<QAction *>(objectName);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // A window that never connects: the test is about its words, not corrald.
    struct Window
    {
        Settings settings;
        DaemonConnection connection;
        MainWindow window;
        explicit Window(const QString &home)
            : settings(home + QStringLiteral("/gui.ini")), connection(Paths::fromEnvironment()),
              window(&connection, &settings)
        {
        }
    };

    static QStringList menuTitles(MainWindow *window)
    {
        QStringList titles;
        const QList<QAction *> actions = window->menuBar()->actions();
        for (QAction *action : actions)
            titles << action->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("CORRAL_HOME", m_home.path().toUtf8());
    }

    void cleanup() { i18n::installTranslators(QStringLiteral("en")); }

    void catalogues_shipGermanAndSpanish()
    {
        const QStringList paths = catalogues();
        QStringList languages;
        for (const QString &path : paths)
            languages << QFileInfo(path).completeBaseName().mid(int(qstrlen("corral_")));
        QCOMPARE(languages, i18n::shippedLanguages());
    }

    void catalogue_isCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = catalogues();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void catalogue_isCompleteAndConsistent()
    {
        QFETCH(QString, path);
        QString language;
        QString error;
        const QList<Message> messages = readCatalogue(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QCOMPARE(language, QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1));

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(": translation type=\"%1\"").arg(m.type);
                continue;
            }
            // German and Spanish have two plural forms (one, other).
            if (m.numerus && m.translations.size() != 2)
                problems << where + QStringLiteral(": %1 plural forms, not 2").arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(t);
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems << where + QStringLiteral(": no accelerator in \"%1\"").arg(t);
                // Texts glued to others (" min", "… first. ") keep their edges.
                for (const QChar edge : {QLatin1Char(' '), QLatin1Char('\n')}) {
                    if (m.source.startsWith(edge) != t.startsWith(edge) || m.source.endsWith(edge) != t.endsWith(edge))
                        problems << where + QStringLiteral(": leading or trailing blank differs in \"%1\"").arg(t);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chooseLanguage_followsChoiceThenSystem()
    {
        const QStringList german{QStringLiteral("de-DE"), QStringLiteral("de")};
        QCOMPARE(i18n::chooseLanguage(QString(), german), QStringLiteral("de"));
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("es"), german), QStringLiteral("es"));
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("en"), german), QStringLiteral("en"));
        // A language Corral does not speak is passed over for the next the user understands.
        QCOMPARE(i18n::chooseLanguage(QString(), {QStringLiteral("fr-FR"), QStringLiteral("es-MX")}),
                 QStringLiteral("es"));
        // English before German means English.
        QCOMPARE(i18n::chooseLanguage(QString(), {QStringLiteral("en-GB"), QStringLiteral("de-DE")}),
                 QStringLiteral("en"));
        QCOMPARE(i18n::chooseLanguage(QString(), {QStringLiteral("C")}), QStringLiteral("en"));
        QCOMPARE(i18n::chooseLanguage(QString(), {}), QStringLiteral("en"));
        // An unknown setting (a language removed in a later version) falls back to the system's.
        QCOMPARE(i18n::chooseLanguage(QStringLiteral("xx"), german), QStringLiteral("de"));
    }

    void mainWindow_comesUpInGerman()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        Window w(m_home.path());
        QCOMPARE(menuTitles(&w.window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Strategie"),
                                                     QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(w.window.actions()->stopAll->text(), QStringLiteral("A&lle stoppen…"));
        QCOMPARE(w.window.actions()->start->text(), QStringLiteral("&Starten"));
        QCOMPARE(w.window.actions()->restart->text(), QStringLiteral("&Neu starten"));
        QCOMPARE(findAction(&w.window, QStringLiteral("actionShowLog"))->text(), QStringLiteral("&Log anzeigen"));

        auto *empty = w.window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QStringList labels;
        const QList<QLabel *> found = empty->findChildren<QLabel *>();
        for (const QLabel *label : found)
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Noch keine Strategien")), qPrintable(labels.join(QLatin1Char('|'))));

        // The state filter names the states in German.
        auto *filter = w.window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QVERIFY(filter);
        QStringList states;
        for (int i = 0; i < filter->count(); ++i)
            states << filter->itemText(i);
        QVERIFY2(states.contains(QStringLiteral("läuft")) && states.contains(QStringLiteral("gestoppt")) &&
                     states.contains(QStringLiteral("fehlgeschlagen")),
                 qPrintable(states.join(QLatin1Char('|'))));
    }

    void menus_keepAcceleratorsUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void menus_keepAcceleratorsUnique()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::installTranslators(language));
        Window w(m_home.path());
        QList<QList<QAction *>> groups{w.window.menuBar()->actions()};
        const QList<QAction *> menus = w.window.menuBar()->actions();
        for (QAction *menu : menus)
            groups << menu->menu()->actions();
        for (const QList<QAction *> &group : groups) {
            QStringList keys;
            for (const QAction *action : group) {
                const QString text = action->text();
                const qsizetype at = text.indexOf(QLatin1Char('&'));
                if (action->isSeparator() || at < 0 || at + 1 >= text.size())
                    continue;
                const QString key = text.at(at + 1).toLower();
                QVERIFY2(!keys.contains(key),
                         qPrintable(QStringLiteral("'%1' used twice, again by %2").arg(key, text)));
                keys << key;
            }
        }
    }

    void settingsDialog_inGerman_offersTheLanguages()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        Settings settings(m_home.filePath(QStringLiteral("settings.ini")));
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->itemText(0), QStringLiteral("Systemvorgabe"));
        QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(3), QStringLiteral("Español"));
        QCOMPARE(language->currentIndex(), 0);

        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        dialog.accept();
        QCOMPARE(settings.language(), QStringLiteral("es"));
        QCOMPARE(Settings(m_home.filePath(QStringLiteral("settings.ini"))).language(), QStringLiteral("es"));
    }

    void mainWindow_comesUpInSpanish()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("es")));
        Window w(m_home.path());
        QCOMPARE(menuTitles(&w.window).first(), QStringLiteral("&Archivo"));
        QCOMPARE(w.window.actions()->stopAll->text(), QStringLiteral("Detener t&odo…"));
        QCOMPARE(w.window.actions()->restart->text(), QStringLiteral("&Reiniciar"));
    }

    void english_replacesGerman_andSaysOneStrategy()
    {
        QVERIFY(i18n::installTranslators(QStringLiteral("de")));
        QVERIFY(i18n::installTranslators(QStringLiteral("en")));
        Window w(m_home.path());
        QCOMPARE(menuTitles(&w.window).first(), QStringLiteral("&File"));
        QCOMPARE(w.window.actions()->stopAll->text(), QStringLiteral("Stop &All…"));
        QCOMPARE(QCoreApplication::translate("corral::gui::MainWindow", "%n strategies", nullptr, 1),
                 QStringLiteral("1 strategy"));
        QCOMPARE(QCoreApplication::translate("corral::gui::MainWindow", "%n strategies", nullptr, 3),
                 QStringLiteral("3 strategies"));
        QCOMPARE(QCoreApplication::translate("corralctl", "%n threads", nullptr, 1), QStringLiteral("1 thread"));
    }

    void englishPlurals_areMessagesTheSourcesStillHave()
    {
        // The English catalogue is kept by hand: a message renamed in the code would silently lose its
        // singular. German's catalogue is refreshed by lupdate, so it says what the sources have.
        QString language, error;
        const QList<Message> plurals =
            readCatalogue(QStringLiteral(CORRAL_TRANSLATIONS_DIR "/plurals_en.ts"), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, QStringLiteral("en"));
        QVERIFY(!plurals.isEmpty());
        const QList<Message> german =
            readCatalogue(QStringLiteral(CORRAL_TRANSLATIONS_DIR "/corral_de.ts"), &language, &error);
        for (const Message &m : plurals) {
            const bool known = std::any_of(german.cbegin(), german.cend(), [&](const Message &g) {
                return g.context == m.context && g.source == m.source && g.numerus;
            });
            QVERIFY2(known, qPrintable(m.context + QStringLiteral(" / ") + m.source));
            QCOMPARE(m.translations.size(), 2);
            QCOMPARE(m.translations.last(), m.source);
        }
    }

    void corralctlHelp_followsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Befehle:");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Órdenes:");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("Commands:");
    }

    void corralctlHelp_followsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess ctl;
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(CORRAL_BIN_DIR "/corralctl"), {QStringLiteral("--help")});
        QVERIFY(ctl.waitForFinished(10000));
        QCOMPARE(ctl.exitCode(), 0);
        const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
        // The command words are the same in every language: they are what the user types.
        QVERIFY(out.contains(QStringLiteral("start NAME...|--all")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
