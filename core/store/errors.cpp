#include "store/errors.h"

namespace steward {

OpenError::OpenError(OpenErrorKind kind, QString path, QString message)
    : m_kind(kind)
    , m_path(std::move(path))
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

StoreError::StoreError(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

} // namespace steward
