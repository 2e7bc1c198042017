// Store: the mutating calls for the RACI matrix, reviews, forum requests and incidents.
#include "store/forumsupport.h"
#include "store/mapping.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <map>
#include <set>

namespace steward {
namespace {

using namespace mapping;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

QString normalizedLetters(const QString& letters)
{
    QString result;
    for (QChar letter : {QLatin1Char('R'), QLatin1Char('A'), QLatin1Char('C'), QLatin1Char('I')}) {
        if (letters.contains(letter, Qt::CaseInsensitive))
            result.append(letter);
    }
    for (QChar c : letters) {
        if (!QStringLiteral("RACIraci ,").contains(c))
            throw StoreError(Tr::tr("A RACI cell holds only the letters R, A, C and I, not \"%1\".").arg(letters));
    }
    return result;
}

} // namespace

Raci Store::setRaci(const Raci& wanted)
{
    transaction([&] {
        RecordWriter& w = writer();
        auto syncNamed = [&](const QString& table, const auto& items) {
            std::vector<ChildRecord> records;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].name.trimmed().isEmpty())
                    throw StoreError(Tr::tr("RACI roles and activities need names."));
                records.push_back(
                    {items[i].id,
                     {{QStringLiteral("position"), qint64(i)}, {QStringLiteral("name"), items[i].name.trimmed()}}});
            }
            // Every row of these tables belongs to the one matrix: the parent column is absent,
            // so the rows are matched by id directly.
            std::vector<Id> existing = w.orderedIds(table);
            std::vector<Id> ids;
            for (Id id : existing) {
                const bool kept =
                    std::any_of(records.begin(), records.end(), [id](const ChildRecord& r) { return r.id == id; });
                if (!kept) {
                    for (Id holder : w.childIds(QStringLiteral("raci_role_people"), QStringLiteral("role_id"), id))
                        w.remove(QStringLiteral("raci_role_people"), holder);
                    const QString column = table == QLatin1String("raci_roles") ? QStringLiteral("role_id")
                                                                                : QStringLiteral("activity_id");
                    for (Id cell : w.childIds(QStringLiteral("raci_cells"), column, id))
                        w.remove(QStringLiteral("raci_cells"), cell);
                    w.remove(table, id);
                }
            }
            for (const ChildRecord& record : records) {
                if (record.id != 0 && std::find(existing.begin(), existing.end(), record.id) != existing.end()) {
                    w.update(table, record.id, record.fields);
                    ids.push_back(record.id);
                } else {
                    ids.push_back(w.insert(table, record.fields));
                }
            }
            return ids;
        };
        const std::vector<Id> roleIds = syncNamed(QStringLiteral("raci_roles"), wanted.roles);
        const std::vector<Id> activityIds = syncNamed(QStringLiteral("raci_activities"), wanted.activities);

        // Who holds each role: rows kept where the pair stays, removed or added otherwise.
        std::map<std::pair<Id, Id>, Id> existingHolders;
        QSqlQuery holders(m_db);
        holders.exec(QStringLiteral("SELECT id, role_id, person_id FROM raci_role_people"));
        while (holders.next()) {
            existingHolders.emplace(std::pair{holders.value(1).toLongLong(), holders.value(2).toLongLong()},
                                    holders.value(0).toLongLong());
        }
        holders.finish();
        std::set<std::pair<Id, Id>> wantedHolders;
        for (std::size_t i = 0; i < wanted.roles.size(); ++i) {
            for (Id person : wanted.roles[i].people) {
                if (!this->person(person))
                    throw StoreError(Tr::tr("The RACI role \u201c%1\u201d names someone who is not in the people "
                                            "directory.")
                                         .arg(wanted.roles[i].name.trimmed()));
                wantedHolders.insert({roleIds[i], person});
            }
        }
        for (const auto& [holderKey, id] : existingHolders) {
            if (!wantedHolders.count(holderKey))
                w.remove(QStringLiteral("raci_role_people"), id);
        }
        for (const auto& holderKey : wantedHolders) {
            if (!existingHolders.count(holderKey)) {
                w.insert(QStringLiteral("raci_role_people"), {{QStringLiteral("role_id"), holderKey.first},
                                                              {QStringLiteral("person_id"), holderKey.second}});
            }
        }

        // Ordered maps, so the audit rows come out in the same order on every run.
        std::map<std::pair<Id, Id>, Id> existingCells;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id, activity_id, role_id FROM raci_cells"));
        while (q.next())
            existingCells.emplace(std::pair{q.value(1).toLongLong(), q.value(2).toLongLong()}, q.value(0).toLongLong());
        q.finish();

        std::map<std::pair<Id, Id>, QString> wantedCells;
        for (const RaciCell& cell : wanted.cells) {
            if (cell.activity < 0 || std::size_t(cell.activity) >= activityIds.size() || cell.role < 0 ||
                std::size_t(cell.role) >= roleIds.size())
                throw StoreError(Tr::tr("A RACI cell points outside the matrix."));
            const QString letters = normalizedLetters(cell.letters);
            if (!letters.isEmpty())
                wantedCells[{activityIds[std::size_t(cell.activity)], roleIds[std::size_t(cell.role)]}] = letters;
        }
        for (const auto& [cellKey, id] : existingCells) {
            if (!wantedCells.count(cellKey))
                w.remove(QStringLiteral("raci_cells"), id);
        }
        for (const auto& [cellKey, letters] : wantedCells) {
            Fields fields{{QStringLiteral("activity_id"), cellKey.first},
                          {QStringLiteral("role_id"), cellKey.second},
                          {QStringLiteral("letters"), letters}};
            const auto existing = existingCells.find(cellKey);
            if (existing != existingCells.end())
                w.update(QStringLiteral("raci_cells"), existing->second, fields);
            else
                w.insert(QStringLiteral("raci_cells"), fields);
        }
    });
    return raci();
}

// Reviews, requests, incidents -----------------------------------------------------------------

void Store::checkReview(const Review& review) const
{
    if (!review.reviewedOn.isValid())
        throw StoreError(Tr::tr("A review needs the date it took place."));
    const QString table = reviewSubjectTable(review.subjectType);
    if (table.isEmpty())
        throw StoreError(Tr::tr("A review is of a workspace, connector, skill or governance object, not \"%1\".")
                             .arg(review.subjectType));
    QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(review.subjectId);
    m_writer->execOrThrow(q, table);
    const bool exists = q.next();
    q.finish();
    if (!exists)
        throw StoreError(Tr::tr("The %1 this review is about does not exist.").arg(review.subjectType));
}

void Store::removeReviewsOf(const QString& subjectType, Id subjectId)
{
    // Reviews point at their subject by type and id, which no foreign key can guard; removing the
    // subject removes its reviews, or a later row given the same id would inherit them.
    QSqlQuery& q =
        m_writer->prepared(QStringLiteral("SELECT id FROM reviews WHERE subject_type = ? AND subject_id = ?"));
    q.addBindValue(subjectType);
    q.addBindValue(subjectId);
    for (Id id : m_writer->collectIds(q, QStringLiteral("reviews")))
        writer().remove(QStringLiteral("reviews"), id);
}

Id Store::addReview(const Review& review)
{
    Id id = 0;
    transaction([&] {
        checkReview(review);
        id = writer().insert(QStringLiteral("reviews"), reviewFields(review), review.id);
    });
    return id;
}

void Store::updateReview(const Review& review)
{
    transaction([&] {
        checkReview(review);
        writer().update(QStringLiteral("reviews"), review.id, reviewFields(review));
    });
}

void Store::removeReview(Id id)
{
    transaction([&] { writer().remove(QStringLiteral("reviews"), id); });
}

void Store::writeReviewState(const QString& subjectType, Id subjectId, const ReviewState& state)
{
    // Only the last review moves: the cadence is the subject's own setting, not the review's.
    writer().update(reviewSubjectTable(subjectType), subjectId,
                    {{QStringLiteral("last_reviewed_on"), date(state.lastReviewedOn)},
                     {QStringLiteral("last_reviewed_by"), ref(state.lastReviewedBy)}});
}

Id Store::recordReview(const Review& review)
{
    Id id = 0;
    transaction([&] {
        checkReview(review);
        if (review.reviewedOn > QDate::currentDate().addDays(1)) // a day's grace for time zones
            throw StoreError(Tr::tr("A review is recorded once it has taken place, not for %1.")
                                 .arg(review.reviewedOn.toString(Qt::ISODate)));
        id = writer().insert(QStringLiteral("reviews"), reviewFields(review), review.id);
        ReviewState state = reviewStateOf(review.subjectType, review.subjectId);
        if (!state.lastReviewedOn.isValid() || review.reviewedOn >= state.lastReviewedOn) {
            state.lastReviewedOn = review.reviewedOn;
            state.lastReviewedBy = review.reviewerId;
            writeReviewState(review.subjectType, review.subjectId, state);
        }
    });
    return id;
}

void Store::withdrawReview(Id reviewId, const ReviewState& restored)
{
    transaction([&] {
        QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT subject_type, subject_id FROM reviews WHERE id = ?"));
        q.addBindValue(reviewId);
        m_writer->execOrThrow(q, QStringLiteral("reviews"));
        if (!q.next()) {
            q.finish();
            throw StoreError(Tr::tr("That review is no longer recorded."));
        }
        const QString subjectType = q.value(0).toString();
        const Id subjectId = q.value(1).toLongLong();
        q.finish();
        writer().remove(QStringLiteral("reviews"), reviewId);
        writeReviewState(subjectType, subjectId, restored);
    });
}

namespace {

// Who decided a request: people of the directory, each once.
void checkPeople(const Store& store, const std::vector<Id>& people, const QString& refusal)
{
    std::set<Id> seen;
    for (Id id : people) {
        if (id == 0 || !seen.insert(id).second || !store.person(id))
            throw StoreError(refusal);
    }
}

std::vector<ChildRecord> followUpRecords(RecordWriter& w, Id incidentId, const QStringList& followUps)
{
    // Rows are reused in order, so editing one line updates its row instead of replacing them all.
    const std::vector<Id> existing =
        incidentId == 0 ? std::vector<Id>()
                        : w.childIds(QStringLiteral("incident_follow_ups"), QStringLiteral("incident_id"), incidentId);
    std::vector<ChildRecord> records;
    for (const QString& line : followUps) {
        if (line.trimmed().isEmpty())
            continue;
        const std::size_t i = records.size();
        records.push_back({i < existing.size() ? existing[i] : 0,
                           {{QStringLiteral("position"), qint64(i)}, {QStringLiteral("text"), line.trimmed()}}});
    }
    return records;
}

} // namespace

void Store::checkRequest(const ForumRequest& request) const
{
    if (request.title.trimmed().isEmpty())
        throw StoreError(Tr::tr("A request needs a title."));
    if (request.connectorId != 0 && !connector(request.connectorId))
        throw StoreError(
            Tr::tr("The connector request \u201c%1\u201d is about does not exist.").arg(request.title.trimmed()));
    if (request.skillId != 0 && !skill(request.skillId))
        throw StoreError(
            Tr::tr("The skill request \u201c%1\u201d is about does not exist.").arg(request.title.trimmed()));
    checkPeople(*this, request.deciders,
                Tr::tr("The deciders of a request are people of the directory, each named once."));
}

Id Store::addRequest(const ForumRequest& request)
{
    Id id = 0;
    transaction([&] {
        checkRequest(request);
        id = writer().insert(QStringLiteral("requests"), requestFields(request), request.id);
        syncOrderedLinks(writer(), QStringLiteral("request_deciders"), QStringLiteral("request_id"), id,
                         QStringLiteral("person_id"), request.deciders);
    });
    return id;
}

void Store::updateRequest(const ForumRequest& request)
{
    transaction([&] {
        checkRequest(request);
        writer().update(QStringLiteral("requests"), request.id, requestFields(request));
        syncOrderedLinks(writer(), QStringLiteral("request_deciders"), QStringLiteral("request_id"), request.id,
                         QStringLiteral("person_id"), request.deciders);
    });
}

void Store::removeRequest(Id id)
{
    transaction([&] {
        writer().syncChildren(QStringLiteral("request_deciders"), QStringLiteral("request_id"), id, {});
        writer().remove(QStringLiteral("requests"), id);
    });
}

void Store::writeIncident(const Incident& incident, bool isNew, Id& id)
{
    if (incident.title.trimmed().isEmpty())
        throw StoreError(Tr::tr("An incident needs a title."));
    for (Id connectorId : incident.connectorIds) {
        if (!connector(connectorId))
            throw StoreError(
                Tr::tr("A connector incident \u201c%1\u201d involves does not exist.").arg(incident.title.trimmed()));
    }
    for (Id workspaceId : incident.workspaceIds) {
        if (!workspace(workspaceId))
            throw StoreError(
                Tr::tr("A workspace incident \u201c%1\u201d involves does not exist.").arg(incident.title.trimmed()));
    }
    RecordWriter& w = writer();
    if (isNew)
        id = w.insert(QStringLiteral("incidents"), incidentFields(incident), incident.id);
    else
        w.update(QStringLiteral("incidents"), id, incidentFields(incident));
    syncLinks(QStringLiteral("incident_connectors"), QStringLiteral("incident_id"), id, QStringLiteral("connector_id"),
              incident.connectorIds, isNew);
    syncLinks(QStringLiteral("incident_workspaces"), QStringLiteral("incident_id"), id, QStringLiteral("workspace_id"),
              incident.workspaceIds, isNew);
    w.syncChildren(QStringLiteral("incident_follow_ups"), QStringLiteral("incident_id"), id,
                   followUpRecords(w, isNew ? 0 : id, incident.followUps));
}

Id Store::addIncident(const Incident& incident)
{
    Id id = 0;
    transaction([&] { writeIncident(incident, true, id); });
    return id;
}

void Store::updateIncident(const Incident& incident)
{
    transaction([&] {
        Id id = incident.id;
        writeIncident(incident, false, id);
    });
}

void Store::removeIncident(Id id)
{
    transaction([&] {
        for (const char* table : {"incident_connectors", "incident_workspaces", "incident_follow_ups"})
            writer().syncChildren(QLatin1String(table), QStringLiteral("incident_id"), id, {});
        writer().remove(QStringLiteral("incidents"), id);
    });
}

} // namespace steward
