// The policy as Markdown (the policy page's preview, the history viewer and later the exports):
// user text comes out as the same text, never as Markdown syntax, and the document has every part.
#include "export/markdowntext.h"
#include "export/policymarkdown.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace steward;

class TestPolicyMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void inlineTextIsEscaped_data();
    void inlineTextIsEscaped();
    void cellsKeepToOneLine();
    void escapedTextRendersAsItself_data();
    void escapedTextRendersAsItself();
    void proseLosesIndentation();
    void openFenceIsClosed();
    void documentHasEveryPart();
    void draftAndApprovedStatusLines();
};

void TestPolicyMarkdown::inlineTextIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("read-only access") << QStringLiteral("read-only access");
    QTest::newRow("emphasis") << QStringLiteral("*all* _data_") << QStringLiteral("\\*all\\* \\_data\\_");
    QTest::newRow("html") << QStringLiteral("<script>&amp;") << QStringLiteral("\\<script\\>\\&amp;");
    QTest::newRow("link") << QStringLiteral("[x](http://e)") << QStringLiteral("\\[x\\](http://e)");
    QTest::newRow("heading") << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading");
    QTest::newRow("list") << QStringLiteral("- item") << QStringLiteral("\\- item");
    QTest::newRow("numbered") << QStringLiteral("1. first") << QStringLiteral("1\\. first");
    QTest::newRow("pipe and code") << QStringLiteral("a|b `c`") << QStringLiteral("a\\|b \\`c\\`");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\\\temp");
    QTest::newRow("second line") << QStringLiteral("ok\n+ plus") << QStringLiteral("ok\n\\+ plus");
}

void TestPolicyMarkdown::inlineTextIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(markdown::inlineText(text), expected);
}

void TestPolicyMarkdown::cellsKeepToOneLine()
{
    QCOMPARE(markdown::cellText(QStringLiteral(" two\r\nlines | here ")), QStringLiteral("two<br>lines \\| here"));
}

void TestPolicyMarkdown::escapedTextRendersAsItself_data()
{
    QTest::addColumn<QString>("text");
    for (const char* text :
         {"*all* _data_ **now**", "<b>bold</b> &amp; <!-- x -->", "[x](http://e) ![i](y)", "# heading", "Rule #",
          "- item", "+ item", "1. first", "2) second", "> quote", "a|b `c` ~~d~~", "C:\\temp\\x", "=== and ---", "***"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestPolicyMarkdown::escapedTextRendersAsItself()
{
    // Through Qt's own Markdown reader (the one the policy preview uses): as a paragraph, a
    // heading and a table cell, the text reads back exactly as written.
    QFETCH(QString, text);
    QTextDocument paragraph;
    paragraph.setMarkdown(markdown::inlineText(text));
    QCOMPARE(paragraph.toPlainText(), text);
    QTextDocument heading;
    heading.setMarkdown(QStringLiteral("## ") + markdown::inlineText(text));
    QCOMPARE(heading.toPlainText(), text);
    QTextDocument table;
    table.setMarkdown(QStringLiteral("| A | B |\n| --- | --- |\n| %1 | x |\n").arg(markdown::cellText(text)));
    QVERIFY2(table.toPlainText().contains(text), qPrintable(table.toPlainText()));
}

void TestPolicyMarkdown::proseLosesIndentation()
{
    QCOMPARE(markdown::proseText(QStringLiteral("first\n\n        indented\r  third")),
             QStringLiteral("first\n\nindented\nthird"));
}

void TestPolicyMarkdown::openFenceIsClosed()
{
    QCOMPARE(markdown::containedBlock(QStringLiteral("\n\n    code\n\n")), QStringLiteral("    code"));
    QCOMPARE(markdown::containedBlock(QStringLiteral("```\nopen")), QStringLiteral("```\nopen\n```"));
    QCOMPARE(markdown::containedBlock(QStringLiteral("~~~~\nx\n~~~~")), QStringLiteral("~~~~\nx\n~~~~"));
    Policy p;
    p.sections = {{1, QStringLiteral("First"), QStringLiteral("```\nunclosed")},
                  {2, QStringLiteral("Second"), QStringLiteral("after")}};
    QTextDocument document;
    document.setMarkdown(policyMarkdown(p, [](Id) { return QString(); }));
    // "Second" is a heading of its own, not a line of the first section's code block.
    bool secondIsHeading = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        secondIsHeading =
            secondIsHeading || (block.text() == QLatin1String("Second") && block.blockFormat().headingLevel() == 2);
    QVERIFY(secondIsHeading);
}

namespace {

Policy policy()
{
    Policy p;
    p.title = QStringLiteral("Acceptable use");
    p.version = QStringLiteral("1.2");
    p.allowedGroups = {QStringLiteral("cowork-finance")};
    p.dataClasses = {{DataClass::Confidential, Permission::Conditional, QStringLiteral("tier 3 | audit")}};
    p.prohibitedUses = {QStringLiteral("auto-send external commitments")};
    p.reviewTiers = {{3, QStringLiteral("sensitive"), QStringLiteral("dual review")}};
    p.trainingOptOut = QStringLiteral("Opted out.");
    p.auditFields = {QStringLiteral("output_hash")};
    p.sections = {{1, QStringLiteral("Scope"), QStringLiteral("Applies to **everyone**.")}};
    return p;
}

QString nobody(Id)
{
    return {};
}

} // namespace

void TestPolicyMarkdown::documentHasEveryPart()
{
    const QString md = policyMarkdown(policy(), nobody);
    QVERIFY2(md.startsWith(QStringLiteral("# Acceptable use\n")), qPrintable(md));
    for (const QString& part :
         {QStringLiteral("- cowork-finance"), QStringLiteral("| Confidential | Conditional | tier 3 \\| audit |"),
          QStringLiteral("- auto-send external commitments"), QStringLiteral("| 3 | sensitive | dual review |"),
          QStringLiteral("Opted out."), QStringLiteral("- output\\_hash"),
          QStringLiteral("## Retention\n\n*Not stated.*"), QStringLiteral("## Scope\n\nApplies to **everyone**.")})
        QVERIFY2(md.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + md));
}

void TestPolicyMarkdown::draftAndApprovedStatusLines()
{
    Policy p = policy();
    QVERIFY(policyMarkdown(p, nobody).contains(QStringLiteral("*Version 1.2 · draft*")));
    p.status = PolicyStatus::Approved;
    p.approvedBy = 7;
    p.approvedOn = QDate(2026, 8, 14);
    p.effectiveOn = QDate(2026, 8, 21);
    const QString md = policyMarkdown(p, [](Id id) { return id == 7 ? QStringLiteral("Marcus Lee") : QString(); });
    QVERIFY2(md.contains(QStringLiteral("*Version 1.2 · approved by Marcus Lee on 2026-08-14 · effective 2026-08-21*")),
             qPrintable(md));
}

QTEST_GUILESS_MAIN(TestPolicyMarkdown)
#include "tst_policymarkdown.moc"
