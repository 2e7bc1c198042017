#include "store/schema.h"

// Plain SQL-92-ish DDL on purpose: a later PostgreSQL store runs the same statements. Text that is
// empty is stored as NULL (see RecordWriter), so text columns carry no NOT NULL except names.
namespace steward::schema {
namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE people ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " email TEXT, title TEXT, team TEXT, notes TEXT)"),
        QStringLiteral("CREATE TABLE cadences ("
                       " id INTEGER PRIMARY KEY,"
                       " cadence TEXT NOT NULL UNIQUE,"
                       " title TEXT, agenda TEXT)"),
        QStringLiteral("CREATE TABLE governance_objects ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL UNIQUE,"
                       " owner_id INTEGER REFERENCES people(id),"
                       " location TEXT,"
                       " cadence TEXT NOT NULL,"
                       " last_reviewed_on TEXT,"
                       " last_reviewed_by INTEGER REFERENCES people(id))"),
        QStringLiteral("CREATE TABLE policy ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT, version TEXT, status TEXT NOT NULL,"
                       " approved_by INTEGER REFERENCES people(id),"
                       " approved_on TEXT, effective_on TEXT,"
                       " training_opt_out TEXT, retention TEXT)"),
        QStringLiteral("CREATE TABLE policy_groups (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT)"),
        QStringLiteral("CREATE TABLE policy_data_classes ("
                       " id INTEGER PRIMARY KEY,"
                       " data_class TEXT NOT NULL UNIQUE,"
                       " permission TEXT NOT NULL,"
                       " condition_text TEXT)"),
        QStringLiteral("CREATE TABLE policy_prohibited (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, text TEXT)"),
        QStringLiteral("CREATE TABLE policy_review_tiers ("
                       " id INTEGER PRIMARY KEY,"
                       " tier INTEGER NOT NULL UNIQUE CHECK (tier BETWEEN 1 AND 3),"
                       " rule TEXT, control TEXT)"),
        QStringLiteral(
            "CREATE TABLE policy_audit_fields (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT)"),
        QStringLiteral("CREATE TABLE policy_sections ("
                       " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT, body TEXT)"),
        QStringLiteral("CREATE TABLE policy_versions ("
                       " id INTEGER PRIMARY KEY,"
                       " version TEXT,"
                       " approved_by INTEGER REFERENCES people(id),"
                       " approved_on TEXT, effective_on TEXT, snapshot TEXT)"),
        QStringLiteral("CREATE TABLE connectors ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " system_name TEXT,"
                       " access TEXT NOT NULL,"
                       " sensitivity TEXT NOT NULL,"
                       " external INTEGER NOT NULL,"
                       " tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),"
                       " owner_id INTEGER REFERENCES people(id),"
                       " approved_by INTEGER REFERENCES people(id),"
                       " approved_on TEXT,"
                       " status TEXT NOT NULL,"
                       " widened_by INTEGER REFERENCES people(id),"
                       " widened_on TEXT,"
                       " transport TEXT, command TEXT, args TEXT, url TEXT,"
                       " cadence TEXT NOT NULL, last_reviewed_on TEXT,"
                       " last_reviewed_by INTEGER REFERENCES people(id),"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE connector_scopes ("
                       " id INTEGER PRIMARY KEY,"
                       " connector_id INTEGER NOT NULL REFERENCES connectors(id),"
                       " position INTEGER NOT NULL,"
                       " scope TEXT NOT NULL, mode TEXT NOT NULL, justification TEXT)"),
        QStringLiteral("CREATE INDEX connector_scopes_by_connector ON connector_scopes(connector_id)"),
        QStringLiteral("CREATE TABLE skills ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " intended_use TEXT, inputs TEXT, outputs TEXT,"
                       " owner_id INTEGER REFERENCES people(id),"
                       " version TEXT, status TEXT NOT NULL,"
                       " has_skill_md INTEGER NOT NULL, skill_md_url TEXT, verified_on TEXT,"
                       " cadence TEXT NOT NULL, last_reviewed_on TEXT,"
                       " last_reviewed_by INTEGER REFERENCES people(id),"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE skill_connectors ("
                       " id INTEGER PRIMARY KEY,"
                       " skill_id INTEGER NOT NULL REFERENCES skills(id),"
                       " connector_id INTEGER NOT NULL REFERENCES connectors(id),"
                       " UNIQUE (skill_id, connector_id))"),
        QStringLiteral("CREATE INDEX skill_connectors_by_connector ON skill_connectors(connector_id)"),
        QStringLiteral("CREATE TABLE workspaces ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " purpose TEXT,"
                       " owner_id INTEGER REFERENCES people(id),"
                       " sponsor_id INTEGER REFERENCES people(id),"
                       " business_function TEXT, status TEXT NOT NULL,"
                       " seats INTEGER NOT NULL CHECK (seats >= 0),"
                       " data_class TEXT NOT NULL, data_description TEXT,"
                       " has_claude_md INTEGER NOT NULL, claude_md_url TEXT,"
                       " cadence TEXT NOT NULL, last_reviewed_on TEXT,"
                       " last_reviewed_by INTEGER REFERENCES people(id),"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE scheduled_tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER NOT NULL REFERENCES workspaces(id),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL, schedule TEXT,"
                       " owner_id INTEGER REFERENCES people(id),"
                       " active INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX scheduled_tasks_by_workspace ON scheduled_tasks(workspace_id)"),
        QStringLiteral("CREATE TABLE workspace_connectors ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER NOT NULL REFERENCES workspaces(id),"
                       " connector_id INTEGER NOT NULL REFERENCES connectors(id),"
                       " UNIQUE (workspace_id, connector_id))"),
        QStringLiteral("CREATE INDEX workspace_connectors_by_connector ON workspace_connectors(connector_id)"),
        QStringLiteral("CREATE TABLE workspace_skills ("
                       " id INTEGER PRIMARY KEY,"
                       " workspace_id INTEGER NOT NULL REFERENCES workspaces(id),"
                       " skill_id INTEGER NOT NULL REFERENCES skills(id),"
                       " UNIQUE (workspace_id, skill_id))"),
        QStringLiteral("CREATE INDEX workspace_skills_by_skill ON workspace_skills(skill_id)"),
        QStringLiteral(
            "CREATE TABLE raci_roles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE raci_activities ("
                       " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE raci_cells ("
                       " id INTEGER PRIMARY KEY,"
                       " activity_id INTEGER NOT NULL REFERENCES raci_activities(id),"
                       " role_id INTEGER NOT NULL REFERENCES raci_roles(id),"
                       " letters TEXT NOT NULL,"
                       " UNIQUE (activity_id, role_id))"),
        QStringLiteral("CREATE TABLE reviews ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_type TEXT NOT NULL, subject_id INTEGER NOT NULL,"
                       " reviewed_on TEXT NOT NULL,"
                       " reviewer_id INTEGER REFERENCES people(id),"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE audit ("
                       " seq INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL, actor TEXT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL, field TEXT,"
                       " old_value TEXT, new_value TEXT,"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit(entity, entity_id)"),
    };
}

// Version 2: the forum's request queue and incident log, and memory-hygiene checks on workspaces.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE requests ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL, title TEXT NOT NULL, description TEXT,"
                       " requested_by INTEGER REFERENCES people(id),"
                       " requested_on TEXT, status TEXT NOT NULL,"
                       " decided_on TEXT, decision TEXT)"),
        QStringLiteral("CREATE TABLE incidents ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL, occurred_on TEXT,"
                       " reported_by INTEGER REFERENCES people(id),"
                       " severity TEXT NOT NULL, status TEXT NOT NULL,"
                       " connector_id INTEGER REFERENCES connectors(id),"
                       " workspace_id INTEGER REFERENCES workspaces(id),"
                       " description TEXT, resolved_on TEXT)"),
        QStringLiteral("ALTER TABLE workspaces ADD COLUMN memory_checked_on TEXT"),
    };
}

// Version 3: RACI roles bound to people, custom review cadences (every N days), and the day a
// pilot started, so a pilot that never graduated can be seen.
QStringList version3()
{
    QStringList steps{
        QStringLiteral("CREATE TABLE raci_role_people ("
                       " id INTEGER PRIMARY KEY,"
                       " role_id INTEGER NOT NULL REFERENCES raci_roles(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " UNIQUE (role_id, person_id))"),
        QStringLiteral("ALTER TABLE workspaces ADD COLUMN pilot_started_on TEXT"),
    };
    for (const char* table : {"governance_objects", "connectors", "skills", "workspaces"}) {
        steps << QStringLiteral(
                     "ALTER TABLE %1 ADD COLUMN cadence_days INTEGER CHECK (cadence_days BETWEEN 1 AND 3660)")
                     .arg(QLatin1String(table));
    }
    return steps;
}

// Version 4: settings of the inventory that everyone reading it must agree on (the review windows),
// kept as audited rows, and a random identity of the inventory, for identifiers that must outlive a
// rename of the file (calendar event UIDs).
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE settings (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('inventory_id', lower(hex(randomblob(16))))"),
    };
}

// Version 5: the forum's decisions and meetings. A request names the connector or skill it concerns
// and who decided it; an incident involves several connectors and workspaces and has follow-ups;
// the forum's meetings are kept with their attendees. The single connector and workspace columns of
// incidents stay in the table (SQLite cannot drop a column a foreign key names) but are no longer
// written: upgrading moves their values into the link tables (Store::migrate, audited).
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE requests ADD COLUMN connector_id INTEGER REFERENCES connectors(id)"),
        QStringLiteral("ALTER TABLE requests ADD COLUMN skill_id INTEGER REFERENCES skills(id)"),
        QStringLiteral("CREATE TABLE request_deciders ("
                       " id INTEGER PRIMARY KEY,"
                       " request_id INTEGER NOT NULL REFERENCES requests(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " position INTEGER NOT NULL,"
                       " UNIQUE (request_id, person_id))"),
        QStringLiteral("CREATE INDEX request_deciders_by_person ON request_deciders(person_id)"),
        QStringLiteral("CREATE TABLE incident_connectors ("
                       " id INTEGER PRIMARY KEY,"
                       " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                       " connector_id INTEGER NOT NULL REFERENCES connectors(id),"
                       " UNIQUE (incident_id, connector_id))"),
        QStringLiteral("CREATE INDEX incident_connectors_by_connector ON incident_connectors(connector_id)"),
        QStringLiteral("CREATE TABLE incident_workspaces ("
                       " id INTEGER PRIMARY KEY,"
                       " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                       " workspace_id INTEGER NOT NULL REFERENCES workspaces(id),"
                       " UNIQUE (incident_id, workspace_id))"),
        QStringLiteral("CREATE INDEX incident_workspaces_by_workspace ON incident_workspaces(workspace_id)"),
        QStringLiteral("CREATE TABLE incident_follow_ups ("
                       " id INTEGER PRIMARY KEY,"
                       " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                       " position INTEGER NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX incident_follow_ups_by_incident ON incident_follow_ups(incident_id)"),
        QStringLiteral("CREATE TABLE forum_meetings ("
                       " id INTEGER PRIMARY KEY,"
                       " held_on TEXT NOT NULL,"
                       " notes TEXT)"),
        QStringLiteral("CREATE TABLE forum_meeting_attendees ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES forum_meetings(id),"
                       " person_id INTEGER NOT NULL REFERENCES people(id),"
                       " position INTEGER NOT NULL,"
                       " UNIQUE (meeting_id, person_id))"),
        QStringLiteral("CREATE INDEX forum_meeting_attendees_by_person ON forum_meeting_attendees(person_id)"),
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps{
        {1, QStringLiteral("inventories, policy, RACI, reviews and the audit trail"), version1()},
        {2, QStringLiteral("request queue, incident log, workspace memory hygiene"), version2()},
        {3, QStringLiteral("RACI role holders, custom cadences, pilot start dates"), version3()},
        {4, QStringLiteral("review settings, inventory identity"), version4()},
        {5, QStringLiteral("forum decisions and meetings, incidents with several connectors and workspaces"),
         version5()},
    };
    return steps;
}

const QStringList& auditedTables()
{
    static const QStringList tables{
        QStringLiteral("people"),
        QStringLiteral("cadences"),
        QStringLiteral("governance_objects"),
        QStringLiteral("policy"),
        QStringLiteral("policy_groups"),
        QStringLiteral("policy_data_classes"),
        QStringLiteral("policy_prohibited"),
        QStringLiteral("policy_review_tiers"),
        QStringLiteral("policy_audit_fields"),
        QStringLiteral("policy_sections"),
        QStringLiteral("policy_versions"),
        QStringLiteral("connectors"),
        QStringLiteral("connector_scopes"),
        QStringLiteral("skills"),
        QStringLiteral("skill_connectors"),
        QStringLiteral("workspaces"),
        QStringLiteral("scheduled_tasks"),
        QStringLiteral("workspace_connectors"),
        QStringLiteral("workspace_skills"),
        QStringLiteral("raci_roles"),
        QStringLiteral("raci_activities"),
        QStringLiteral("raci_cells"),
        QStringLiteral("raci_role_people"),
        QStringLiteral("reviews"),
        QStringLiteral("requests"),
        QStringLiteral("incidents"),
        QStringLiteral("settings"),
        QStringLiteral("request_deciders"),
        QStringLiteral("incident_connectors"),
        QStringLiteral("incident_workspaces"),
        QStringLiteral("incident_follow_ups"),
        QStringLiteral("forum_meetings"),
        QStringLiteral("forum_meeting_attendees"),
    };
    return tables;
}

} // namespace steward::schema
