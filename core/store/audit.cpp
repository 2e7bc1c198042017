#include "store/audit.h"

#include "store/jsontext.h"

#include <QCryptographicHash>

namespace steward::audit {
QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const ChainFields& f)
{
    QByteArray text;
    text.reserve(256 + (f.oldValue ? f.oldValue->size() : 0) + (f.newValue ? f.newValue->size() : 0));
    text.append('[');
    jsontext::appendNumber(text, f.seq);
    for (const QString* part : {&f.at, &f.actor, &f.entity}) {
        text.append(',');
        jsontext::appendString(text, *part);
    }
    text.append(',');
    jsontext::appendNumber(text, f.entityId);
    text.append(',');
    jsontext::appendString(text, f.action);
    for (const Cell* cell : {&f.field, &f.oldValue, &f.newValue}) {
        text.append(',');
        jsontext::appendCell(text, *cell);
    }
    text.append(',');
    jsontext::appendString(text, f.prevHash);
    text.append(']');
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace steward::audit
