#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QDate>

namespace steward {
class Store;
}

// Internal to fillSample: the sample company (Fernhill Analytics) is built in parts, each in its own file only to
// keep the files readable. Every part returns the ids of what it added under a name, so later parts can refer to
// "the CISO" or "the Jira connector" instead of to row numbers.
namespace steward::templates::sample {

// The translation context lupdate files the sample's prose under (the same as the seed's).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Templates)
};

struct People
{
    Id priya = 0;  // governance owner
    Id tomasz = 0; // forum lead
    Id marcus = 0, fatima = 0, oliver = 0, yuki = 0;
    Id adaeze = 0, hannah = 0, ana = 0;
    Id james = 0, lucia = 0;
    Id kenji = 0, amara = 0;
    Id elodie = 0, rahul = 0;
    Id ingrid = 0, mateus = 0, andres = 0;
    Id meilin = 0, noah = 0;
    Id laura = 0, zara = 0;
};

struct Connectors
{
    Id confluence = 0, jira = 0, github = 0, linear = 0;
    Id drive = 0, gmail = 0, calendar = 0;
    Id slack = 0, slackNotifier = 0;
    Id salesforce = 0, hubspot = 0, zendesk = 0;
    Id netsuite = 0, stripe = 0, snowflake = 0, box = 0;
};

struct Skills
{
    Id varianceCommentary = 0, invoiceReconciliation = 0;
    Id pipelineHygiene = 0, accountBrief = 0, renewalReminder = 0;
    Id ticketTriage = 0, kbArticle = 0;
    Id ndaReview = 0, releaseNotes = 0, metricExplainer = 0;
    Id blogDraft = 0, policyQa = 0, securityQuestionnaire = 0;
};

struct Workspaces
{
    Id financeClose = 0, salesOps = 0, supportTriage = 0, legalReview = 0;
    Id engineering = 0, peopleOps = 0, marketing = 0, analytics = 0;
    Id itHelpdesk = 0, securityDesk = 0, renewals = 0;
};

Connectors addConnectors(Store& store, const People& people, const QDate& today);
Skills addSkills(Store& store, const People& people, const Connectors& connectors, const QDate& today);
Workspaces addWorkspaces(Store& store, const People& people, const Connectors& connectors, const Skills& skills,
                         const QDate& today);

} // namespace steward::templates::sample
