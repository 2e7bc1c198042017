#include "import/csvimport.h"

#include "export/csvexport.h"
#include "export/csvvalues.h"
#include "import/csvimportsteps.h"
#include "import/rowmatch.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <map>
#include <tuple>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// Thrown inside the transaction to roll it back once the report holds an error.
struct AbortCsvImport
{
};

} // namespace

ImportReport importCsv(Store& store, InventoryObject object, const QByteArray& bytes)
{
    ImportReport report;
    if (object == InventoryObject::Audit) {
        report.fail({Tr::tr("the audit trail cannot be imported: Steward writes it, one entry per change.")});
        return report;
    }
    CsvTable table(bytes, report);
    try {
        store.transaction([&] {
            CsvImport(store, table, report).run(object);
            if (!report.ok())
                throw AbortCsvImport{};
        });
    } catch (const AbortCsvImport&) {
        // Rolled back; the report says why.
    } catch (const StoreError& e) {
        report.fail({e.message()});
    } catch (const std::exception& e) { // out of memory, or anything unforeseen: still all or nothing
        report.fail({Tr::tr("the import stopped: %1").arg(QString::fromUtf8(e.what()))});
    }
    // In the order of the file, as a person goes through it; a step finds them field by field.
    const auto byPlace = [](const ImportIssue& a, const ImportIssue& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    };
    std::stable_sort(report.errors().begin(), report.errors().end(), byPlace);
    std::stable_sort(report.warnings().begin(), report.warnings().end(), byPlace);
    if (!report.ok())
        report.clearCounts();
    return report;
}

CsvImport::CsvImport(Store& store, CsvTable& table, ImportReport& report)
    : m_store(store)
    , m_table(table)
    , m_report(report)
    , m_session(store, report)
{
}

void CsvImport::run(InventoryObject object)
{
    switch (object) {
    case InventoryObject::Policy:
        policy();
        break;
    case InventoryObject::Workspaces:
        workspaces();
        break;
    case InventoryObject::Connectors:
        connectors();
        break;
    case InventoryObject::Skills:
        skills();
        break;
    case InventoryObject::People:
        people();
        break;
    case InventoryObject::Raci:
        raci();
        break;
    case InventoryObject::Requests:
        requests();
        break;
    case InventoryObject::Incidents:
        incidents();
        break;
    case InventoryObject::Reviews:
        reviews();
        break;
    case InventoryObject::Audit:
        break;
    }
}

void CsvImport::write(CsvRow& row, const std::function<void()>& write)
{
    try {
        write();
    } catch (const StoreError& e) {
        row.error(e.message());
        throw AbortCsvImport{};
    }
}

void CsvImport::person(CsvRow& row, const char* column, Id& id)
{
    const auto name = row.text(column);
    if (!name)
        return;
    write(row, [&] { id = m_session.person(*name, [&row, column](const QString& m) { row.warning(column, m); }); });
}

void CsvImport::review(CsvRow& row, ReviewState& state, bool withReviewer)
{
    if (const auto text = row.text("cadence"); text && !text->trimmed().isEmpty()) {
        Cadence cadence = state.cadence;
        int days = 0;
        if (csvvalues::parseCadence(*text, &cadence, &days)) {
            state.cadence = cadence;
            state.cadenceDays = days;
        } else {
            row.error("cadence", Tr::tr("%1 is not a cadence: weekly, monthly, quarterly, annual, or every N days (1 "
                                        "to 3660).")
                                     .arg(quotedValue(*text)));
        }
    }
    if (const auto day = row.date("last_reviewed"))
        state.lastReviewedOn = *day;
    if (withReviewer)
        person(row, "last_reviewed_by", state.lastReviewedBy);
}

std::optional<std::vector<Id>> CsvImport::links(CsvRow& row, const char* column, const QString& noun,
                                                const std::function<Id(const QString&)>& find)
{
    const auto text = row.text(column);
    if (!text)
        return std::nullopt;
    std::vector<Id> ids;
    QSet<QString> seen;
    for (const QString& name : csvvalues::splitLines(*text)) {
        if (seen.contains(name)) {
            row.error(column, Tr::tr("%1 is listed twice.").arg(quotedValue(name)));
            continue;
        }
        seen.insert(name);
        if (const Id id = find(name))
            ids.push_back(id);
        else
            row.error(
                column,
                Tr::tr("there is no %1 named %2 in the inventory: import the %1s first.").arg(noun, quotedValue(name)));
    }
    std::sort(ids.begin(), ids.end()); // the order the store keeps links in
    return ids;
}

bool CsvImport::duplicate(CsvRow& row, const char* column, const QString& key, const QString& noun)
{
    // One lookup for both the question and the note: row numbers start at 2, so 0 is a new key.
    qint64& first = m_seen[key];
    if (first != 0) {
        row.error(column,
                  Tr::tr("%1 is already in row %2; each %3 appears once.").arg(quotedValue(key)).arg(first).arg(noun));
        return true;
    }
    first = row.number();
    return false;
}

bool CsvImport::header(InventoryObject object, const QStringList& required)
{
    if (!m_table.readHeader(exports::csvColumns(object)))
        return false;
    QStringList missing;
    for (const QString& column : required) {
        if (m_table.column(column) < 0)
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        m_report.fail(
            m_table.headerIssue(Tr::tr("the file has no column %1, which says which row is which: the header needs %2.")
                                    .arg(missing.join(QStringLiteral(", ")), required.join(QStringLiteral(", ")))));
        return false;
    }
    return true;
}

void CsvImport::people()
{
    if (!header(InventoryObject::People, {QStringLiteral("name")}))
        return;
    QHash<QString, Person> before;
    for (const Person& p : m_store.people())
        before.insert(p.name, p);
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto name = row.name("name");
        if (!name)
            continue;
        row.setName(*name);
        if (duplicate(row, "name", *name, Tr::tr("person")))
            continue;
        const auto existing = before.constFind(*name);
        Person p = existing != before.constEnd() ? *existing : Person();
        p.name = *name;
        if (const auto email = row.text("email"))
            p.email = email->trimmed();
        if (const auto title = row.text("title"))
            p.title = *title;
        if (const auto team = row.text("team"))
            p.team = *team;
        if (const auto notes = row.text("notes"))
            p.notes = *notes;
        if (failedSince(errors))
            continue;
        if (existing == before.constEnd()) {
            write(row, [&] { m_session.notePerson(p.name, m_store.addPerson(p)); });
            m_report.count(QStringLiteral("people"), Outcome::Added);
        } else if (p == *existing) {
            m_report.count(QStringLiteral("people"), Outcome::Unchanged);
        } else {
            write(row, [&] { m_store.updatePerson(p); });
            m_report.count(QStringLiteral("people"), Outcome::Updated);
        }
    }
}

void CsvImport::requests()
{
    if (!header(InventoryObject::Requests,
                {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("requested_on")}))
        return;
    using Key = std::tuple<RequestKind, QString, QDate>;
    auto before = byKey<ForumRequest, Key>(m_store.requests(), [](const ForumRequest& r) {
        return Key{r.kind, r.title, r.requestedOn};
    });
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto title = row.name("title");
        if (!title)
            continue;
        row.setName(*title);
        const auto kind = row.enumeration<RequestKind>("kind");
        if (!kind && !failedSince(errors))
            row.error("kind",
                      Tr::tr("a request needs its kind: %1.").arg(keys<RequestKind>().join(QStringLiteral(", "))));
        const QDate requestedOn = row.date("requested_on").value_or(QDate());
        if (failedSince(errors))
            continue;
        const auto match = takeMatch(before, Key{*kind, *title, requestedOn});
        ForumRequest r = match.value_or(ForumRequest());
        r.kind = *kind;
        r.title = *title;
        r.requestedOn = requestedOn;
        if (const auto description = row.text("description"))
            r.description = *description;
        person(row, "requested_by", r.requestedBy);
        if (const auto name = row.text("connector")) {
            r.connectorId = name->trimmed().isEmpty() ? 0 : m_session.connectorId(name->trimmed());
            if (!name->trimmed().isEmpty() && r.connectorId == 0)
                row.error("connector",
                          Tr::tr("there is no connector named %1 in the inventory.").arg(quotedValue(name->trimmed())));
        }
        if (const auto name = row.text("skill")) {
            r.skillId = name->trimmed().isEmpty() ? 0 : m_session.skillId(name->trimmed());
            if (!name->trimmed().isEmpty() && r.skillId == 0)
                row.error("skill",
                          Tr::tr("there is no skill named %1 in the inventory.").arg(quotedValue(name->trimmed())));
        }
        if (const auto status = row.enumeration<RequestStatus>("status"))
            r.status = *status;
        if (const auto names = row.text("deciders")) {
            // In the order given: the first decider is the one recorded as a connector's approver.
            std::vector<Id> deciders;
            for (const QString& name : csvvalues::splitLines(*names)) {
                Id id = 0;
                write(row,
                      [&] { id = m_session.person(name, [&row](const QString& m) { row.warning("deciders", m); }); });
                if (id != 0 && std::find(deciders.begin(), deciders.end(), id) == deciders.end())
                    deciders.push_back(id);
            }
            r.deciders = deciders;
        }
        if (const auto day = row.date("decided_on"))
            r.decidedOn = *day;
        if (const auto decision = row.text("decision"))
            r.decision = *decision;
        if (failedSince(errors))
            continue;
        if (!match) {
            write(row, [&] { m_store.addRequest(r); });
            m_report.count(QStringLiteral("requests"), Outcome::Added);
        } else if (r == *match) {
            m_report.count(QStringLiteral("requests"), Outcome::Unchanged);
        } else {
            write(row, [&] { m_store.updateRequest(r); });
            m_report.count(QStringLiteral("requests"), Outcome::Updated);
        }
    }
}

void CsvImport::incidents()
{
    if (!header(InventoryObject::Incidents, {QStringLiteral("title"), QStringLiteral("occurred_on")}))
        return;
    using Key = std::tuple<QString, QDate>;
    auto before = byKey<Incident, Key>(m_store.incidents(), [](const Incident& i) {
        return Key{i.title, i.occurredOn};
    });
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto title = row.name("title");
        if (!title)
            continue;
        row.setName(*title);
        const QDate occurredOn = row.date("occurred_on").value_or(QDate());
        if (failedSince(errors))
            continue;
        const auto match = takeMatch(before, Key{*title, occurredOn});
        Incident incident = match.value_or(Incident());
        incident.title = *title;
        incident.occurredOn = occurredOn;
        person(row, "reported_by", incident.reportedBy);
        if (const auto severity = row.enumeration<Severity>("severity"))
            incident.severity = *severity;
        if (const auto status = row.enumeration<IncidentStatus>("status"))
            incident.status = *status;
        const auto connectorId = [this](const QString& name) {
            return m_session.connectorId(name);
        };
        const auto workspaceId = [this](const QString& name) {
            return m_session.workspaceId(name);
        };
        if (const auto ids = links(row, "connectors", Tr::tr("connector"), connectorId))
            incident.connectorIds = *ids;
        if (const auto ids = links(row, "workspaces", Tr::tr("workspace"), workspaceId))
            incident.workspaceIds = *ids;
        if (const auto description = row.text("description"))
            incident.description = *description;
        if (const auto day = row.date("resolved_on"))
            incident.resolvedOn = *day;
        if (const auto followUps = row.text("follow_ups"))
            incident.followUps = csvvalues::splitLines(*followUps);
        if (failedSince(errors))
            continue;
        if (!match) {
            write(row, [&] { m_store.addIncident(incident); });
            m_report.count(QStringLiteral("incidents"), Outcome::Added);
        } else if (incident == *match) {
            m_report.count(QStringLiteral("incidents"), Outcome::Unchanged);
        } else {
            write(row, [&] { m_store.updateIncident(incident); });
            m_report.count(QStringLiteral("incidents"), Outcome::Updated);
        }
    }
}

void CsvImport::reviews()
{
    if (!header(InventoryObject::Reviews, {QStringLiteral("subject_type"), QStringLiteral("subject"),
                                           QStringLiteral("reviewed_on"), QStringLiteral("reviewer")}))
        return;
    QHash<QString, Id> governanceIds;
    for (const GovernanceObject& g : m_store.governanceObjects())
        governanceIds.insert(key(g.kind), g.id);
    using Key = std::tuple<QString, Id, QDate, Id>;
    auto before = byKey<Review, Key>(m_store.reviews(), [](const Review& r) {
        return Key{r.subjectType, r.subjectId, r.reviewedOn, r.reviewerId};
    });
    const QStringList types{QStringLiteral("workspace"), QStringLiteral("connector"), QStringLiteral("skill"),
                            QStringLiteral("governance")};
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        Review review;
        const auto type = row.choice("subject_type", types);
        if (!type && !failedSince(errors))
            row.error("subject_type",
                      Tr::tr("a review needs the kind of thing reviewed: %1.").arg(types.join(QStringLiteral(", "))));
        const auto name = row.name("subject");
        if (type && name) {
            review.subjectType = *type;
            row.setName(QStringLiteral("%1 %2").arg(*type, *name));
            if (*type == QLatin1String("governance")) {
                review.subjectId = governanceIds.value(name->toLower());
                if (review.subjectId == 0)
                    row.error(
                        "subject",
                        Tr::tr("governance objects are %1.").arg(keys<GovernanceKind>().join(QStringLiteral(", "))));
            } else {
                review.subjectId = *type == QLatin1String("connector") ? m_session.connectorId(*name)
                                   : *type == QLatin1String("skill")   ? m_session.skillId(*name)
                                                                       : m_session.workspaceId(*name);
                if (review.subjectId == 0)
                    row.error("subject",
                              Tr::tr("there is no %1 named %2 in the inventory.").arg(*type, quotedValue(*name)));
            }
        }
        if (const auto day = row.date("reviewed_on")) {
            review.reviewedOn = *day;
            if (!day->isValid())
                row.error("reviewed_on", Tr::tr("a review needs the day it took place."));
        }
        person(row, "reviewer", review.reviewerId);
        const auto notes = row.text("notes");
        review.notes = notes.value_or(QString());
        if (failedSince(errors))
            continue;
        const auto match =
            takeMatch(before, Key{review.subjectType, review.subjectId, review.reviewedOn, review.reviewerId});
        if (!match) {
            write(row, [&] { m_store.addReview(review); });
            m_report.count(QStringLiteral("reviews"), Outcome::Added);
        } else if (!notes || *notes == match->notes) {
            m_report.count(QStringLiteral("reviews"), Outcome::Unchanged);
        } else {
            review.id = match->id;
            write(row, [&] { m_store.updateReview(review); });
            m_report.count(QStringLiteral("reviews"), Outcome::Updated);
        }
    }
}

} // namespace steward::imports
