#include "export/icsexport.h"

#include "rules/cadence.h"
#include "rules/reviewitems.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace steward::ics {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ics)
};

// DATE form (RFC 5545 3.3.4), built by hand so that no locale can change the digits.
QString dateValue(const QDate& date)
{
    return QStringLiteral("%1%2%3")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

// A parameter value is always quoted here; a quoted value may hold anything but controls and the
// double quote itself (RFC 5545 3.1, QSAFE-CHAR), so those become spaces and single quotes.
QString paramValue(const QString& text)
{
    QString value;
    value.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            value += QLatin1Char('\'');
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            value += QLatin1Char(' ');
        else
            value += c;
    }
    return QLatin1Char('"') + value.simplified() + QLatin1Char('"');
}

// Only an address a mail client could use becomes a mailto: URI; anything else stays in the
// description, where it cannot break the property.
bool usableEmail(const QString& email)
{
    static const QRegularExpression address(QStringLiteral(R"(^[^\s@<>"(),;:\\\[\]]+@[^\s@<>"(),;:\\\[\]]+$)"));
    return address.match(email).hasMatch();
}

// URL takes a URI, which is not escaped like TEXT: only a web address that parses strictly is
// given as one (calendars make it a link); other locations ("the shared drive, folder X") are in
// the description only.
QByteArray webAddress(const QString& location)
{
    const QString trimmed = location.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || trimmed.contains(QRegularExpression(QStringLiteral("\\s"))) || !url.isValid() ||
        url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url.toEncoded();
}

QString statusText(const rules::ReviewItem& item, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    if (!item.review.lastReviewedOn.isValid())
        return Tr::tr("Status on %1: never reviewed, due now").arg(day);
    switch (item.state) {
    case rules::DueState::Overdue:
        return Tr::tr("Status on %1: OVERDUE (was due %2)").arg(day, item.due.toString(Qt::ISODate));
    case rules::DueState::DueSoon:
        return Tr::tr("Status on %1: due soon").arg(day);
    case rules::DueState::NotDue:
        break;
    }
    return Tr::tr("Status on %1: not due yet").arg(day);
}

class Writer
{
public:
    // One property: NAME[;PARAMS]:VALUE, where value is already in its type's form.
    void property(const QString& nameAndParams, const QString& value)
    {
        m_bytes += foldLine((nameAndParams + QLatin1Char(':') + value).toUtf8());
    }
    void text(const QString& name, const QString& value) { property(name, escapeText(value)); }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace

QString escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case ';':
            escaped += QLatin1String("\\;");
            break;
        case ',':
            escaped += QLatin1String("\\,");
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i; // CRLF is one line break
            escaped += QLatin1String("\\n");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        default:
            if ((c.unicode() >= 0x20 && c.unicode() != 0x7f) || c == QLatin1Char('\t'))
                escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray& line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 37 + 2);
    qsizetype start = 0;
    qsizetype room = 75; // the first line; a continuation's leading space takes one octet of the next
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut; // back to the first byte of the UTF-8 sequence the cut would split
        if (cut == start)
            cut = start + room; // not UTF-8 at all: octets are all that can be counted
        folded += line.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = 74;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QString recurrenceRule(const ReviewState& review, const QDate& due)
{
    // The occurrences are anchor + k periods, which is what addCadence gives review after review
    // kept on time. DTSTART (= due) always is the first of them, so the rule and it agree.
    const QDate anchor = review.lastReviewedOn.isValid() ? review.lastReviewedOn : due;
    // A plain FREQ=MONTHLY from the 31st skips the months without one (RFC 5545 3.3.10); the
    // latest of the 28th up to the anchor's day that a month has is its due day instead.
    const auto monthEnd = [&anchor]() {
        if (anchor.day() < 29)
            return QString();
        QStringList days;
        for (int day = 28; day <= anchor.day(); ++day)
            days += QString::number(day);
        return QStringLiteral(";BYMONTHDAY=%1;BYSETPOS=-1").arg(days.join(QLatin1Char(',')));
    };
    switch (review.cadence) {
    case Cadence::Weekly:
        return QStringLiteral("FREQ=WEEKLY");
    case Cadence::Monthly:
        return QStringLiteral("FREQ=MONTHLY") + monthEnd();
    case Cadence::Quarterly:
        return QStringLiteral("FREQ=MONTHLY;INTERVAL=3") + monthEnd();
    case Cadence::Annual:
        if (anchor.month() == 2 && anchor.day() == 29)
            return QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1");
        return QStringLiteral("FREQ=YEARLY");
    case Cadence::Custom:
        break;
    }
    const int days = std::max(review.cadenceDays, 1);
    return days == 1 ? QStringLiteral("FREQ=DAILY") : QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(days);
}

QString eventUid(const QString& subjectType, Id subjectId, const QString& inventoryId)
{
    return QStringLiteral("%1-%2@%3.steward").arg(subjectType).arg(subjectId).arg(inventoryId);
}

QByteArray reviewCalendar(const rules::LintInput& input, const CalendarOptions& options)
{
    QHash<Id, const Person*> people;
    for (const Person& person : input.people)
        people.insert(person.id, &person);
    const auto personName = [&people](Id id) {
        const Person* person = people.value(id);
        return person ? person->name : QString();
    };

    // DTSTAMP is when the calendar was made. The wall clock would make every export differ; the
    // export's day (what --today sets) at midnight UTC keeps two exports of an unchanged file
    // byte-identical, so a calendar kept in git only changes when the reviews do.
    const QString stamp = dateValue(options.today) + QStringLiteral("T000000Z");
    const QString calendarName = Tr::tr("Steward reviews: %1").arg(options.fileName);

    Writer ics;
    ics.property(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    ics.property(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    ics.property(QStringLiteral("PRODID"),
                 QStringLiteral("-//Steward//Steward %1//EN").arg(QStringLiteral(STEWARD_VERSION)));
    ics.property(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    ics.property(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    ics.text(QStringLiteral("X-WR-CALNAME"), calendarName);
    ics.text(QStringLiteral("NAME"), calendarName); // RFC 7986's name for what X-WR-CALNAME says

    for (const rules::ReviewItem& item : rules::reviewItems(input, options.today)) {
        const QString kind = rules::subjectLabel(item.subjectType);
        const Person* owner = people.value(item.ownerId);
        const bool mailable = owner && usableEmail(owner->email.trimmed());

        QStringList description;
        if (!owner)
            description += Tr::tr("Owner: nobody yet (name one in Steward)");
        else if (owner->email.trimmed().isEmpty())
            description += Tr::tr("Owner: %1").arg(owner->name);
        else
            description += Tr::tr("Owner: %1 <%2>").arg(owner->name, owner->email.trimmed());
        description += Tr::tr("Cadence: %1").arg(rules::cadenceText(item.review));
        if (!item.review.lastReviewedOn.isValid())
            description += Tr::tr("Last reviewed: never");
        else if (const QString by = personName(item.review.lastReviewedBy); by.isEmpty())
            description += Tr::tr("Last reviewed: %1").arg(item.review.lastReviewedOn.toString(Qt::ISODate));
        else
            description += Tr::tr("Last reviewed: %1 by %2").arg(item.review.lastReviewedOn.toString(Qt::ISODate), by);
        if (!item.location.trimmed().isEmpty())
            description += Tr::tr("Where it lives: %1").arg(item.location.trimmed());
        description += statusText(item, options.today);
        description += Tr::tr("From the Steward inventory %1.").arg(options.fileName);

        ics.property(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        ics.property(QStringLiteral("UID"), eventUid(item.subjectType, item.subjectId, options.inventoryId));
        ics.property(QStringLiteral("DTSTAMP"), stamp);
        ics.property(QStringLiteral("DTSTART;VALUE=DATE"), dateValue(item.due));
        ics.property(QStringLiteral("DTEND;VALUE=DATE"), dateValue(item.due.addDays(1)));
        ics.property(QStringLiteral("RRULE"), recurrenceRule(item.review, item.due));
        ics.text(QStringLiteral("SUMMARY"), Tr::tr("Review: %1 \u201c%2\u201d").arg(kind, item.name));
        ics.text(QStringLiteral("DESCRIPTION"), description.join(QLatin1Char('\n')));
        if (const QByteArray url = webAddress(item.location); !url.isEmpty())
            ics.property(QStringLiteral("URL"), QString::fromLatin1(url));
        ics.property(QStringLiteral("CATEGORIES"),
                     escapeText(Tr::tr("Steward review")) + QLatin1Char(',') + escapeText(kind));
        if (mailable)
            ics.property(QStringLiteral("ORGANIZER;CN=%1").arg(paramValue(owner->name)),
                         QStringLiteral("mailto:") + owner->email.trimmed());
        ics.property(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT")); // a reminder, not busy time
        ics.property(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    ics.property(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return ics.take();
}

} // namespace steward::ics
