#include "store/sqlitestatement.h"

#include "store/errors.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace steward::sqlite {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

QString messageOf(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Statement::Statement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (!m_db || sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        const QString reason = m_db ? messageOf(m_db) : Tr::tr("the file is not open");
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError(Tr::tr("Steward could not prepare \"%1\": %2").arg(sql, reason));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        bindInt(index, qint64(value.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QString:
        bindText(index, *static_cast<const QString*>(value.constData()));
        break;
    default:
        bindText(index, value.toString());
        break;
    }
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindText(int index, const QString& text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    // UTF-16 as Qt's driver binds it: SQLite converts to the file's UTF-8 itself.
    sqlite3_bind_text16(m_stmt, index, text.constData() ? static_cast<const void*>(text.constData()) : u"",
                        int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

Statement::Step Statement::run()
{
    const int result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW)
        return Step::Row;
    if (result == SQLITE_DONE)
        return Step::Done;
    m_failure = messageOf(m_db);
    sqlite3_reset(m_stmt);
    return Step::Failed;
}

void Statement::bindUtf8View(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

bool Statement::step(const QString& what)
{
    const Step result = run();
    if (result == Step::Failed)
        throw StoreError(QStringLiteral("%1: %2").arg(what, m_failure));
    return result == Step::Row;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

bool Statement::isText(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_TEXT;
}

qint64 Statement::intAt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

const char* Statement::utf8Data(int column, int* size) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    *size = text ? sqlite3_column_bytes(m_stmt, column) : 0;
    return text ? text : "";
}

QByteArray Statement::utf8At(int column) const
{
    int size = 0;
    const char* text = utf8Data(column, &size);
    return QByteArray(text, size);
}

QString Statement::textAt(int column) const
{
    if (isNull(column))
        return {};
    int size = 0;
    const char* text = utf8Data(column, &size);
    return QString::fromUtf8(text, size);
}

QVariant Statement::valueAt(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: // as text, like the driver at its default (high) precision
        return textAt(column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    case SQLITE_NULL:
        return QVariant();
    default:
        return textAt(column);
    }
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace steward::sqlite
