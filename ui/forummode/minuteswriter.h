#pragma once

#include "forum/minutes.h"

#include <QPageSize>
#include <QString>

namespace steward::ui {

// Writes the meeting pack twice: as Markdown at `markdownPath` (core's text, byte for byte) and as
// a PDF at `pdfPath`, laid out on `pageSize` paper (A4 or Letter) from core's HTML. Each file is
// replaced whole or left as it was. Returns why it failed, or "".
QString writeMinutes(const forum::Minutes& minutes, const QString& markdownPath, const QString& pdfPath,
                     QPageSize::PageSizeId pageSize);

// The paper the locale prints on: Letter in the US (and the few other countries on it), else A4.
QPageSize::PageSizeId defaultPaper();

} // namespace steward::ui
