// Corners of opening and removing that the main suites do not reach: files that are not regular
// files, write-protected files, lookups of id 0, text that is not valid UTF-16, and reviews whose
// subject is removed.
#include "coretest.h"

#include <QFile>
#include <QtTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace steward;

class TestOpenEdgeCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipeIsRefusedWithoutBlocking();
    void writeProtectedFileIsRefusedForEditing();
    void idZeroFindsNothing();
    void unpairedSurrogatesStoreAndVerify();
    void removingASubjectRemovesItsReviews_data();
    void removingASubjectRemovesItsReviews();
};

void TestOpenEdgeCases::pipeIsRefusedWithoutBlocking()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("pipe.steward"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    for (const auto mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        try {
            Store::open(path, mode);
            QFAIL("a named pipe opened as an inventory");
        } catch (const OpenError& e) {
            QCOMPARE(e.kind(), OpenErrorKind::NotSqlite);
            QVERIFY2(e.message().contains(QStringLiteral("not a regular file")), qPrintable(e.message()));
        }
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestOpenEdgeCases::writeProtectedFileIsRefusedForEditing()
{
    if (::geteuid() == 0)
        QSKIP("root may write to any file, so a write-protected file is writable for it");
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("protected.steward"));
    Store::create(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = test::fileBytes(path);
    try {
        Store::open(path);
        QFAIL("a write-protected file opened for editing");
    } catch (const OpenError& e) {
        QCOMPARE(e.kind(), OpenErrorKind::NotWritable);
    }
    QVERIFY(Store::open(path, Store::Mode::ReadOnly)->isReadOnly());
    QCOMPARE(test::fileBytes(path), before);
}

void TestOpenEdgeCases::idZeroFindsNothing()
{
    const auto dir = test::makeTempDir();
    auto store = Store::create(dir->filePath(QStringLiteral("zero.steward")));
    Connector connector;
    connector.name = QStringLiteral("Jira");
    store->addConnector(connector);
    QVERIFY(!store->person(0));
    QVERIFY(!store->workspace(0));
    QVERIFY(!store->connector(0));
    QVERIFY(!store->skill(0));
    QVERIFY(!store->connector(-1));
}

void TestOpenEdgeCases::unpairedSurrogatesStoreAndVerify()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("utf16.steward"));
    auto store = Store::create(path);
    Person person;
    person.name = QStringLiteral("Nadia");
    person.notes = QString(QChar(0xD800)) + QStringLiteral("y"); // a high surrogate with no partner
    const Id id = store->addPerson(person);
    const QString stored = store->person(id)->notes;
    QVERIFY(QStringView(stored).isValidUtf16());
    QVERIFY(stored.endsWith(QLatin1Char('y')));
    QCOMPARE(store->verify(), QStringList());
}

void TestOpenEdgeCases::removingASubjectRemovesItsReviews_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("workspace") << QStringLiteral("workspace");
    QTest::newRow("connector") << QStringLiteral("connector");
    QTest::newRow("skill") << QStringLiteral("skill");
}

void TestOpenEdgeCases::removingASubjectRemovesItsReviews()
{
    QFETCH(QString, subject);
    const auto dir = test::makeTempDir();
    auto store = Store::create(dir->filePath(QStringLiteral("reviews.steward")));
    auto add = [&](const QString& name) -> Id {
        if (subject == QLatin1String("workspace")) {
            Workspace w;
            w.name = name;
            return store->addWorkspace(w);
        }
        if (subject == QLatin1String("connector")) {
            Connector c;
            c.name = name;
            return store->addConnector(c);
        }
        Skill s;
        s.name = name;
        return store->addSkill(s);
    };
    auto remove = [&](Id id) {
        if (subject == QLatin1String("workspace"))
            store->removeWorkspace(id);
        else if (subject == QLatin1String("connector"))
            store->removeConnector(id);
        else
            store->removeSkill(id);
    };
    const Id old = add(QStringLiteral("Old"));
    store->addReview({0, subject, old, QDate(2026, 1, 5), 0, QStringLiteral("reviewed the old one")});
    remove(old);
    QCOMPARE(store->reviews().size(), std::size_t(0));
    // SQLite may hand the freed id to the next row; it must not inherit the old review.
    const Id next = add(QStringLiteral("New"));
    QCOMPARE(next, old);
    QCOMPARE(store->reviews().size(), std::size_t(0));
    QCOMPARE(store->verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestOpenEdgeCases)
#include "tst_openedgecases.moc"
