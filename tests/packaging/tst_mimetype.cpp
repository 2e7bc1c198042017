// The shared-mime-info type as a desktop reads it (QMimeDatabase reads the same XDG folders and
// cache as the file manager): a Steward inventory is recognised by its content, another SQLite
// file is not.
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace steward;

namespace {
const QString stewardType = QStringLiteral("application/vnd.steward.inventory+sqlite3");
}

class TestMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inventoryIsRecognisedByName();
    void inventoryIsRecognisedByContent();
    void otherSqliteFilesAreNot();
    void typeDescribesItself();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_inventory;
};

void TestMimeType::initTestCase()
{
    // Installed as a package installs it: beside the system's types, with the cache rebuilt by
    // update-mime-database (dpkg's trigger runs it), in a data folder of our own that replaces the
    // system's before the database is first used.
    m_dir = test::makeTempDir();
    const QString mime = m_dir->filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        mime + QStringLiteral("/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(QStringLiteral(STEWARD_MIME_XML),
                        mime + QStringLiteral("/packages/io.github.steward_app.Steward.xml")));
    qputenv("XDG_DATA_DIRS", m_dir->filePath(QStringLiteral("share")).toUtf8());
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {mime});
    QVERIFY(update.waitForFinished(60000));
    // It names a malformed package on stderr but still exits 0.
    const QByteArray complaints = update.readAllStandardError();
    QVERIFY2(update.exitCode() == 0 && complaints.isEmpty(), complaints.constData());
    QVERIFY(QFile::exists(mime + QStringLiteral("/mime.cache")));
    m_inventory = m_dir->filePath(QStringLiteral("fernhill.steward"));
    Store::create(m_inventory);
}

void TestMimeType::inventoryIsRecognisedByName()
{
    QCOMPARE(QMimeDatabase().mimeTypeForFile(m_inventory, QMimeDatabase::MatchExtension).name(), stewardType);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(m_inventory).name(), stewardType);
}

void TestMimeType::inventoryIsRecognisedByContent()
{
    // Sent as an attachment, renamed: the application_id at offset 68 still says what it is.
    const QString renamed = m_dir->filePath(QStringLiteral("attachment.bin"));
    QVERIFY(QFile::copy(m_inventory, renamed));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), stewardType);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(renamed).name(), stewardType);
}

void TestMimeType::otherSqliteFilesAreNot()
{
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1234")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(other, QMimeDatabase::MatchContent);
    QCOMPARE(type.name(), QStringLiteral("application/vnd.sqlite3"));
}

void TestMimeType::typeDescribesItself()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(stewardType);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.suffixes(), QStringList{QStringLiteral("steward")});
    QCOMPARE(type.comment(), QStringLiteral("Steward governance inventory"));
    QCOMPARE(type.iconName(), QStringLiteral("io.github.steward_app.Steward"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
