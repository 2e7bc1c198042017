#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A statement on the connection's own SQLite handle, for the paths that run once per row of a large
// import or export (the audited INSERT, its audit row, reading a table whole). Qt SQL costs several
// allocations per bound or read value there; this binds and reads SQLite's values directly. Same
// connection, so same transaction; bound parameters only, like every statement in core/store.
namespace steward::sqlite {

// The SQLite handle of a QSQLITE connection; nullptr when there is none (not open).
sqlite3* handleOf(const QSqlDatabase& db);

class Statement
{
public:
    // Throws StoreError when SQLite cannot prepare `sql`.
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters count from 1, as in SQLite. bind() stores a value as Qt's QSQLITE driver does:
    // null as NULL, integers and bools as INTEGER, doubles as REAL, everything else as its text.
    void bind(int index, const QVariant& value);
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, const QString& text);    // NULL for a null QString, as Qt binds it
    void bindUtf8(int index, const QByteArray& utf8); // never NULL
    // Without a copy: the bytes must stay valid until the statement is reset.
    void bindUtf8View(int index, QByteArrayView utf8);

    // Runs the statement: true while it has a row to read, false once done. Throws StoreError
    // "what: SQLite's message" on failure. reset() (or the Reset guard) readies it for reuse.
    bool step(const QString& what);
    // The same without building the message of a failure that did not happen: Failed leaves
    // SQLite's message in failure().
    enum class Step { Row, Done, Failed };
    Step run();
    const QString& failure() const { return m_failure; }
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    bool isText(int column) const;
    qint64 intAt(int column) const;
    QString textAt(int column) const; // a null QString for NULL
    // The column's UTF-8 text (valid until the next step or reset); empty for NULL.
    QByteArray utf8At(int column) const;
    const char* utf8Data(int column, int* size) const;
    // The value as Qt's QSQLITE driver hands it over (qlonglong, double, QString, QByteArray or null).
    QVariant valueAt(int column) const;

    qint64 lastInsertId() const;

    // Resets the statement when it goes out of scope, however the scope is left.
    class Reset
    {
    public:
        explicit Reset(Statement& statement)
            : m_statement(statement)
        {
        }
        ~Reset() { m_statement.reset(); }
        Reset(const Reset&) = delete;
        Reset& operator=(const Reset&) = delete;

    private:
        Statement& m_statement;
    };

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_failure;
};

} // namespace steward::sqlite
