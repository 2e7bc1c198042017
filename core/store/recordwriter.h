#pragma once

#include "domain/types.h"
#include "store/audit.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace steward {

namespace sqlite {
class Statement;
}

// One column's value as the mapping layer hands it over. Empty text, invalid dates and a zero
// reference are all stored as NULL, so "nothing" has exactly one form in the file and the audit.
struct Field
{
    QString column;
    QVariant value;
};
using Fields = std::vector<Field>;

struct ChildRecord
{
    Id id = 0; // 0: a new row
    Fields fields;
};

// Writes rows and the audit trail that accounts for them. Every method must run inside a
// transaction the Store opened; the writer itself never begins or commits.
class RecordWriter
{
public:
    explicit RecordWriter(QSqlDatabase db);
    ~RecordWriter();
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    void setActor(const QString& actor);
    const QString& actor() const { return m_actor; }
    // The id of the person named as the actor (0 when there is none), looked up once per
    // transaction and again after any change to the people: the rules ask for it on every write.
    Id actorPersonId();
    // The local date the transaction began on: one day for all its rows (asking the clock costs a
    // look at the time zone file, on every row of an import).
    QDate today() const;
    // Whether another row of `table` than `self` is named `name` (trimmed).
    bool nameTaken(const QString& table, const QString& name, Id self);

    void loadHead();
    void beginBatch();    // fixes the timestamp of every audit row in this transaction
    void commitBatch();   // records the chain head in meta
    void rollbackBatch(); // forgets the head advanced by a failed transaction

    // Adds a row and returns its id: the one SQLite chooses, or `id` when it is not 0 (restoring a
    // removed row under its old id; refused if a row holds that id already).
    Id insert(const QString& table, const Fields& fields, Id id = 0);
    // Returns whether any column changed.
    bool update(const QString& table, Id id, const Fields& fields);
    void remove(const QString& table, Id id);
    // Makes the rows of table whose parentColumn is parentId exactly `children`: matching ids
    // are updated, id 0 or unknown ids inserted (under new ids), the rest removed. Returns the ids
    // in order.
    std::vector<Id> syncChildren(const QString& table, const QString& parentColumn, Id parentId,
                                 std::vector<ChildRecord> children);
    // The same for a parent that was just inserted and so has no children yet; a child whose id
    // is not 0 is inserted under that id.
    std::vector<Id> insertChildren(const QString& table, const QString& parentColumn, Id parentId,
                                   std::vector<ChildRecord> children);
    // Ids of the rows whose `column` is `value`, in id order.
    std::vector<Id> childIds(const QString& table, const QString& column, Id value);
    // Runs a prepared SELECT whose first column is an id, and returns the ids it found.
    std::vector<Id> collectIds(QSqlQuery& query, const QString& table);
    // Ids of a position-ordered table, so a list edited in place keeps its row ids.
    std::vector<Id> orderedIds(const QString& table);

    static audit::Cell toCell(const QVariant& value);
    // The row's columns (id left out) as the audit trail writes them; empty when there is no such row.
    std::vector<std::pair<QString, audit::Cell>> currentRow(const QString& table, Id id);

    QSqlQuery& prepared(const QString& sql);
    void execOrThrow(QSqlQuery& query, const QString& what);

private:
    // A statement on the connection's SQLite handle, prepared once per writer.
    sqlite::Statement& statement(const QString& sql);
    struct InsertShape;
    InsertShape& insertShape(const QString& table, const Fields& fields, bool withId);
    sqlite::Statement& auditStatement();
    void peopleChanged(const QString& table);
    // Throws when `field`, one of the row's `fields`, holds text that looks like a credential:
    // no text reaches the file (or its audit trail) without passing here.
    void refuseSecret(const QString& table, const Fields& fields, const Field& field);
    void appendAudit(const QString& entity, Id entityId, const QString& action, const audit::Cell& field,
                     const audit::Cell& oldValue, const audit::Cell& newValue);
    // The same with its text in UTF-8 (a null pointer for an absent value).
    // newQuoted: newValue as a JSON string, when the caller wrote it already.
    void appendAuditUtf8(QByteArrayView entity, Id entityId, QByteArrayView action, const QByteArray* field,
                         const QByteArray* oldValue, const QByteArray* newValue, QByteArrayView newQuoted = {});

    struct InsertShape
    {
        QString table;
        QByteArray tableUtf8;
        std::vector<QString> columns;
        std::vector<QByteArray> keys;       // each column's `"name":` in the audit JSON, with its comma
        std::vector<QByteArray> quotedKeys; // the same inside the JSON string the audit row's hash holds
        bool withId = false;
        std::unique_ptr<sqlite::Statement> statement;
    };
    // One inserted column's value, between converting it and binding it (RecordWriter::insert).
    struct Bound
    {
        enum class Kind { Null, Int, Text, Other } kind = Kind::Null;
        qint64 number = 0;
        qsizetype offset = 0; // Text, Other: the UTF-8 in m_texts
        qsizetype size = 0;
    };

    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    QHash<QString, QSqlQuery> m_statements;
    std::unordered_map<QString, std::unique_ptr<sqlite::Statement>> m_raw;
    std::vector<InsertShape> m_inserts;
    std::unique_ptr<sqlite::Statement> m_audit;
    std::vector<std::pair<QString, std::unique_ptr<sqlite::Statement>>> m_nameTaken; // by table
    // Kept from row to row, so an insert allocates nothing for its values.
    std::vector<audit::Cell> m_cells;
    std::vector<Bound> m_bound;
    QByteArray m_texts;
    QByteArray m_quoted;
    QString m_actor;
    QByteArray m_actorUtf8;
    Id m_actorPersonId = -1; // -1: not looked up yet
    QString m_batchTime;
    QByteArray m_batchTimeUtf8;
    QDate m_batchDate;
    QByteArray m_head; // hex, as stored
    qint64 m_lastSeq = 0;
    QByteArray m_committedHead;
    qint64 m_committedSeq = 0;
};

} // namespace steward
