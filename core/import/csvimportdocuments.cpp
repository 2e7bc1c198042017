// The CSV importer's steps for the two objects that are one record each: the policy (a row per
// field) and the RACI matrix (a row per activity, a column per role).
#include "domain/policysnapshot.h"
#include "export/csvexport.h"
#include "export/csvvalues.h"
#include "import/csvimportsteps.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// Items one per line; an error for one listed twice.
std::optional<QStringList> uniqueLines(CsvRow& row, const QString& text)
{
    const QStringList items = csvvalues::splitLines(text);
    QSet<QString> seen;
    for (const QString& item : items) {
        if (seen.contains(item)) {
            row.error("value", Tr::tr("%1 is listed twice.").arg(quotedValue(item)));
            return std::nullopt;
        }
        seen.insert(item);
    }
    return items;
}

// "A", "r", "R, A", "R/A" → the letters in the order the store keeps them ("RA"); nullopt for
// anything else.
std::optional<QString> raciLetters(const QString& text)
{
    static const QRegularExpression allowed(QStringLiteral("^[RACIraci\\s,/+]*$"));
    if (!allowed.match(text).hasMatch())
        return std::nullopt;
    const QString upper = text.toUpper();
    QString letters;
    for (QChar letter : QStringLiteral("RACI")) {
        if (upper.contains(letter))
            letters += letter;
    }
    return letters;
}

} // namespace

void CsvImport::policy()
{
    if (!header(InventoryObject::Policy, {QStringLiteral("field"), QStringLiteral("value")}))
        return;
    const Policy before = m_store.policy();
    Policy p = before;
    std::vector<PolicySection> sections;
    bool sectionsGiven = false;
    // The approval is recorded by approving in the editor, never by an import: these rows are read
    // and checked, and said to be left alone when they differ from what the policy becomes.
    std::optional<PolicyStatus> statusGiven;
    bool approvalGiven = false;
    QString approverGiven;
    QDate approvedOnGiven;
    QDate effectiveOnGiven;
    std::optional<ImportIssue> approvalRow; // where the first of them is
    csv::Record record;
    const int errors = m_report.errorCount();
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const QString field = row.text("field").value_or(QString()).trimmed().toLower();
        if (field.isEmpty()) {
            row.error("field", Tr::tr("the field is empty: it names what the row holds (title, version, "
                                      "prohibited_uses…)."));
            continue;
        }
        row.setName(field);
        if (field != QLatin1String("section") && duplicate(row, "field", field, Tr::tr("field")))
            continue;
        const QString value = row.text("value").value_or(QString());
        const auto detail = row.text("detail");
        if (field == QLatin1String("title")) {
            p.title = value;
        } else if (field == QLatin1String("version")) {
            p.version = value.trimmed();
        } else if (field == QLatin1String("status")) {
            statusGiven = row.enumeration<PolicyStatus>("value");
            approvalRow = approvalRow.value_or(row.issue("field", {}));
        } else if (field == QLatin1String("approved_by")) {
            approverGiven = value.trimmed();
            approvalGiven = true;
            approvalRow = approvalRow.value_or(row.issue("field", {}));
        } else if (field == QLatin1String("approved_on") || field == QLatin1String("effective_on")) {
            (field == QLatin1String("approved_on") ? approvedOnGiven : effectiveOnGiven) =
                row.date("value").value_or(QDate());
            approvalGiven = true;
            approvalRow = approvalRow.value_or(row.issue("field", {}));
        } else if (field == QLatin1String("allowed_groups")) {
            if (const auto items = uniqueLines(row, value))
                p.allowedGroups = *items;
        } else if (field == QLatin1String("prohibited_uses")) {
            if (const auto items = uniqueLines(row, value))
                p.prohibitedUses = *items;
        } else if (field == QLatin1String("audit_fields")) {
            if (const auto items = uniqueLines(row, value))
                p.auditFields = *items;
        } else if (field == QLatin1String("training_opt_out")) {
            p.trainingOptOut = value;
        } else if (field == QLatin1String("retention")) {
            p.retention = value;
        } else if (field.startsWith(QLatin1String("data_class."))) {
            const auto dataClass = parse<DataClass>(field.mid(11));
            if (!dataClass) {
                row.error("field", Tr::tr("%1 is not a data class; they are %2.")
                                       .arg(quotedValue(field.mid(11)), keys<DataClass>().join(QStringLiteral(", "))));
                continue;
            }
            auto found = std::find_if(p.dataClasses.begin(), p.dataClasses.end(),
                                      [&](const DataClassRule& r) { return r.dataClass == *dataClass; });
            if (found == p.dataClasses.end())
                found = p.dataClasses.insert(p.dataClasses.end(), DataClassRule{*dataClass, {}, {}});
            if (const auto permission = row.enumeration<Permission>("value"))
                found->permission = *permission;
            if (detail)
                found->condition = *detail;
            std::sort(p.dataClasses.begin(), p.dataClasses.end(),
                      [](const DataClassRule& a, const DataClassRule& b) { return a.dataClass < b.dataClass; });
        } else if (field.startsWith(QLatin1String("review_tier."))) {
            const QString number = field.mid(12);
            const int tier = number == QLatin1String("1")   ? 1
                             : number == QLatin1String("2") ? 2
                             : number == QLatin1String("3") ? 3
                                                            : 0;
            if (tier == 0) {
                row.error("field", Tr::tr("review tiers are review_tier.1, review_tier.2 and review_tier.3 (seed 000), "
                                          "not %1.")
                                       .arg(quotedValue(field)));
                continue;
            }
            auto found = std::find_if(p.reviewTiers.begin(), p.reviewTiers.end(),
                                      [tier](const ReviewTier& t) { return t.tier == tier; });
            if (found == p.reviewTiers.end())
                found = p.reviewTiers.insert(p.reviewTiers.end(), ReviewTier{tier, {}, {}});
            found->rule = value;
            if (detail)
                found->control = *detail;
            std::sort(p.reviewTiers.begin(), p.reviewTiers.end(),
                      [](const ReviewTier& a, const ReviewTier& b) { return a.tier < b.tier; });
        } else if (field == QLatin1String("section")) {
            // Kept by position, as the JSON import keeps them: a section edited in place keeps its id.
            const std::size_t i = sections.size();
            PolicySection section{i < before.sections.size() ? before.sections[i].id : 0, value, {}};
            section.body = detail ? *detail : (i < before.sections.size() ? before.sections[i].body : QString());
            sections.push_back(section);
            sectionsGiven = true;
        } else {
            row.warning("field", Tr::tr("Steward does not know this field of the policy; the row was ignored."));
        }
    }
    if (failedSince(errors))
        return;
    if (sectionsGiven)
        p.sections = sections;

    const bool changed = policySnapshot(p) != policySnapshot(before);
    if (changed && before.status == PolicyStatus::Approved) {
        p.status = PolicyStatus::Draft; // as in the editor: a changed approved policy is the next draft
        m_report.warn({Tr::tr("the policy was approved as version %1; the imported changes make it a draft, to be "
                              "approved again.")
                           .arg(before.version),
                       Tr::tr("policy")});
    }
    const auto person = m_store.person(p.approvedBy);
    const QString approver = person ? person->name : QString();
    if ((statusGiven && *statusGiven != p.status) ||
        (approvalGiven &&
         (approverGiven != approver || approvedOnGiven != p.approvedOn || effectiveOnGiven != p.effectiveOn))) {
        ImportIssue issue = approvalRow.value_or(ImportIssue());
        issue.field.clear();
        issue.message = Tr::tr("the approval (status, approved_by, approved_on, effective_on) is not imported: a "
                               "policy is approved in the editor, which keeps the approved version. The policy is %1.")
                            .arg(key(p.status));
        m_report.warn(issue);
    }
    if (!changed) {
        m_report.count(QStringLiteral("policy"), Outcome::Unchanged);
        return;
    }
    try {
        m_store.updatePolicy(p);
    } catch (const StoreError& e) {
        m_report.fail({e.message(), Tr::tr("policy")});
        return;
    }
    m_report.count(QStringLiteral("policy"), Outcome::Updated);
}

void CsvImport::raci()
{
    if (!m_table.readHeader({QStringLiteral("activity")}, true))
        return;
    if (m_table.column(QStringLiteral("activity")) < 0) {
        m_report.fail(m_table.headerIssue(Tr::tr("the file has no activity column: the RACI file has a row per "
                                                 "activity, named in the activity column, and a column per role.")));
        return;
    }
    const int errors = m_report.errorCount();
    const Raci before = m_store.raci();
    Raci wanted;
    std::vector<bool> roleUsed(before.roles.size(), false);
    for (const auto& [index, name] : m_table.others()) {
        RaciRole role(0, name);
        for (std::size_t i = 0; i < before.roles.size(); ++i) {
            if (!roleUsed[i] && before.roles[i].name == name) {
                role.id = before.roles[i].id;
                role.people = before.roles[i].people; // unless the file says who holds it
                roleUsed[i] = true;
                break;
            }
        }
        wanted.roles.push_back(role);
    }
    std::vector<bool> activityUsed(before.activities.size(), false);
    bool holdersGiven = false;
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const QString activity = row.text("activity").value_or(QString()).trimmed();
        const auto roleCell = [&](std::size_t role) {
            const int index = m_table.others()[role].first;
            return index < int(record.cells.size()) ? record.cells[std::size_t(index)].text : QString();
        };
        const auto roleIssue = [&](std::size_t role, const QString& message) {
            const int index = m_table.others()[role].first;
            const csv::Cell* cell = index < int(record.cells.size()) ? &record.cells[std::size_t(index)] : nullptr;
            return ImportIssue(message, row.record(), m_table.fieldName(index), cell ? cell->line : record.line,
                               cell ? cell->column : 0);
        };
        if (activity.compare(exports::raciHoldersLabel(), Qt::CaseInsensitive) == 0) {
            row.setName(activity);
            if (holdersGiven) {
                row.error("activity", Tr::tr("the people holding the roles are given twice."));
                continue;
            }
            holdersGiven = true;
            for (std::size_t role = 0; role < wanted.roles.size(); ++role) {
                std::vector<Id> holders;
                for (const QString& name : csvvalues::splitLines(roleCell(role))) {
                    Id id = 0;
                    write(row, [&] {
                        id = m_session.person(name, [&](const QString& m) { m_report.warn(roleIssue(role, m)); });
                    });
                    holders.push_back(id);
                }
                std::sort(holders.begin(), holders.end()); // as the store reads them back
                holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
                wanted.roles[role].people = holders;
            }
            continue;
        }
        if (activity.isEmpty()) {
            row.error("activity", Tr::tr("the activity is empty: each row of the matrix names its activity."));
            continue;
        }
        row.setName(activity);
        if (duplicate(row, "activity", activity, Tr::tr("activity")))
            continue;
        RaciActivity entry{0, activity};
        for (std::size_t i = 0; i < before.activities.size(); ++i) {
            if (!activityUsed[i] && before.activities[i].name == activity) {
                entry.id = before.activities[i].id;
                activityUsed[i] = true;
                break;
            }
        }
        const int index = int(wanted.activities.size());
        wanted.activities.push_back(entry);
        for (std::size_t role = 0; role < wanted.roles.size(); ++role) {
            const QString text = roleCell(role);
            const auto letters = raciLetters(text);
            if (!letters)
                m_report.fail(roleIssue(
                    role, Tr::tr("%1 is not RACI letters: R, A, C and I, or empty for none.").arg(quotedValue(text))));
            else if (!letters->isEmpty())
                wanted.cells.push_back({index, int(role), *letters});
        }
    }
    if (failedSince(errors))
        return;
    if (wanted == before) {
        m_report.count(QStringLiteral("raci"), Outcome::Unchanged);
        return;
    }
    try {
        m_store.setRaci(wanted);
    } catch (const StoreError& e) {
        m_report.fail({e.message(), Tr::tr("raci")});
        return;
    }
    m_report.count(QStringLiteral("raci"),
                   before.roles.empty() && before.activities.empty() ? Outcome::Added : Outcome::Updated);
}

} // namespace steward::imports
