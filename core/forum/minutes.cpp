#include "forum/minutes.h"

#include "export/markdowntext.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>

namespace steward::forum {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::forum)
};

QString outcomeText(RequestStatus outcome)
{
    return outcome == RequestStatus::Approved ? Tr::tr("Approved") : label(outcome);
}

QString figuresLine(const AgendaItem& item)
{
    QStringList parts;
    for (const Figure& figure : item.figures)
        parts.append(Tr::tr("%1: %2").arg(figure.label, figure.value));
    return parts.join(QStringLiteral(" · "));
}

QString titleText(const Minutes& minutes)
{
    return Tr::tr("Governance forum, %1").arg(dateText(minutes.date));
}

QStringList decisionHeaders()
{
    return {Tr::tr("Request"), Tr::tr("Kind"), Tr::tr("Decision"), Tr::tr("Deciders"), Tr::tr("Date"), Tr::tr("Note")};
}

} // namespace

std::vector<Decision> decisionsOn(const Store& store, const QDate& date)
{
    QHash<Id, QString> people;
    for (const NamedId& person : store.personNames())
        people.insert(person.id, person.name);
    std::vector<Decision> decisions;
    for (const ForumRequest& request : store.requests()) {
        if (request.decidedOn != date ||
            (request.status != RequestStatus::Approved && request.status != RequestStatus::Rejected))
            continue;
        Decision decision;
        decision.requestId = request.id;
        decision.request = request.title;
        decision.kind = request.kind;
        decision.outcome = request.status;
        decision.decidedOn = request.decidedOn;
        decision.note = request.decision;
        for (Id decider : request.deciders)
            decision.deciders.append(people.value(decider));
        decisions.push_back(decision);
    }
    return decisions;
}

Minutes readMinutes(const Store& store, const QDate& date, const QStringList& attendees, const QDate& today)
{
    const rules::LintInput input = rules::readLintInput(store);
    Minutes minutes;
    minutes.date = date;
    minutes.attendees = attendees;
    // "Since the last forum" of this meeting is the one before it.
    minutes.items = agenda(readFiguresSince(store, input, today, lastForumDateBefore(store, date)), input);
    minutes.decisions = decisionsOn(store, date);
    return minutes;
}

QString minutesMarkdown(const Minutes& minutes)
{
    using markdown::inlineText;
    QString text = QStringLiteral("# %1\n\n").arg(inlineText(titleText(minutes)));
    if (!minutes.inventory.isEmpty())
        text += Tr::tr("Inventory: %1").arg(inlineText(minutes.inventory)) + QStringLiteral("\n\n");
    text += QStringLiteral("## %1\n\n").arg(inlineText(Tr::tr("Attendees")));
    if (minutes.attendees.isEmpty())
        text += QStringLiteral("*%1*\n\n").arg(inlineText(Tr::tr("No attendee was recorded.")));
    for (const QString& attendee : minutes.attendees)
        text += QStringLiteral("- %1\n").arg(inlineText(attendee));
    if (!minutes.attendees.isEmpty())
        text += QLatin1Char('\n');

    text += QStringLiteral("## %1\n\n").arg(inlineText(Tr::tr("Decisions")));
    if (minutes.decisions.empty())
        text += QStringLiteral("*%1*\n\n").arg(inlineText(Tr::tr("No decision was taken.")));
    else
        text += tables::markdown(decisionTable(minutes.decisions)) + QLatin1Char('\n');

    for (std::size_t i = 0; i < minutes.items.size(); ++i) {
        const AgendaItem& item = minutes.items[i];
        text += QStringLiteral("## %1. %2\n\n").arg(i + 1).arg(inlineText(item.title));
        if (item.empty) {
            text += QStringLiteral("*%1*\n\n").arg(inlineText(item.emptyText));
            continue;
        }
        if (!item.subtitle.isEmpty())
            text += inlineText(item.subtitle) + QStringLiteral("\n\n");
        if (!item.figures.empty())
            text += inlineText(figuresLine(item)) + QStringLiteral("\n\n");
        if (!item.text.isEmpty())
            text += markdown::proseText(item.text) + QStringLiteral("\n\n");
        if (!item.table.rows.empty())
            text += tables::markdown(item.table) + QLatin1Char('\n');
    }
    return text;
}

tables::Table decisionTable(const std::vector<Decision>& decisions)
{
    tables::Table table;
    table.headers = decisionHeaders();
    for (const Decision& d : decisions)
        table.rows.push_back({d.request, label(d.kind), outcomeText(d.outcome), d.deciders.join(QStringLiteral(", ")),
                              dateText(d.decidedOn), d.note});
    return table;
}

QString minutesHtml(const Minutes& minutes)
{
    using tables::htmlCell;
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                       .arg(htmlCell(titleText(minutes)));
    html += QStringLiteral("<h1>%1</h1>").arg(htmlCell(titleText(minutes)));
    if (!minutes.inventory.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlCell(Tr::tr("Inventory: %1").arg(minutes.inventory)));
    html += QStringLiteral("<h2>%1</h2>").arg(htmlCell(Tr::tr("Attendees")));
    html += minutes.attendees.isEmpty()
                ? QStringLiteral("<p><i>%1</i></p>").arg(htmlCell(Tr::tr("No attendee was recorded.")))
                : QStringLiteral("<p>%1</p>").arg(htmlCell(minutes.attendees.join(QStringLiteral(", "))));
    html += QStringLiteral("<h2>%1</h2>").arg(htmlCell(Tr::tr("Decisions")));
    html += minutes.decisions.empty()
                ? QStringLiteral("<p><i>%1</i></p>").arg(htmlCell(Tr::tr("No decision was taken.")))
                : tables::html(decisionTable(minutes.decisions));
    for (std::size_t i = 0; i < minutes.items.size(); ++i) {
        const AgendaItem& item = minutes.items[i];
        html += QStringLiteral("<h2>%1. %2</h2>").arg(i + 1).arg(htmlCell(item.title));
        if (item.empty) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(htmlCell(item.emptyText));
            continue;
        }
        if (!item.subtitle.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(htmlCell(item.subtitle));
        if (!item.figures.empty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(htmlCell(figuresLine(item)));
        if (!item.text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(htmlCell(item.text));
        if (!item.table.rows.empty())
            html += tables::html(item.table);
    }
    // Qt's layout gives a table only the width its cells need unless told: the page's width.
    html.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"));
    return html + QStringLiteral("</body></html>");
}

QString minutesBaseName(const QDate& date)
{
    return QStringLiteral("forum-") + date.toString(Qt::ISODate);
}

} // namespace steward::forum
