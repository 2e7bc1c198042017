// Store: the inventory's settings (audited rows of the settings table), its identity, and the review
// state of any reviewed row.
#include "store/mapping.h"
#include "store/readsupport.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace steward {
namespace {

using namespace mapping;
using namespace readsupport;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

const QString DueSoonDays = QStringLiteral("review.due_soon_days");
const QString PilotWeeks = QStringLiteral("review.pilot_weeks");

// A stored number within [minimum, maximum], else the default: a value that another tool wrote out
// of range must not make every review overdue.
int boundedNumber(const QHash<QString, QString>& values, const QString& key, int minimum, int maximum, int fallback)
{
    bool ok = false;
    const int value = values.value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

ReviewSettings Store::reviewSettings() const
{
    QHash<QString, QString> values;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT key, value FROM settings"));
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    const ReviewSettings defaults;
    ReviewSettings settings;
    settings.dueSoonDays = boundedNumber(values, DueSoonDays, 0, ReviewSettings::maxDueSoonDays, defaults.dueSoonDays);
    settings.pilotWeeks = boundedNumber(values, PilotWeeks, 1, ReviewSettings::maxPilotWeeks, defaults.pilotWeeks);
    return settings;
}

void Store::setReviewSettings(const ReviewSettings& settings)
{
    if (settings.dueSoonDays < 0 || settings.dueSoonDays > ReviewSettings::maxDueSoonDays)
        throw StoreError(Tr::tr("Reviews are due soon within 0 to %1 days, not %2.")
                             .arg(ReviewSettings::maxDueSoonDays)
                             .arg(settings.dueSoonDays));
    if (settings.pilotWeeks < 1 || settings.pilotWeeks > ReviewSettings::maxPilotWeeks)
        throw StoreError(Tr::tr("A pilot graduates within 1 to %1 weeks, not %2.")
                             .arg(ReviewSettings::maxPilotWeeks)
                             .arg(settings.pilotWeeks));
    transaction([&] {
        for (const auto& [key, value] :
             {std::pair{DueSoonDays, settings.dueSoonDays}, std::pair{PilotWeeks, settings.pilotWeeks}}) {
            QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT id FROM settings WHERE key = ?"));
            q.addBindValue(key);
            const std::vector<Id> ids = m_writer->collectIds(q, QStringLiteral("settings"));
            const Fields fields{{QStringLiteral("key"), key}, {QStringLiteral("value"), QString::number(value)}};
            if (ids.empty())
                writer().insert(QStringLiteral("settings"), fields);
            else
                writer().update(QStringLiteral("settings"), ids.front(), fields);
        }
    });
}

QString Store::inventoryId() const
{
    QSqlQuery q = run(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'inventory_id'"));
    return q.next() ? q.value(0).toString() : QString();
}

ReviewState Store::reviewStateOf(const QString& subjectType, Id subjectId) const
{
    const QString table = reviewSubjectTable(subjectType);
    if (table.isEmpty())
        throw StoreError(
            Tr::tr("A review is of a workspace, connector, skill or governance object, not \"%1\".").arg(subjectType));
    // `table` comes from the fixed list above, never from the caller's text.
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT cadence, last_reviewed_on, last_reviewed_by, cadence_days FROM %1"
                                     " WHERE id = ?")
                          .arg(table),
                      {subjectId});
    if (!q.next())
        throw StoreError(Tr::tr("The %1 this review is about does not exist.").arg(subjectType));
    ReviewState state = reviewAt(q, 0);
    state.cadenceDays = q.value(3).toInt();
    return state;
}

std::vector<ReviewSubject> Store::reviewSubjects() const
{
    std::vector<ReviewSubject> subjects;
    for (const GovernanceObject& object : governanceObjects())
        subjects.push_back({QStringLiteral("governance"),
                            object.id,
                            label(object.kind),
                            object.ownerId,
                            object.review,
                            object.location,
                            true,
                            false,
                            {}});
    // The columns every main table shares, then its own: the location, the status, and for
    // workspaces the pilot's start.
    struct Table
    {
        QString type;
        QString table;
        QString location;
        QString extra;
    };
    const Table tables[] = {
        {QStringLiteral("workspace"), QStringLiteral("workspaces"), QStringLiteral("claude_md_url"),
         QStringLiteral("pilot_started_on")},
        {QStringLiteral("connector"), QStringLiteral("connectors"), QStringLiteral("url"), QStringLiteral("NULL")},
        {QStringLiteral("skill"), QStringLiteral("skills"), QStringLiteral("skill_md_url"), QStringLiteral("NULL")},
    };
    for (const Table& t : tables) {
        // Table and column names are the constants above, never input.
        QSqlQuery q = run(m_db, QStringLiteral("SELECT id, name, owner_id, cadence, last_reviewed_on, last_reviewed_by,"
                                               " cadence_days, %1, status, %2 FROM %3 ORDER BY id")
                                    .arg(t.location, t.extra, t.table));
        while (q.next()) {
            ReviewSubject s;
            s.type = t.type;
            s.id = refAt(q, 0);
            s.name = textAt(q, 1);
            s.ownerId = refAt(q, 2);
            s.review = reviewAt(q, 3);
            s.review.cadenceDays = q.value(6).toInt();
            s.location = textAt(q, 7);
            const QString status = q.value(8).toString();
            if (t.type == QLatin1String("workspace")) {
                const auto workspaceStatus = parse<WorkspaceStatus>(status);
                s.inUse = workspaceStatus != WorkspaceStatus::Archived;
                s.pilot = workspaceStatus == WorkspaceStatus::Pilot;
                s.pilotStartedOn = dateAt(q, 9);
            } else if (t.type == QLatin1String("connector")) {
                s.inUse = parse<ApprovalStatus>(status) != ApprovalStatus::Revoked;
            } else {
                s.inUse = parse<SkillStatus>(status) != SkillStatus::Deprecated;
            }
            subjects.push_back(std::move(s));
        }
    }
    return subjects;
}

} // namespace steward
