#include "store/recordwriter.h"

#include "domain/isodate.h"
#include "rules/secrets.h"
#include "store/errors.h"
#include "store/jsontext.h"
#include "store/mapping.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringEncoder>
#include <algorithm>
#include <cstring>
#include <iterator>

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

QByteArray rowJson(const std::vector<std::pair<QString, audit::Cell>>& row)
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
    return text;
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

// What bindable() gives, bound.
void bindValue(sqlite::Statement& query, int index, const QVariant& value)
{
    const QVariant bound = bindable(value);
    query.bind(index, bound);
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

// The statements go before the connection does: SQLite refuses to close one with statements left.
RecordWriter::~RecordWriter() = default;

void RecordWriter::setActor(const QString& actor)
{
    m_actor = actor;
    m_actorUtf8 = actor.toUtf8();
    m_actorPersonId = -1;
}

Id RecordWriter::actorPersonId()
{
    if (m_actorPersonId < 0) {
        sqlite::Statement& query = statement(QStringLiteral("SELECT id FROM people WHERE name = ?"));
        const sqlite::Statement::Reset reset(query);
        query.bindText(1, m_actor.trimmed());
        m_actorPersonId = query.step(Tr::tr("reading people")) ? query.intAt(0) : 0;
    }
    return m_actorPersonId;
}

bool RecordWriter::nameTaken(const QString& table, const QString& name, Id self)
{
    // Found by the table, not by building its SQL again: every added row of an import asks.
    auto it = std::find_if(m_nameTaken.begin(), m_nameTaken.end(),
                           [&table](const auto& entry) { return entry.first == table; });
    if (it == m_nameTaken.end()) {
        if (!m_handle)
            m_handle = sqlite::handleOf(m_db);
        m_nameTaken.emplace_back(
            table, std::make_unique<sqlite::Statement>(
                       m_handle, QStringLiteral("SELECT id FROM %1 WHERE name = ? AND id <> ?").arg(table)));
        it = std::prev(m_nameTaken.end());
    }
    sqlite::Statement& query = *it->second;
    const sqlite::Statement::Reset reset(query);
    query.bindText(1, name.trimmed());
    query.bindInt(2, self);
    return query.step(table);
}

QDate RecordWriter::today() const
{
    return m_batchDate.isValid() ? m_batchDate : QDate::currentDate();
}

void RecordWriter::peopleChanged(const QString& table)
{
    if (table == QLatin1String("people"))
        m_actorPersonId = -1;
}

sqlite::Statement& RecordWriter::statement(const QString& sql)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end()) {
        if (!m_handle)
            m_handle = sqlite::handleOf(m_db);
        it = m_raw.emplace(sql, std::make_unique<sqlite::Statement>(m_handle, sql)).first;
    }
    return *it->second;
}

RecordWriter::InsertShape& RecordWriter::insertShape(const QString& table, const Fields& fields, bool withId)
{
    // Each table is written with one or two column lists: find it by comparing, not by building
    // the SQL text again for every row.
    for (InsertShape& shape : m_inserts) {
        if (shape.withId != withId || shape.columns.size() != fields.size() || shape.table != table)
            continue;
        bool same = true;
        for (std::size_t i = 0; i < fields.size() && same; ++i)
            same = shape.columns[i] == fields[i].column;
        if (same)
            return shape;
    }
    QString columns;
    QString marks;
    if (withId) {
        columns = QStringLiteral("id");
        marks = QStringLiteral("?");
    }
    InsertShape shape;
    shape.table = table;
    shape.tableUtf8 = table.toUtf8();
    shape.withId = withId;
    for (const Field& field : fields) {
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + field.column;
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        shape.columns.push_back(field.column);
        QByteArray key = shape.keys.empty() ? QByteArray() : QByteArray(",");
        jsontext::appendString(key, field.column);
        key.append(':');
        QByteArray quotedKey(jsontext::maxQuotedSize(key.size()), Qt::Uninitialized);
        quotedKey.truncate(jsontext::writeEscaped(quotedKey.data(), key) - quotedKey.constData());
        shape.keys.push_back(key);
        shape.quotedKeys.push_back(quotedKey);
    }
    if (!m_handle)
        m_handle = sqlite::handleOf(m_db);
    shape.statement = std::make_unique<sqlite::Statement>(
        m_handle, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks));
    m_inserts.push_back(std::move(shape));
    return m_inserts.back();
}

sqlite::Statement& RecordWriter::auditStatement()
{
    // Held apart from statement(): looked up for every audit row, by a long text.
    if (!m_audit)
        m_audit = std::make_unique<sqlite::Statement>(
            m_handle ? m_handle : (m_handle = sqlite::handleOf(m_db)),
            QStringLiteral("INSERT INTO audit (seq, at, actor, entity, entity_id, action, field, old_value, new_value,"
                           " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return *m_audit;
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
        return isoDate(date);
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
        m_head = query.value(1).toString().toUtf8();
    } else {
        m_lastSeq = 0;
        m_head = audit::genesisHash().toUtf8();
    }
    m_committedHead = m_head;
    m_committedSeq = m_lastSeq;
    m_actorPersonId = -1;
}

void RecordWriter::beginBatch()
{
    m_batchTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_batchTimeUtf8 = m_batchTime.toUtf8();
    m_batchDate = QDate::currentDate();
    m_actorPersonId = -1; // another connection may have changed the people since
}

void RecordWriter::commitBatch()
{
    if (m_head == m_committedHead)
        return;
    QSqlQuery& query = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"));
    query.addBindValue(QString::fromUtf8(m_head));
    execOrThrow(query, Tr::tr("recording the audit head"));
    m_committedHead = m_head;
    m_committedSeq = m_lastSeq;
}

void RecordWriter::rollbackBatch()
{
    m_head = m_committedHead;
    m_lastSeq = m_committedSeq;
    m_actorPersonId = -1;
}

void RecordWriter::appendAudit(const QString& entity, Id entityId, const QString& action, const audit::Cell& field,
                               const audit::Cell& oldValue, const audit::Cell& newValue)
{
    const auto utf8 = [](const audit::Cell& cell) {
        return cell ? std::optional<QByteArray>(cell->toUtf8()) : std::nullopt;
    };
    const std::optional<QByteArray> fieldText = utf8(field);
    const std::optional<QByteArray> oldText = utf8(oldValue);
    const std::optional<QByteArray> newText = utf8(newValue);
    appendAuditUtf8(entity.toUtf8(), entityId, action.toUtf8(), fieldText ? &*fieldText : nullptr,
                    oldText ? &*oldText : nullptr, newText ? &*newText : nullptr);
}

void RecordWriter::appendAuditUtf8(QByteArrayView entity, Id entityId, QByteArrayView action, const QByteArray* field,
                                   const QByteArray* oldValue, const QByteArray* newValue, QByteArrayView newQuoted)
{
    QByteArray now;
    if (m_batchTimeUtf8.isEmpty())
        now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    audit::ChainBytes chain;
    chain.seq = m_lastSeq + 1;
    chain.at = m_batchTimeUtf8.isEmpty() ? QByteArrayView(now) : QByteArrayView(m_batchTimeUtf8);
    chain.actor = m_actorUtf8;
    chain.entity = entity;
    chain.entityId = entityId;
    chain.action = action;
    chain.field = field;
    chain.oldValue = oldValue;
    chain.newValue = newValue;
    chain.newValueQuoted = newQuoted;
    const QByteArray previous = m_head;
    chain.prevHash = previous;
    QByteArray hash = audit::hashOfUtf8(chain);

    sqlite::Statement& query = auditStatement();
    // Bound without copies: all of it is declared before the guard, so it outlives the reset.
    const QByteArray stored = hash;
    const sqlite::Statement::Reset reset(query);
    const auto bindText = [&query](int index, QByteArrayView text) {
        query.bindUtf8View(index, text);
    };
    const auto bindCell = [&query](int index, const QByteArray* cell) {
        if (cell)
            query.bindUtf8View(index, *cell);
        else
            query.bindNull(index);
    };
    query.bindInt(1, chain.seq);
    bindText(2, chain.at);
    bindText(3, chain.actor);
    bindText(4, entity);
    query.bindInt(5, entityId);
    bindText(6, action);
    bindCell(7, field);
    bindCell(8, oldValue);
    bindCell(9, newValue);
    bindText(10, previous);
    bindText(11, stored);
    if (query.run() == sqlite::Statement::Step::Failed)
        throw StoreError(QStringLiteral("%1: %2").arg(Tr::tr("writing the audit trail"), query.failure()));
    m_lastSeq = chain.seq;
    m_head = std::move(hash);
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
        sqlite::Statement& query = statement(QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(parentTable));
        const sqlite::Statement::Reset reset(query);
        query.bindInt(1, parentId);
        QString parentName;
        if (query.step(Tr::tr("reading %1").arg(parentTable)))
            parentName = query.textAt(0);
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
    if (id != 0) {
        if (id < 0)
            throw StoreError(Tr::tr("Cannot add to %1 under the id %2: ids are positive.").arg(table).arg(id));
        sqlite::Statement& taken = statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        const sqlite::Statement::Reset reset(taken);
        taken.bindInt(1, id);
        if (taken.step(Tr::tr("reading %1").arg(table)))
            throw StoreError(Tr::tr("Another %1 already has the id %2, so this one cannot be restored under it.")
                                 .arg(nounOf(table))
                                 .arg(id));
    }
    InsertShape& shape = insertShape(table, fields, id != 0);
    sqlite::Statement& query = *shape.statement;
    // Each value converted once: its UTF-8 text goes to SQLite (bound without a copy) and into the
    // row as the audit trail records it, a JSON object of column -> text|null. Every inserted
    // column of an import passes here, so the texts share one buffer and the JSON is written into
    // one sized beforehand.
    m_cells.clear();
    m_bound.assign(fields.size(), Bound());
    qsizetype textBytes = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QVariant& value = fields[i].value;
        Bound& bound = m_bound[i];
        if (!value.isValid() || value.isNull())
            continue;
        switch (value.typeId()) {
        case QMetaType::Bool:
            bound.kind = Bound::Kind::Int;
            bound.number = value.toBool() ? 1 : 0;
            continue;
        case QMetaType::Int:
        case QMetaType::LongLong:
            bound.kind = Bound::Kind::Int;
            bound.number = value.toLongLong();
            continue;
        default:
            break;
        }
        audit::Cell cell = toCell(value);
        if (!cell)
            continue;
        const bool text = value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QString;
        bound.kind = text ? Bound::Kind::Text : Bound::Kind::Other;
        bound.number = qsizetype(m_cells.size());
        textBytes += 3 * cell->size();
        m_cells.push_back(std::move(cell));
    }
    m_texts.resize(textBytes);
    {
        QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        char* const begin = m_texts.data();
        char* out = begin;
        for (Bound& bound : m_bound) {
            if (bound.kind != Bound::Kind::Text && bound.kind != Bound::Kind::Other)
                continue;
            bound.offset = out - begin;
            out = encoder.appendToBuffer(out, *m_cells[std::size_t(bound.number)]);
            bound.size = out - begin - bound.offset;
        }
    }
    qsizetype rowBytes = 2;
    for (std::size_t i = 0; i < fields.size(); ++i)
        rowBytes += shape.keys[i].size() + 24 + jsontext::maxQuotedSize(m_bound[i].size); // 24: null or a number
    QByteArray row(rowBytes, Qt::Uninitialized);
    char* out = row.data();
    *out++ = '{';
    // The row again as the JSON string the audit row's hash holds: its quotes escaped, each value
    // that needed no escaping copied whole rather than scanned a second time.
    m_quoted.resize(jsontext::maxQuotedSize(rowBytes));
    char* quoted = m_quoted.data();
    *quoted++ = '"';
    *quoted++ = '{';
    const sqlite::Statement::Reset reset(query);
    int index = 1;
    if (id != 0)
        query.bindInt(index++, id);
    for (std::size_t i = 0; i < fields.size(); ++i, ++index) {
        const QByteArray& key = shape.keys[i];
        std::memcpy(out, key.constData(), std::size_t(key.size()));
        out += key.size();
        const QByteArray& quotedKey = shape.quotedKeys[i];
        std::memcpy(quoted, quotedKey.constData(), std::size_t(quotedKey.size()));
        quoted += quotedKey.size();
        char* const value = out;
        const Bound& bound = m_bound[i];
        const QByteArrayView text(m_texts.constData() + bound.offset, bound.size);
        switch (bound.kind) {
        case Bound::Kind::Null:
            query.bindNull(index);
            std::memcpy(out, "null", 4);
            out += 4;
            break;
        case Bound::Kind::Int:
            query.bindInt(index, bound.number);
            *out++ = '"';
            out = jsontext::writeNumber(out, bound.number);
            *out++ = '"';
            break;
        case Bound::Kind::Text:
            query.bindUtf8View(index, text);
            out = jsontext::writeQuoted(out, text);
            break;
        case Bound::Kind::Other:
            query.bind(index, fields[i].value);
            out = jsontext::writeQuoted(out, text);
            break;
        }
        const QByteArrayView written(value, out - value);
        if ((bound.kind == Bound::Kind::Text || bound.kind == Bound::Kind::Other) &&
            written.size() == text.size() + 2) {
            // "text" with nothing escaped: \"text\".
            *quoted++ = '\\';
            *quoted++ = '"';
            std::memcpy(quoted, text.data(), std::size_t(text.size()));
            quoted += text.size();
            *quoted++ = '\\';
            *quoted++ = '"';
        } else {
            quoted = jsontext::writeEscaped(quoted, written);
        }
    }
    *out++ = '}';
    row.truncate(out - row.constData());
    *quoted++ = '}';
    *quoted++ = '"';
    const QByteArrayView rowQuoted(m_quoted.constData(), quoted - m_quoted.constData());
    if (query.run() == sqlite::Statement::Step::Failed)
        throw StoreError(QStringLiteral("%1: %2").arg(Tr::tr("adding to %1").arg(table), query.failure()));
    const Id inserted = id != 0 ? id : query.lastInsertId();
    peopleChanged(table);
    appendAuditUtf8(shape.tableUtf8, inserted, "create", nullptr, nullptr, &row, rowQuoted);
    return inserted;
}

std::vector<std::pair<QString, audit::Cell>> RecordWriter::currentRow(const QString& table, Id id)
{
    sqlite::Statement& query = statement(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    const sqlite::Statement::Reset reset(query);
    query.bindInt(1, id);
    std::vector<std::pair<QString, audit::Cell>> row;
    if (query.step(Tr::tr("reading %1").arg(table))) {
        for (int i = 0; i < query.columnCount(); ++i) {
            QString column = query.columnName(i);
            if (column != QLatin1String("id"))
                row.emplace_back(std::move(column), toCell(query.valueAt(i)));
        }
    }
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

    sqlite::Statement& query = statement(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments));
    const sqlite::Statement::Reset reset(query);
    int index = 1;
    for (const Field* field : changed)
        bindValue(query, index++, field->value);
    query.bindInt(index, id);
    query.step(Tr::tr("changing %1 %2").arg(table).arg(id));
    peopleChanged(table);
    for (std::size_t i = 0; i < changed.size(); ++i)
        appendAudit(table, id, QStringLiteral("update"), changed[i]->column, oldCells[i], toCell(changed[i]->value));
    return true;
}

void RecordWriter::remove(const QString& table, Id id)
{
    const auto current = currentRow(table, id);
    if (current.empty())
        throw StoreError(Tr::tr("%1 %2 does not exist (it may have been deleted meanwhile)").arg(table).arg(id));
    {
        sqlite::Statement& query = statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        const sqlite::Statement::Reset reset(query);
        query.bindInt(1, id);
        query.step(Tr::tr("removing %1 %2").arg(table).arg(id));
    }
    peopleChanged(table);
    const QByteArray old = rowJson(current);
    appendAuditUtf8(table.toUtf8(), id, "delete", nullptr, &old, nullptr);
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
