// Tables for people (Copy as Table, the Markdown and HTML exports): whatever a cell holds comes back
// as the same text from a real GFM renderer (cmark-gfm) and from an HTML parser, in as many cells.
#include "export/tabletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace steward;

class TestTableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cellsComeBackUnchanged_data();
    void cellsComeBackUnchanged();
    void rowsAreFittedToTheHeaders();
    void emptyTable();
};

namespace {

// The tables an HTML document holds, read by tests/core/table_cells.py.
QJsonArray tablesIn(const QByteArray& html)
{
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_TABLE_CELLS_SCRIPT)});
    reader.write(html);
    reader.closeWriteChannel();
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
        qWarning("table_cells.py: %s", reader.readAllStandardError().constData());
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

QByteArray renderGfm(const QString& markdown)
{
    QProcess cmark;
    cmark.start(QStringLiteral("cmark-gfm"),
                {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table")});
    cmark.write(markdown.toUtf8());
    cmark.closeWriteChannel();
    if (!cmark.waitForFinished(30000))
        qWarning("cmark-gfm did not finish");
    return cmark.readAllStandardOutput();
}

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& value : array)
        list.append(value.toString());
    return list;
}

} // namespace

void TestTableText::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
        QFAIL("cmark-gfm is not installed (packaging/dev test installs it)");
}

void TestTableText::cellsComeBackUnchanged_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Slack");
    QTest::newRow("pipe") << QStringLiteral("read | write");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    QTest::newRow("emphasis and code") << QStringLiteral("*not* _emphasis_ `code` ~~gone~~");
    QTest::newRow("link") << QStringLiteral("[a](https://example.com) <https://example.com>");
    QTest::newRow("heading start") << QStringLiteral("# not a heading");
    QTest::newRow("list start") << QStringLiteral("- not a list");
    QTest::newRow("numbered start") << QStringLiteral("1. not a list");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp\\new");
    QTest::newRow("entity") << QStringLiteral("&amp; &lt;");
    QTest::newRow("line breaks") << QStringLiteral("first line\nsecond line");
    QTest::newRow("unicode") << QStringLiteral("Łódź — 東京 ✓");
    QTest::newRow("empty") << QString();
}

void TestTableText::cellsComeBackUnchanged()
{
    QFETCH(QString, cell);
    const tables::Table table{{QStringLiteral("Name"), QStringLiteral("Notes | more"), QStringLiteral("Tier")},
                              {{QStringLiteral("first"), cell, QStringLiteral("3")}, {cell, cell, cell}}};
    const QStringList expected{QStringLiteral("first"), cell, QStringLiteral("3")};

    const QJsonArray fromMarkdown = tablesIn(renderGfm(tables::markdown(table)));
    QCOMPARE(fromMarkdown.size(), 1);
    const QJsonArray mdRows = fromMarkdown.at(0).toArray();
    QCOMPARE(mdRows.size(), 3);
    QCOMPARE(strings(mdRows.at(0).toArray()), table.headers);
    QCOMPARE(strings(mdRows.at(1).toArray()), expected);
    QCOMPARE(strings(mdRows.at(2).toArray()), (QStringList{cell, cell, cell}));

    const QJsonArray fromHtml = tablesIn(tables::html(table).toUtf8());
    QCOMPARE(fromHtml.size(), 1);
    const QJsonArray htmlRows = fromHtml.at(0).toArray();
    QCOMPARE(htmlRows.size(), 3);
    QCOMPARE(strings(htmlRows.at(0).toArray()), table.headers);
    QCOMPARE(strings(htmlRows.at(1).toArray()), expected);
}

void TestTableText::rowsAreFittedToTheHeaders()
{
    const tables::Table table{
        {QStringLiteral("A"), QStringLiteral("B")},
        {{QStringLiteral("only a")}, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}};
    const QString markdown = tables::markdown(table);
    QCOMPARE(markdown, QStringLiteral("| A | B |\n| --- | --- |\n| only a |  |\n| 1 | 2 |\n"));
    const QJsonArray rows = tablesIn(tables::html(table).toUtf8()).at(0).toArray();
    QCOMPARE(strings(rows.at(1).toArray()), (QStringList{QStringLiteral("only a"), QString()}));
    QCOMPARE(strings(rows.at(2).toArray()), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestTableText::emptyTable()
{
    QCOMPARE(tables::markdown({}), QString());
    const QJsonArray rows = tablesIn(tables::html({{QStringLiteral("Only")}, {}}).toUtf8()).at(0).toArray();
    QCOMPARE(rows.size(), 1);
}

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
