// steward new: the file each template produces, refusing to overwrite, and who the audit trail
// says did it.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QtTest>
#include <set>

using namespace steward;

namespace {

// Runs "steward new" and checks the success report; returns false (having failed the test) if not.
bool createInventory(const QString& path, const QStringList& extra = {})
{
    const auto result = test::runSteward(QStringList{QStringLiteral("new"), path} + extra);
    if (!result.finished || result.exitCode != 0) {
        QTest::qFail(describe(result).constData(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace

class TestCliNew : public QObject
{
    Q_OBJECT

private slots:
    void seedTemplate_data();
    void seedTemplate();
    void emptyTemplate();
    void sampleTemplate();
    void refusesExistingFile_data();
    void refusesExistingFile();
    void unwritableLocation();
    void actorDefaultsToEnvironment();
    void actorOption_data();
    void actorOption();
};

void TestCliNew::seedTemplate_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("default") << QStringList();
    QTest::newRow("--template seed") << QStringList{QStringLiteral("--template"), QStringLiteral("seed")};
    QTest::newRow("--template=seed") << QStringList{QStringLiteral("--template=seed")};
}

void TestCliNew::seedTemplate()
{
    QFETCH(QStringList, options);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("seed.steward"));
    const auto result = test::runSteward(QStringList{QStringLiteral("new"), path} + options);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Created %1 (seed template).\n").arg(path));
    // The store was closed: no lock left behind to block the next editor.
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("seed.steward")});

    const auto store = Store::open(path, Store::Mode::ReadOnly);
    const Policy policy = store->policy();
    QCOMPARE(int(policy.reviewTiers.size()), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(policy.reviewTiers[std::size_t(i)].tier, i + 1);
    QCOMPARE(policy.prohibitedUses.size(), 3);
    QCOMPARE(policy.auditFields.size(), 5);

    const Raci raci = store->raci();
    QCOMPARE(int(raci.roles.size()), 5);
    QCOMPARE(int(raci.activities.size()), 5);
    QCOMPARE(int(raci.cells.size()), 25);
    // Seed 004: one accountable role per activity, never none and never two.
    for (int activity = 0; activity < 5; ++activity) {
        int accountable = 0;
        for (const RaciCell& cell : raci.cells) {
            if (cell.activity == activity && cell.letters.contains(QLatin1Char('A')))
                ++accountable;
        }
        QVERIFY2(accountable == 1, qPrintable(raci.activities[std::size_t(activity)].name));
    }

    QCOMPARE(int(store->cadences().size()), 4);
    QCOMPARE(int(store->governanceObjects().size()), 4);
    QCOMPARE(store->verify(), QStringList());
}

void TestCliNew::emptyTemplate()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("empty.steward"));
    const auto result =
        test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("empty")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Created %1 (empty template).\n").arg(path));

    const auto store = Store::open(path, Store::Mode::ReadOnly);
    const Policy policy = store->policy();
    QVERIFY(policy.reviewTiers.empty());
    QVERIFY(policy.prohibitedUses.isEmpty());
    QVERIFY(policy.auditFields.isEmpty());
    const Raci raci = store->raci();
    QVERIFY(raci.roles.empty());
    QVERIFY(raci.activities.empty());
    QVERIFY(raci.cells.empty());
    QVERIFY(store->cadences().empty());
    QVERIFY(store->people().empty());
    QVERIFY(store->connectors().empty());
    // The four governance objects exist in every inventory, one of each kind.
    std::set<GovernanceKind> kinds;
    for (const GovernanceObject& object : store->governanceObjects())
        kinds.insert(object.kind);
    QCOMPARE(int(store->governanceObjects().size()), 4);
    QCOMPARE(int(kinds.size()), 4);
    QCOMPARE(store->verify(), QStringList());
}

void TestCliNew::sampleTemplate()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("sample.steward"));
    const auto result = test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template=sample")});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Created %1 (sample template).\n").arg(path));

    const auto store = Store::open(path, Store::Mode::ReadOnly);
    // The sample is a company on top of the seed.
    QCOMPARE(int(store->policy().reviewTiers.size()), 3);
    QCOMPARE(int(store->raci().activities.size()), 5);
    QCOMPARE(store->verify(), QStringList());
    // templates.h promises ~20 people, ~10 workspaces, ~15 connectors and ~12 skills.
    const QString counts = QStringLiteral("people %1, workspaces %2, connectors %3, skills %4")
                               .arg(store->people().size())
                               .arg(store->workspaces().size())
                               .arg(store->connectors().size())
                               .arg(store->skills().size());
    QVERIFY2(!store->people().empty() && !store->workspaces().empty() && !store->connectors().empty() &&
                 !store->skills().empty(),
             qPrintable(counts));
}

void TestCliNew::refusesExistingFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("templateName");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("seed");
    QTest::newRow("zero bytes") << QStringLiteral("zero") << QStringLiteral("empty");
    QTest::newRow("an inventory") << QStringLiteral("inventory") << QStringLiteral("sample");
}

void TestCliNew::refusesExistingFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, templateName);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("existing.steward"));
    if (kind == QLatin1String("text"))
        test::writeBytes(path, QByteArrayLiteral("my notes, not to be lost\n"));
    else if (kind == QLatin1String("zero"))
        test::writeBytes(path, QByteArray());
    else if (!createInventory(path, {QStringLiteral("--template"), QStringLiteral("empty")}))
        return;
    QVERIFY(QFileInfo::exists(path));
    const QByteArray before = test::fileBytes(path);

    const auto result = test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), templateName});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("already exists")), describe(result));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("existing.steward")});
}

void TestCliNew::unwritableLocation()
{
    const auto dir = test::makeTempDir();
    // A folder that does not exist; running as root defeats permission bits, this does not.
    const QString path = dir->filePath(QStringLiteral("missing-folder/inv.steward"));
    const auto result = test::runSteward({QStringLiteral("new"), path});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(test::dirEntries(dir->path()), QStringList());
}

void TestCliNew::actorDefaultsToEnvironment()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path));
    const auto store = Store::open(path, Store::Mode::ReadOnly);
    const auto trail = store->auditTrail();
    QVERIFY(!trail.empty());
    for (const AuditEntry& entry : trail)
        QCOMPARE(entry.actor, QStringLiteral("cli-test")); // STEWARD_ACTOR of cliEnvironment()
}

void TestCliNew::actorOption_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("fills"); // the template writes rows after the file is created
    QTest::newRow("--actor NAME, seed") << QStringList{QStringLiteral("--actor"), QStringLiteral("Dana Reviewer")}
                                        << QStringLiteral("Dana Reviewer") << true;
    QTest::newRow("--actor=NAME, empty") << QStringList{QStringLiteral("--actor=dana"),
                                                        QStringLiteral("--template=empty")}
                                         << QStringLiteral("dana") << false;
    QTest::newRow("--actor, sample") << QStringList{QStringLiteral("--template"), QStringLiteral("sample"),
                                                    QStringLiteral("--actor"), QStringLiteral("Élodie Ñúñez")}
                                     << QStringLiteral("Élodie Ñúñez") << true;
}

void TestCliNew::actorOption()
{
    QFETCH(QStringList, options);
    QFETCH(QString, actor);
    QFETCH(bool, fills);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path, options));
    const auto store = Store::open(path, Store::Mode::ReadOnly);
    const auto trail = store->auditTrail();
    QVERIFY(!trail.empty());
    // The template's own rows are the last ones written: --actor reaches them at least.
    if (fills)
        QCOMPARE(trail.back().actor, actor);

    QStringList others;
    for (const AuditEntry& entry : trail) {
        if (entry.actor != actor)
            others.append(QStringLiteral("seq %1 (%2 %3 id %4) by %5")
                              .arg(entry.seq)
                              .arg(entry.action, entry.entity)
                              .arg(entry.entityId)
                              .arg(entry.actor));
    }
    // bug: Store::create() writes the governance objects and the policy row under the default
    // actor ($STEWARD_ACTOR) before commandNew() calls setActor(), so --actor misses them.
    QVERIFY2(others.isEmpty(), qPrintable(others.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestCliNew)
#include "tst_cli_new.moc"
