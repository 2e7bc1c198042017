#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

// The same two on UTF-8 bytes, for the paths that stream a large table as bytes: the text is
// written into `buffer` (reused from row to row), the view is of it; the bytes parsed are the text
// as textOfUtf8() reads it.
QByteArrayView isoDateUtf8(const QDate& date, QByteArray& buffer);
QDate parseIsoDate(QByteArrayView utf8);

} // namespace steward
