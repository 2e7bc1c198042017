#include "store/audit.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

namespace steward::audit {
namespace {

nlohmann::json cellJson(const Cell& cell)
{
    return cell ? nlohmann::json(cell->toStdString()) : nlohmann::json(nullptr);
}

} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const ChainFields& f)
{
    const nlohmann::json array = nlohmann::json::array({
        f.seq,
        f.at.toStdString(),
        f.actor.toStdString(),
        f.entity.toStdString(),
        f.entityId,
        f.action.toStdString(),
        cellJson(f.field),
        cellJson(f.oldValue),
        cellJson(f.newValue),
        f.prevHash.toStdString(),
    });
    const std::string text = array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(text.data(), qsizetype(text.size())), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace steward::audit
