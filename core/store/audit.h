#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// The audit trail's hash chain. Each audit row's hash is the SHA-256 (lower-case hex) of the
// compact JSON array
//     [seq, at, actor, entity, entity_id, action, field, old_value, new_value, prev_hash]
// where absent values are JSON null and seq/entity_id are numbers; prev_hash is the previous
// row's hash, or the genesis value (64 zeros) for the first row. Values are text as stored:
// NULL for nothing, otherwise the column's text. A create row carries the new row as a JSON
// object of column -> text|null in new_value; a delete row carries the old row the same way in
// old_value; an update row names one field with its old and new text.
namespace steward::audit {

using Cell = std::optional<QString>;

QString genesisHash();

// SHA-256 as lower-case hex, the chain's hash: with the processor's SHA instructions where it has
// them, else the portable code — which tests compare, both, with a reference.
QByteArray sha256Hex(QByteArrayView data);
QByteArray sha256HexPortable(QByteArrayView data);

struct ChainFields
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    Cell field;
    Cell oldValue;
    Cell newValue;
    QString prevHash;
};

QString hashOf(const ChainFields& fields);

// The same chain fields as the writer holds them, text already in UTF-8 (a null pointer for an
// absent value): the writer hashes and stores the bytes it has, without converting them twice.
struct ChainBytes
{
    qint64 seq = 0;
    QByteArrayView at;
    QByteArrayView actor;
    QByteArrayView entity;
    qint64 entityId = 0;
    QByteArrayView action;
    const QByteArray* field = nullptr;
    const QByteArray* oldValue = nullptr;
    const QByteArray* newValue = nullptr;
    QByteArrayView prevHash;
    // newValue as it appears in the hashed text (a JSON string, quotes included), when the writer
    // has it already; empty: written here from newValue.
    QByteArrayView newValueQuoted;
};

// hashOf() of the same values, as lower-case hex in Latin-1.
QByteArray hashOfUtf8(const ChainBytes& fields);

} // namespace steward::audit
