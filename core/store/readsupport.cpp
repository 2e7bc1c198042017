#include "store/readsupport.h"

#include "domain/isodate.h"
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

void bindAll(sqlite::Statement& statement, const QVariantList& bound)
{
    for (qsizetype i = 0; i < bound.size(); ++i)
        statement.bind(int(i) + 1, bound.at(i));
}

Id refAt(const sqlite::Statement& q, int column)
{
    if (q.isNull(column))
        return 0;
    return q.isInteger(column) ? q.intAt(column) : q.valueAt(column).toLongLong();
}

QString textAt(const sqlite::Statement& q, int column)
{
    return q.isText(column) ? q.textAt(column) : q.valueAt(column).toString();
}

QDate dateAt(const sqlite::Statement& q, int column)
{
    return parseIsoDate(textAt(q, column));
}

int intAt(const sqlite::Statement& q, int column)
{
    return q.isInteger(column) ? int(q.intAt(column)) : q.valueAt(column).toInt();
}

ReviewState reviewAt(const sqlite::Statement& q, int first)
{
    ReviewState review;
    review.cadence = enumAt(q, first, Cadence::Quarterly);
    review.lastReviewedOn = dateAt(q, first + 1);
    review.lastReviewedBy = refAt(q, first + 2);
    return review;
}

QByteArrayView utf8At(const sqlite::Statement& q, int column, QByteArray& scratch)
{
    if (q.isText(column)) {
        int size = 0;
        const char* text = q.utf8Data(column, &size);
        const QByteArrayView bytes(text, size);
        bool ascii = true;
        for (const char c : bytes) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii || (bytes.isValidUtf8() && !bytes.startsWith("\xEF\xBB\xBF")))
            return bytes;
    } else if (q.isNull(column)) {
        return {};
    }
    scratch = textAt(q, column).toUtf8();
    return scratch;
}

QDate dateAtUtf8(const sqlite::Statement& q, int column, QByteArray& scratch)
{
    return parseIsoDate(utf8At(q, column, scratch));
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
