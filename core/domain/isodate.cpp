#include "domain/isodate.h"

#include "domain/utf8text.h"

#include <optional>

namespace steward {
namespace {

// YYYY-MM-DD of a year 1–9999 into ten characters (char16_t for QString, char for UTF-8).
template <typename Char> void writeDate(int year, int month, int day, Char* text)
{
    text[0] = Char('0' + year / 1000);
    text[1] = Char('0' + year / 100 % 10);
    text[2] = Char('0' + year / 10 % 10);
    text[3] = Char('0' + year % 10);
    text[4] = Char('-');
    text[5] = Char('0' + month / 10);
    text[6] = Char('0' + month % 10);
    text[7] = Char('-');
    text[8] = Char('0' + day / 10);
    text[9] = Char('0' + day % 10);
}

// The year, month and day of text that is plainly YYYY-MM-DD with a year from 1; nullopt for
// anything else, which QDate's own ISO parser then reads. `at(i)` is the i-th character's code.
template <typename CharAt> std::optional<QDate> plainDate(qsizetype size, CharAt at)
{
    if (size != 10 || at(4) != '-' || at(7) != '-')
        return std::nullopt;
    int d[8] = {};
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int k = 0; k < 8; ++k) {
        const auto c = at(positions[k]);
        if (c < '0' || c > '9')
            return std::nullopt;
        d[k] = int(c - '0');
    }
    const int year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    if (year <= 0)
        return std::nullopt;
    return QDate(year, d[4] * 10 + d[5], d[6] * 10 + d[7]);
}

// The date's year, month and day when its ISO text is the plain ten characters.
bool plainParts(const QDate& date, int* year, int* month, int* day)
{
    if (!date.isValid())
        return false;
    date.getDate(year, month, day);
    return *year >= 1 && *year <= 9999;
}

} // namespace

QString isoDate(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!plainParts(date, &year, &month, &day))
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    char16_t text[10];
    writeDate(year, month, day, text);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate parseIsoDate(QStringView text)
{
    if (const auto plain = plainDate(text.size(), [&text](qsizetype i) { return text[i].unicode(); }))
        return *plain;
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QByteArrayView isoDateUtf8(const QDate& date, QByteArray& buffer)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (!plainParts(date, &year, &month, &day)) {
        buffer = isoDate(date).toUtf8();
        return buffer;
    }
    buffer.resize(10);
    writeDate(year, month, day, buffer.data());
    return buffer;
}

QDate parseIsoDate(QByteArrayView utf8)
{
    if (const auto plain = plainDate(utf8.size(), [&utf8](qsizetype i) { return utf8[i]; }))
        return *plain;
    return parseIsoDate(textOfUtf8(utf8));
}

} // namespace steward
