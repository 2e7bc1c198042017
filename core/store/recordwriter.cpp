#include "store/recordwriter.h"

#include "rules/secrets.h"
#include "store/errors.h"
#include "store/jsontext.h"
#include "store/mapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>

namespace steward {
namespace {

using mapping::columnLabel;
using mapping::namingOf;
using mapping::nounOf;
using mapping::TableNaming;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

QString rowJson(const std::vector<std::pair<QString, audit::Cell>>& row)
{
    QByteArray text;
    text.reserve(64 * qsizetype(row.size()));
    text.append('{');
    for (const auto& [column, cell] : row) {
        if (text.size() > 1)
            text.append(',');
        jsontext::appendString(text, column);
        text.append(':');
        jsontext::appendCell(text, cell);
    }
    text.append('}');
    return QString::fromUtf8(text);
}

QVariant bindable(const QVariant& value)
{
    const audit::Cell cell = RecordWriter::toCell(value);
    if (!cell)
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return qint64(value.toBool() ? 1 : 0);
    case QMetaType::QDate:
    case QMetaType::QString:
        return *cell;
    default:
        return value;
    }
}

// The text of `column` among fields, unless it is empty or itself looks like a secret (a message
// must never repeat the secret it refuses).
QString safeText(const Fields& fields, const char* column)
{
    if (!column)
        return {};
    for (const Field& field : fields) {
        if (field.column == QLatin1String(column)) {
            const QString text = RecordWriter::toCell(field.value).value_or(QString());
            return rules::secretReason(text) ? QString() : text;
        }
    }
    return {};
}

QString named(const QString& noun, const QString& name)
{
    return name.isEmpty() ? Tr::tr("this %1").arg(noun) : Tr::tr("%1 \"%2\"").arg(noun, name);
}

} // namespace

RecordWriter::RecordWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

audit::Cell RecordWriter::toCell(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return std::nullopt;
        return date.toString(Qt::ISODate);
    }
    case QMetaType::QString: {
        QString text = value.toString();
        if (text.isEmpty())
            return std::nullopt;
        // Unpaired UTF-16 surrogates have no UTF-8 form; SQLite and the audit JSON would each
        // replace them differently, so they are replaced once, here, for both.
        if (!QStringView(text).isValidUtf16())
            text = QString::fromUtf8(text.toUtf8());
        return text;
    }
    default:
        return value.toString();
    }
}

QSqlQuery& RecordWriter::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            throw StoreError(Tr::tr("Steward could not prepare \"%1\": %2").arg(sql, query.lastError().text()));
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

void RecordWriter::execOrThrow(QSqlQuery& query, const QString& what)
{
    if (!query.exec()) {
        const QString reason =
            query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
        throw StoreError(QStringLiteral("%1: %2").arg(what, reason));
    }
}

void RecordWriter::loadHead()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) && query.next()) {
        m_lastSeq = query.value(0).toLongLong();
        m_head = query.value(1).toString();
    } else {
        m_lastSeq = 0;
        m_head = audit::genesisHash();
    }
    m_committedHead = m_head;
    m_committedSeq = m_lastSeq;
}

void RecordWriter::beginBatch()
{
    m_batchTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void RecordWriter::commitBatch()
{
    if (m_head == m_committedHead)
        return;
    QSqlQuery& query = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"));
    query.addBindValue(m_head);
    execOrThrow(query, Tr::tr("recording the audit head"));
    m_committedHead = m_head;
    m_committedSeq = m_lastSeq;
}

void RecordWriter::rollbackBatch()
{
    m_head = m_committedHead;
    m_lastSeq = m_committedSeq;
}

void RecordWriter::appendAudit(const QString& entity, Id entityId, const QString& action, const audit::Cell& field,
                               const audit::Cell& oldValue, const audit::Cell& newValue)
{
    audit::ChainFields chain;
    chain.seq = m_lastSeq + 1;
    chain.at = m_batchTime.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : m_batchTime;
    chain.actor = m_actor;
    chain.entity = entity;
    chain.entityId = entityId;
    chain.action = action;
    chain.field = field;
    chain.oldValue = oldValue;
    chain.newValue = newValue;
    chain.prevHash = m_head;
    const QString hash = audit::hashOf(chain);

    QSqlQuery& query = prepared(QStringLiteral(
        "INSERT INTO audit (seq, at, actor, entity, entity_id, action, field, old_value, new_value, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto bindCell = [&query](const audit::Cell& cell) {
        query.addBindValue(cell ? QVariant(*cell) : QVariant());
    };
    query.addBindValue(chain.seq);
    query.addBindValue(chain.at);
    query.addBindValue(chain.actor);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(action);
    bindCell(field);
    bindCell(oldValue);
    bindCell(newValue);
    query.addBindValue(chain.prevHash);
    query.addBindValue(hash);
    execOrThrow(query, Tr::tr("writing the audit trail"));
    m_lastSeq = chain.seq;
    m_head = hash;
}

void RecordWriter::refuseSecret(const QString& table, const Fields& fields, const Field& field)
{
    if (field.value.typeId() != QMetaType::QString)
        return;
    const std::optional<QString> reason = rules::secretReason(field.value.toString());
    if (!reason)
        return;

    const TableNaming* naming = namingOf(table);
    const QString noun = nounOf(table);
    QString parent;
    if (naming && naming->parentColumn) {
        Id parentId = 0;
        for (const Field& f : fields) {
            if (f.column == QLatin1String(naming->parentColumn))
                parentId = f.value.toLongLong();
        }
        const QString parentTable = QLatin1String(naming->parentTable);
        QSqlQuery& query = prepared(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(parentTable));
        query.addBindValue(parentId);
        QString parentName;
        if (query.exec() && query.next())
            parentName = query.value(0).toString();
        query.finish();
        parent = named(nounOf(parentTable), rules::secretReason(parentName) ? QString() : parentName);
    }
    QString what;
    bool plural = false;
    if (naming && naming->nameColumn && field.column == QLatin1String(naming->nameColumn)) {
        // The row's own name is the secret: name the row by its place instead.
        what = parent.isEmpty() ? Tr::tr("The name of this %1").arg(noun) : Tr::tr("One %1 of %2").arg(noun, parent);
    } else {
        const auto [label, isPlural] = columnLabel(field.column);
        plural = isPlural;
        QString subject = named(noun, safeText(fields, naming ? naming->nameColumn : nullptr));
        if (!parent.isEmpty())
            subject = Tr::tr("%1 of %2").arg(subject, parent);
        what = Tr::tr("The %1 of %2").arg(label, subject);
    }
    throw StoreError(plural ? Tr::tr("%1 look like a secret (%2). Steward records OAuth scopes, never credentials; "
                                     "remove it.")
                                  .arg(what, *reason)
                            : Tr::tr("%1 looks like a secret (%2). Steward records OAuth scopes, never credentials; "
                                     "remove it.")
                                  .arg(what, *reason));
}

Id RecordWriter::insert(const QString& table, const Fields& fields, Id id)
{
    for (const Field& field : fields)
        refuseSecret(table, fields, field);
    QString columns;
    QString marks;
    if (id != 0) {
        if (id < 0)
            throw StoreError(Tr::tr("Cannot add to %1 under the id %2: ids are positive.").arg(table).arg(id));
        QSqlQuery& taken = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        taken.addBindValue(id);
        execOrThrow(taken, Tr::tr("reading %1").arg(table));
        const bool exists = taken.next();
        taken.finish();
        if (exists)
            throw StoreError(Tr::tr("Another %1 already has the id %2, so this one cannot be restored under it.")
                                 .arg(nounOf(table))
                                 .arg(id));
        columns = QStringLiteral("id");
        marks = QStringLiteral("?");
    }
    for (const Field& field : fields) {
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + field.column;
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    QSqlQuery& query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks));
    std::vector<std::pair<QString, audit::Cell>> row;
    row.reserve(fields.size());
    if (id != 0)
        query.addBindValue(id);
    for (const Field& field : fields) {
        query.addBindValue(bindable(field.value));
        row.emplace_back(field.column, toCell(field.value));
    }
    execOrThrow(query, Tr::tr("adding to %1").arg(table));
    const Id inserted = id != 0 ? id : query.lastInsertId().toLongLong();
    appendAudit(table, inserted, QStringLiteral("create"), std::nullopt, std::nullopt, rowJson(row));
    return inserted;
}

std::vector<std::pair<QString, audit::Cell>> RecordWriter::currentRow(const QString& table, Id id)
{
    QSqlQuery& query = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    execOrThrow(query, Tr::tr("reading %1").arg(table));
    std::vector<std::pair<QString, audit::Cell>> row;
    if (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != QLatin1String("id"))
                row.emplace_back(record.fieldName(i), toCell(query.value(i)));
        }
    }
    query.finish();
    return row;
}

bool RecordWriter::update(const QString& table, Id id, const Fields& fields)
{
    const auto current = currentRow(table, id);
    if (current.empty())
        throw StoreError(Tr::tr("%1 %2 does not exist (it may have been deleted meanwhile)").arg(table).arg(id));

    QString assignments;
    std::vector<const Field*> changed;
    std::vector<audit::Cell> oldCells;
    for (const Field& field : fields) {
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&field](const auto& pair) { return pair.first == field.column; });
        const audit::Cell oldCell = it == current.end() ? audit::Cell() : it->second;
        if (oldCell == toCell(field.value))
            continue;
        assignments +=
            (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + field.column + QStringLiteral(" = ?");
        changed.push_back(&field);
        oldCells.push_back(oldCell);
    }
    if (changed.empty())
        return false;
    for (const Field* field : changed)
        refuseSecret(table, fields, *field);

    QSqlQuery& query = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments));
    for (const Field* field : changed)
        query.addBindValue(bindable(field->value));
    query.addBindValue(id);
    execOrThrow(query, Tr::tr("changing %1 %2").arg(table).arg(id));
    for (std::size_t i = 0; i < changed.size(); ++i)
        appendAudit(table, id, QStringLiteral("update"), changed[i]->column, oldCells[i], toCell(changed[i]->value));
    return true;
}

void RecordWriter::remove(const QString& table, Id id)
{
    const auto current = currentRow(table, id);
    if (current.empty())
        throw StoreError(Tr::tr("%1 %2 does not exist (it may have been deleted meanwhile)").arg(table).arg(id));
    QSqlQuery& query = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    execOrThrow(query, Tr::tr("removing %1 %2").arg(table).arg(id));
    appendAudit(table, id, QStringLiteral("delete"), std::nullopt, rowJson(current), std::nullopt);
}

std::vector<Id> RecordWriter::childIds(const QString& table, const QString& parentColumn, Id parentId)
{
    QSqlQuery& query = prepared(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, parentColumn));
    query.addBindValue(parentId);
    return collectIds(query, table);
}

std::vector<Id> RecordWriter::collectIds(QSqlQuery& query, const QString& table)
{
    execOrThrow(query, Tr::tr("reading %1").arg(table));
    std::vector<Id> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    query.finish();
    return ids;
}

std::vector<Id> RecordWriter::insertChildren(const QString& table, const QString& parentColumn, Id parentId,
                                             std::vector<ChildRecord> children)
{
    std::vector<Id> ids;
    ids.reserve(children.size());
    for (ChildRecord& child : children) {
        child.fields.insert(child.fields.begin(), Field{parentColumn, parentId});
        ids.push_back(insert(table, child.fields, child.id));
    }
    return ids;
}

std::vector<Id> RecordWriter::orderedIds(const QString& table)
{
    QSqlQuery& query = prepared(QStringLiteral("SELECT id FROM %1 ORDER BY position, id").arg(table));
    return collectIds(query, table);
}

std::vector<Id> RecordWriter::syncChildren(const QString& table, const QString& parentColumn, Id parentId,
                                           std::vector<ChildRecord> children)
{
    const std::vector<Id> existing = childIds(table, parentColumn, parentId);
    auto isExisting = [&existing](Id id) {
        return id != 0 && std::find(existing.begin(), existing.end(), id) != existing.end();
    };

    // Removals first, so a unique key freed by a removed row can be taken by a new one.
    for (Id id : existing) {
        const bool kept =
            std::any_of(children.begin(), children.end(), [id](const ChildRecord& c) { return c.id == id; });
        if (!kept)
            remove(table, id);
    }
    std::vector<Id> ids;
    ids.reserve(children.size());
    for (ChildRecord& child : children) {
        child.fields.insert(child.fields.begin(), Field{parentColumn, parentId});
        if (isExisting(child.id)) {
            update(table, child.id, child.fields);
            ids.push_back(child.id);
        } else {
            ids.push_back(insert(table, child.fields));
        }
    }
    return ids;
}

} // namespace steward
