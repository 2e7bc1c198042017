// CSV text (csv::Writer, csv::Reader): RFC 4180 quoting read back by Python's csv module, formula
// neutralising and its exact inverse, what Excel and LibreOffice save (byte-order mark, CRLF, LF or
// CR, quoted line breaks, another separator), and every malformed input refused with its line and
// column, never a crash.
#include "export/csvwriter.h"
#include "import/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace steward;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

class TestCsvText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldQuoting_data();
    void fieldQuoting();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void pythonReadsTheSameCells_data();
    void pythonReadsTheSameCells();
    void readsWhatSpreadsheetsSave_data();
    void readsWhatSpreadsheetsSave();
    void cellPositions();
    void malformedInput_data();
    void malformedInput();
    void writtenTextReadsBack();
    void utf8RowsAreTheTextRows();
    void arbitraryBytesNeverCrash();
};

namespace {

// Rows as Python's csv module reads the bytes (tests/core/csv_cells.py).
Rows pythonRows(const QByteArray& bytes)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_CSV_CELLS_SCRIPT)});
    python.write(bytes);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qWarning("csv_cells.py: %s", python.readAllStandardError().constData());
    Rows rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

Rows readAll(const QByteArray& bytes, std::optional<imports::ImportIssue>* error = nullptr)
{
    csv::Reader reader(bytes);
    Rows rows;
    csv::Record record;
    while (reader.next(record)) {
        QStringList cells;
        for (const csv::Cell& cell : record.cells)
            cells.append(cell.text);
        rows.append(cells);
    }
    if (error)
        *error = reader.error();
    return rows;
}

QByteArray written(const Rows& rows, bool bom = false)
{
    csv::Writer writer(bom);
    for (const QStringList& row : rows)
        writer.row(row);
    return writer.take();
}

} // namespace

void TestCsvText::fieldQuoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("Slack") << QByteArray("Slack");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("HR, Board") << QByteArray("\"HR, Board\"");
    QTest::newRow("quote") << QStringLiteral("the \"big\" one") << QByteArray("\"the \"\"big\"\" one\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces stay") << QStringLiteral(" padded ") << QByteArray(" padded ");
    QTest::newRow("semicolon needs none") << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::newRow("unicode") << QStringLiteral("Łódź — 東京") << QStringLiteral("Łódź — 東京").toUtf8();
}

void TestCsvText::fieldQuoting()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, field);
    QCOMPARE(csv::field(cell), field);
}

void TestCsvText::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("neutralised");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+1 555 0100") << QStringLiteral("'+1 555 0100");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("quoted formula gets one more") << QStringLiteral("'=1") << QStringLiteral("''=1");
    QTest::newRow("two quotes") << QStringLiteral("''-x") << QStringLiteral("'''-x");
    QTest::newRow("apostrophe text stays") << QStringLiteral("'tis") << QStringLiteral("'tis");
    QTest::newRow("plain") << QStringLiteral("Slack") << QStringLiteral("Slack");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only a quote") << QStringLiteral("'") << QStringLiteral("'");
}

void TestCsvText::formulasAreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, neutralised);
    QCOMPARE(csv::neutralised(cell), neutralised);
    QCOMPARE(csv::restored(csv::neutralised(cell)), cell);
    // The writer neutralises every cell: what a spreadsheet sees never starts a formula.
    const Rows rows = pythonRows(written({{cell}}));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().value(0), neutralised);
}

void TestCsvText::pythonReadsTheSameCells_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<bool>("bom");
    const Rows tricky{
        {QStringLiteral("name"), QStringLiteral("notes")},
        {QStringLiteral("Slack"), QStringLiteral("HR, Board \"and\" more")},
        {QStringLiteral("multi\nline"), QStringLiteral("crlf\r\ninside")},
        {QString(), QStringLiteral("Łódź — 東京 ✓ 🙂")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@x")},
        {QStringLiteral(" spaces "), QStringLiteral("\"")},
    };
    QTest::newRow("plain") << tricky << false;
    QTest::newRow("with BOM") << tricky << true;
}

void TestCsvText::pythonReadsTheSameCells()
{
    QFETCH(Rows, rows);
    QFETCH(bool, bom);
    const QByteArray bytes = written(rows, bom);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QVERIFY(bytes.endsWith("\r\n"));
    Rows expected;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(csv::neutralised(cell));
        expected.append(cells);
    }
    QCOMPARE(pythonRows(bytes), expected);
    // Steward's reader agrees, with every line break inside a value read as \n.
    for (QStringList& row : expected)
        row.replaceInStrings(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(readAll(bytes), expected);
}

void TestCsvText::readsWhatSpreadsheetsSave_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");
    const Rows two{{QStringLiteral("name"), QStringLiteral("tier")}, {QStringLiteral("Slack"), QStringLiteral("2")}};
    QTest::newRow("Excel: BOM and CRLF") << QByteArray("\xEF\xBB\xBFname,tier\r\nSlack,2\r\n") << two;
    QTest::newRow("LibreOffice: LF") << QByteArray("name,tier\nSlack,2\n") << two;
    QTest::newRow("old Mac: CR") << QByteArray("name,tier\rSlack,2\r") << two;
    QTest::newRow("no final line break") << QByteArray("name,tier\r\nSlack,2") << two;
    QTest::newRow("semicolons (a German Excel)") << QByteArray("name;tier\r\nSlack;2\r\n") << two;
    QTest::newRow("tabs") << QByteArray("name\ttier\nSlack\t2\n") << two;
    QTest::newRow("quoted everything") << QByteArray("\"name\",\"tier\"\r\n\"Slack\",\"2\"\r\n") << two;
    QTest::newRow("quoted line breaks") << QByteArray("name,notes\r\nSlack,\"one\r\ntwo\nthree\rfour\"\r\n")
                                        << Rows{{QStringLiteral("name"), QStringLiteral("notes")},
                                                {QStringLiteral("Slack"), QStringLiteral("one\ntwo\nthree\nfour")}};
    QTest::newRow("doubled quotes and commas")
        << QByteArray("a,b\n\"say \"\"hi\"\", ok\",x\n")
        << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("say \"hi\", ok"), QStringLiteral("x")}};
    QTest::newRow("trailing empty columns and rows")
        << QByteArray("name,tier,,\r\nSlack,2,,\r\n,,,\r\n\r\n")
        << Rows{{QStringLiteral("name"), QStringLiteral("tier"), QString(), QString()},
                {QStringLiteral("Slack"), QStringLiteral("2"), QString(), QString()},
                {QString(), QString(), QString(), QString()},
                {QString()}};
    QTest::newRow("quote inside an unquoted value")
        << QByteArray("a\n5\" screen\n") << Rows{{QStringLiteral("a")}, {QStringLiteral("5\" screen")}};
    QTest::newRow("spaces after a closing quote")
        << QByteArray("a,b\n\"x\"  ,y\n")
        << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y")}};
    QTest::newRow("separator at the very end")
        << QByteArray("a,b\nx,") << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QString()}};
    QTest::newRow("empty input") << QByteArray() << Rows{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Rows{};
}

void TestCsvText::readsWhatSpreadsheetsSave()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    std::optional<imports::ImportIssue> error;
    QCOMPARE(readAll(bytes, &error), rows);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestCsvText::cellPositions()
{
    // Lines count the file's lines (a quoted line break included); columns count characters.
    const QByteArray bytes("\xEF\xBB\xBFname,notes\r\n\"Ł\xC3\xB3\",\"a\nb\",c\r\nx,y\n");
    csv::Reader reader(bytes);
    csv::Record record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.cells.at(1).line, 1);
    QCOMPARE(record.cells.at(1).column, 6);
    QVERIFY(reader.next(record));
    QCOMPARE(reader.recordNumber(), qint64(2));
    QCOMPARE(record.cells.at(0).line, 2);
    QCOMPARE(record.cells.at(1).column, 6); // after "Łó", (characters, not bytes)
    QCOMPARE(record.cells.at(2).line, 3);
    QCOMPARE(record.cells.at(2).column, 4);
    QVERIFY(reader.next(record));
    QCOMPARE(reader.recordNumber(), qint64(3));
    QCOMPARE(record.line, 4);
    QVERIFY(!reader.next(record));
    QVERIFY(!reader.error());
}

void TestCsvText::malformedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote never closed") << QByteArray("name,notes\nSlack,\"open\nand on\n") << 2 << 7
                                        << QStringLiteral("never closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("name\n\"Sla\"ck\n") << 2 << 6 << QStringLiteral("after the closing quote");
    QTest::newRow("Latin-1, not UTF-8") << QByteArray("name\nZ\xFCrich\n") << 2 << 2 << QStringLiteral("0xFC");
    QTest::newRow("overlong UTF-8") << QByteArray("name\n\xC0\xAF\n") << 2 << 1 << QStringLiteral("not UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("n\n\xED\xA0\x80\n") << 2 << 1 << QStringLiteral("not UTF-8");
    QTest::newRow("cut UTF-8") << QByteArray("name\nab\xE6\x9D") << 2 << 3 << QStringLiteral("not UTF-8");
    QTest::newRow("NUL") << QByteArray("name\nSl\0ack\n", 12) << 2 << 3 << QStringLiteral("NUL");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest") << 0 << 0 << QStringLiteral("workbook");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0") << 0 << 0 << QStringLiteral("UTF-16");
    QByteArray wide("a");
    for (int i = 0; i < csv::Reader::maxCells; ++i)
        wide += ",a";
    QTest::newRow("too many values") << wide << 1 << 2 * csv::Reader::maxCells + 1
                                     << QStringLiteral("more than 1000 values");
    QTest::newRow("value too long") << QByteArray("a\n\"") + QByteArray(csv::Reader::maxCellBytes + 1, 'x') + "\"\n"
                                    << 2 << 1 << QStringLiteral("longer than 1 MiB");
    QTest::newRow("unquoted value too long") << QByteArray("a\n") + QByteArray(csv::Reader::maxCellBytes + 1, 'x') << 2
                                             << 1 << QStringLiteral("longer than 1 MiB");
}

void TestCsvText::malformedInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    std::optional<imports::ImportIssue> error;
    readAll(bytes, &error);
    QVERIFY(error);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
}

void TestCsvText::writtenTextReadsBack()
{
    // Whatever cells are written come back as their neutralised text, line breaks as \n.
    QRandomGenerator random(20261201);
    const QStringList pieces{QStringLiteral("a"),  QStringLiteral(" "),  QStringLiteral(","),   QStringLiteral(";"),
                             QStringLiteral("\""), QStringLiteral("'"),  QStringLiteral("\n"),  QStringLiteral("\r\n"),
                             QStringLiteral("\r"), QStringLiteral("\t"), QStringLiteral("="),   QStringLiteral("+"),
                             QStringLiteral("-"),  QStringLiteral("@"),  QStringLiteral("|"),   QStringLiteral("\\"),
                             QStringLiteral("Łó"), QStringLiteral("東"), QStringLiteral("🙂")};
    for (int round = 0; round < 300; ++round) {
        // A header of column names, as every file Steward reads has: it tells the separator.
        Rows rows{{QStringLiteral("name"), QStringLiteral("notes")}};
        Rows expected = rows;
        for (int r = 1 + random.bounded(4); r > 0; --r) {
            QStringList row;
            QStringList cells;
            for (int c = 1 + random.bounded(5); c > 0; --c) {
                QString cell;
                for (int k = random.bounded(8); k > 0; --k)
                    cell += pieces.at(random.bounded(int(pieces.size())));
                row.append(cell);
                cells.append(csv::neutralised(cell)
                                 .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                 .replace(QLatin1Char('\r'), QLatin1Char('\n')));
            }
            rows.append(row);
            expected.append(cells);
        }
        const QByteArray bytes = written(rows, round % 2 == 0);
        QCOMPARE(readAll(bytes), expected);
    }
}

void TestCsvText::utf8RowsAreTheTextRows()
{
    // Writer::rowUtf8 (the connectors export) must give the bytes row() gives for the same text.
    const QStringList cells = {QString(),
                               QStringLiteral("Slack"),
                               QStringLiteral("HR, Board"),
                               QStringLiteral("the \"big\" one"),
                               QStringLiteral("a\r\nb"),
                               QStringLiteral(" padded "),
                               QStringLiteral("Łódź — 東京"),
                               QStringLiteral("=HYPERLINK(\"http://x\")"),
                               QStringLiteral("+1"),
                               QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(A1)"),
                               QStringLiteral("\t=1"),
                               QStringLiteral("\r=1"),
                               QStringLiteral("'=1"),
                               QStringLiteral("''-x"),
                               QStringLiteral("'tis"),
                               QStringLiteral("'"),
                               QStringLiteral("'=\"quoted, formula\""),
                               QStringLiteral("é=1"),
                               QStringLiteral("\"")};
    for (const QString& cell : cells) {
        csv::Writer text;
        text.row({cell});
        csv::Writer bytes;
        const QByteArray utf8 = cell.toUtf8();
        bytes.rowUtf8({utf8});
        QCOMPARE(bytes.take(), text.take());
    }
    csv::Writer text(true);
    text.row(cells);
    csv::Writer bytes(true);
    std::vector<QByteArray> utf8;
    for (const QString& cell : cells)
        utf8.push_back(cell.toUtf8());
    bytes.rowUtf8({utf8[0],  utf8[1],  utf8[2],  utf8[3],  utf8[4],  utf8[5],  utf8[6],  utf8[7],  utf8[8],  utf8[9],
                   utf8[10], utf8[11], utf8[12], utf8[13], utf8[14], utf8[15], utf8[16], utf8[17], utf8[18], utf8[19]});
    QCOMPARE(bytes.take(), text.take());
}

void TestCsvText::arbitraryBytesNeverCrash()
{
    QRandomGenerator random(7);
    const QByteArray pieces[] = {"\"", ",", ";", "\r", "\n", "\xEF\xBB\xBF", "\xC3", "\xA9", "a", QByteArray(1, '\0'),
                                 " ",  "\t"};
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        for (int k = random.bounded(60); k > 0; --k)
            bytes += pieces[random.bounded(int(std::size(pieces)))];
        std::optional<imports::ImportIssue> error;
        const Rows rows = readAll(bytes, &error);
        if (error)
            QVERIFY(error->line >= 0 && error->column >= 0 && !error->message.isEmpty());
        else
            QVERIFY(rows.size() <= bytes.size() + 1);
    }
}

QTEST_GUILESS_MAIN(TestCsvText)
#include "tst_csvtext.moc"
