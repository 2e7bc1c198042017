#include "domain/isodate.h"

namespace steward {

QString isoDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate parseIsoDate(QStringView text)
{
    const auto digit = [&text](qsizetype i) {
        const char16_t c = text[i].unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int d[8] = {digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9)};
        bool plain = true;
        for (int value : d)
            plain = plain && value >= 0;
        if (plain) {
            const int year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
            if (year > 0)
                return QDate(year, d[4] * 10 + d[5], d[6] * 10 + d[7]);
        }
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

} // namespace steward
