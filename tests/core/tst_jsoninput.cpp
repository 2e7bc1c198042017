// JsonDocument and RecordReader: the bounds on size and nesting, duplicate keys, and the line and
// column of a place in the text (characters, not bytes), and what each typed read accepts.
#include "import/jsoninput.h"

#include <QtTest>

using namespace steward::imports;

class TestJsonInput : public QObject
{
    Q_OBJECT

private slots:
    void pathsReadAsTheyAreWritten();
    void nestingUpToTheLimitIsRead();
    void sizeIsBounded();
    void placesAreFoundByLineAndCharacter();
    void absentMemberIsShownAtItsObject();
    void typedReads_data();
    void typedReads();
    void unknownMembersAreWarnings();
};

namespace {

struct Parsed
{
    ImportReport report;
    std::unique_ptr<JsonDocument> document;
};

std::unique_ptr<Parsed> parsed(const QByteArray& text)
{
    auto result = std::make_unique<Parsed>();
    result->document = std::make_unique<JsonDocument>(text, result->report);
    return result;
}

} // namespace

void TestJsonInput::pathsReadAsTheyAreWritten()
{
    const JsonPath path = JsonPath().key("connectors").index(3).key("scopes").index(0).key("mode");
    QCOMPARE(path.text(), QStringLiteral("connectors[3].scopes[0].mode"));
    QCOMPARE(path.text(2), QStringLiteral("scopes[0].mode"));
    QCOMPARE(path.pointer(), std::string("/connectors/3/scopes/0/mode"));
    const JsonPath odd = JsonPath().key("connectors").key("a/b~c d");
    QCOMPARE(odd.pointer(), std::string("/connectors/a~1b~0c d"));
    QCOMPARE(odd.text(), QStringLiteral("connectors[\"a/b~c d\"]"));
}

void TestJsonInput::nestingUpToTheLimitIsRead()
{
    const QByteArray deepest = QByteArray(maxJsonDepth, '[') + QByteArray(maxJsonDepth, ']');
    auto ok = parsed(deepest);
    QVERIFY(ok->document->ok());
    auto tooDeep = parsed('[' + deepest + ']');
    QVERIFY(!tooDeep->document->ok());
    QCOMPARE(tooDeep->report.errors().front().column, maxJsonDepth + 1);
    // Far beyond: an error, not a stack overflow.
    auto absurd = parsed(QByteArray(1'000'000, '['));
    QVERIFY(!absurd->document->ok());
    QCOMPARE(absurd->report.errors().front().column, maxJsonDepth + 1);
    auto objects = parsed(QByteArray("{\"a\":").repeated(100'000));
    QVERIFY(!objects->document->ok());
    QCOMPARE(objects->report.errors().front().column, 5 * maxJsonDepth + 1);
}

void TestJsonInput::sizeIsBounded()
{
    QByteArray huge(maxJsonBytes + 1, ' ');
    huge[0] = '{';
    auto result = parsed(huge);
    QVERIFY(!result->document->ok());
    QVERIFY(result->report.errors().front().message.contains(QStringLiteral("256 MiB")));
    huge.clear();
    // Smaller bounds, as a caller may choose: bytes, and values (a list of tiny ones costs a document
    // many times its text).
    ImportReport report;
    QVERIFY(JsonDocument(QByteArray(1000, ' ') + "[]", report, {1002, maxJsonDepth, 10}).ok());
    QVERIFY(!JsonDocument(QByteArray(1001, ' ') + "[]", report, {1002, maxJsonDepth, 10}).ok());
    QVERIFY(report.errors().back().message.contains(QStringLiteral("larger than")));
    const QByteArray nine = "[[],[],[],[],[],[],[],[],[]]"; // ten values: the list and what it holds
    QVERIFY(JsonDocument(nine, report, {maxJsonBytes, maxJsonDepth, 10}).ok());
    QVERIFY(!JsonDocument("[0,[],[],[],[],[],[],[],[],[]]", report, {maxJsonBytes, maxJsonDepth, 9}).ok());
    QVERIFY2(report.errors().back().message.contains(QStringLiteral("more than 9 values")),
             qPrintable(report.errors().back().message));
    // And a depth of one's own, reported where it is passed.
    QVERIFY(!JsonDocument("{\"a\": [[1]]}", report, {maxJsonBytes, 2, maxJsonValues}).ok());
    QCOMPARE(report.errors().back().column, 8);
}

void TestJsonInput::placesAreFoundByLineAndCharacter()
{
    const QByteArray text = "{\n  \"name\": \"Café — 李\", \"tier\": 7,\n  \"list\": [1, {\"x\": null}]\n}";
    auto result = parsed(text);
    QVERIFY(result->document->ok());
    JsonDocument& document = *result->document;
    document.error(JsonPath().key("tier"), QStringLiteral("r"), QStringLiteral("tier"), QStringLiteral("a"));
    document.warning(JsonPath().key("list").index(1).key("x"), {}, {}, QStringLiteral("b"));
    document.error(JsonPath().key("name"), {}, {}, QStringLiteral("c"));
    document.locateIssues();
    const auto& errors = result->report.errors();
    QCOMPARE(errors.size(), std::size_t(2));
    // In the order of the text; columns count characters, so "é", "—" and "李" are one each.
    QCOMPARE(errors[0].message, QStringLiteral("c"));
    QCOMPARE(errors[0].line, 2);
    QCOMPARE(errors[0].column, 11);
    QCOMPARE(errors[1].message, QStringLiteral("a"));
    QCOMPARE(errors[1].column, 31);
    QCOMPARE(result->report.warnings()[0].line, 3);
    QCOMPARE(result->report.warnings()[0].column, 21);
}

void TestJsonInput::absentMemberIsShownAtItsObject()
{
    auto result = parsed("[0,\n {\"a\": 1}]");
    result->document->error(JsonPath().index(1).key("missing").key("deeper"), {}, {}, QStringLiteral("here"));
    result->document->locateIssues();
    QCOMPARE(result->report.errors()[0].line, 2);
    QCOMPARE(result->report.errors()[0].column, 2);
}

void TestJsonInput::typedReads_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("expected"); // the value read, or "error: …"
    auto row = [](const char* name, const char* value, const char* read, const char* expected) {
        QTest::newRow(name) << QByteArray(value) << QString::fromLatin1(read) << QString::fromUtf8(expected);
    };
    row("text", "\"Ada\"", "text", "Ada");
    row("null text", "null", "text", "");
    row("number as text", "1", "text", "error: expected text, not a whole number");
    row("name trimmed", "\" Ada \"", "name", "Ada");
    row("blank name", "\" \"", "name", "error: the name cannot be empty.");
    row("reference", "\"Ada\"", "reference", "Ada");
    row("null reference", "null", "reference", "");
    row("date", "\"2024-02-29\"", "date", "2024-02-29");
    row("null date", "null", "date", "");
    row("no such date", "\"2023-02-29\"", "date", "error: \u201c2023-02-29\u201d is no date");
    row("date with a time", "\"2024-02-29T10:00\"", "date", "error: ");
    row("whole number", "3", "integer", "3");
    row("negative number", "-1", "integer", "error: -1 is outside 0 to 10.");
    row("number beyond", "11", "integer", "error: 11 is outside 0 to 10.");
    row("number beyond 64 bits", "18446744073709551615", "integer", "error: ");
    row("fraction", "1.0", "integer", "error: expected a whole number, not a number with a fraction");
    row("true", "true", "boolean", "true");
    row("one for true", "1", "boolean", "error: expected true or false, not a whole number");
    row("choice", "\"read\"", "choice", "read");
    row("wrong choice", "\"Read\"", "choice", "error: \u201cRead\u201d is not one of read, write.");
    row("list", "[\"a\", \"b\"]", "strings", "a|b");
    row("list with a number", "[\"a\", 2]", "strings", "error: expected text, not a whole number");
    row("list twice", "[\"a\", \"a\"]", "strings", "error: \u201ca\u201d is listed twice.");
    row("list blank", "[\"a\", \"\"]", "strings", "error: an entry of this list cannot be empty.");
    row("text for a list", "\"a\"", "strings", "error: expected a list, not text");
}

void TestJsonInput::typedReads()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, read);
    QFETCH(QString, expected);
    auto result = parsed("{\"v\": " + value + "}");
    QVERIFY(result->document->ok());
    RecordReader reader(*result->document, result->document->root(), JsonPath(), QStringLiteral("r"), 0);
    QString got;
    if (read == QLatin1String("text"))
        got = reader.text("v").value_or(QStringLiteral("-"));
    else if (read == QLatin1String("name"))
        got = reader.name("v").value_or(QStringLiteral("-"));
    else if (read == QLatin1String("reference"))
        got = reader.reference("v").value_or(QStringLiteral("-"));
    else if (read == QLatin1String("date"))
        got = reader.date("v") ? reader.date("v")->toString(Qt::ISODate) : QStringLiteral("-");
    else if (read == QLatin1String("integer"))
        got = reader.integer("v", 0, 10) ? QString::number(*reader.integer("v", 0, 10)) : QStringLiteral("-");
    else if (read == QLatin1String("boolean"))
        got = reader.boolean("v") ? (*reader.boolean("v") ? QStringLiteral("true") : QStringLiteral("false"))
                                  : QStringLiteral("-");
    else if (read == QLatin1String("choice"))
        got = reader.enumeration<steward::ScopeMode>("v") ? steward::key(*reader.enumeration<steward::ScopeMode>("v"))
                                                          : QStringLiteral("-");
    else if (read == QLatin1String("strings"))
        got = reader.strings("v", true, true).value_or(QStringList{QStringLiteral("-")}).join(QLatin1Char('|'));
    const QString firstError = result->report.errors().empty() ? QString() : result->report.errors().front().message;
    if (expected.startsWith(QLatin1String("error: "))) {
        QCOMPARE(got, QStringLiteral("-"));
        QVERIFY(!result->report.ok());
        QVERIFY2(firstError.startsWith(expected.mid(7)), qPrintable(firstError));
        QCOMPARE(result->report.errors().front().record, QStringLiteral("r"));
    } else {
        QVERIFY2(result->report.ok(), qPrintable(firstError));
        QCOMPARE(got, expected);
    }
}

void TestJsonInput::unknownMembersAreWarnings()
{
    auto result = parsed(R"({"known": 1, "zeta": 2, "alpha": {"x": 1}})");
    RecordReader reader(*result->document, result->document->root(), JsonPath(), QStringLiteral("r"), 0);
    QVERIFY(reader.integer("known", 0, 9));
    QVERIFY(!reader.text("absent"));
    reader.finish();
    QVERIFY(result->report.ok());
    QCOMPARE(result->report.warnings().size(), std::size_t(2));
    QCOMPARE(result->report.warnings()[0].field, QStringLiteral("alpha"));
    QCOMPARE(result->report.warnings()[1].field, QStringLiteral("zeta"));
    QVERIFY(result->report.warnings()[0].message.contains(QStringLiteral("ignored")));
}

QTEST_GUILESS_MAIN(TestJsonInput)
#include "tst_jsoninput.moc"
