// steward lint: findings as text or JSON (checked against resources/schema/lint.schema.json by a
// real validator), exit 0 without errors, 1 with errors, 2 when it cannot run.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace steward;

class TestCliLint : public QObject
{
    Q_OBJECT

private slots:
    void sampleHasErrors();
    void jsonFollowsTheSchema();
    void outputIsDeterministic();
    void cleanInventoryExitsZero();
    void cannotRun_data();
    void cannotRun();
};

namespace {

const QString Today = QStringLiteral("2026-11-22");

QString sample(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("sample")});
    if (made.exitCode != 0)
        QTest::qFail(describe(made).constData(), __FILE__, __LINE__);
    return path;
}

test::CliResult lint(const QString& path, const QString& format)
{
    return test::runSteward(
        {QStringLiteral("lint"), path, QStringLiteral("--format"), format, QStringLiteral("--today"), Today});
}

} // namespace

void TestCliLint::sampleHasErrors()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    const auto result = lint(path, QStringLiteral("text"));
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    QVERIFY2(lines.front().startsWith(path + QStringLiteral(": error ")), describe(result));
    QVERIFY2(lines.back().contains(QStringLiteral("scorecard")), describe(result));
    // The sample's deliberate breaches, each named with its object.
    QVERIFY2(result.out.contains(QStringLiteral("connector.tier-floor")) ||
                 result.out.contains(QStringLiteral("connector.write-approver")),
             describe(result));
    for (const QString& line : lines.mid(0, lines.size() - 1))
        QVERIFY2(line.contains(QStringLiteral(" Fix: ")), qPrintable(line));
}

void TestCliLint::jsonFollowsTheSchema()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    const auto result = lint(path, QStringLiteral("json"));
    QCOMPARE(result.exitCode, 1);
    const QString output = dir->filePath(QStringLiteral("lint.json"));
    test::writeBytes(output, result.out.toUtf8());

    const QString schema = QStringLiteral(STEWARD_FIXTURES_DIR "/../../resources/schema/lint.schema.json");
    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import json, sys, jsonschema\n"
                                    "schema = json.load(open(sys.argv[1]))\n"
                                    "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                    "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"),
                     schema, output});
    QVERIFY(validator.waitForFinished(60'000));
    QVERIFY2(validator.exitCode() == 0, validator.readAllStandardError().constData());

    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("date")).toString(), Today);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    int errors = 0;
    for (const QJsonValue& finding : findings)
        errors += finding.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error");
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), errors);
    QVERIFY(errors > 0);
    QCOMPARE(json.value(QStringLiteral("scorecard")).toObject().value(QStringLiteral("families")).toArray().size(), 7);
}

void TestCliLint::outputIsDeterministic()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    const auto first = lint(path, QStringLiteral("json"));
    const auto second = lint(path, QStringLiteral("json"));
    QCOMPARE(first.out, second.out);
}

void TestCliLint::cleanInventoryExitsZero()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("clean.steward"));
    {
        auto store = Store::create(path);
        Person owner;
        owner.name = QStringLiteral("Ada");
        const Id ada = store->addPerson(owner);
        for (GovernanceObject object : store->governanceObjects()) {
            object.ownerId = ada;
            object.location = QStringLiteral("https://wiki.example.com/governance");
            object.review.lastReviewedOn = QDate(2026, 11, 1);
            store->updateGovernanceObject(object);
        }
        Policy policy = store->policy();
        policy.prohibitedUses = {QStringLiteral("auto-send external commitments without review")};
        policy.reviewTiers = {{1, QStringLiteral("internal"), QStringLiteral("spot-check")},
                              {2, QStringLiteral("leaves the organisation"), QStringLiteral("named reviewer")},
                              {3, QStringLiteral("sensitive or writes"), QStringLiteral("dual review + audit")}};
        store->updatePolicy(policy);
        store->approvePolicy(ada, QDate(2026, 11, 1), QDate(2026, 11, 1));
        Raci raci;
        raci.roles = {{0, QStringLiteral("IT")}, {0, QStringLiteral("Security")}};
        raci.activities = {{0, QStringLiteral("Approve connectors")}};
        raci.cells = {{0, 0, QStringLiteral("R")}, {0, 1, QStringLiteral("A")}};
        store->setRaci(raci);
    }
    const auto result = lint(path, QStringLiteral("text"));
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QStringLiteral("errors: 0, warnings: 0")), describe(result));
}

void TestCliLint::cannotRun_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{QStringLiteral("lint")} << QStringLiteral("FILE");
    QTest::newRow("missing file") << QStringList{QStringLiteral("lint"), QStringLiteral("missing.steward")}
                                  << QStringLiteral("missing.steward");
    QTest::newRow("bad format") << QStringList{QStringLiteral("lint"), QStringLiteral("x.steward"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("--format");
    QTest::newRow("bad date") << QStringList{QStringLiteral("lint"), QStringLiteral("x.steward"),
                                             QStringLiteral("--today"), QStringLiteral("22/11/2026")}
                              << QStringLiteral("--today");
}

void TestCliLint::cannotRun()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const auto result = test::runSteward(args, dir->path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: ")), describe(result));
    QVERIFY2(result.err.contains(message), describe(result));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
