#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Days as the file and the exports write them, YYYY-MM-DD: exactly QDate's Qt::ISODate text and
// parse, without the formatting machinery behind it, since every date column of every row of a
// large import or export goes through here.
namespace steward {

// The date's Qt::ISODate text; empty for an invalid date.
QString isoDate(const QDate& date);
// QDate::fromString(text, Qt::ISODate).
QDate parseIsoDate(QStringView text);

} // namespace steward
