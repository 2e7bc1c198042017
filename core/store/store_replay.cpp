// Store: undoing and redoing a range of the audit trail, for operations too large for a command that
// remembers values (an import): the trail already holds every row created, every field changed and
// every row deleted, so reverting it newest first gives the file back, and replaying it oldest first
// does the operation again. Both are ordinary audited writes.
#include "store/recordwriter.h"
#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace steward {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

struct TrailRow
{
    qint64 seq = 0;
    QString entity;
    Id entityId = 0;
    QString action;
    QString field;
    QVariant oldValue; // null QVariant for NULL
    QVariant newValue;
};

QVariant cellAt(const QSqlQuery& q, int column)
{
    return q.value(column).isNull() ? QVariant() : QVariant(q.value(column).toString());
}

// A create or delete row's JSON object of column → text|null, checked against the table's columns
// (the trail is data: a name in it must never reach SQL unchecked).
Fields rowFields(const QVariant& json, const QSet<QString>& columns, const TrailRow& row)
{
    const nlohmann::json object = nlohmann::json::parse(json.toString().toStdString(), nullptr, false);
    if (!object.is_object())
        throw StoreError(Tr::tr("Audit row %1 does not hold the row it %2.").arg(row.seq).arg(row.action));
    Fields fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString column = QString::fromStdString(it.key());
        if (!columns.contains(column) || column == QLatin1String("id"))
            throw StoreError(Tr::tr("Audit row %1 names a column %2 has not got.").arg(row.seq).arg(row.entity));
        if (it->is_null())
            fields.push_back({column, QVariant()});
        else if (it->is_string())
            fields.push_back({column, QString::fromStdString(it->get<std::string>())});
        else
            throw StoreError(Tr::tr("Audit row %1 holds a value that is not text.").arg(row.seq));
    }
    return fields;
}

audit::Cell cellOf(const QVariant& value)
{
    return value.isNull() ? audit::Cell() : audit::Cell(value.toString());
}

// Whether the row is as `fields` say, column by column: what a change being undone or redone left.
bool rowIs(const std::vector<std::pair<QString, audit::Cell>>& row, const Fields& fields)
{
    if (row.empty())
        return false;
    for (const Field& field : fields) {
        const auto it = std::find_if(row.begin(), row.end(), [&](const auto& cell) { return cell.first == field.column; });
        if (it == row.end() || it->second != cellOf(field.value))
            return false;
    }
    return true;
}

} // namespace

qint64 Store::auditHead() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit")) && q.next())
        return q.value(0).toLongLong();
    throw StoreError(Tr::tr("Cannot read the audit trail."));
}

void Store::applyAuditRange(qint64 after, qint64 upTo, bool revert)
{
    transaction([&] {
        QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT seq, entity, entity_id, action, field, old_value,"
                                                         " new_value FROM audit WHERE seq > ? AND seq <= ?"
                                                         " ORDER BY seq"));
        q.addBindValue(after);
        q.addBindValue(upTo);
        m_writer->execOrThrow(q, QStringLiteral("audit"));
        std::vector<TrailRow> rows;
        while (q.next())
            rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toString(), q.value(4).toString(), cellAt(q, 5), cellAt(q, 6)});
        q.finish();
        if (rows.size() != std::size_t(upTo - after))
            throw StoreError(Tr::tr("The audit trail no longer holds changes %1 to %2.").arg(after + 1).arg(upTo));
        if (revert)
            std::reverse(rows.begin(), rows.end());

        QHash<QString, QSet<QString>> columnsOf;
        auto columns = [&](const QString& table) -> const QSet<QString>& {
            auto it = columnsOf.find(table);
            if (it == columnsOf.end()) {
                QSet<QString> names;
                QSqlQuery info(m_db);
                // `table` is one of schema::auditedTables(), checked before it gets here.
                if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
                    while (info.next())
                        names.insert(info.value(1).toString());
                }
                it = columnsOf.insert(table, names);
            }
            return *it;
        };
        RecordWriter& w = writer();
        for (const TrailRow& row : rows) {
            if (!schema::auditedTables().contains(row.entity))
                throw StoreError(Tr::tr("Audit row %1 is about a table Steward does not keep.").arg(row.seq));
            const QSet<QString>& known = columns(row.entity);
            const bool create = row.action == QLatin1String("create");
            const bool remove = row.action == QLatin1String("delete");
            // Each step starts from the state the recorded change left (reverting) or found (replaying);
            // anything else means a later change got in between, and nothing is written.
            const QString changed = Tr::tr("%1 %2 has changed since; the step cannot be undone or redone exactly.")
                                        .arg(row.entity)
                                        .arg(row.entityId);
            if ((create && !revert) || (remove && revert)) {
                // The row comes (back) under its id, exactly as the trail recorded it.
                w.insert(row.entity, rowFields(create ? row.newValue : row.oldValue, known, row), row.entityId);
            } else if (create || remove) {
                if (!rowIs(w.currentRow(row.entity, row.entityId),
                           rowFields(create ? row.newValue : row.oldValue, known, row)))
                    throw StoreError(changed);
                w.remove(row.entity, row.entityId);
            } else if (row.action == QLatin1String("update")) {
                if (!known.contains(row.field) || row.field == QLatin1String("id"))
                    throw StoreError(
                        Tr::tr("Audit row %1 names a column %2 has not got.").arg(row.seq).arg(row.entity));
                const QVariant from = revert ? row.newValue : row.oldValue;
                if (!rowIs(w.currentRow(row.entity, row.entityId), {{row.field, from}}))
                    throw StoreError(changed);
                w.update(row.entity, row.entityId, {{row.field, revert ? row.oldValue : row.newValue}});
            } else {
                throw StoreError(Tr::tr("Audit row %1 records an unknown change, %2.").arg(row.seq).arg(row.action));
            }
        }
    });
}

void Store::revertAudit(qint64 after, qint64 upTo)
{
    applyAuditRange(after, upTo, true);
}

void Store::replayAudit(qint64 after, qint64 upTo)
{
    applyAuditRange(after, upTo, false);
}

} // namespace steward
