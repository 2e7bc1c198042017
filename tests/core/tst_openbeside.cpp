// A worker thread writing the file the window holds (a long import): a second connection under the
// owner's lock, whose audit rows continue the owner's chain once the owner refreshes.
#include "coretest.h"

#include <QThread>

using namespace steward;
using steward::test::TempInventory;

class TestOpenBeside : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerWritesAndTheChainStaysWhole();
    void workerRollbackLeavesTheFileAsItWas();
    void readOnlyOwnerIsRefused();
};

void TestOpenBeside::workerWritesAndTheChainStaysWhole()
{
    TempInventory inv;
    inv->setActor(QStringLiteral("Ada"));
    inv->addPerson(test::person(QStringLiteral("Before")));
    QString error;
    QString actor;
    Id added = 0;
    QThread* worker = QThread::create([&] { // no test macros in here: they belong to the test's thread
        try {
            auto beside = Store::openBeside(inv.store());
            actor = beside->actor();
            added = beside->addPerson(test::person(QStringLiteral("From the worker")));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actor, QStringLiteral("Ada")); // the audit trail names who imported
    inv->refresh();
    inv->addPerson(test::person(QStringLiteral("After")));
    QCOMPARE(inv->person(added)->name, QStringLiteral("From the worker"));
    QVERIFY2(inv->verify().isEmpty(), qPrintable(inv->verify().join(QLatin1Char('\n'))));
    QVERIFY(inv.reopen().verify().isEmpty());
}

void TestOpenBeside::workerRollbackLeavesTheFileAsItWas()
{
    TempInventory inv;
    inv->addPerson(test::person(QStringLiteral("Before")));
    const QByteArray bytes = test::fileBytes(inv.path());
    QThread* worker = QThread::create([&] {
        auto beside = Store::openBeside(inv.store());
        try {
            beside->transaction([&] {
                beside->addPerson(test::person(QStringLiteral("Cancelled")));
                throw StoreError(QStringLiteral("cancelled"));
            });
        } catch (const StoreError&) {
        }
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    inv->refresh();
    QCOMPARE(test::fileBytes(inv.path()), bytes);
    QCOMPARE(inv->personIdByName(QStringLiteral("Cancelled")), Id(0));
    inv->addPerson(test::person(QStringLiteral("After")));
    QVERIFY(inv->verify().isEmpty());
}

void TestOpenBeside::readOnlyOwnerIsRefused()
{
    TempInventory inv;
    Store& reader = inv.reopen(Store::Mode::ReadOnly);
    QVERIFY_THROWS_EXCEPTION(OpenError, Store::openBeside(reader));
}

QTEST_GUILESS_MAIN(TestOpenBeside)
#include "tst_openbeside.moc"
