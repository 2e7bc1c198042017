#pragma once

#include "forum/agenda.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace steward {
class Store;
}

// The meeting pack of one forum meeting: who attended, each agenda item's figures and table, and
// the decisions taken, as Markdown (for Confluence or Notion) and as HTML (which the editor lays
// out as a PDF).
namespace steward::forum {

struct Decision
{
    Id requestId = 0;
    QString request; // its title
    RequestKind kind = RequestKind::Connector;
    RequestStatus outcome = RequestStatus::Approved;
    QStringList deciders;
    QDate decidedOn;
    QString note;
};

struct Minutes
{
    QString inventory; // the file's name
    QDate date;
    QStringList attendees;
    std::vector<AgendaItem> items;
    std::vector<Decision> decisions;
};

// The decisions the store records as taken on `date`, in request order.
std::vector<Decision> decisionsOn(const Store& store, const QDate& date);
// Everything for the minutes of the meeting on `date` with these attendees: the agenda as the
// store holds it now, the decisions of that day.
Minutes readMinutes(const Store& store, const QDate& date, const QStringList& attendees, const QDate& today);

// Request, kind, decision, deciders, date, note: one row per decision.
tables::Table decisionTable(const std::vector<Decision>& decisions);
QString minutesMarkdown(const Minutes& minutes);
QString minutesHtml(const Minutes& minutes);
// "forum-2026-12-01": what the pack's files are called.
QString minutesBaseName(const QDate& date);

} // namespace steward::forum
