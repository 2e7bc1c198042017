#include "store/readsupport.h"

#include "store/errors.h"
#include "store/mapping.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward::readsupport {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

} // namespace

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& bound)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : bound)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(Tr::tr("Reading the inventory failed (%1): %2").arg(sql.left(80), query.lastError().text()));
    return query;
}

ReviewState reviewAt(const QSqlQuery& q, int first)
{
    ReviewState review;
    review.cadence = mapping::enumAt(q, first, Cadence::Quarterly);
    review.lastReviewedOn = mapping::dateAt(q, first + 1);
    review.lastReviewedBy = mapping::refAt(q, first + 2);
    return review;
}

std::vector<NamedId> namesOf(QSqlDatabase& db, const QString& table)
{
    std::vector<NamedId> result;
    QSqlQuery q = run(db, QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(table));
    while (q.next())
        result.push_back({mapping::refAt(q, 0), mapping::textAt(q, 1)});
    return result;
}

QString Selection::sql(const QString& select, QVariantList& bound) const
{
    if (only != 0) {
        bound = {only};
        return select + QStringLiteral(" WHERE id = ?");
    }
    if (limit >= 0) {
        bound = {afterId, limit};
        return select + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?");
    }
    bound.clear();
    return select + QStringLiteral(" ORDER BY id");
}

} // namespace steward::readsupport
