#pragma once

#include "domain/types.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Shared by the Store's read files (store_reads.cpp, store_inventory_reads.cpp).
namespace steward::readsupport {

// Prepares, binds and runs a read; a failure is a StoreError naming the statement.
QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& bound = {});

// The same values from a statement on the SQLite handle (the reads of whole tables, where Qt SQL's
// per-value conversions cost more than the query): each as QSqlQuery::value() would convert it.
void bindAll(sqlite::Statement& statement, const QVariantList& bound);
Id refAt(const sqlite::Statement& q, int column);
QString textAt(const sqlite::Statement& q, int column);
QDate dateAt(const sqlite::Statement& q, int column);
int intAt(const sqlite::Statement& q, int column);
template <typename E> E enumAt(const sqlite::Statement& q, int column, E fallback)
{
    return parse<E>(textAt(q, column)).value_or(fallback);
}
ReviewState reviewAt(const sqlite::Statement& q, int first);

// The same on UTF-8 bytes, for reads that hand rows on as bytes (Store::forEachConnectorText):
// the column as textAt(q, column).toUtf8() would give it, but without the QString — SQLite's own
// bytes when the value is TEXT in valid UTF-8 not starting with a byte-order mark (which QString
// drops), otherwise that conversion, kept in `scratch`. Valid until the next step, or the next
// use of scratch.
QByteArrayView utf8At(const sqlite::Statement& q, int column, QByteArray& scratch);
QDate dateAtUtf8(const sqlite::Statement& q, int column, QByteArray& scratch);
template <typename E> E enumAtUtf8(const sqlite::Statement& q, int column, E fallback, QByteArray& scratch)
{
    return parseUtf8<E>(utf8At(q, column, scratch)).value_or(fallback);
}

ReviewState reviewAt(const QSqlQuery& q, int first);

// The (id, name) of every row of `table`, in id order. `table` is one of the store's own table
// names (a constant of the caller), never user input: a table name cannot be a bound parameter.
std::vector<NamedId> namesOf(QSqlDatabase& db, const QString& table);

// Which rows of a main table a read returns: all of them, one by id, or a keyset page.
struct Selection
{
    Id only = 0;
    Id afterId = 0;
    int limit = -1;

    bool all() const { return only == 0 && limit < 0; }

    // The main table's SELECT completed with its condition, order and limit; `bound` receives
    // the values for its placeholders.
    QString sql(const QString& select, QVariantList& bound) const;
};

// The rows of a child or link table that belong to `parents` (read in id order): a range on the
// parent column, so a page reads only its own children, through the parent column's index.
template <typename T>
QString childFilter(const Selection& selection, const std::vector<T>& parents, const QString& parentColumn,
                    QVariantList& bound)
{
    if (selection.all() || parents.empty()) {
        bound.clear();
        return QString();
    }
    bound = {parents.front().id, parents.back().id};
    return QStringLiteral(" WHERE %1 BETWEEN ? AND ?").arg(parentColumn);
}

template <typename T> QHash<Id, std::size_t> indexById(const std::vector<T>& items)
{
    QHash<Id, std::size_t> index;
    index.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    return index;
}

// Rows of a link or child table, (parent id, payload) pairs, handed to `attach`.
template <typename Attach>
void forEachChild(QSqlDatabase& db, const QString& sql, const QVariantList& bound, Attach attach)
{
    QSqlQuery q = run(db, sql, bound);
    while (q.next())
        attach(q);
}

} // namespace steward::readsupport
