// The language of the editor as a user changes it: Edit › Preferences offers German and French,
// the choice is kept, and at the next start the menus, pages and dates speak that language;
// without a choice, the system's language speaks.
#include "editor/mainwindow.h"
#include "preferences/languages.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace steward;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void preferencesOfferEachTranslation();
    void theChosenLanguageSpeaksAtTheNextStart_data();
    void theChosenLanguageSpeaksAtTheNextStart();
    void withoutAChoiceTheSystemLanguageSpeaks();

private:
    // Chooses the language `code` in Edit › Preferences of a fresh window and presses OK.
    void chooseLanguage(const QString& code);
    // What a start of Steward does with the saved preferences (editorapp.cpp).
    void start();
    static QStringList menuTitles(const ui::MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
}

void TestLanguage::init()
{
    QSettings().clear();
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    auto store = Store::create(m_path);
    templates::fillSample(*store, QDate::currentDate());
}

void TestLanguage::cleanup()
{
    // Each case starts in English again, as a new process would.
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

void TestLanguage::chooseLanguage(const QString& code)
{
    ui::MainWindow window;
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ui::PreferencesDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::PreferencesDialog*>(QApplication::activeModalWidget());
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(language);
        const int index = language->findData(code);
        QVERIFY2(index > 0, qPrintable(code));
        test::choose(language, index);
        dialog->findChild<QPushButton*>(QStringLiteral("okPushButton"))->click();
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);
}

void TestLanguage::start()
{
    ui::installTranslations(*qApp, ui::Preferences::load().language);
}

QStringList TestLanguage::menuTitles(const ui::MainWindow& window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles.append(action->text());
    return titles;
}

void TestLanguage::preferencesOfferEachTranslation()
{
    ui::PreferencesDialog dialog(nullptr, nullptr);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    QVERIFY(language);
    QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
}

void TestLanguage::theChosenLanguageSpeaksAtTheNextStart_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("peoplePage");
    QTest::addColumn<QString>("march");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}
                            << QStringLiteral("Personen") << QStringLiteral("März");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                           QStringLiteral("&Affichage"), QStringLiteral("&Aide")}
                            << QStringLiteral("Personnes") << QStringLiteral("mars");
}

void TestLanguage::theChosenLanguageSpeaksAtTheNextStart()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QString, peoplePage);
    QFETCH(QString, march);

    chooseLanguage(code);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), code);
    // English until Steward starts again.
    {
        ui::MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    }

    start();
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    const QStringList titles = menuTitles(window);
    for (const QString& menu : std::as_const(menus))
        QVERIFY2(titles.contains(menu), qPrintable(titles.join(QStringLiteral(", "))));
    auto* navigation = test::findChild<QListWidget>(&window, QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QVERIFY2(test::pageRow(navigation, peoplePage) >= 0, qPrintable(peoplePage));
    // Dates follow the language too.
    QCOMPARE(QLocale().toString(QDate(2026, 3, 3), QStringLiteral("MMMM")), march);
}

void TestLanguage::withoutAChoiceTheSystemLanguageSpeaks()
{
    QVERIFY(ui::Preferences::load().language.isEmpty());   // "The system's language"
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR"))); // as LANG=fr_FR.UTF-8 would make it
    start();
    ui::MainWindow window;
    QVERIFY2(menuTitles(window).contains(QStringLiteral("&Fichier")),
             qPrintable(menuTitles(window).join(QStringLiteral(", "))));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
