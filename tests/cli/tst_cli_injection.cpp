// Hostile names: SQL, HTML, Markdown and spreadsheet-formula payloads stored as people and
// connector names (and notes) come back from the store as the plain text they are, and every
// export shows them as text: JSON as the same string, CSV read back by Python's csv module with a
// formula neutralised (and the import taking that off again), Markdown rendered by cmark-gfm and
// the HTML export read by an HTML parser to the same cell text, with no markup of their own.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace steward;

namespace {

const QStringList& payloads()
{
    static const QStringList list{
        QStringLiteral("Robert'); DROP TABLE connectors;--"),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("<script>alert(\"owned\")</script>"),
        QStringLiteral("<img src=x onerror=alert(1)> & <b>bold</b>"),
        QStringLiteral("| pipe | **bold** [link](http://evil.example) `code`"),
        QStringLiteral("# heading"),
        QStringLiteral("- list item"),
        QStringLiteral("1. numbered"),
        QStringLiteral("> quoted _under_ ~~struck~~"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("two\nlines, \"quoted\""),
    };
    return list;
}

bool startsLikeAFormula(const QString& text)
{
    return !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
}

QByteArray runProcess(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// Every cell of every table of an HTML document, as a reader sees it.
QSet<QString> htmlCells(const QByteArray& html)
{
    QSet<QString> cells;
    const QByteArray json =
        runProcess(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_TABLE_CELLS_SCRIPT)}, html);
    for (const QJsonValue& table : QJsonDocument::fromJson(json).array())
        for (const QJsonValue& row : table.toArray())
            for (const QJsonValue& cell : row.toArray())
                cells.insert(cell.toString());
    return cells;
}

QList<QStringList> csvRows(const QByteArray& csv)
{
    QList<QStringList> rows;
    const QByteArray json =
        runProcess(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_CSV_CELLS_SCRIPT)}, csv);
    for (const QJsonValue& row : QJsonDocument::fromJson(json).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

QByteArray exported(const QString& path, const QStringList& options)
{
    const auto result =
        test::runSteward(QStringList{QStringLiteral("export"), path, QStringLiteral("--format")} + options);
    if (result.exitCode != 0)
        qWarning("%s", describe(result).constData());
    return result.outBytes;
}

} // namespace

class TestCliInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeKeepsPlainText();
    void json();
    void csvNeutralisesAndImportRestores();
    void markdownRendersAsText();
    void html();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliInjection::initTestCase()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("hostile.steward"));
    auto store = Store::create(m_path, QStringLiteral("test-runner"));
    for (const QString& payload : payloads()) {
        Person person;
        person.name = payload;
        person.notes = payload;
        store->addPerson(person);
        Connector connector;
        connector.name = payload;
        connector.system = payload;
        connector.notes = payload;
        store->addConnector(connector);
    }
}

void TestCliInjection::storeKeepsPlainText()
{
    const auto store = Store::open(m_path, Store::Mode::ReadOnly);
    QSet<QString> names;
    for (const Person& person : store->people()) {
        names.insert(person.name);
        QCOMPARE(person.notes, person.name);
    }
    QSet<QString> connectorNames;
    for (const Connector& connector : store->connectors())
        connectorNames.insert(connector.name);
    for (const QString& payload : payloads()) {
        QVERIFY2(names.contains(payload), qPrintable(payload));
        QVERIFY2(connectorNames.contains(payload), qPrintable(payload));
    }
    QCOMPARE(store->count(QStringLiteral("connectors")), qint64(payloads().size()));
    QVERIFY(store->verify().isEmpty());
}

void TestCliInjection::json()
{
    const QJsonObject root = QJsonDocument::fromJson(exported(m_path, {QStringLiteral("json")})).object();
    QSet<QString> names;
    for (const QJsonValue& person : root.value(QStringLiteral("people")).toArray())
        names.insert(person.toObject().value(QStringLiteral("name")).toString());
    for (const QJsonValue& connector : root.value(QStringLiteral("connectors")).toArray())
        names.insert(connector.toObject().value(QStringLiteral("name")).toString());
    for (const QString& payload : payloads())
        QVERIFY2(names.contains(payload), qPrintable(payload));
}

void TestCliInjection::csvNeutralisesAndImportRestores()
{
    for (const QString& object : {QStringLiteral("people"), QStringLiteral("connectors")}) {
        const QByteArray csv = exported(m_path, {QStringLiteral("csv"), QStringLiteral("--object"), object});
        const QList<QStringList> rows = csvRows(csv);
        QVERIFY2(rows.size() == payloads().size() + 1, qPrintable(object));
        const int name = int(rows.front().indexOf(QStringLiteral("name")));
        QVERIFY(name >= 0);
        QSet<QString> cells;
        for (qsizetype r = 1; r < rows.size(); ++r)
            cells.insert(rows[r][name]);
        for (const QString& payload : payloads()) {
            // A spreadsheet shows a neutralised cell as text: its apostrophe hides the formula.
            const QString expected = startsLikeAFormula(payload) ? QLatin1Char('\'') + payload : payload;
            QVERIFY2(cells.contains(expected), qPrintable(QStringLiteral("%1: %2").arg(object, payload)));
        }

        // Into an empty inventory and back: the apostrophe comes off, the text is as it was.
        const QString copy = m_dir->filePath(QStringLiteral("copy-%1.steward").arg(object));
        const auto made =
            test::runSteward({QStringLiteral("new"), copy, QStringLiteral("--template"), QStringLiteral("empty")});
        QVERIFY2(made.exitCode == 0, describe(made));
        const QString input = m_dir->filePath(QStringLiteral("%1.csv").arg(object));
        test::writeBytes(input, csv);
        const auto imported = test::runSteward({QStringLiteral("import"), copy, QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("--object"), object, input});
        QVERIFY2(imported.exitCode == 0, describe(imported));
        const auto store = Store::open(copy, Store::Mode::ReadOnly);
        QSet<QString> names;
        if (object == QLatin1String("people")) {
            for (const Person& person : store->people())
                names.insert(person.name);
        } else {
            for (const Connector& connector : store->connectors())
                names.insert(connector.name);
        }
        for (const QString& payload : payloads())
            QVERIFY2(names.contains(payload), qPrintable(QStringLiteral("%1: %2").arg(object, payload)));
    }
}

void TestCliInjection::markdownRendersAsText()
{
    const QByteArray markdown = exported(m_path, {QStringLiteral("markdown")});
    // --unsafe: raw HTML passes through as it would where a wiki renders it, so an unescaped tag
    // would show here instead of being dropped by cmark-gfm.
    const QByteArray html =
        runProcess(QStringLiteral("cmark-gfm"),
                   {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
                    QStringLiteral("strikethrough"), QStringLiteral("-e"), QStringLiteral("autolink")},
                   markdown);
    QVERIFY(!html.isEmpty());
    // No markup of the payloads' own survives rendering.
    // (A bare URL in text is still linked, as GFM links any URL it finds; the link syntax is not.)
    for (const char* tag : {"<script", "<img", "<b>", "<h1>heading", "<blockquote", "<del", ">link</a>", "<code>"})
        QVERIFY2(!html.contains(tag), tag);
    const QSet<QString> cells = htmlCells(html);
    for (const QString& payload : payloads())
        QVERIFY2(cells.contains(payload), qPrintable(payload));
}

void TestCliInjection::html()
{
    const QByteArray html = exported(m_path, {QStringLiteral("html")});
    for (const char* tag : {"<script", "<img", "<b>"})
        QVERIFY2(!html.contains(tag), tag);
    const QSet<QString> cells = htmlCells(html);
    for (const QString& payload : payloads())
        QVERIFY2(cells.contains(payload), qPrintable(payload));
}

QTEST_GUILESS_MAIN(TestCliInjection)
#include "tst_cli_injection.moc"
