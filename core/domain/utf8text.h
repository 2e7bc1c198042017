#pragma once

#include <QByteArrayView>
#include <QString>

namespace steward {

// The text whose toUtf8() these bytes are. Unlike QString::fromUtf8, a leading byte-order mark is
// kept as the character U+FEFF it was: the paths that hand text on as UTF-8 (ConnectorText) turn it
// back into a QString without losing anything a QString held.
QString textOfUtf8(QByteArrayView utf8);

} // namespace steward
