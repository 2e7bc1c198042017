// The command line speaks the system's language (LC_ALL, LANG) in what it tells people — reports,
// errors — and never in the data it writes: a CSV or JSON export is the same bytes in every
// language, so a script or a spreadsheet reads it wherever it runs.
#include "clirunner.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace steward;
using steward::test::runSteward;

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void reportsSpeakTheSystemLanguage_data();
    void reportsSpeakTheSystemLanguage();
    void dataIsTheSameInEveryLanguage_data();
    void dataIsTheSameInEveryLanguage();

private:
    static void speak(const QByteArray& locale);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestCliLanguage::initTestCase()
{
    speak("C.UTF-8"); // the sample's names in English, whatever the machine speaks
    m_dir = test::makeTempDir();
    m_file = m_dir->filePath(QStringLiteral("sample.steward"));
    const auto made =
        runSteward({QStringLiteral("new"), m_file, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.exitCode == 0, describe(made));
}

void TestCliLanguage::cleanup()
{
    speak("C.UTF-8");
}

void TestCliLanguage::speak(const QByteArray& locale)
{
    // The child inherits these: as a user's shell set to that language would run steward. LANGUAGE
    // comes first for Qt's choice of translation, so it is set too.
    qputenv("LC_ALL", locale);
    qputenv("LANG", locale);
    qputenv("LANGUAGE", locale.startsWith("C.") ? QByteArray("en") : locale.left(2));
}

void TestCliLanguage::reportsSpeakTheSystemLanguage_data()
{
    QTest::addColumn<QByteArray>("locale");
    QTest::addColumn<QString>("summary");     // words of lint's last line
    QTest::addColumn<QString>("formatError"); // the start of the usage error for a wrong --format
    QTest::newRow("English") << QByteArray("C.UTF-8") << QStringLiteral("errors: 3, warnings:")
                             << QStringLiteral("steward: --format is one of json,");
    QTest::newRow("German") << QByteArray("de_DE.UTF-8") << QStringLiteral("Fehler: 3, Warnungen:")
                            << QStringLiteral("steward: --format ist eines von json,");
    QTest::newRow("French") << QByteArray("fr_FR.UTF-8") << QStringLiteral("erreurs\u00a0: 3, avertissements\u00a0:")
                            << QStringLiteral("steward: --format");
}

void TestCliLanguage::reportsSpeakTheSystemLanguage()
{
    QFETCH(QByteArray, locale);
    QFETCH(QString, summary);
    QFETCH(QString, formatError);
    speak(locale);

    const auto lint = runSteward({QStringLiteral("lint"), m_file});
    QCOMPARE(lint.exitCode, 1); // the sample has errors, in any language
    const QString last = lint.out.trimmed().split(QLatin1Char('\n')).constLast();
    QVERIFY2(last.contains(summary), qPrintable(last));
    // Rule ids are identifiers, never translated.
    QVERIFY2(lint.out.contains(QStringLiteral("connector.tier-floor")), describe(lint));

    const auto wrong =
        runSteward({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("nonsense")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.startsWith(formatError), describe(wrong));
    QVERIFY2(wrong.err.contains(QStringLiteral("nonsense")), describe(wrong));
    if (locale != "C.UTF-8")
        QVERIFY2(!wrong.err.contains(QStringLiteral("is one of")), describe(wrong));
}

void TestCliLanguage::dataIsTheSameInEveryLanguage_data()
{
    QTest::addColumn<QStringList>("exportArgs");
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    for (const char* object :
         {"workspaces", "connectors", "skills", "people", "raci", "reviews", "requests", "incidents"})
        QTest::newRow(object) << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--object"), QString::fromLatin1(object)};
}

void TestCliLanguage::dataIsTheSameInEveryLanguage()
{
    QFETCH(QStringList, exportArgs);
    speak("C.UTF-8");
    const QStringList args = QStringList{QStringLiteral("export"), m_file} + exportArgs;
    const auto english = runSteward(args);
    QCOMPARE(english.exitCode, 0);
    QVERIFY(!english.outBytes.isEmpty());
    for (const char* locale : {"de_DE.UTF-8", "fr_FR.UTF-8"}) {
        speak(locale);
        const auto translated = runSteward(args);
        QCOMPARE(translated.exitCode, 0);
        QVERIFY2(translated.outBytes == english.outBytes, locale);
    }
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
