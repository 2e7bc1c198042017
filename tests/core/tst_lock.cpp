// One writer per file: a second read-write open is refused while the first is open, naming who
// holds the file; read-only opening still works and refuses writes; the lock goes with the store.
#include "coretest.h"
#include "store/errors.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QtTest>

using namespace steward;
using steward::test::TempInventory;

class TestLock : public QObject
{
    Q_OBJECT

private slots:
    void secondWriterIsRefusedNamingTheHolder();
    void lockHolderNamesThisProcess();
    void readOnlyOpeningWorksWhileLocked();
    void readOnlyStoreRefusesWrites_data();
    void readOnlyStoreRefusesWrites();
    void writerCanOpenAfterFirstCloses();
    void refusedOpenLeavesTheFirstWriterWorking();
    void lockOfAProcessThatIsGoneDoesNotBlock();
};

void TestLock::secondWriterIsRefusedNamingTheHolder()
{
    TempInventory inv;
    try {
        Store::open(inv.path(), Store::Mode::ReadWrite);
        QFAIL("a second writer was let in");
    } catch (const OpenError& e) {
        QVERIFY(e.kind() == OpenErrorKind::Locked);
        QCOMPARE(e.path(), inv.path());
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(e.message().contains(pid), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QSysInfo::machineHostName()), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QFileInfo(inv.path()).fileName()), qPrintable(e.message()));
    }
}

void TestLock::lockHolderNamesThisProcess()
{
    TempInventory inv;
    const auto holder = lockHolder(inv.path());
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    QCOMPARE(holder->host, QSysInfo::machineHostName());
    inv.close();
    QVERIFY(!lockHolder(inv.path()).has_value()); // closing releases the lock file
}

void TestLock::readOnlyOpeningWorksWhileLocked()
{
    TempInventory inv;
    Person ada;
    ada.name = QStringLiteral("Ada");
    inv->addPerson(ada);

    auto reader = Store::open(inv.path(), Store::Mode::ReadOnly);
    QVERIFY(reader->isReadOnly());
    QCOMPARE(reader->people().size(), std::size_t(1));
    QCOMPARE(reader->people()[0].name, QStringLiteral("Ada"));
    QCOMPARE(reader->verify(), QStringList());

    // The writer keeps writing while the reader is open, and the reader sees it.
    Person bob;
    bob.name = QStringLiteral("Bob");
    inv->addPerson(bob);
    QCOMPARE(reader->people().size(), std::size_t(2));
}

void TestLock::readOnlyStoreRefusesWrites_data()
{
    QTest::addColumn<QString>("call");
    for (const char* call : {"addPerson", "updateConnector", "removeSkill", "setRaci", "approvePolicy", "transaction"})
        QTest::newRow(call) << QString::fromLatin1(call);
}

void TestLock::readOnlyStoreRefusesWrites()
{
    QFETCH(QString, call);
    TempInventory inv;
    Person ada;
    ada.name = QStringLiteral("Ada");
    const Id adaId = inv->addPerson(ada);
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id github = inv->addConnector(c);
    Skill s;
    s.name = QStringLiteral("Digest");
    const Id digest = inv->addSkill(s);
    inv.close();
    const QByteArray before = test::fileBytes(inv.path());

    auto reader = Store::open(inv.path(), Store::Mode::ReadOnly);
    try {
        if (call == QLatin1String("addPerson")) {
            Person bob;
            bob.name = QStringLiteral("Bob");
            reader->addPerson(bob);
        } else if (call == QLatin1String("updateConnector")) {
            Connector changed = *reader->connector(github);
            changed.tier = 3;
            reader->updateConnector(changed);
        } else if (call == QLatin1String("removeSkill")) {
            reader->removeSkill(digest);
        } else if (call == QLatin1String("setRaci")) {
            reader->setRaci(Raci{{{0, QStringLiteral("Owner")}}, {{0, QStringLiteral("Approve")}}, {}});
        } else if (call == QLatin1String("approvePolicy")) {
            reader->approvePolicy(adaId, QDate(2024, 1, 1), QDate(2024, 1, 2));
        } else {
            reader->transaction([] {});
        }
        QFAIL("a read-only store accepted a write");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
    }
    reader.reset();
    QCOMPARE(test::fileBytes(inv.path()), before);
    Store& store = inv.reopen();
    QCOMPARE(store.people().size(), std::size_t(1));
    QCOMPARE(store.connector(github)->tier, 1);
    QVERIFY(store.skill(digest).has_value());
    QVERIFY(store.raci().roles.empty());
    QVERIFY(store.policy().history.empty());
}

void TestLock::writerCanOpenAfterFirstCloses()
{
    TempInventory inv;
    QVERIFY_THROWS_EXCEPTION(OpenError, Store::open(inv.path(), Store::Mode::ReadWrite));
    inv.close();
    auto second = Store::open(inv.path(), Store::Mode::ReadWrite);
    QVERIFY(!second->isReadOnly());
    Person ada;
    ada.name = QStringLiteral("Ada");
    QVERIFY(second->addPerson(ada) > 0);
    // The new writer holds the lock in turn.
    QVERIFY_THROWS_EXCEPTION(OpenError, Store::open(inv.path(), Store::Mode::ReadWrite));
    QCOMPARE(second->verify(), QStringList());
}

void TestLock::refusedOpenLeavesTheFirstWriterWorking()
{
    TempInventory inv;
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            Store::open(inv.path(), Store::Mode::ReadWrite);
            QFAIL("a second writer was let in");
        } catch (const OpenError& e) {
            QVERIFY(e.kind() == OpenErrorKind::Locked); // a refused attempt does not drop the lock
        }
    }
    Person ada;
    ada.name = QStringLiteral("Ada");
    inv->addPerson(ada);
    QVERIFY(lockHolder(inv.path()).has_value());
    QCOMPARE(inv.reopen().people().size(), std::size_t(1));
    QCOMPARE(inv->verify(), QStringList());
}

// A Steward that crashed leaves its lock file behind; once its process is gone the lock is
// stale and the next writer takes it over instead of being refused forever.
void TestLock::lockOfAProcessThatIsGoneDoesNotBlock()
{
    TempInventory inv;
    const QString lockPath = inv.path() + QStringLiteral(".lock");
    const QByteArray ours = test::fileBytes(lockPath);
    QVERIFY(ours.startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
    inv.close();
    QVERIFY(!QFileInfo::exists(lockPath));

    QProcess gone;
    gone.start(QStringLiteral("/bin/true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    // The lock file as that process would have left it: its pid, the rest as this process writes.
    test::writeBytes(lockPath, QByteArray::number(pid) + ours.mid(ours.indexOf('\n')));
    QCOMPARE(lockHolder(inv.path())->pid, pid);

    Store& store = inv.reopen();
    QVERIFY(!store.isReadOnly());
    QCOMPARE(lockHolder(inv.path())->pid, QCoreApplication::applicationPid());
    QCOMPARE(store.verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
