// Store::saveCopy (File › Save a Copy As): a complete inventory with its audit trail that opens and
// verifies clean, never written over an existing file, never left half-written, without the
// original's lock, and possible from a read-only store.
#include "coretest.h"
#include "templates/templates.h"

#include <QtTest>
#include <unistd.h>

using namespace steward;

class TestSaveCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyIsTheWholeInventory();
    void copyOfReadOnlyStore();
    void copyIsNotLockedAndIndependent();
    void existingFileIsRefused();
    void awkwardFileNames_data();
    void awkwardFileNames();
    void missingFolderIsRefused();
    void unwritableFolderLeavesNothing();
    void failedCopyLeavesNothing();
    void refusedInsideATransaction();
};

void TestSaveCopy::copyIsTheWholeInventory()
{
    test::TempInventory inventory;
    templates::fillSample(inventory.store(), QDate(2026, 6, 1));
    const QString copyPath = inventory.dirPath() + QStringLiteral("/copy.steward");
    inventory->saveCopy(copyPath);

    auto copy = Store::open(copyPath);
    QCOMPARE(copy->verify(), QStringList());
    QCOMPARE(copy->schemaVersion(), inventory->schemaVersion());
    test::compareEach(copy->people(), inventory->people());
    test::compareEach(copy->workspaces(), inventory->workspaces());
    test::compareEach(copy->connectors(), inventory->connectors());
    test::compareEach(copy->skills(), inventory->skills());
    QCOMPARE(copy->policy(), inventory->policy());
    QCOMPARE(copy->raci(), inventory->raci());
    QCOMPARE(test::auditFingerprint(*copy), test::auditFingerprint(inventory.store()));
    QCOMPARE(test::metaAuditHead(*copy), test::metaAuditHead(inventory.store()));
    // Nothing but the original, its lock, the copy and the copy's own lock (opened above).
    QCOMPARE(test::filesIn(inventory.dirPath()),
             QStringList({QStringLiteral("copy.steward"), QStringLiteral("copy.steward.lock"),
                          QStringLiteral("inventory.steward"), QStringLiteral("inventory.steward.lock")}));
}

void TestSaveCopy::copyOfReadOnlyStore()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    inventory->addWorkspace(test::fullWorkspace(world));
    const QByteArray before = test::fileBytes(inventory.path());
    Store& reader = inventory.reopen(Store::Mode::ReadOnly);
    const QString copyPath = inventory.dirPath() + QStringLiteral("/from-reader.steward");
    reader.saveCopy(copyPath);
    QCOMPARE(test::fileBytes(inventory.path()), before);

    auto copy = Store::open(copyPath);
    QVERIFY(!copy->isReadOnly());
    QCOMPARE(copy->verify(), QStringList());
    test::compareEach(copy->workspaces(), reader.workspaces());
}

void TestSaveCopy::copyIsNotLockedAndIndependent()
{
    test::TempInventory inventory;
    inventory->addPerson(test::person(QStringLiteral("Ada")));
    const QString copyPath = inventory.dirPath() + QStringLiteral("/copy.steward");
    inventory->saveCopy(copyPath);
    QVERIFY(!QFileInfo::exists(copyPath + QStringLiteral(".lock")));
    QVERIFY(!lockHolder(copyPath));

    // The original stays open for editing; the copy opens for editing beside it, and each
    // goes its own way from here.
    auto copy = Store::open(copyPath);
    copy->addPerson(test::person(QStringLiteral("Only in the copy")));
    inventory->addPerson(test::person(QStringLiteral("Only in the original")));
    QCOMPARE(copy->people().size(), std::size_t(2));
    QCOMPARE(inventory->people().size(), std::size_t(2));
    QVERIFY(copy->personIdByName(QStringLiteral("Only in the original")) == 0);
    QCOMPARE(copy->verify(), QStringList());
    QCOMPARE(inventory->verify(), QStringList());
}

void TestSaveCopy::existingFileIsRefused()
{
    test::TempInventory inventory;
    const QString copyPath = inventory.dirPath() + QStringLiteral("/taken.steward");
    test::writeBytes(copyPath, QByteArrayLiteral("someone's notes"));
    try {
        inventory->saveCopy(copyPath);
        QFAIL("saveCopy wrote over an existing file");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("already exists")), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(copyPath), QByteArrayLiteral("someone's notes"));
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->saveCopy(inventory.path()));
    const QString emptyPath = inventory.dirPath() + QStringLiteral("/empty.steward");
    test::writeBytes(emptyPath, QByteArray());
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->saveCopy(emptyPath));
    QCOMPARE(test::fileBytes(emptyPath), QByteArray());
    QCOMPARE(test::filesIn(inventory.dirPath()),
             QStringList({QStringLiteral("empty.steward"), QStringLiteral("inventory.steward"),
                          QStringLiteral("inventory.steward.lock"), QStringLiteral("taken.steward")}));
}

void TestSaveCopy::awkwardFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quote") << QStringLiteral("it's a copy.steward");
    QTest::newRow("double quote") << QStringLiteral("the \"final\" copy.steward");
    QTest::newRow("sql") << QStringLiteral("x'; DROP TABLE people; --.steward");
    QTest::newRow("unicode") << QStringLiteral("Kopie für Zoë.steward");
    QTest::newRow("uri-like") << QStringLiteral("file:copy?mode=memory.steward");
}

void TestSaveCopy::awkwardFileNames()
{
    QFETCH(QString, name);
    test::TempInventory inventory;
    inventory->addPerson(test::person(QStringLiteral("Ada")));
    const QString copyPath = inventory.dirPath() + QLatin1Char('/') + name;
    inventory->saveCopy(copyPath);
    QVERIFY(QFileInfo(copyPath).isFile());
    auto copy = Store::open(copyPath, Store::Mode::ReadOnly);
    QCOMPARE(copy->people().size(), std::size_t(1));
    QCOMPARE(copy->verify(), QStringList());
    QCOMPARE(inventory->people().size(), std::size_t(1));
}

void TestSaveCopy::missingFolderIsRefused()
{
    test::TempInventory inventory;
    const QString copyPath = inventory.dirPath() + QStringLiteral("/no/such/folder/copy.steward");
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->saveCopy(copyPath));
    QVERIFY(!QFileInfo::exists(inventory.dirPath() + QStringLiteral("/no")));
}

void TestSaveCopy::unwritableFolderLeavesNothing()
{
    if (::geteuid() == 0)
        QSKIP("root may write into any folder");
    test::TempInventory inventory;
    const QString folder = inventory.dirPath() + QStringLiteral("/locked");
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->saveCopy(folder + QStringLiteral("/copy.steward")));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(test::filesIn(folder), QStringList());
}

void TestSaveCopy::failedCopyLeavesNothing()
{
    // A name longer than any file system allows: SQLite cannot create the copy, even for root.
    test::TempInventory inventory;
    const QString copyPath = inventory.dirPath() + QLatin1Char('/') + QString(300, QLatin1Char('a'));
    try {
        inventory->saveCopy(copyPath);
        QFAIL("a copy under an impossible name succeeded");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("Cannot save a copy as")), qPrintable(e.message()));
    }
    QCOMPARE(test::filesIn(inventory.dirPath()),
             QStringList({QStringLiteral("inventory.steward"), QStringLiteral("inventory.steward.lock")}));
    QCOMPARE(inventory->verify(), QStringList());
}

void TestSaveCopy::refusedInsideATransaction()
{
    test::TempInventory inventory;
    const QString copyPath = inventory.dirPath() + QStringLiteral("/copy.steward");
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->transaction([&] {
        inventory->addPerson(test::person(QStringLiteral("Ada")));
        inventory->saveCopy(copyPath);
    }));
    QVERIFY(!QFileInfo::exists(copyPath));
    QVERIFY(inventory->people().empty());
    QCOMPARE(test::filesIn(inventory.dirPath()),
             QStringList({QStringLiteral("inventory.steward"), QStringLiteral("inventory.steward.lock")}));
}

QTEST_GUILESS_MAIN(TestSaveCopy)
#include "tst_savecopy.moc"
