// A Steward that stops in the middle of a write leaves a rollback journal beside the file.
// Reading such a file read-only cannot roll it back, so it is refused with a message that says
// how to recover; opening it for editing rolls the unfinished change back.
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace steward;

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interruptedWriteIsRolledBackOnOpen();
};

void TestRecovery::interruptedWriteIsRolledBackOnOpen()
{
    const auto dir = test::makeTempDir();
    const QString live = dir->filePath(QStringLiteral("live.steward"));
    const QString crashed = dir->filePath(QStringLiteral("crashed.steward"));
    {
        auto store = Store::create(live);
        templates::fillSeed(*store);
        Connector connector;
        connector.name = QStringLiteral("Jira");
        store->addConnector(connector);

        // A tiny page cache makes SQLite spill changed pages into the file before the commit, as
        // it does for a large import; copying the file and its journal then is what a power cut
        // would leave behind: a file with half a transaction in it, and the journal to undo it.
        QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA cache_size = 2"));
        store->transaction([&] {
            for (int i = 0; i < 300; ++i) {
                Connector more;
                more.name = QStringLiteral("Half-written connector %1").arg(i);
                more.notes = QString(200, QLatin1Char('x'));
                store->addConnector(more);
            }
            QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        });
    }
    QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
    const QByteArray before = test::fileBytes(crashed);
    QVERIFY2(before != test::fileBytes(live), "the spill should have changed the file before the commit");

    try {
        Store::open(crashed, Store::Mode::ReadOnly);
        QFAIL("a file with a hot journal opened read-only");
    } catch (const OpenError& e) {
        QCOMPARE(e.kind(), OpenErrorKind::Interrupted);
        QVERIFY2(e.message().contains(QStringLiteral("Open it for editing once")), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(crashed), before);

    auto recovered = Store::open(crashed);
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")));
    const auto connectors = recovered->connectors();
    QCOMPARE(connectors.size(), std::size_t(1));
    QCOMPARE(connectors.front().name, QStringLiteral("Jira"));
    QCOMPARE(recovered->verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
