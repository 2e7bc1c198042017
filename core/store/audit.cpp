#include "store/audit.h"

#include "store/jsontext.h"

#include <QCryptographicHash>
#include <optional>

namespace steward::audit {
QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const ChainFields& f)
{
    const QByteArray at = f.at.toUtf8();
    const QByteArray actor = f.actor.toUtf8();
    const QByteArray entity = f.entity.toUtf8();
    const QByteArray action = f.action.toUtf8();
    const QByteArray prevHash = f.prevHash.toUtf8();
    const auto utf8 = [](const Cell& cell) {
        return cell ? std::optional<QByteArray>(cell->toUtf8()) : std::nullopt;
    };
    const std::optional<QByteArray> field = utf8(f.field);
    const std::optional<QByteArray> oldValue = utf8(f.oldValue);
    const std::optional<QByteArray> newValue = utf8(f.newValue);
    ChainBytes bytes;
    bytes.seq = f.seq;
    bytes.at = at;
    bytes.actor = actor;
    bytes.entity = entity;
    bytes.entityId = f.entityId;
    bytes.action = action;
    bytes.field = field ? &*field : nullptr;
    bytes.oldValue = oldValue ? &*oldValue : nullptr;
    bytes.newValue = newValue ? &*newValue : nullptr;
    bytes.prevHash = prevHash;
    return QString::fromLatin1(hashOfUtf8(bytes));
}

QByteArray hashOfUtf8(const ChainBytes& f)
{
    QByteArray text;
    text.reserve(256 + (f.oldValue ? f.oldValue->size() : 0) + (f.newValue ? f.newValue->size() : 0));
    text.append('[');
    jsontext::appendNumber(text, f.seq);
    for (const QByteArrayView* part : {&f.at, &f.actor, &f.entity}) {
        text.append(',');
        jsontext::appendUtf8(text, *part);
    }
    text.append(',');
    jsontext::appendNumber(text, f.entityId);
    text.append(',');
    jsontext::appendUtf8(text, f.action);
    for (const QByteArray* cell : {f.field, f.oldValue, f.newValue}) {
        text.append(',');
        if (cell)
            jsontext::appendUtf8(text, *cell);
        else
            text.append("null", 4);
    }
    text.append(',');
    jsontext::appendUtf8(text, f.prevHash);
    text.append(']');
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

} // namespace steward::audit
