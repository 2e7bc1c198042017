#include "store/store.h"
#include "templates/templates.h"

#include <QCoreApplication>

namespace steward::templates {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Templates)
};

} // namespace

void fillSeed(Store& store)
{
    store.transaction([&store] {
        Policy policy = store.policy();
        policy.title = Tr::tr("Acceptable use of AI agents");
        policy.version = QStringLiteral("0.1");
        policy.status = PolicyStatus::Draft;
        policy.dataClasses = {
            {DataClass::Public, Permission::Allowed, {}},
            {DataClass::Internal, Permission::Allowed, {}},
            {DataClass::Confidential, Permission::Conditional, Tr::tr("Tier 3 review: dual review and audit log")},
            {DataClass::Restricted, Permission::Forbidden, {}},
        };
        // Seed 000's policy config, in its own words.
        policy.reviewTiers = {
            {1, QStringLiteral("internal, non-sensitive"), QStringLiteral("spot-check")},
            {2, QStringLiteral("leaves org, non-sensitive"), QStringLiteral("named-reviewer")},
            {3, QStringLiteral("sensitive-data or system-write"), QStringLiteral("dual-review + audit")},
        };
        policy.prohibitedUses = {
            QStringLiteral("auto-send external commitments without review"),
            QStringLiteral("connector scope expansion without re-approval"),
            QStringLiteral("PII export to unapproved destinations"),
        };
        policy.auditFields = {QStringLiteral("actor"), QStringLiteral("connector"), QStringLiteral("data_scope"),
                              QStringLiteral("approver"), QStringLiteral("output_hash")};
        store.updatePolicy(policy);

        // Seed 004: weekly during a pilot, monthly at steady state, a quarterly governance
        // review (security, access, opt-out posture, connector inventory, skills audit), annual
        // re-evaluation. The policy is re-evaluated yearly; the inventories are reviewed quarterly.
        for (GovernanceObject object : store.governanceObjects()) {
            object.review.cadence = object.kind == GovernanceKind::Policy ? Cadence::Annual : Cadence::Quarterly;
            store.updateGovernanceObject(object);
        }

        store.setCadences({
            {0, Cadence::Weekly, Tr::tr("Weekly during a pilot"),
             Tr::tr("Owner-plus-sponsor stand-up: usage, blockers, decisions.")},
            {0, Cadence::Monthly, Tr::tr("Monthly at steady state"),
             Tr::tr("Review usage, prompt regressions, new candidate workflows.")},
            {0, Cadence::Quarterly, Tr::tr("Quarterly governance review"),
             Tr::tr("Security, access, opt-out posture, connector inventory, skills audit.")},
            {0, Cadence::Annual, Tr::tr("Annual re-evaluation"), Tr::tr("Full re-evaluation against business goals.")},
        });

        Raci raci;
        for (const char* role :
             {QT_TRANSLATE_NOOP("steward::Templates", "Sponsor"),
              QT_TRANSLATE_NOOP("steward::Templates", "Pilot owner"), QT_TRANSLATE_NOOP("steward::Templates", "IT"),
              QT_TRANSLATE_NOOP("steward::Templates", "Security"), QT_TRANSLATE_NOOP("steward::Templates", "Partner")})
            raci.roles.push_back({0, Tr::tr(role)});
        for (const char* activity : {QT_TRANSLATE_NOOP("steward::Templates", "Workspace creation"),
                                     QT_TRANSLATE_NOOP("steward::Templates", "Connector approval"),
                                     QT_TRANSLATE_NOOP("steward::Templates", "Skill development"),
                                     QT_TRANSLATE_NOOP("steward::Templates", "Incident response"),
                                     QT_TRANSLATE_NOOP("steward::Templates", "Quarterly review")})
            raci.activities.push_back({0, Tr::tr(activity)});
        // Seed 004's matrix, one string per activity, one letter per role in the order above.
        const char* letters[] = {"ARCIC", "ACRCC", "ACIIR", "ICARC", "ACCRC"};
        for (int activity = 0; activity < 5; ++activity) {
            for (int role = 0; role < 5; ++role)
                raci.cells.push_back({activity, role, QString(QLatin1Char(letters[activity][role]))});
        }
        store.setRaci(raci);
    });
}

} // namespace steward::templates
