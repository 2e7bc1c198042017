// steward demo: a synthetic inventory of about the requested size that verifies, the same for
// the same seed, different for another, and never written over an existing file.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace steward;

namespace {

test::CliResult demo(const QString& path, const QStringList& options)
{
    return test::runSteward(QStringList{QStringLiteral("demo"), path} + options);
}

// The inventory as text, one line per row, read through the Store: what a seed determines.
QStringList inventory(const QString& path)
{
    const auto store = Store::open(path, Store::Mode::ReadOnly);
    QStringList lines;
    for (const Person& p : store->people())
        lines.append(QStringLiteral("person %1 | %2 | %3").arg(p.name, p.email, p.team));
    for (const Connector& c : store->connectors()) {
        QStringList scopes;
        for (const OAuthScope& scope : c.scopes)
            scopes.append(QStringLiteral("%1(%2)").arg(scope.scope).arg(int(scope.mode)));
        lines.append(QStringLiteral("connector %1 | %2 | %3 | %4 | owner %5 | access %6")
                         .arg(c.name, c.system, scopes.join(QLatin1Char(' ')), c.server.url)
                         .arg(c.ownerId)
                         .arg(int(c.access)));
    }
    for (const Workspace& w : store->workspaces()) {
        QStringList connectors;
        for (Id id : w.connectorIds)
            connectors.append(QString::number(id));
        lines.append(QStringLiteral("workspace %1 | %2 | seats %3 | connectors %4")
                         .arg(w.name, w.function)
                         .arg(w.seats)
                         .arg(connectors.join(QLatin1Char(' '))));
    }
    for (const Skill& s : store->skills())
        lines.append(QStringLiteral("skill %1 | %2").arg(s.name, s.version));
    for (const Incident& i : store->incidents())
        lines.append(QStringLiteral("incident %1 | %2 | connector %3")
                         .arg(i.title, i.occurredOn.toString(Qt::ISODate))
                         .arg(i.connectorIds.empty() ? Id(0) : i.connectorIds.front()));
    const Raci raci = store->raci();
    for (const RaciCell& cell : raci.cells)
        lines.append(QStringLiteral("raci %1 | %2 | %3")
                         .arg(raci.activities[std::size_t(cell.activity)].name, raci.roles[std::size_t(cell.role)].name,
                              cell.letters));
    return lines;
}

// The audit trail without what depends on the clock (times, and the hashes over them).
QStringList auditContent(const QString& path)
{
    QStringList lines;
    for (const AuditEntry& e : Store::open(path, Store::Mode::ReadOnly)->auditTrail())
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 = %7")
                         .arg(e.seq)
                         .arg(e.actor, e.action, e.entity)
                         .arg(e.entityId)
                         .arg(e.field, e.newValue));
    return lines;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void writesVerifiableInventory();
    void smallestSize();
    void sameSeedSameInventory_data();
    void sameSeedSameInventory();
    void differentSeedDifferentInventory();
    void actorOption();
    void refusesExistingFile_data();
    void refusesExistingFile();
};

void TestCliDemo::writesVerifiableInventory()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("demo.steward"));
    const auto result =
        demo(path, {QStringLiteral("--size"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QRegularExpression report(
        QStringLiteral("^Wrote (\\d+) rows to %1 in \\d+ ms\\.\\n$").arg(QRegularExpression::escape(path)));
    const auto match = report.match(result.out);
    QVERIFY2(match.hasMatch(), describe(result));
    // "About N rows": within a quarter of what was asked for.
    const int rows = match.captured(1).toInt();
    QVERIFY2(rows >= 375 && rows <= 625, qPrintable(match.captured(1)));
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("demo.steward")});

    const auto check = test::runSteward({QStringLiteral("verify"), path});
    QVERIFY2(check.finished, describe(check));
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith(QStringLiteral("%1: ok").arg(path)), describe(check));

    // Every kind of row is there, on top of the seed.
    const auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(!store->people().empty());
    QVERIFY(!store->connectors().empty());
    QVERIFY(!store->skills().empty());
    QVERIFY(!store->workspaces().empty());
    QVERIFY(!store->reviews().empty());
    QVERIFY(!store->requests().empty());
    QVERIFY(!store->incidents().empty());
    QCOMPARE(int(store->policy().reviewTiers.size()), 3);
    QCOMPARE(int(store->raci().activities.size()), 5);
}

void TestCliDemo::smallestSize()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("demo.steward"));
    const auto result = demo(path, {QStringLiteral("--size=0")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const auto check = test::runSteward({QStringLiteral("verify"), path});
    QVERIFY2(check.finished, describe(check));
    QCOMPARE(check.exitCode, 0);
}

void TestCliDemo::sameSeedSameInventory_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("--seed 7") << QStringList{QStringLiteral("--size"), QStringLiteral("500"), QStringLiteral("--seed"),
                                             QStringLiteral("7")};
    QTest::newRow("default seed") << QStringList{QStringLiteral("--size=300")};
}

void TestCliDemo::sameSeedSameInventory()
{
    QFETCH(QStringList, options);
    const auto dir = test::makeTempDir();
    const QString first = dir->filePath(QStringLiteral("first.steward"));
    const QString second = dir->filePath(QStringLiteral("second.steward"));
    for (const QString& path : {first, second}) {
        const auto result = demo(path, options);
        QVERIFY2(result.finished, describe(result));
        QCOMPARE(result.exitCode, 0);
    }
    const QStringList a = inventory(first);
    QVERIFY(a.size() > 100);
    QCOMPARE(inventory(second), a);
    // The files themselves should match too, so that the same benchmark runs on the same rows.
    QCOMPARE(auditContent(second), auditContent(first));
}

void TestCliDemo::differentSeedDifferentInventory()
{
    const auto dir = test::makeTempDir();
    const QString first = dir->filePath(QStringLiteral("seed7.steward"));
    const QString second = dir->filePath(QStringLiteral("seed8.steward"));
    for (const auto& [path, seed] : {std::pair{first, QStringLiteral("7")}, std::pair{second, QStringLiteral("8")}}) {
        const auto result =
            demo(path, {QStringLiteral("--size"), QStringLiteral("500"), QStringLiteral("--seed"), seed});
        QVERIFY2(result.finished, describe(result));
        QCOMPARE(result.exitCode, 0);
    }
    QVERIFY(inventory(first) != inventory(second));
    // Not only somewhere: the connectors themselves (system, scopes) differ.
    const auto a = Store::open(first, Store::Mode::ReadOnly)->connectors();
    const auto b = Store::open(second, Store::Mode::ReadOnly)->connectors();
    QStringList namesA;
    QStringList namesB;
    for (const Connector& c : a)
        namesA.append(c.name);
    for (const Connector& c : b)
        namesB.append(c.name);
    QVERIFY(namesA != namesB);
}

void TestCliDemo::actorOption()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("demo.steward"));
    const auto result =
        demo(path, {QStringLiteral("--size=100"), QStringLiteral("--actor"), QStringLiteral("bench-bot")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    const auto trail = Store::open(path, Store::Mode::ReadOnly)->auditTrail();
    QVERIFY(!trail.empty());
    QCOMPARE(trail.back().actor, QStringLiteral("bench-bot"));
    QStringList others;
    for (const AuditEntry& entry : trail) {
        if (entry.actor != QLatin1String("bench-bot"))
            others.append(QStringLiteral("seq %1 %2 by %3").arg(entry.seq).arg(entry.entity, entry.actor));
    }
    // Same cause as in tst_cli_new: setActor() comes after Store::create() has written its rows.
    QVERIFY2(others.isEmpty(), qPrintable(others.join(QStringLiteral("; "))));
}

void TestCliDemo::refusesExistingFile_data()
{
    QTest::addColumn<bool>("inventoryFile");
    QTest::newRow("text file") << false;
    QTest::newRow("an inventory") << true;
}

void TestCliDemo::refusesExistingFile()
{
    QFETCH(bool, inventoryFile);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("existing.steward"));
    if (inventoryFile) {
        const auto made = test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template=empty")});
        QVERIFY2(made.finished && made.exitCode == 0, describe(made));
    } else {
        test::writeBytes(path, QByteArrayLiteral("keep me\n"));
    }
    const QByteArray before = test::fileBytes(path);

    const auto result =
        demo(path, {QStringLiteral("--size"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("already exists")), describe(result));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("existing.steward")});
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
