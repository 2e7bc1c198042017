// Store::verify: integrity check, the audit hash chain, and a replay of the audit trail that
// must arrive at exactly the rows the file holds.
#include "store/audit.h"
#include "store/errors.h"
#include "store/recordwriter.h"
#include "store/schema.h"
#include "store/sqlitedialect.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace steward {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Verify)
};

using Row = std::map<QString, audit::Cell>;
using Table = std::map<Id, Row>;

QString show(const audit::Cell& cell)
{
    return cell ? QStringLiteral("\"%1\"").arg(cell->left(60)) : QStringLiteral("NULL");
}

std::optional<Row> parseRow(const QString& text)
{
    const nlohmann::json json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    Row row;
    for (const auto& [column, value] : json.items()) {
        if (value.is_null())
            row[QString::fromStdString(column)] = std::nullopt;
        else if (value.is_string())
            row[QString::fromStdString(column)] = QString::fromStdString(value.get<std::string>());
        else
            return std::nullopt;
    }
    return row;
}

struct Replay
{
    std::map<QString, Table> expected;
    QStringList problems;
};

void walkChain(QSqlDatabase& db, Replay& replay)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, entity, entity_id, action, field, old_value, new_value,"
                               " prev_hash, hash FROM audit ORDER BY seq"))) {
        replay.problems.append(Tr::tr("audit: cannot be read"));
        return;
    }
    QString previous = audit::genesisHash();
    qint64 previousSeq = 0;
    auto cellAt = [&q](int column) {
        return q.value(column).isNull() ? audit::Cell() : audit::Cell(q.value(column).toString());
    };
    while (q.next()) {
        audit::ChainFields f;
        f.seq = q.value(0).toLongLong();
        f.at = q.value(1).toString();
        f.actor = q.value(2).toString();
        f.entity = q.value(3).toString();
        f.entityId = q.value(4).toLongLong();
        f.action = q.value(5).toString();
        f.field = cellAt(6);
        f.oldValue = cellAt(7);
        f.newValue = cellAt(8);
        f.prevHash = q.value(9).toString();
        const QString stored = q.value(10).toString();

        if (f.prevHash != previous || f.seq != previousSeq + 1)
            replay.problems.append(Tr::tr("audit id %1: does not follow audit id %2 (rows of the audit trail were "
                                          "deleted or inserted)")
                                       .arg(f.seq)
                                       .arg(previousSeq));
        if (audit::hashOf(f) != stored)
            replay.problems.append(Tr::tr("audit id %1: its content does not match its hash (edited)").arg(f.seq));
        previous = stored;
        previousSeq = f.seq;

        Table& table = replay.expected[f.entity];
        if (f.action == QLatin1String("create")) {
            const auto row = f.newValue ? parseRow(*f.newValue) : std::nullopt;
            if (!row)
                replay.problems.append(Tr::tr("audit id %1: unreadable record of a created row").arg(f.seq));
            else
                table[f.entityId] = *row;
        } else if (f.action == QLatin1String("update")) {
            auto it = table.find(f.entityId);
            if (it == table.end() || !f.field)
                replay.problems.append(Tr::tr("audit id %1: changes %2 id %3, which the trail never created")
                                           .arg(f.seq)
                                           .arg(f.entity)
                                           .arg(f.entityId));
            else
                it->second[*f.field] = f.newValue;
        } else if (f.action == QLatin1String("delete")) {
            if (table.erase(f.entityId) == 0)
                replay.problems.append(Tr::tr("audit id %1: deletes %2 id %3, which the trail never created")
                                           .arg(f.seq)
                                           .arg(f.entity)
                                           .arg(f.entityId));
        } else {
            replay.problems.append(Tr::tr("audit id %1: unknown action \"%2\"").arg(f.seq).arg(f.action));
        }
    }

    QSqlQuery head(db);
    if (head.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && head.next() &&
        head.value(0).toString() != previous)
        replay.problems.append(Tr::tr("audit: the trail ends at id %1, which is not where Steward last left it (rows "
                                      "were removed from its end, or added behind Steward's back)")
                                   .arg(previousSeq));
}

void compareTable(QSqlDatabase& db, const QString& name, const Table& expected, QStringList& problems)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(name))) {
        problems.append(Tr::tr("%1: cannot be read").arg(name));
        return;
    }
    std::set<Id> seen;
    const QSqlRecord record = q.record();
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        seen.insert(id);
        const auto it = expected.find(id);
        if (it == expected.end()) {
            problems.append(Tr::tr("%1 id %2: row is not accounted for by the audit trail (inserted behind Steward's "
                                   "back, or the audit rows that created it were removed)")
                                .arg(name)
                                .arg(id));
            continue;
        }
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column == QLatin1String("id"))
                continue;
            const audit::Cell actual = RecordWriter::toCell(q.value(i));
            const auto want = it->second.find(column);
            const audit::Cell wanted = want == it->second.end() ? audit::Cell() : want->second;
            if (actual != wanted)
                problems.append(Tr::tr("%1 id %2: %3 is %4 but the audit trail says %5 (changed behind Steward's back)")
                                    .arg(name)
                                    .arg(id)
                                    .arg(column, show(actual), show(wanted)));
        }
    }
    for (const auto& [id, row] : expected) {
        if (!seen.count(id))
            problems.append(Tr::tr("%1 id %2: row is missing, though the audit trail says it exists (deleted behind "
                                   "Steward's back)")
                                .arg(name)
                                .arg(id));
    }
}

} // namespace

void Store::beginSnapshot() const
{
    if (!m_readOnly)
        throw StoreError(Tr::tr("A snapshot is for a store opened read-only."));
    if (!m_db.transaction())
        throw StoreError(Tr::tr("Cannot begin reading %1: %2").arg(m_path, m_db.lastError().text()));
}

void Store::endSnapshot() const
{
    m_db.rollback(); // nothing was written: this only lets the lock go
}

QStringList Store::verify() const
{
    // One snapshot, or a commit by another process between reading the audit trail and the rows
    // would look like tampering. A writable store holds the write lock: nobody else commits.
    if (m_readOnly)
        beginSnapshot();
    const auto endRead = qScopeGuard([this] {
        if (m_readOnly)
            endSnapshot();
    });
    QStringList problems;
    for (const QString& line : sqlite::integrityProblems(m_db, false))
        problems.append(Tr::tr("integrity: %1").arg(line));
    Replay replay;
    walkChain(m_db, replay);
    problems += replay.problems;
    for (const QString& table : schema::auditedTables())
        compareTable(m_db, table, replay.expected[table], problems);
    for (const auto& [entity, rows] : replay.expected) {
        if (!schema::auditedTables().contains(entity))
            problems.append(Tr::tr("audit: records changes to \"%1\", which is no table of an inventory").arg(entity));
    }
    return problems;
}

} // namespace steward
