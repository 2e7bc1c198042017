#pragma once

#include "domain/types.h"

#include <QByteArrayView>
#include <QDate>
#include <QStringList>

namespace steward {

// A connector as Store::forEachConnectorText hands it over, a row at a time, its text as UTF-8:
// for the exports that write every connector (the CSV), where building a Connector and its
// QStrings per row was most of the time. Each value is what the Connector that Store::connector()
// reads would hold, as UTF-8; the views are valid only while the visitor runs.
struct ConnectorText
{
    Id id = 0;
    QByteArrayView name;
    QByteArrayView system;
    Access access = Access::ReadOnly;
    DataClass sensitivity = DataClass::Internal;
    bool external = false;
    int tier = 1;
    Id ownerId = 0;
    Id approvedBy = 0;
    QDate approvedOn;
    ApprovalStatus status = ApprovalStatus::Requested;
    Transport transport = Transport::Unknown;
    QByteArrayView command;
    QStringList args; // empty for most connectors, so kept as the domain holds it
    QByteArrayView url;
    Cadence cadence = Cadence::Quarterly;
    int cadenceDays = 0;
    QDate lastReviewedOn;
    QByteArrayView notes;
    // The scope strings of each mode, in their order, separated by single spaces as in an OAuth
    // scope parameter.
    QByteArrayView readScopes;
    QByteArrayView writeScopes;
};

} // namespace steward
