// Tampering behind Steward's back: for every audited table of a full inventory, one row edited,
// one deleted and one inserted with raw SQL (as someone with the sqlite3 shell would), and each
// time `steward verify` exits 1 naming that table and row. A forged audit row is named too.
#include "clirunner.h"
#include "store/schema.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace steward;

namespace {

// A connection of the test's own to the file, for what tampering needs to know and to do.
class RawFile
{
public:
    explicit RawFile(const QString& path)
        : m_name(QStringLiteral("tamper-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

private:
    QString m_name;
};

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
};

std::vector<Column> columnsOf(const QSqlDatabase& db, const QString& table)
{
    std::vector<Column> columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        columns.push_back({q.value(1).toString(), q.value(2).toString().toUpper(), q.value(3).toBool()});
    return columns;
}

// The first row's id (the tamperer's victim); 0 when the table is empty.
qint64 firstId(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT MIN(id) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A column whose value can be changed without breaking a constraint: text first (append to it),
// then a number that is not a reference (add one to it), else a reference (pointed elsewhere: the
// sqlite3 shell leaves foreign keys off, and so does this connection).
QString editStatement(const QSqlDatabase& db, const QString& table, qint64 id)
{
    const auto columns = columnsOf(db, table);
    for (const Column& c : columns) {
        if (c.name != QLatin1String("id") && c.type == QLatin1String("TEXT"))
            return QStringLiteral("UPDATE %1 SET %2 = COALESCE(%2, '') || ' (forged)' WHERE id = %3")
                .arg(table, c.name)
                .arg(id);
    }
    for (const Column& c : columns) {
        if (c.name != QLatin1String("id") && !c.name.endsWith(QLatin1String("_id")))
            return QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE id = %3").arg(table, c.name).arg(id);
    }
    for (const Column& c : columns) {
        if (c.name.endsWith(QLatin1String("_id")))
            return QStringLiteral("UPDATE %1 SET %2 = %2 + 100000 WHERE id = %3").arg(table, c.name).arg(id);
    }
    return {};
}

// Inserts a row like an existing one under a new id: text columns altered so that no UNIQUE name
// collides; where a UNIQUE combination of numbers or references still collides (a full RACI
// matrix, one tier per level), the numbers moved out of range and the references to rows that do
// not exist, as a tamperer with the shell could. Returns the new row's id, or 0 with `error` set.
qint64 forgeRow(QSqlDatabase db, const QString& table, QString& error)
{
    QStringList names;
    QStringList copied;
    QStringList shifted;
    for (const Column& c : columnsOf(db, table)) {
        if (c.name == QLatin1String("id"))
            continue;
        names.append(c.name);
        if (c.type == QLatin1String("TEXT")) {
            copied.append(QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE %1 || ' (forged)' END").arg(c.name));
            shifted.append(copied.back());
        } else {
            copied.append(c.name);
            shifted.append(c.type.contains(QLatin1String("INT")) ? QStringLiteral("%1 + 100000").arg(c.name) : c.name);
        }
    }
    const qint64 from = firstId(db, table);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    for (const QStringList& values : {copied, shifted}) {
        QSqlQuery insert(db);
        if (insert.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE id = %4")
                            .arg(table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))
                            .arg(from)) &&
            insert.numRowsAffected() == 1)
            return insert.lastInsertId().toLongLong();
        error = insert.lastError().text();
    }
    return 0;
}

} // namespace

class TestCliTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTable_data();
    void everyTable();
    void everyTableIsCovered();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pristine;
};

void TestCliTamper::initTestCase()
{
    m_dir = test::makeTempDir();
    m_pristine = m_dir->filePath(QStringLiteral("pristine.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), m_pristine, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.finished && made.exitCode == 0, describe(made));
    // What the sample leaves empty, filled through Steward as a user would, so that every table has a
    // row to tamper with.
    auto store = Store::open(m_pristine);
    store->setReviewSettings({21, 10});
    Raci raci = store->raci();
    QVERIFY(!raci.roles.empty());
    if (raci.roles.front().people.empty()) {
        raci.roles.front().people.push_back(store->people().front().id);
        store->setRaci(raci);
    }
}

void TestCliTamper::everyTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("action");
    for (const QString& table : schema::auditedTables()) {
        for (const char* action : {"edit", "delete", "insert"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(action), table)))
                << table << QString::fromLatin1(action);
    }
}

void TestCliTamper::everyTable()
{
    QFETCH(QString, table);
    QFETCH(QString, action);
    const QString path = m_dir->filePath(QStringLiteral("tampered.steward"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_pristine, path));

    qint64 victim = 0;
    {
        RawFile raw(path);
        QSqlDatabase db = raw.db();
        QVERIFY(db.isOpen());
        victim = firstId(db, table);
        QVERIFY2(victim != 0,
                 qPrintable(QStringLiteral("the sample inventory has no row in %1 to tamper with: give the "
                                           "sample one")
                                .arg(table)));
        QSqlQuery q(db);
        if (action == QLatin1String("edit")) {
            const QString sql = editStatement(db, table, victim);
            QVERIFY2(!sql.isEmpty(), qPrintable(table));
            QVERIFY2(q.exec(sql) && q.numRowsAffected() == 1,
                     qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        } else if (action == QLatin1String("delete")) {
            // A child row goes with its parent (ON DELETE CASCADE): foreign keys are left off, as the
            // sqlite3 shell leaves them, so exactly the one row goes.
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1 WHERE id = %2").arg(table).arg(victim)));
            QCOMPARE(q.numRowsAffected(), 1);
        } else {
            QString error;
            victim = forgeRow(db, table, error);
            QVERIFY2(victim != 0, qPrintable(QStringLiteral("%1: %2").arg(table, error)));
        }
    }

    const auto result = test::runSteward({QStringLiteral("verify"), path});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("%1 id %2:").arg(table).arg(victim)), describe(result));
}

void TestCliTamper::everyTableIsCovered()
{
    // Every table of the file is audited, apart from the audit trail itself and meta (its head is
    // checked by the chain); a table added without audit would escape the test above.
    RawFile raw(m_pristine);
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (table == QLatin1String("audit") || table == QLatin1String("meta"))
            continue;
        QVERIFY2(schema::auditedTables().contains(table), qPrintable(table));
    }
}

QTEST_GUILESS_MAIN(TestCliTamper)
#include "tst_cli_tamper.moc"
