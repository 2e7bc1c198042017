// Files that are not inventories this build can open: each gives its own OpenError kind, through
// inspectFile and through Store::open in both modes, and the file is left exactly as it was
// (same bytes, and no journal, lock or backup left beside it).
#include "coretest.h"
#include "store/errors.h"
#include "store/fileinspector.h"
#include "store/schema.h"
#include "store/store.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <unistd.h>

using namespace steward;

Q_DECLARE_METATYPE(steward::OpenErrorKind)

namespace {

QByteArray pngBytes()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void makeForeignDatabase(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO moz_bookmarks (title) VALUES ('Qt'), ('SQLite')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

// A real inventory, closed, with enough rows to span many pages.
void makeInventory(const QString& path, int connectors)
{
    auto store = Store::create(path);
    store->transaction([&] {
        for (int i = 0; i < connectors; ++i) {
            Connector c;
            c.name = QStringLiteral("Connector %1").arg(i);
            c.notes = QStringLiteral("Padding so the file spans many pages. ").repeated(8);
            c.scopes = {{0, QStringLiteral("scope:%1").arg(i), ScopeMode::Read, {}}};
            store->addConnector(c);
        }
    });
}

// Builds the bad file named by `kind` at path; returns false for a case that cannot be made here.
bool makeBadFile(const QString& kind, const QString& path)
{
    if (kind == QLatin1String("png")) {
        test::writeBytes(path, pngBytes());
    } else if (kind == QLatin1String("zero bytes")) {
        test::writeBytes(path, QByteArray());
        QFile touch(path);
        if (!touch.exists() && touch.open(QIODevice::WriteOnly))
            touch.close();
    } else if (kind == QLatin1String("text")) {
        test::writeBytes(path, QByteArrayLiteral("name,system\nGitHub,GitHub\n"));
    } else if (kind == QLatin1String("foreign sqlite")) {
        makeForeignDatabase(path);
    } else if (kind == QLatin1String("newer schema")) {
        makeInventory(path, 3);
        return test::rawSql(path, QStringLiteral("PRAGMA user_version = 999"));
    } else if (kind == QLatin1String("no schema version")) {
        makeInventory(path, 3);
        return test::rawSql(path, QStringLiteral("PRAGMA user_version = 0"));
    } else if (kind == QLatin1String("truncated")) {
        makeInventory(path, 200);
        const QByteArray whole = test::fileBytes(path);
        if (whole.size() < 16 * 4096)
            return false;
        test::writeBytes(path, whole.left(whole.size() / 2));
    } else if (kind == QLatin1String("truncated to pages")) {
        // Cut at a page boundary, so only the page count in the header gives it away.
        makeInventory(path, 200);
        const QByteArray whole = test::fileBytes(path);
        const qsizetype pageSize = (uchar(whole.at(16)) << 8) | uchar(whole.at(17));
        test::writeBytes(path, whole.left((whole.size() / pageSize / 2) * pageSize));
    } else if (kind == QLatin1String("header only")) {
        makeInventory(path, 3);
        test::writeBytes(path, test::fileBytes(path).left(60));
    } else if (kind == QLatin1String("no bookkeeping")) {
        makeInventory(path, 3);
        return test::rawSql(path, QStringLiteral("DELETE FROM meta"));
    } else if (kind == QLatin1String("unreadable")) {
        if (::geteuid() == 0)
            return false; // root reads any file
        makeInventory(path, 1);
        QFile::setPermissions(path, QFileDevice::WriteOwner);
    } else if (kind == QLatin1String("folder")) {
        QDir().mkpath(path);
    } else if (kind != QLatin1String("missing")) {
        return false;
    }
    return true;
}

} // namespace

class TestFileInspector : public QObject
{
    Q_OBJECT

private slots:
    void goodFileIsAccepted();
    void badFileIsRefusedAndLeftUntouched_data();
    void badFileIsRefusedAndLeftUntouched();
};

void TestFileInspector::goodFileIsAccepted()
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("good.steward"));
    makeInventory(path, 3);
    const QByteArray before = test::fileBytes(path);
    const QStringList files = test::filesIn(dir->path());
    QCOMPARE(inspectFile(path).schemaVersion, schema::currentVersion);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::filesIn(dir->path()), files);
}

void TestFileInspector::badFileIsRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OpenErrorKind>("expected");
    QTest::addColumn<int>("mode"); // -1: inspectFile alone; otherwise a Store::Mode for Store::open

    const std::vector<std::pair<const char*, OpenErrorKind>> cases{
        {"png", OpenErrorKind::NotSqlite},
        {"text", OpenErrorKind::NotSqlite},
        {"zero bytes", OpenErrorKind::Empty},
        {"foreign sqlite", OpenErrorKind::ForeignDatabase},
        {"newer schema", OpenErrorKind::NewerSchema},
        {"no schema version", OpenErrorKind::Corrupt},
        {"truncated", OpenErrorKind::Corrupt},
        {"truncated to pages", OpenErrorKind::Corrupt},
        {"header only", OpenErrorKind::Corrupt},
        {"no bookkeeping", OpenErrorKind::Corrupt},
        {"unreadable", OpenErrorKind::Unreadable},
        {"folder", OpenErrorKind::NotSqlite},
        {"missing", OpenErrorKind::NotFound},
    };
    const std::vector<std::pair<const char*, int>> modes{
        {"inspectFile", -1},
        {"open read-write", int(Store::Mode::ReadWrite)},
        {"open read-only", int(Store::Mode::ReadOnly)},
    };
    for (const auto& [kind, error] : cases) {
        for (const auto& [modeName, mode] : modes)
            QTest::addRow("%s, %s", kind, modeName) << QString::fromLatin1(kind) << error << mode;
    }
}

void TestFileInspector::badFileIsRefusedAndLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(OpenErrorKind, expected);
    QFETCH(int, mode);

    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inventory.steward"));
    if (!makeBadFile(kind, path))
        QSKIP("this kind of bad file cannot be made here");
    QVERIFY(!QTest::currentTestFailed());
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = test::fileBytes(path);
    const QStringList files = test::filesIn(dir->path());

    try {
        if (mode < 0)
            inspectFile(path);
        else
            Store::open(path, static_cast<Store::Mode>(mode));
        QFAIL("the file was accepted");
    } catch (const OpenError& e) {
        QVERIFY2(
            e.kind() == expected,
            qPrintable(
                QStringLiteral("kind %1, expected %2: %3").arg(int(e.kind())).arg(int(expected)).arg(e.message())));
        QCOMPARE(e.path(), path);
        QVERIFY(!e.message().isEmpty());
        QVERIFY(!e.message().contains(QStringLiteral("%1"))); // every placeholder filled in
    }

    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::filesIn(dir->path()), files); // no -journal, -wal, .lock or backup left behind
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(TestFileInspector)
#include "tst_fileinspector.moc"
