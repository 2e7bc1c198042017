<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>steward::ClaudeExport</name>
    <message>
        <source>%1 waits for re-approval: it stays out of %2 until the forum approves it again.</source>
        <translation>%1 wartet auf erneute Genehmigung: Er wird nicht in %2 aufgenommen, bis das Forum ihn erneut genehmigt.</translation>
    </message>
    <message>
        <source>%1 names the same server as %2, which is revoked: the deny entry %3 blocks %1 too. Give it a server of its own, or revoke it as well.</source>
        <translation>%1 nennt denselben Server wie %2, der widerrufen ist: Der Sperrlisten-Eintrag %3 blockiert auch %1. Geben Sie ihm einen eigenen Server oder widerrufen Sie ihn ebenfalls.</translation>
    </message>
    <message>
        <source>The entry %1 for %2 also admits %3 (%4), which names the same server: Claude Code cannot tell the two apart.</source>
        <translation>Der Eintrag %1 für %2 lässt auch %3 (%4) zu, der denselben Server nennt: Claude Code kann die beiden nicht unterscheiden.</translation>
    </message>
    <message>
        <source>%1 records no server command or URL, so it is allowed by name only (%2): any server given that name passes, and Claude Code ignores the name for a remote server while the list has a serverUrl entry, for a local one while it has a serverCommand entry. Record its server on the connector.</source>
        <translation>%1 erfasst keinen Serverbefehl und keine URL und wird daher nur über den Namen zugelassen (%2): Jeder Server mit diesem Namen kommt durch, und Claude Code ignoriert den Namen bei einem Remote-Server, solange die Liste einen serverUrl-Eintrag enthält, und bei einem lokalen Server, solange sie einen serverCommand-Eintrag enthält. Erfassen Sie den Server beim Connector.</translation>
    </message>
    <message>
        <source>No connector is approved: an empty allowedMcpServers admits no MCP server at all.</source>
        <translation>Kein Connector ist genehmigt: Eine leere allowedMcpServers-Liste lässt überhaupt keinen MCP-Server zu.</translation>
    </message>
    <message>
        <source>%1 records no MCP server (a transport with its command or URL): it is not in managed-mcp.json.</source>
        <translation>%1 erfasst keinen MCP-Server (einen Transport mit Befehl oder URL): Er steht nicht in managed-mcp.json.</translation>
    </message>
    <message>
        <source>%1: the name %2 is another connector&apos;s; it is written as %3.</source>
        <translation>%1: Der Name %2 gehört einem anderen Connector; er wird als %3 geschrieben.</translation>
    </message>
    <message>
        <source>%1 runs a local server that signs in to %2 with credentials of its own: env %3 is a placeholder passing ${%3} from each machine&apos;s environment. Rename it to the variable the server reads and set that on each machine; Steward records no secrets.</source>
        <translation>%1 betreibt einen lokalen Server, der sich mit eigenen Anmeldedaten bei %2 anmeldet: env %3 ist ein Platzhalter, der ${%3} aus der Umgebung des jeweiligen Rechners übergibt. Benennen Sie ihn in die Variable um, die der Server liest, und setzen Sie diese auf jedem Rechner; Steward erfasst keine Geheimnisse.</translation>
    </message>
    <message>
        <source>No approved connector records its server: an empty mcpServers map turns MCP off wherever the file is deployed.</source>
        <translation>Kein genehmigter Connector erfasst seinen Server: Eine leere mcpServers-Map schaltet MCP überall ab, wo die Datei bereitgestellt wird.</translation>
    </message>
</context>
<context>
    <name>steward::Enum</name>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Alle N Tage</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Unter Auflagen</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Pending re-approval</source>
        <translation>Erneute Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neuer Skill</translation>
    </message>
    <message>
        <source>Scope change</source>
        <translation>Scope-Änderung</translation>
    </message>
    <message>
        <source>High-risk workflow</source>
        <translation>Hochrisiko-Workflow</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Workspace inventory</source>
        <translation>Arbeitsbereichsinventar</translation>
    </message>
    <message>
        <source>Connector inventory</source>
        <translation>Connector-Inventar</translation>
    </message>
    <message>
        <source>Skills inventory</source>
        <translation>Skill-Inventar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>lowercase</source>
        <extracomment>Inside a sentence, are nouns such as “Connector inventory” written in lower case in your language? Translate as “lowercase” if so (French), as “keep” if they keep their capital (German). Nothing else.</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>steward::Export</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>genehmigt am %1</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>genehmigt von %1 am %2</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>in Kraft ab %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Wer den Agenten nutzen darf</translation>
    </message>
    <message>
        <source>No group is named yet.</source>
        <translation>Noch keine Gruppe genannt.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Use by agents</source>
        <translation>Nutzung durch Agenten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Verbotene Nutzungen</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Keine aufgeführt.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Prüfstufen</translation>
    </message>
    <message>
        <source>Training opt-out</source>
        <translation>Trainings-Opt-out</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Audit-Log-Felder</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of the exported HTML document (its lang attribute).</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>The audit trail is exported as CSV: steward export FILE --format csv --object audit</source>
        <translation>Der Prüfpfad wird als CSV exportiert: steward export FILE --format csv --object audit</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie überprüft</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>last %1 by %2</source>
        <translation>zuletzt am %1 von %2</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>nächste Fälligkeit am %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lizenzplätze</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Memory checked</source>
        <translation>Gedächtnis geprüft</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>No workspaces yet.</source>
        <translation>Noch keine Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>OAuth-Scopes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Leaves the organisation</source>
        <translation>Verlässt die Organisation</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>MCP server</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>widened on %1</source>
        <translation>erweitert am %1</translation>
    </message>
    <message>
        <source>widened by %1 on %2</source>
        <translation>erweitert von %1 am %2</translation>
    </message>
    <message>
        <source>No connectors yet.</source>
        <translation>Noch keine Connectors.</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>Verified after a model update</source>
        <translation>Nach einem Modell-Update verifiziert</translation>
    </message>
    <message>
        <source>No skills yet.</source>
        <translation>Noch keine Skills.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Nobody in the directory yet.</source>
        <translation>Noch niemand im Verzeichnis.</translation>
    </message>
    <message>
        <source>No RACI matrix yet.</source>
        <translation>Noch keine RACI-Matrix.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Noch keine Anträge.</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Aufgetreten am</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Behoben am</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Keine Vorfälle erfasst.</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Überprüft am</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>No reviews recorded yet.</source>
        <translation>Noch keine Überprüfungen erfasst.</translation>
    </message>
    <message>
        <source>Owner: nobody yet</source>
        <translation>Eigentümer: noch niemand</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>Governance inventory</source>
        <translation>Governance-Inventar</translation>
    </message>
</context>
<context>
    <name>steward::FileInspector</name>
    <message>
        <source>%1 is not a Steward inventory: it is not a database file at all.</source>
        <translation>%1 ist kein Steward-Inventar: Es ist überhaupt keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is cut short.</source>
        <translation>%1 ist beschädigt: Der Header ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 ist beschädigt: Der Header ist ungültig.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than the database it holds (it may have been truncated by an interrupted copy). Restore it from a backup.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer als die darin enthaltene Datenbank (vielleicht wurde sie durch einen abgebrochenen Kopiervorgang abgeschnitten). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the record of where its audit trail ends is missing, so it is not a complete Steward inventory.</source>
        <translation>der Vermerk, wo ihr Prüfpfad endet, fehlt; daher ist sie kein vollständiges Steward-Inventar.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an inventory file.</source>
        <translation>%1 ist ein Ordner, keine Inventardatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), not an inventory.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kein Inventar.</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change by a Steward that stopped unexpectedly (its rollback journal is beside it). Open it for editing once: the unfinished change is rolled back and the file is as it was after its last completed edit.</source>
        <translation>%1 wurde von einem unerwartet beendeten Steward mitten in einer Änderung zurückgelassen (das Rollback-Journal liegt daneben). Öffnen Sie die Datei einmal zum Bearbeiten: Die unvollendete Änderung wird zurückgerollt, und die Datei ist so, wie sie nach der letzten abgeschlossenen Bearbeitung war.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It may be a placeholder or a failed download.</source>
        <translation>%1 ist leer (0 Byte). Es handelt sich vielleicht um einen Platzhalter oder einen fehlgeschlagenen Download.</translation>
    </message>
    <message>
        <source>%1 is being changed by another Steward right now; try again when it has finished.</source>
        <translation>%1 wird gerade von einem anderen Steward geändert; versuchen Sie es erneut, wenn dieser fertig ist.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 ist beschädigt: Der Header kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Steward inventory.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, kein Steward-Inventar.</translation>
    </message>
    <message>
        <source>%1 is another application&apos;s SQLite database (tables: %2), not a Steward inventory.</source>
        <translation>%1 ist die SQLite-Datenbank einer anderen Anwendung (Tabellen: %2), kein Steward-Inventar.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Steward (file format %2; this version reads up to %3). Update Steward to open it.</source>
        <translation>%1 wurde von einem neueren Steward geschrieben (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie Steward, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is marked as a Steward inventory but holds no inventory.</source>
        <translation>%1 ist als Steward-Inventar gekennzeichnet, enthält aber kein Inventar.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>steward::Import</name>
    <message>
        <source>the audit trail cannot be imported: Steward writes it, one entry per change.</source>
        <translation>der Prüfpfad kann nicht importiert werden: Steward schreibt ihn selbst, einen Eintrag pro Änderung.</translation>
    </message>
    <message>
        <source>the import stopped: %1</source>
        <translation>der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 is not a cadence: weekly, monthly, quarterly, annual, or every N days (1 to 3660).</source>
        <translation>%1 ist kein Prüfrhythmus: weekly, monthly, quarterly, annual oder every N days (1 bis 3660).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory: import the %1s first.</source>
        <translation>%1 %2 ist nicht im Inventar vorhanden: Importieren Sie zuerst die Einträge vom Typ %1.</translation>
    </message>
    <message>
        <source>%1 is already in row %2; each %3 appears once.</source>
        <translation>%1 steht bereits in Zeile %2; jeder Eintrag vom Typ %3 kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>the file has no column %1, which says which row is which: the header needs %2.</source>
        <translation>der Datei fehlt die Spalte %1, die angibt, welche Zeile welche ist: Die Kopfzeile braucht %2.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>a request needs its kind: %1.</source>
        <translation>ein Antrag braucht seine Art: %1.</translation>
    </message>
    <message>
        <source>there is no connector named %1 in the inventory.</source>
        <translation>Connector %1 ist nicht im Inventar vorhanden.</translation>
    </message>
    <message>
        <source>there is no skill named %1 in the inventory.</source>
        <translation>Skill %1 ist nicht im Inventar vorhanden.</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>a review needs the kind of thing reviewed: %1.</source>
        <translation>eine Überprüfung braucht die Art des überprüften Gegenstands: %1.</translation>
    </message>
    <message>
        <source>governance objects are %1.</source>
        <translation>Governance-Objekte sind %1.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory.</source>
        <translation>%1 %2 ist nicht im Inventar vorhanden.</translation>
    </message>
    <message>
        <source>a review needs the day it took place.</source>
        <translation>eine Überprüfung braucht den Tag, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>the field is empty: it names what the row holds (title, version, prohibited_uses…).</source>
        <translation>das Feld ist leer: Es benennt, was die Zeile enthält (title, version, prohibited_uses…).</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 is not a data class; they are %2.</source>
        <translation>%1 ist keine Datenklasse; die Datenklassen sind %2.</translation>
    </message>
    <message>
        <source>review tiers are review_tier.1, review_tier.2 and review_tier.3 (seed 000), not %1.</source>
        <translation>Prüfstufen sind review_tier.1, review_tier.2 und review_tier.3 (Seed 000), nicht %1.</translation>
    </message>
    <message>
        <source>Steward does not know this field of the policy; the row was ignored.</source>
        <translation>Steward kennt dieses Feld der Richtlinie nicht; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <source>the policy was approved as version %1; the imported changes make it a draft, to be approved again.</source>
        <translation>die Richtlinie war als Version %1 genehmigt; die importierten Änderungen machen sie zu einem Entwurf, der erneut genehmigt werden muss.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>the approval (status, approved_by, approved_on, effective_on) is not imported: a policy is approved in the editor, which keeps the approved version. The policy is %1.</source>
        <translation>die Genehmigung (status, approved_by, approved_on, effective_on) wird nicht importiert: Eine Richtlinie wird im Editor genehmigt, der die genehmigte Version aufbewahrt. Die Richtlinie hat den Status %1.</translation>
    </message>
    <message>
        <source>the file has no activity column: the RACI file has a row per activity, named in the activity column, and a column per role.</source>
        <translation>der Datei fehlt die Spalte activity: Die RACI-Datei hat eine Zeile pro Aktivität, benannt in der Spalte activity, und eine Spalte pro Rolle.</translation>
    </message>
    <message>
        <source>the people holding the roles are given twice.</source>
        <translation>die Personen, die die Rollen innehaben, sind doppelt angegeben.</translation>
    </message>
    <message>
        <source>the activity is empty: each row of the matrix names its activity.</source>
        <translation>die Aktivität ist leer: Jede Zeile der Matrix nennt ihre Aktivität.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 is not RACI letters: R, A, C and I, or empty for none.</source>
        <translation>%1 besteht nicht aus RACI-Buchstaben: R, A, C und I, oder leer für keine.</translation>
    </message>
    <message>
        <source>raci</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>the scope %1 is listed twice.</source>
        <translation>der Scope %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>the scope %1 is listed both to read and to write: list it in one of read_scopes and write_scopes.</source>
        <translation>der Scope %1 ist sowohl zum Lesen als auch zum Schreiben aufgeführt: Führen Sie ihn nur in read_scopes oder in write_scopes auf.</translation>
    </message>
    <message>
        <source>%1 is not one of stdio, http, sse, or empty when unknown.</source>
        <translation>%1 ist nicht stdio, http oder sse (oder leer, wenn unbekannt).</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>%1 is not a task: write each on its own line as “name | schedule | owner | yes” (a pipe inside a part as \|).</source>
        <translation>%1 ist keine Aufgabe: Schreiben Sie jede in eine eigene Zeile als „name | schedule | owner | yes“ (einen senkrechten Strich innerhalb eines Teils als \|).</translation>
    </message>
    <message>
        <source>the task %1 has no name.</source>
        <translation>die Aufgabe %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>the task %1 says %2 where it says whether it is active: yes or no.</source>
        <translation>die Aufgabe %1 enthält %2 an der Stelle, die angibt, ob sie aktiv ist: yes oder no.</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB, more than any inventory.</source>
        <translation>die Eingabe ist größer als %1 MiB, mehr als jedes Inventar.</translation>
    </message>
    <message>
        <source>the file holds a NUL character, which no text does: is it CSV at all?</source>
        <translation>die Datei enthält ein NUL-Zeichen, das in keinem Text vorkommt: Ist sie überhaupt CSV?</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than any inventory.</source>
        <translation>die Datei hat mehr als %1 Zeilen, mehr als jedes Inventar.</translation>
    </message>
    <message>
        <source>this row has more than %1 values, more than any table.</source>
        <translation>diese Zeile hat mehr als %1 Werte, mehr als jede Tabelle.</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed: a closing quote is missing (a quote inside a quoted value is written twice, &quot;&quot;).</source>
        <translation>der hier beginnende Wert in Anführungszeichen wird nie geschlossen: Ein schließendes Anführungszeichen fehlt (ein Anführungszeichen innerhalb eines Werts in Anführungszeichen wird verdoppelt, &quot;&quot;).</translation>
    </message>
    <message>
        <source>this value is longer than %1 MiB, more than any field holds.</source>
        <translation>dieser Wert ist länger als %1 MiB, mehr als jedes Feld enthält.</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted value: a quote inside a quoted value is written twice (&quot;&quot;).</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Werts in Anführungszeichen: Ein Anführungszeichen innerhalb eines Werts in Anführungszeichen wird verdoppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row naming the columns (%1…).</source>
        <translation>die Datei ist leer: Erwartet wurde eine Kopfzeile mit den Spaltennamen (%1…).</translation>
    </message>
    <message>
        <source>the column %1 is already column %2; each column appears once.</source>
        <translation>die Spalte %1 ist bereits Spalte %2; jede Spalte kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>Steward does not know this column; its values were ignored.</source>
        <translation>Steward kennt diese Spalte nicht; ihre Werte wurden ignoriert.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns (%1): a value holding the separator must be in quotes.</source>
        <translation>diese Zeile hat mehr Werte, als die Kopfzeile Spalten hat (%1): Ein Wert, der das Trennzeichen enthält, muss in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>this column has no name in the header; its values were ignored.</source>
        <translation>diese Spalte hat in der Kopfzeile keinen Namen; ihre Werte wurden ignoriert.</translation>
    </message>
    <message>
        <source>row %1 %2</source>
        <translation>Zeile %1 %2</translation>
    </message>
    <message>
        <source>this looks like a secret (%1). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>dies sieht wie ein Geheimnis aus (%1). Steward erfasst OAuth-Scopes, niemals Anmeldedaten; entfernen Sie es.</translation>
    </message>
    <message>
        <source>the file has no %1 column, which every row needs.</source>
        <translation>der Datei fehlt die Spalte %1, die jede Zeile braucht.</translation>
    </message>
    <message>
        <source>the name cannot be empty.</source>
        <translation>der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 ist nicht einer der Werte %2.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no.</source>
        <translation>%1 ist weder yes noch no.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 liegt außerhalb von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is no date; dates are written YYYY-MM-DD (a spreadsheet may have reformatted it: format the column as text, or as YYYY-MM-DD, before saving).</source>
        <translation>%1 ist kein Datum; Daten werden als YYYY-MM-DD geschrieben (eine Tabellenkalkulation hat es vielleicht umformatiert: Formatieren Sie die Spalte vor dem Speichern als Text oder als YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>record %1, field %2: </source>
        <translation>Datensatz %1, Feld %2: </translation>
    </message>
    <message>
        <source>record %1: </source>
        <translation>Datensatz %1: </translation>
    </message>
    <message>
        <source>field %1: </source>
        <translation>Feld %1: </translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3; warnings: %4
</source>
        <translation>%1 in %2 importiert: %3; Warnungen: %4
</translation>
    </message>
    <message>
        <source>%1: warning: %2%3
</source>
        <translation>%1: Warnung: %2%3
</translation>
    </message>
    <message>
        <source>%1: and %2 more warnings not shown
</source>
        <translation>%1: und %2 weitere, nicht angezeigte Warnungen
</translation>
    </message>
    <message>
        <source>“%1” was not in the people directory and has been added to it.</source>
        <translation>„%1“ war nicht im Personenverzeichnis und wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>tier %1 is below the floor for this connector, tier %2 (%3): raised to %2.</source>
        <translation>Stufe %1 liegt unter der Mindeststufe für diesen Connector, Stufe %2 (%3): auf %2 angehoben.</translation>
    </message>
    <message>
        <source>this widens the approved connector (%1): it is now pending re-approval, as after any widening.</source>
        <translation>dies erweitert den genehmigten Connector (%1): Er wartet jetzt auf erneute Genehmigung, wie nach jeder Erweiterung.</translation>
    </message>
    <message>
        <source>read-only becomes read-write</source>
        <translation>„nur lesen“ wird zu „lesen und schreiben“</translation>
    </message>
    <message>
        <source>a scope it did not hold, or writing where it read</source>
        <translation>ein Scope, den er nicht hatte, oder Schreiben, wo er las</translation>
    </message>
    <message>
        <source>expected a Steward inventory (an object), not %1.</source>
        <translation>erwartet wurde ein Steward-Inventar (ein Objekt), nicht %1.</translation>
    </message>
    <message>
        <source>this is no Steward inventory export: schema_version is missing.</source>
        <translation>dies ist kein Export eines Steward-Inventars: schema_version fehlt.</translation>
    </message>
    <message>
        <source>expected a version number, 1 or more.</source>
        <translation>erwartet wurde eine Versionsnummer, 1 oder höher.</translation>
    </message>
    <message>
        <source>this export is of schema version %1, from a newer Steward; this one reads version %2. Import it with that Steward, or update this one.</source>
        <translation>dieser Export hat die Schemaversion %1 und stammt von einem neueren Steward; dieser liest Version %2. Importieren Sie ihn mit jenem Steward, oder aktualisieren Sie diesen.</translation>
    </message>
    <message>
        <source>Steward does not know this section; it was ignored.</source>
        <translation>Steward kennt diesen Abschnitt nicht; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>expected a list of records, not %1.</source>
        <translation>erwartet wurde eine Liste von Datensätzen, nicht %1.</translation>
    </message>
    <message>
        <source>a custom cadence needs its period: 1 to 3660 days.</source>
        <translation>ein benutzerdefinierter Prüfrhythmus braucht seinen Zeitraum: 1 bis 3660 Tage.</translation>
    </message>
    <message>
        <source>there is no %1 named %2 in the inventory or in the import.</source>
        <translation>%1 %2 ist weder im Inventar noch im Import vorhanden.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each person appears once.</source>
        <translation>%1 steht bereits unter %2; jede Person kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>the %1 cadence is described twice.</source>
        <translation>der Prüfrhythmus %1 ist doppelt beschrieben.</translation>
    </message>
    <message>
        <source>“kind” is missing; every record of this kind needs one.</source>
        <translation>„kind“ fehlt; jeder Datensatz dieser Art braucht dieses Feld.</translation>
    </message>
    <message>
        <source>the %1 governance object appears twice.</source>
        <translation>das Governance-Objekt %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>version %1 is already at %2; each version is approved once.</source>
        <translation>Version %1 steht bereits unter %2; jede Version wird nur einmal genehmigt.</translation>
    </message>
    <message>
        <source>an approved version needs the person who approved it.</source>
        <translation>eine genehmigte Version braucht die Person, die sie genehmigt hat.</translation>
    </message>
    <message>
        <source>an approved version needs the day it was approved (approved_on) and the day it took effect (effective_on).</source>
        <translation>eine genehmigte Version braucht den Tag, an dem sie genehmigt wurde (approved_on), und den Tag, an dem sie in Kraft trat (effective_on).</translation>
    </message>
    <message>
        <source>an approved version needs its content, the policy as it was approved.</source>
        <translation>eine genehmigte Version braucht ihren Inhalt, die Richtlinie so, wie sie genehmigt wurde.</translation>
    </message>
    <message>
        <source>the inventory holds version %1 as approved on %2, differently: an approved version is frozen and cannot be replaced.</source>
        <translation>das Inventar enthält Version %1, genehmigt am %2, in anderer Form: Eine genehmigte Version ist eingefroren und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but its text is not that of version %1, its latest approved version: mark it draft, or give the text that was approved.</source>
        <translation>die Richtlinie ist als genehmigt gekennzeichnet, aber ihr Text ist nicht der von Version %1, ihrer zuletzt genehmigten Version: Kennzeichnen Sie sie als Entwurf, oder geben Sie den genehmigten Text an.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but no approved version is in its history.</source>
        <translation>die Richtlinie ist als genehmigt gekennzeichnet, aber ihr Verlauf enthält keine genehmigte Version.</translation>
    </message>
    <message>
        <source>the policy is marked approved, but its approver and dates are not those of version %1 as its history records them.</source>
        <translation>die Richtlinie ist als genehmigt gekennzeichnet, aber genehmigende Person und Daten stimmen nicht mit denen von Version %1 in ihrem Verlauf überein.</translation>
    </message>
    <message>
        <source>the RACI matrix needs its roles and its activities, both.</source>
        <translation>die RACI-Matrix braucht ihre Rollen und ihre Aktivitäten, beides.</translation>
    </message>
    <message>
        <source>a role named %1 is already at %2.</source>
        <translation>eine Rolle namens %1 steht bereits unter %2.</translation>
    </message>
    <message>
        <source>an activity named %1 is already at %2.</source>
        <translation>eine Aktivität namens %1 steht bereits unter %2.</translation>
    </message>
    <message>
        <source>“letters” is missing: one entry per role, &quot;&quot; for none.</source>
        <translation>„letters“ fehlt: ein Eintrag pro Rolle, &quot;&quot; für keinen.</translation>
    </message>
    <message>
        <source>expected one entry per role (%1), not %2.</source>
        <translation>erwartet wurde ein Eintrag pro Rolle (%1), nicht %2.</translation>
    </message>
    <message>
        <source>%1 is not RACI letters: R, A, C and I, or &quot;&quot; for none.</source>
        <translation>%1 besteht nicht aus RACI-Buchstaben: R, A, C und I, oder &quot;&quot; für keine.</translation>
    </message>
    <message>
        <source>“subject” is missing: {&quot;type&quot;: …, &quot;name&quot;: …}.</source>
        <translation>„subject“ fehlt: {&quot;type&quot;: …, &quot;name&quot;: …}.</translation>
    </message>
    <message>
        <source>“reviewed_on” is missing: the day the review took place.</source>
        <translation>„reviewed_on“ fehlt: der Tag, an dem die Überprüfung stattfand.</translation>
    </message>
    <message>
        <source>“kind” is missing: %1.</source>
        <translation>„kind“ fehlt: %1.</translation>
    </message>
    <message>
        <source>there is no connector named %1 in the inventory or in the import.</source>
        <translation>Connector %1 ist weder im Inventar noch im Import vorhanden.</translation>
    </message>
    <message>
        <source>there is no skill named %1 in the inventory or in the import.</source>
        <translation>Skill %1 ist weder im Inventar noch im Import vorhanden.</translation>
    </message>
    <message>
        <source>“held_on” is missing: the day the forum met.</source>
        <translation>„held_on“ fehlt: der Tag, an dem das Forum tagte.</translation>
    </message>
    <message>
        <source>a forum meeting needs the day it was held.</source>
        <translation>eine Forumssitzung braucht den Tag, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each connector appears once.</source>
        <translation>%1 steht bereits unter %2; jeder Connector kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each skill appears once.</source>
        <translation>%1 steht bereits unter %2; jeder Skill kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>%1 is already at %2; each workspace appears once.</source>
        <translation>%1 steht bereits unter %2; jeder Arbeitsbereich kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB, more than any inventory; it was not read.</source>
        <translation>die Eingabe ist größer als %1 MiB, mehr als jedes Inventar; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” is given twice in one object; each name may appear once.</source>
        <translation>„%1“ ist in einem Objekt doppelt angegeben; jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>the data is nested more than %1 levels deep, far beyond any inventory.</source>
        <translation>die Daten sind mehr als %1 Ebenen tief verschachtelt, weit mehr als jedes Inventar.</translation>
    </message>
    <message>
        <source>the input holds more than %1 values, far beyond any inventory; it was not read.</source>
        <translation>die Eingabe enthält mehr als %1 Werte, weit mehr als jedes Inventar; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>dies ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>there is not enough memory to read the input.</source>
        <translation>es ist nicht genug Speicher vorhanden, um die Eingabe zu lesen.</translation>
    </message>
    <message>
        <source>a connector needs a name, and the name is its key.</source>
        <translation>ein Connector braucht einen Namen, und der Name ist sein Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” is already at %2; each connector appears once.</source>
        <translation>„%1“ steht bereits unter %2; jeder Connector kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>erwartet wurde %1, nicht %2</translation>
    </message>
    <message>
        <source>the text holds a NUL character, which no field may hold.</source>
        <translation>der Text enthält ein NUL-Zeichen, das kein Feld enthalten darf.</translation>
    </message>
    <message>
        <source>“%1” is missing; every record of this kind needs one.</source>
        <translation>„%1“ fehlt; jeder Datensatz dieser Art braucht dieses Feld.</translation>
    </message>
    <message>
        <source>%1 is no date; dates are written YYYY-MM-DD.</source>
        <translation>%1 ist kein Datum; Daten werden als YYYY-MM-DD geschrieben.</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD, or null</source>
        <translation>ein Datum als YYYY-MM-DD oder null</translation>
    </message>
    <message>
        <source>an entry of this list cannot be empty.</source>
        <translation>ein Eintrag dieser Liste darf nicht leer sein.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>Steward does not know this field; it was ignored.</source>
        <translation>Steward kennt dieses Feld nicht; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (xlsx or ods), not CSV: save it as “CSV UTF-8” (Excel) or “Text CSV” with UTF-8 (LibreOffice).</source>
        <translation>dies ist eine Tabellenkalkulationsmappe (xlsx oder ods), kein CSV: Speichern Sie sie als „CSV UTF-8“ (Excel) oder „Text CSV“ mit UTF-8 (LibreOffice).</translation>
    </message>
    <message>
        <source>this file is UTF-16 text (Excel&apos;s “Unicode Text”): save it as “CSV UTF-8”.</source>
        <translation>diese Datei ist UTF-16-Text („Unicode-Text“ von Excel): Speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (the byte 0x%1): save the file as “CSV UTF-8” (Excel) or as “Text CSV” with the character set UTF-8 (LibreOffice).</source>
        <translation>dies ist kein UTF-8-Text (das Byte 0x%1): Speichern Sie die Datei als „CSV UTF-8“ (Excel) oder als „Text CSV“ mit dem Zeichensatz UTF-8 (LibreOffice).</translation>
    </message>
    <message>
        <source>“cadence” is missing; every record of this kind needs one.</source>
        <translation>„cadence“ fehlt; jeder Datensatz dieser Art braucht dieses Feld.</translation>
    </message>
    <message>
        <source>review tiers are “1”, “2” and “3” (seed 000), not %1.</source>
        <translation>Prüfstufen sind „1“, „2“ und „3“ (Seed 000), nicht %1.</translation>
    </message>
</context>
<context>
    <name>steward::Lint</name>
    <message>
        <source>No owner.</source>
        <translation>Kein Eigentümer.</translation>
    </message>
    <message>
        <source>Pick the person who answers for this connector.</source>
        <translation>Wählen Sie die Person, die für diesen Connector zuständig ist.</translation>
    </message>
    <message>
        <source>Tier %1 is below its floor, tier %2 (read-write or sensitive data: 3; able to send data outside: 2).</source>
        <translation>Stufe %1 liegt unter der Mindeststufe, Stufe %2 („lesen und schreiben“ oder schutzbedürftige Daten: 3; kann Daten nach außen senden: 2).</translation>
    </message>
    <message>
        <source>Raise the tier to %1.</source>
        <translation>Heben Sie die Stufe auf %1 an.</translation>
    </message>
    <message>
        <source>Read-write without a named approver.</source>
        <translation>„Lesen und schreiben“ ohne namentlich genannte genehmigende Person.</translation>
    </message>
    <message>
        <source>Record who approved write access, or make the connector read-only.</source>
        <translation>Erfassen Sie, wer den Schreibzugriff genehmigt hat, oder stellen Sie den Connector auf „nur lesen“.</translation>
    </message>
    <message>
        <source>Access was widened and waits for re-approval.</source>
        <translation>Der Zugriff wurde erweitert und wartet auf erneute Genehmigung.</translation>
    </message>
    <message>
        <source>Take it to the forum; approve it again or narrow it back.</source>
        <translation>Bringen Sie ihn ins Forum; genehmigen Sie ihn erneut oder schränken Sie ihn wieder ein.</translation>
    </message>
    <message>
        <source>%1, yet used by %2.</source>
        <translation>%1, aber genutzt von %2.</translation>
    </message>
    <message>
        <source>Approve the connector or remove it from what uses it.</source>
        <translation>Genehmigen Sie den Connector, oder entfernen Sie ihn aus allem, was ihn nutzt.</translation>
    </message>
    <message>
        <source>Scopes without a reason: %1.</source>
        <translation>Scopes ohne Begründung: %1.</translation>
    </message>
    <message>
        <source>Say why each scope is needed, or remove it.</source>
        <translation>Begründen Sie, warum jeder Scope benötigt wird, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Read-only, yet holds a write scope.</source>
        <translation>„Nur lesen“, hat aber einen Schreib-Scope.</translation>
    </message>
    <message>
        <source>Remove the write scope, or record the connector as read-write (and have it approved).</source>
        <translation>Entfernen Sie den Schreib-Scope, oder erfassen Sie den Connector als „lesen und schreiben“ (und lassen Sie ihn genehmigen).</translation>
    </message>
    <message>
        <source>Pick the person who maintains this skill.</source>
        <translation>Wählen Sie die Person, die diesen Skill pflegt.</translation>
    </message>
    <message>
        <source>intended use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Does not state its %1.</source>
        <translation>Gibt %1 nicht an.</translation>
    </message>
    <message>
        <source>Describe what the skill is for, what it reads and what it produces.</source>
        <translation>Beschreiben Sie, wofür der Skill da ist, was er liest und was er erzeugt.</translation>
    </message>
    <message>
        <source>No SKILL.md.</source>
        <translation>Keine SKILL.md.</translation>
    </message>
    <message>
        <source>Write its SKILL.md and record where it lives.</source>
        <translation>Schreiben Sie seine SKILL.md, und erfassen Sie ihren Ablageort.</translation>
    </message>
    <message>
        <source>Pick the person who owns this workspace.</source>
        <translation>Wählen Sie die Person, der dieser Arbeitsbereich gehört.</translation>
    </message>
    <message>
        <source>No CLAUDE.md.</source>
        <translation>Keine CLAUDE.md.</translation>
    </message>
    <message>
        <source>Write its CLAUDE.md: what the workspace is for and which data it may hold.</source>
        <translation>Schreiben Sie seine CLAUDE.md: wofür der Arbeitsbereich da ist und welche Daten er enthalten darf.</translation>
    </message>
    <message>
        <source>Scheduled tasks without an owner: %1.</source>
        <translation>Geplante Aufgaben ohne Eigentümer: %1.</translation>
    </message>
    <message>
        <source>Give every scheduled task an owner.</source>
        <translation>Geben Sie jeder geplanten Aufgabe einen Eigentümer.</translation>
    </message>
    <message>
        <source>Pilot never graduated: in pilot since %1 (%2 weeks; pilots graduate within %3).</source>
        <translation>Pilot nie in den Regelbetrieb übernommen: im Pilotbetrieb seit %1 (%2 Wochen; Piloten werden innerhalb von %3 Wochen übernommen).</translation>
    </message>
    <message>
        <source>Graduate it to active with steady-state governance (monthly review), or archive it.</source>
        <translation>Übernehmen Sie ihn in den Regelbetrieb (Status Aktiv) mit regulärer Governance (monatliche Überprüfung), oder archivieren Sie ihn.</translation>
    </message>
    <message>
        <source>Pick the person who answers for the %1.</source>
        <translation>Wählen Sie die Person, die für das Objekt „%1“ zuständig ist.</translation>
    </message>
    <message>
        <source>Where it lives is not recorded.</source>
        <translation>Der Ablageort ist nicht erfasst.</translation>
    </message>
    <message>
        <source>Add the address of its Confluence or Notion page.</source>
        <translation>Fügen Sie die Adresse der zugehörigen Confluence- oder Notion-Seite hinzu.</translation>
    </message>
    <message>
        <source>The prohibited-use list is empty.</source>
        <translation>Die Liste der verbotenen Nutzungen ist leer.</translation>
    </message>
    <message>
        <source>List what agents must never do before rollout (seed 000 gives three to start from).</source>
        <translation>Führen Sie vor dem Rollout auf, was Agenten niemals tun dürfen (Seed 000 gibt drei als Ausgangspunkt vor).</translation>
    </message>
    <message>
        <source>Review tiers without a rule or a control: %1.</source>
        <translation>Prüfstufen ohne Regel oder Kontrolle: %1.</translation>
    </message>
    <message>
        <source>State when each tier applies and which control it needs.</source>
        <translation>Geben Sie an, wann jede Stufe gilt und welche Kontrolle sie erfordert.</translation>
    </message>
    <message>
        <source>The policy has never been approved.</source>
        <translation>Die Richtlinie wurde noch nie genehmigt.</translation>
    </message>
    <message>
        <source>Have the forum approve it.</source>
        <translation>Lassen Sie sie vom Forum genehmigen.</translation>
    </message>
    <message>
        <source>Changes since version %1 are not approved yet.</source>
        <translation>Änderungen seit Version %1 sind noch nicht genehmigt.</translation>
    </message>
    <message>
        <source>Approve the draft as a new version.</source>
        <translation>Genehmigen Sie den Entwurf als neue Version.</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>The RACI matrix is empty.</source>
        <translation>Die RACI-Matrix ist leer.</translation>
    </message>
    <message>
        <source>List the activities and the roles, and who is accountable for each.</source>
        <translation>Führen Sie die Aktivitäten und die Rollen auf, und wer jeweils die Verantwortung (A) trägt.</translation>
    </message>
    <message>
        <source>Nobody is accountable.</source>
        <translation>Niemand trägt die Verantwortung (A).</translation>
    </message>
    <message>
        <source>%1 roles are accountable; exactly one must be.</source>
        <translation>%1 Rollen tragen die Verantwortung (A); es muss genau eine sein.</translation>
    </message>
    <message>
        <source>Mark exactly one role A for this activity.</source>
        <translation>Markieren Sie für diese Aktivität genau eine Rolle mit A.</translation>
    </message>
    <message>
        <source>Nobody is responsible.</source>
        <translation>Niemand ist für die Durchführung (R) zuständig.</translation>
    </message>
    <message>
        <source>Mark at least one role R for this activity.</source>
        <translation>Markieren Sie für diese Aktivität mindestens eine Rolle mit R.</translation>
    </message>
    <message>
        <source>Review was due on %1 (%2 cadence).</source>
        <translation>Überprüfung war am %1 fällig (Prüfrhythmus %2).</translation>
    </message>
    <message>
        <source>Review it and mark it reviewed.</source>
        <translation>Überprüfen Sie es, und markieren Sie es als überprüft.</translation>
    </message>
    <message>
        <source>Review due on %1.</source>
        <translation>Überprüfung fällig am %1.</translation>
    </message>
    <message>
        <source>Never reviewed: due now.</source>
        <translation>Nie überprüft: jetzt fällig.</translation>
    </message>
    <message>
        <source>Plan the review.</source>
        <translation>Planen Sie die Überprüfung.</translation>
    </message>
    <message>
        <source>The prohibited-use list exists</source>
        <translation>Die Liste der verbotenen Nutzungen existiert</translation>
    </message>
    <message>
        <source>Tiers 1–3 each have a rule and a control</source>
        <translation>Stufen 1–3 haben jeweils eine Regel und eine Kontrolle</translation>
    </message>
    <message>
        <source>The policy has been approved</source>
        <translation>Die Richtlinie wurde genehmigt</translation>
    </message>
    <message>
        <source>Changes to the policy are approved</source>
        <translation>Änderungen an der Richtlinie sind genehmigt</translation>
    </message>
    <message>
        <source>Each governance object has an owner</source>
        <translation>Jedes Governance-Objekt hat einen Eigentümer</translation>
    </message>
    <message>
        <source>Each governance object says where it lives</source>
        <translation>Jedes Governance-Objekt nennt seinen Ablageort</translation>
    </message>
    <message>
        <source>Each workspace has an owner</source>
        <translation>Jeder Arbeitsbereich hat einen Eigentümer</translation>
    </message>
    <message>
        <source>Each workspace has its CLAUDE.md</source>
        <translation>Jeder Arbeitsbereich hat seine CLAUDE.md</translation>
    </message>
    <message>
        <source>Each scheduled task has an owner</source>
        <translation>Jede geplante Aufgabe hat einen Eigentümer</translation>
    </message>
    <message>
        <source>No pilot runs past its graduation</source>
        <translation>Kein Pilot läuft über seine Übernahme in den Regelbetrieb hinaus</translation>
    </message>
    <message>
        <source>Each connector has an owner</source>
        <translation>Jeder Connector hat einen Eigentümer</translation>
    </message>
    <message>
        <source>No tier below its floor</source>
        <translation>Keine Stufe unter ihrer Mindeststufe</translation>
    </message>
    <message>
        <source>Read-write needs a named approver</source>
        <translation>„Lesen und schreiben“ braucht eine namentlich genannte genehmigende Person</translation>
    </message>
    <message>
        <source>No widening waits for re-approval</source>
        <translation>Keine Erweiterung wartet auf erneute Genehmigung</translation>
    </message>
    <message>
        <source>Only approved connectors are in use</source>
        <translation>Nur genehmigte Connectors sind im Einsatz</translation>
    </message>
    <message>
        <source>Each scope says why it is needed</source>
        <translation>Jeder Scope gibt an, warum er benötigt wird</translation>
    </message>
    <message>
        <source>Read-only connectors hold no write scope</source>
        <translation>Connectors mit „nur lesen“ haben keinen Schreib-Scope</translation>
    </message>
    <message>
        <source>Each skill has an owner</source>
        <translation>Jeder Skill hat einen Eigentümer</translation>
    </message>
    <message>
        <source>Each skill states intended use, inputs and outputs</source>
        <translation>Jeder Skill gibt Verwendungszweck, Eingaben und Ausgaben an</translation>
    </message>
    <message>
        <source>Each skill has its SKILL.md</source>
        <translation>Jeder Skill hat seine SKILL.md</translation>
    </message>
    <message>
        <source>The RACI matrix is filled in</source>
        <translation>Die RACI-Matrix ist ausgefüllt</translation>
    </message>
    <message>
        <source>Each activity has exactly one A</source>
        <translation>Jede Aktivität hat genau ein A</translation>
    </message>
    <message>
        <source>Each activity has at least one R</source>
        <translation>Jede Aktivität hat mindestens ein R</translation>
    </message>
    <message>
        <source>No review is overdue</source>
        <translation>Keine Überprüfung ist überfällig</translation>
    </message>
    <message>
        <source>Reviews due soon</source>
        <translation>Bald fällige Überprüfungen</translation>
    </message>
</context>
<context>
    <name>steward::LintReport</name>
    <message>
        <source>%1: %2 %3: %4 “%5”: %6 Fix: %7
</source>
        <translation>%1: %2 %3: %4 „%5“: %6 Behebung: %7
</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, infos: %4; scorecard %5% (%6 of %7 checks pass)
</source>
        <translation>%1: Fehler: %2, Warnungen: %3, Infos: %4; Scorecard %5 % (%6 von %7 Prüfungen bestanden)
</translation>
    </message>
</context>
<context>
    <name>steward::PolicyMarkdown</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>genehmigt am %1</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>genehmigt von %1 am %2</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>in Kraft ab %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Wer den Agenten nutzen darf</translation>
    </message>
    <message>
        <source>No group is named yet.</source>
        <translation>Noch keine Gruppe genannt.</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Use by agents</source>
        <translation>Nutzung durch Agenten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Verbotene Nutzungen</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Keine aufgeführt.</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Prüfstufen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Training opt-out</source>
        <translation>Trainings-Opt-out</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Audit-Log-Felder</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
</context>
<context>
    <name>steward::Reconcile</name>
    <message>
        <source>a Claude configuration is a JSON object, not %1</source>
        <translation>eine Claude-Konfiguration ist ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>this is no Claude configuration: it has neither an mcpServers map (.mcp.json, managed-mcp.json, claude_desktop_config.json) nor allowedMcpServers or deniedMcpServers (managed-settings.json)</source>
        <translation>dies ist keine Claude-Konfiguration: Sie hat weder eine mcpServers-Map (.mcp.json, managed-mcp.json, claude_desktop_config.json) noch allowedMcpServers oder deniedMcpServers (managed-settings.json)</translation>
    </message>
    <message>
        <source>%1 has no mcpServers map</source>
        <translation>%1 hat keine mcpServers-Map</translation>
    </message>
    <message>
        <source>expected true or false, not %1</source>
        <translation>erwartet wurde true oder false, nicht %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected text, not %1</source>
        <translation>erwartet wurde Text, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a list of text, not %1</source>
        <translation>erwartet wurde eine Liste von Texten, nicht %1</translation>
    </message>
    <message>
        <source>expected an object of names and text, not %1</source>
        <translation>erwartet wurde ein Objekt aus Namen und Texten, nicht %1</translation>
    </message>
    <message>
        <source>expected an object of servers by name, not %1</source>
        <translation>erwartet wurde ein Objekt aus Servern nach Namen, nicht %1</translation>
    </message>
    <message>
        <source>a server is an object (command and args, or type and url), not %1</source>
        <translation>ein Server ist ein Objekt (command und args oder type und url), nicht %1</translation>
    </message>
    <message>
        <source>type is stdio, http or sse, not “%1”</source>
        <translation>type ist stdio, http oder sse, nicht „%1“</translation>
    </message>
    <message>
        <source>has both command and url; type says which it is</source>
        <translation>hat sowohl command als auch url; type gibt an, was davon gilt</translation>
    </message>
    <message>
        <source>expected a list of entries ({&quot;serverName&quot;: …}, {&quot;serverCommand&quot;: […]} or {&quot;serverUrl&quot;: …}), not %1</source>
        <translation>erwartet wurde eine Liste von Einträgen ({&quot;serverName&quot;: …}, {&quot;serverCommand&quot;: […]} oder {&quot;serverUrl&quot;: …}), nicht %1</translation>
    </message>
    <message>
        <source>an entry names its server in exactly one way: serverName, serverCommand or serverUrl</source>
        <translation>ein Eintrag nennt seinen Server auf genau eine Weise: serverName, serverCommand oder serverUrl</translation>
    </message>
    <message>
        <source>must start with the command</source>
        <translation>muss mit dem Befehl beginnen</translation>
    </message>
    <message>
        <source>MCP server file</source>
        <translation>MCP-Serverdatei</translation>
    </message>
    <message>
        <source>managed MCP servers</source>
        <translation>verwaltete MCP-Server</translation>
    </message>
    <message>
        <source>Claude Desktop configuration</source>
        <translation>Claude-Desktop-Konfiguration</translation>
    </message>
    <message>
        <source>managed settings</source>
        <translation>verwaltete Einstellungen</translation>
    </message>
    <message>
        <source>is larger than %1 MiB, more than any Claude configuration; it was not read</source>
        <translation>ist größer als %1 MiB, mehr als jede Claude-Konfiguration; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed</source>
        <translation>insgesamt %1 Probleme; die ersten %2 sind aufgeführt</translation>
    </message>
    <message>
        <source>is a folder, not a configuration file</source>
        <translation>ist ein Ordner, keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a local server running %1</source>
        <translation>ein lokaler Server, der %1 ausführt</translation>
    </message>
    <message>
        <source>a remote (%1) server at %2</source>
        <translation>ein Remote-Server (%1) unter %2</translation>
    </message>
    <message>
        <source>Deployed in %1 as “%2”, which runs %3; the inventory records %4 for this connector.</source>
        <translation>In %1 als „%2“ bereitgestellt, der %3 ausführt; das Inventar erfasst für diesen Connector %4.</translation>
    </message>
    <message>
        <source>Deploy the server the inventory records, or record the new one on the connector and have it approved.</source>
        <translation>Stellen Sie den Server bereit, den das Inventar erfasst, oder erfassen Sie den neuen beim Connector und lassen Sie ihn genehmigen.</translation>
    </message>
    <message>
        <source>Deployed in %1 as %2, but no connector in the inventory has this server.</source>
        <translation>In %1 als %2 bereitgestellt, aber kein Connector im Inventar hat diesen Server.</translation>
    </message>
    <message>
        <source>Add it to the inventory as a requested connector and take it to the forum, or remove it from %1.</source>
        <translation>Fügen Sie ihn dem Inventar als beantragten Connector hinzu und bringen Sie ihn ins Forum, oder entfernen Sie ihn aus %1.</translation>
    </message>
    <message>
        <source>Remove it from %1: the connector was revoked.</source>
        <translation>Entfernen Sie ihn aus %1: Der Connector wurde widerrufen.</translation>
    </message>
    <message>
        <source>Remove it from %1 until the forum approves the connector.</source>
        <translation>Entfernen Sie ihn aus %1, bis das Forum den Connector genehmigt.</translation>
    </message>
    <message>
        <source>%1, yet deployed in %2 as “%3”.</source>
        <translation>%1, aber in %2 als „%3“ bereitgestellt.</translation>
    </message>
    <message>
        <source>allowedMcpServers in %1 admits servers that no connector in the inventory has.</source>
        <translation>allowedMcpServers in %1 lässt Server zu, die kein Connector im Inventar hat.</translation>
    </message>
    <message>
        <source>Remove the entry, or add its server to the inventory and have it approved.</source>
        <translation>Entfernen Sie den Eintrag, oder fügen Sie seinen Server dem Inventar hinzu und lassen Sie ihn genehmigen.</translation>
    </message>
    <message>
        <source>Approved, yet deniedMcpServers in %1 blocks it (%2).</source>
        <translation>Genehmigt, aber deniedMcpServers in %1 blockiert ihn (%2).</translation>
    </message>
    <message>
        <source>Correct the lists, or write them again with steward export --format claude-managed-settings.</source>
        <translation>Korrigieren Sie die Listen, oder schreiben Sie sie neu mit steward export --format claude-managed-settings.</translation>
    </message>
    <message>
        <source>Approved, yet no entry of allowedMcpServers in %1 admits it.</source>
        <translation>Genehmigt, aber kein Eintrag von allowedMcpServers in %1 lässt ihn zu.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry and add the server to deniedMcpServers (steward export --format claude-managed-settings writes both lists).</source>
        <translation>Entfernen Sie den Eintrag oder schränken Sie ihn ein, und fügen Sie den Server zu deniedMcpServers hinzu (steward export --format claude-managed-settings schreibt beide Listen).</translation>
    </message>
    <message>
        <source>Remove or narrow the entry until the forum approves the connector (steward export --format claude-managed-settings writes the approved list).</source>
        <translation>Entfernen Sie den Eintrag oder schränken Sie ihn ein, bis das Forum den Connector genehmigt (steward export --format claude-managed-settings schreibt die genehmigte Liste).</translation>
    </message>
    <message>
        <source>%1, yet allowedMcpServers in %2 admits it (%3).</source>
        <translation>%1, aber allowedMcpServers in %2 lässt ihn zu (%3).</translation>
    </message>
    <message>
        <source>every deployed server is a connector of the inventory</source>
        <translation>jeder bereitgestellte Server ist ein Connector des Inventars</translation>
    </message>
    <message>
        <source>no connector that is requested, pending re-approval or revoked is deployed or allowed</source>
        <translation>kein beantragter, auf erneute Genehmigung wartender oder widerrufener Connector ist bereitgestellt oder zugelassen</translation>
    </message>
    <message>
        <source>a server deployed under a connector&apos;s name runs the server the connector records</source>
        <translation>ein unter dem Namen eines Connectors bereitgestellter Server führt den Server aus, den der Connector erfasst</translation>
    </message>
    <message>
        <source>the allow- and deny-lists admit every approved connector</source>
        <translation>die Zulassungs- und Sperrlisten lassen jeden genehmigten Connector zu</translation>
    </message>
    <message>
        <source>each allow-list entry names a connector of the inventory</source>
        <translation>jeder Eintrag der Zulassungsliste nennt einen Connector des Inventars</translation>
    </message>
    <message>
        <source>each approved connector is deployed in one of the server files compared</source>
        <translation>jeder genehmigte Connector ist in einer der verglichenen Serverdateien bereitgestellt</translation>
    </message>
    <message>
        <source>Approved, yet deployed in none of the server files compared (%1).</source>
        <translation>Genehmigt, aber in keiner der verglichenen Serverdateien bereitgestellt (%1).</translation>
    </message>
    <message>
        <source>Deploy it (steward export --format claude-managed-mcp writes every approved server), or revoke it if it is no longer used.</source>
        <translation>Stellen Sie ihn bereit (steward export --format claude-managed-mcp schreibt jeden genehmigten Server), oder widerrufen Sie ihn, wenn er nicht mehr genutzt wird.</translation>
    </message>
    <message>
        <source>Found deployed at %1 (%2) by reconcile, without being in the inventory; requested, not approved.</source>
        <translation>Beim Abgleich (reconcile) unter %1 (%2) bereitgestellt gefunden, ohne im Inventar zu stehen; beantragt, nicht genehmigt.</translation>
    </message>
    <message>
        <source>It is given the environment variables %1 there (their values are not recorded).</source>
        <translation>Er erhält dort die Umgebungsvariablen %1 (ihre Werte werden nicht erfasst).</translation>
    </message>
    <message>
        <source>It sends the headers %1 there (their values are not recorded).</source>
        <translation>Er sendet dort die Header %1 (ihre Werte werden nicht erfasst).</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4 “%5”: %6 Fix: %7
</source>
        <translation>%1: %2 %3: %4 „%5“: %6 Behebung: %7
</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, infos: %4; configuration files compared: %5 (servers: %6, allow-list entries: %7, deny-list entries: %8)
</source>
        <translation>%1: Fehler: %2, Warnungen: %3, Infos: %4; verglichene Konfigurationsdateien: %5 (Server: %6, Einträge der Zulassungsliste: %7, Einträge der Sperrliste: %8)
</translation>
    </message>
    <message>
        <source>no command or URL</source>
        <translation>kein Befehl und keine URL</translation>
    </message>
    <message>
        <source>&lt;secret removed&gt;</source>
        <translation>&lt;secret removed&gt;</translation>
    </message>
</context>
<context>
    <name>steward::Rules</name>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>an HTTP bearer token</source>
        <translation>ein HTTP-Bearer-Token</translation>
    </message>
    <message>
        <source>an AWS access key id</source>
        <translation>eine AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>ein Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>ein API-Schlüssel im OpenAI-Stil</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>ein Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Stripe secret key</source>
        <translation>ein geheimer Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>ein JSON Web Token</translation>
    </message>
    <message>
        <source>a URL with a password in it</source>
        <translation>eine URL mit einem Passwort darin</translation>
    </message>
    <message>
        <source>a password or key written out</source>
        <translation>ein ausgeschriebenes Passwort oder ein Schlüssel</translation>
    </message>
    <message>
        <source>a long random-looking string, like an access token</source>
        <translation>eine lange, zufällig aussehende Zeichenfolge, wie ein Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>steward::Store</name>
    <message>
        <source>A custom review cadence is every 1 to 3660 days, not %1.</source>
        <translation>Ein benutzerdefinierter Prüfrhythmus liegt bei 1 bis 3660 Tagen, nicht bei %1.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>scheduled task</source>
        <translation>geplante Aufgabe</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation>OAuth-Scope</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgemaßnahme</translation>
    </message>
    <message>
        <source>forum meeting</source>
        <translation>Forumssitzung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>RACI role</source>
        <translation>RACI-Rolle</translation>
    </message>
    <message>
        <source>RACI activity</source>
        <translation>RACI-Aktivität</translation>
    </message>
    <message>
        <source>review cadence</source>
        <translation>Prüfrhythmus</translation>
    </message>
    <message>
        <source>governance object</source>
        <translation>Governance-Objekt</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>allowed group</source>
        <translation>zugelassene Gruppe</translation>
    </message>
    <message>
        <source>data-class rule</source>
        <translation>Datenklassenregel</translation>
    </message>
    <message>
        <source>prohibited use</source>
        <translation>verbotene Nutzung</translation>
    </message>
    <message>
        <source>review tier</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <source>audit field</source>
        <translation>Audit-Feld</translation>
    </message>
    <message>
        <source>policy section</source>
        <translation>Richtlinienabschnitt</translation>
    </message>
    <message>
        <source>policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>business function</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>CLAUDE.md link</source>
        <translation>CLAUDE.md-Link</translation>
    </message>
    <message>
        <source>SKILL.md link</source>
        <translation>SKILL.md-Link</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>training opt-out posture</source>
        <translation>Regelung zum Trainings-Opt-out</translation>
    </message>
    <message>
        <source>retention posture</source>
        <translation>Regelung zur Aufbewahrung</translation>
    </message>
    <message>
        <source>scope string</source>
        <translation>Scope-Zeichenfolge</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reading the inventory failed (%1): %2</source>
        <translation>Lesen des Inventars fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>this %1</source>
        <translation>diesem Eintrag (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message>
        <source>Steward could not prepare &quot;%1&quot;: %2</source>
        <translation>Steward konnte „%1“ nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>recording the audit head</source>
        <translation>Erfassen des Prüfpfad-Endes</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>Schreiben des Prüfpfads</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The name of this %1</source>
        <translation>Der Name dieses Eintrags (%1)</translation>
    </message>
    <message>
        <source>One %1 of %2</source>
        <translation>Ein Eintrag (%1) von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The %1 of %2</source>
        <translation>Das Feld „%1“ von %2</translation>
    </message>
    <message>
        <source>%1 look like a secret (%2). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>%1 sieht wie ein Geheimnis aus (%2). Steward erfasst OAuth-Scopes, niemals Anmeldedaten; entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 looks like a secret (%2). Steward records OAuth scopes, never credentials; remove it.</source>
        <translation>%1 sieht wie ein Geheimnis aus (%2). Steward erfasst OAuth-Scopes, niemals Anmeldedaten; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Cannot add to %1 under the id %2: ids are positive.</source>
        <translation>Hinzufügen zu %1 unter der ID %2 nicht möglich: IDs sind positiv.</translation>
    </message>
    <message>
        <source>Another %1 already has the id %2, so this one cannot be restored under it.</source>
        <translation>Ein anderer Eintrag (%1) hat bereits die ID %2, daher kann dieser nicht unter ihr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>adding to %1</source>
        <translation>Hinzufügen zu %1</translation>
    </message>
    <message>
        <source>%1 %2 does not exist (it may have been deleted meanwhile)</source>
        <translation>%1 %2 existiert nicht (vielleicht wurde es inzwischen gelöscht)</translation>
    </message>
    <message>
        <source>changing %1 %2</source>
        <translation>Ändern von %1 %2</translation>
    </message>
    <message>
        <source>removing %1 %2</source>
        <translation>Entfernen von %1 %2</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Steward (process %1 on %2)</source>
        <translation>Steward (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1 is open for editing in %2. If Steward is no longer running there, delete %3 and try again.</source>
        <translation>%1 ist in %2 zum Bearbeiten geöffnet. Wenn Steward dort nicht mehr läuft, löschen Sie %3 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder holding %1 is not writable, so Steward cannot edit the file there (it keeps a lock file beside it). Open it read-only, or copy it to a folder you can write to.</source>
        <translation>Der Ordner mit %1 ist nicht beschreibbar, daher kann Steward die Datei dort nicht bearbeiten (Steward legt eine Sperrdatei daneben an). Öffnen Sie sie schreibgeschützt, oder kopieren Sie sie in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Changing the file&apos;s structure failed (%1): %2</source>
        <translation>Ändern der Dateistruktur fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>%1 is write-protected, so Steward cannot record changes in it. Open it read-only, or make it writable first.</source>
        <translation>%1 ist schreibgeschützt, daher kann Steward keine Änderungen darin erfassen. Öffnen Sie die Datei schreibgeschützt, oder machen Sie sie zuerst beschreibbar.</translation>
    </message>
    <message>
        <source>%1 was made by an older Steward and must be upgraded before it can be read. Open it for editing once to upgrade it (a backup is kept).</source>
        <translation>%1 wurde von einem älteren Steward erstellt und muss aktualisiert werden, bevor die Datei gelesen werden kann. Öffnen Sie sie einmal zum Bearbeiten, um sie zu aktualisieren (eine Sicherung wird aufbewahrt).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The inventory is open read-only.</source>
        <translation>Das Inventar ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>the file already exists; Steward will not overwrite it.</source>
        <translation>die Datei existiert bereits; Steward überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable.</source>
        <translation>der Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading; the file was not changed.</source>
        <translation>Die Sicherung %1 kann vor der Aktualisierung nicht geschrieben werden; die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed (%2). The file is as it was before this step; a copy of the original is at %3.</source>
        <translation>Die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen (%2). Die Datei ist so wie vor diesem Schritt; eine Kopie des Originals liegt unter %3.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>A change inside this operation failed, so none of it was saved.</source>
        <translation>Eine Änderung innerhalb dieses Vorgangs ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 already exists; Steward will not overwrite it.</source>
        <translation>%1 existiert bereits; Steward überschreibt die Datei nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A copy cannot be saved while a change is being made; try again after it.</source>
        <translation>Eine Kopie kann nicht gespeichert werden, während eine Änderung vorgenommen wird; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the copy could not be written to disk.</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile.</source>
        <translation>inzwischen ist eine Datei mit diesem Namen aufgetaucht.</translation>
    </message>
    <message>
        <source>That request no longer exists.</source>
        <translation>Dieser Antrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is %2 already; only an open request can be decided.</source>
        <translation>„%1“ ist bereits %2; nur über einen offenen Antrag kann entschieden werden.</translation>
    </message>
    <message>
        <source>A decision needs the day it was taken.</source>
        <translation>Eine Entscheidung braucht den Tag, an dem sie getroffen wurde.</translation>
    </message>
    <message>
        <source>A decision is recorded once it has been taken, not for %1.</source>
        <translation>Eine Entscheidung wird erfasst, sobald sie getroffen wurde, nicht für den %1.</translation>
    </message>
    <message>
        <source>Every decider must be a person of the directory.</source>
        <translation>Jeder Entscheider muss eine Person aus dem Verzeichnis sein.</translation>
    </message>
    <message>
        <source>Each decider counts once: the same person is named twice.</source>
        <translation>Jeder Entscheider zählt einmal: Dieselbe Person ist doppelt genannt.</translation>
    </message>
    <message>
        <source>“%1” needs %2 deciders, %3 named. %4</source>
        <translation>„%1“ braucht %2 Entscheider, %3 sind genannt. %4</translation>
    </message>
    <message>
        <source>A decision needs at least one decider.</source>
        <translation>Eine Entscheidung braucht mindestens einen Entscheider.</translation>
    </message>
    <message>
        <source>A forum meeting needs the day it was held.</source>
        <translation>Eine Forumssitzung braucht den Tag, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>Every attendee must be a person of the directory.</source>
        <translation>Jeder Teilnehmer muss eine Person aus dem Verzeichnis sein.</translation>
    </message>
    <message>
        <source>That forum meeting is no longer recorded.</source>
        <translation>Diese Forumssitzung ist nicht mehr erfasst.</translation>
    </message>
    <message>
        <source>Reviewed at the governance forum of %1.</source>
        <translation>Überprüft im Governance-Forum vom %1.</translation>
    </message>
    <message>
        <source>A RACI cell holds only the letters R, A, C and I, not &quot;%1&quot;.</source>
        <translation>Eine RACI-Zelle enthält nur die Buchstaben R, A, C und I, nicht „%1“.</translation>
    </message>
    <message>
        <source>RACI roles and activities need names.</source>
        <translation>RACI-Rollen und -Aktivitäten brauchen Namen.</translation>
    </message>
    <message>
        <source>The RACI role “%1” names someone who is not in the people directory.</source>
        <translation>Die RACI-Rolle „%1“ nennt jemanden, der nicht im Personenverzeichnis steht.</translation>
    </message>
    <message>
        <source>A RACI cell points outside the matrix.</source>
        <translation>Eine RACI-Zelle verweist auf eine Stelle außerhalb der Matrix.</translation>
    </message>
    <message>
        <source>A review needs the date it took place.</source>
        <translation>Eine Überprüfung braucht das Datum, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>A review is of a workspace, connector, skill or governance object, not &quot;%1&quot;.</source>
        <translation>Eine Überprüfung betrifft einen Arbeitsbereich, einen Connector, einen Skill oder ein Governance-Objekt, nicht „%1“.</translation>
    </message>
    <message>
        <source>The %1 this review is about does not exist.</source>
        <translation>Der Gegenstand dieser Überprüfung (%1) existiert nicht.</translation>
    </message>
    <message>
        <source>A review is recorded once it has taken place, not for %1.</source>
        <translation>Eine Überprüfung wird erfasst, sobald sie stattgefunden hat, nicht für den %1.</translation>
    </message>
    <message>
        <source>That review is no longer recorded.</source>
        <translation>Diese Überprüfung ist nicht mehr erfasst.</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Ein Antrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The connector request “%1” is about does not exist.</source>
        <translation>Der Connector, den der Antrag „%1“ betrifft, existiert nicht.</translation>
    </message>
    <message>
        <source>The skill request “%1” is about does not exist.</source>
        <translation>Der Skill, den der Antrag „%1“ betrifft, existiert nicht.</translation>
    </message>
    <message>
        <source>The deciders of a request are people of the directory, each named once.</source>
        <translation>Die Entscheider eines Antrags sind Personen aus dem Verzeichnis, jede einmal genannt.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
    <message>
        <source>A connector incident “%1” involves does not exist.</source>
        <translation>Ein Connector, den der Vorfall „%1“ betrifft, existiert nicht.</translation>
    </message>
    <message>
        <source>A workspace incident “%1” involves does not exist.</source>
        <translation>Ein Arbeitsbereich, den der Vorfall „%1“ betrifft, existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the inventory failed (%1)</source>
        <translation>Lesen des Inventars fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>A scheduled task needs a name.</source>
        <translation>Eine geplante Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>An OAuth scope cannot be empty.</source>
        <translation>Ein OAuth-Scope darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A connector&apos;s risk tier is 1, 2 or 3, not %1.</source>
        <translation>Die Risikostufe eines Connectors ist 1, 2 oder 3, nicht %1.</translation>
    </message>
    <message>
        <source>Seats cannot be negative.</source>
        <translation>Lizenzplätze dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Dieser Arbeitsbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That connector no longer exists.</source>
        <translation>Dieser Connector existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That skill no longer exists.</source>
        <translation>Dieser Skill existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Audit row %1 does not hold the row it %2.</source>
        <translation>Audit-Zeile %1 enthält nicht die Zeile, auf die sich ihre Aktion %2 bezieht.</translation>
    </message>
    <message>
        <source>Audit row %1 names a column %2 has not got.</source>
        <translation>Audit-Zeile %1 nennt eine Spalte, die %2 nicht hat.</translation>
    </message>
    <message>
        <source>Audit row %1 holds a value that is not text.</source>
        <translation>Audit-Zeile %1 enthält einen Wert, der kein Text ist.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail.</source>
        <translation>Der Prüfpfad kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds changes %1 to %2.</source>
        <translation>Der Prüfpfad enthält die Änderungen %1 bis %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Audit row %1 is about a table Steward does not keep.</source>
        <translation>Audit-Zeile %1 betrifft eine Tabelle, die Steward nicht führt.</translation>
    </message>
    <message>
        <source>%1 %2 has changed since; the step cannot be undone or redone exactly.</source>
        <translation>%1 %2 hat sich seitdem geändert; der Schritt kann nicht exakt rückgängig gemacht oder wiederholt werden.</translation>
    </message>
    <message>
        <source>Audit row %1 records an unknown change, %2.</source>
        <translation>Audit-Zeile %1 erfasst eine unbekannte Änderung, %2.</translation>
    </message>
    <message>
        <source>Reviews are due soon within 0 to %1 days, not %2.</source>
        <translation>Das Fenster für „bald fällig“ liegt bei 0 bis %1 Tagen, nicht bei %2.</translation>
    </message>
    <message>
        <source>A pilot graduates within 1 to %1 weeks, not %2.</source>
        <translation>Die Frist für die Übernahme eines Piloten in den Regelbetrieb liegt bei 1 bis %1 Wochen, nicht bei %2.</translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation>%1: Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>%1 „%2“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is still referred to by: %2.</source>
        <translation>Auf %1 wird noch verwiesen von: %2.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>An approved policy cannot change: edit it as a draft of the next version and approve that.</source>
        <translation>Eine genehmigte Richtlinie kann nicht geändert werden: Bearbeiten Sie sie als Entwurf der nächsten Version, und genehmigen Sie diesen.</translation>
    </message>
    <message>
        <source>An approval is recorded by approving the policy, with its approver and dates, not by editing them.</source>
        <translation>Eine Genehmigung wird erfasst, indem die Richtlinie mit genehmigender Person und Daten genehmigt wird, nicht durch Bearbeiten dieser Angaben.</translation>
    </message>
    <message>
        <source>Review tiers are numbered 1 to 3, not %1.</source>
        <translation>Prüfstufen sind von 1 bis 3 nummeriert, nicht %1.</translation>
    </message>
    <message>
        <source>Approving the policy needs a named approver.</source>
        <translation>Das Genehmigen der Richtlinie erfordert eine namentlich genannte genehmigende Person.</translation>
    </message>
    <message>
        <source>Approving the policy needs the approval date and the date it takes effect.</source>
        <translation>Das Genehmigen der Richtlinie erfordert das Genehmigungsdatum und das Datum, ab dem sie gilt.</translation>
    </message>
    <message>
        <source>The policy cannot take effect before it is approved.</source>
        <translation>Die Richtlinie kann nicht vor ihrer Genehmigung in Kraft treten.</translation>
    </message>
    <message>
        <source>Give the policy a version number before approving it.</source>
        <translation>Geben Sie der Richtlinie eine Versionsnummer, bevor Sie sie genehmigen.</translation>
    </message>
    <message>
        <source>Version %1 of the policy was already approved on %2; raise the version number for the changes.</source>
        <translation>Version %1 der Richtlinie wurde bereits am %2 genehmigt; erhöhen Sie die Versionsnummer für die Änderungen.</translation>
    </message>
    <message>
        <source>Only the latest approval of the policy can be withdrawn.</source>
        <translation>Nur die letzte Genehmigung der Richtlinie kann zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Version %1 of the policy was approved on %2 as it is recorded; an approved version cannot be replaced.</source>
        <translation>Version %1 der Richtlinie wurde am %2 so genehmigt, wie sie erfasst ist; eine genehmigte Version kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>An approved version of the policy needs its version number and its text.</source>
        <translation>Eine genehmigte Version der Richtlinie braucht ihre Versionsnummer und ihren Text.</translation>
    </message>
    <message>
        <source>Version %1 of the policy needs a named approver.</source>
        <translation>Version %1 der Richtlinie braucht eine namentlich genannte genehmigende Person.</translation>
    </message>
    <message>
        <source>Version %1 of the policy needs the day it was approved and the day it took effect, not before it.</source>
        <translation>Version %1 der Richtlinie braucht den Tag, an dem sie genehmigt wurde, und den Tag, an dem sie in Kraft trat (nicht vor der Genehmigung).</translation>
    </message>
</context>
<context>
    <name>steward::Templates</name>
    <message>
        <source>Answer questions from team spaces and runbooks.</source>
        <translation>Fragen aus Team-Bereichen und Runbooks beantworten.</translation>
    </message>
    <message>
        <source>List spaces so the agent can say where an answer came from.</source>
        <translation>Bereiche auflisten, damit der Agent sagen kann, woher eine Antwort stammt.</translation>
    </message>
    <message>
        <source>Find pages by keyword instead of crawling.</source>
        <translation>Seiten per Stichwort finden, statt alles zu durchsuchen.</translation>
    </message>
    <message>
        <source>Restricted spaces (HR, Board) are excluded at the Atlassian app level.</source>
        <translation>Eingeschränkte Bereiche (HR, Vorstand) sind auf Ebene der Atlassian-App ausgeschlossen.</translation>
    </message>
    <message>
        <source>Read issues to triage and summarise them.</source>
        <translation>Issues lesen, um sie zu sichten und zusammenzufassen.</translation>
    </message>
    <message>
        <source>Create bugs from support escalations and add triage comments.</source>
        <translation>Bugs aus Support-Eskalationen anlegen und Triage-Kommentare hinzufügen.</translation>
    </message>
    <message>
        <source>Resolve assignees and reporters by name.</source>
        <translation>Bearbeiter und Melder anhand des Namens auflösen.</translation>
    </message>
    <message>
        <source>Open draft pull requests for release notes; GitHub has no read-only scope for private repositories.</source>
        <translation>Pull-Request-Entwürfe für Release Notes öffnen; GitHub hat keinen Nur-Lese-Scope für private Repositorys.</translation>
    </message>
    <message>
        <source>Map teams to code owners.</source>
        <translation>Teams den Code-Ownern zuordnen.</translation>
    </message>
    <message>
        <source>Limited to the product and docs repositories through the GitHub App&apos;s repository list.</source>
        <translation>Über die Repository-Liste der GitHub App auf die Produkt- und Doku-Repositorys beschränkt.</translation>
    </message>
    <message>
        <source>Read cycles and issues for release notes.</source>
        <translation>Zyklen und Issues für Release Notes lesen.</translation>
    </message>
    <message>
        <source>File follow-up issues found during triage.</source>
        <translation>Bei der Triage gefundene Folge-Issues anlegen.</translation>
    </message>
    <message>
        <source>Approved in #ai-governance; the approver&apos;s name was not recorded.</source>
        <translation>In #ai-governance genehmigt; der Name der genehmigenden Person wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Read shared-drive documents: close workpapers, signed NDAs, handbook.</source>
        <translation>Dokumente im gemeinsamen Laufwerk lesen: Abschluss-Arbeitspapiere, unterzeichnete NDAs, Handbuch.</translation>
    </message>
    <message>
        <source>Read the thread history with an account before a call.</source>
        <translation>Vor einem Gespräch den Nachrichtenverlauf mit einem Kunden lesen.</translation>
    </message>
    <message>
        <source>Create drafts for a person to review and send; the agent never sends.</source>
        <translation>Entwürfe erstellen, die eine Person prüft und versendet; der Agent versendet nie.</translation>
    </message>
    <message>
        <source>Served through the internal MCP gateway, which strips attachments over 10 MB.</source>
        <translation>Bereitgestellt über das interne MCP-Gateway, das Anhänge über 10 MB entfernt.</translation>
    </message>
    <message>
        <source>Find today&apos;s customer meetings to prepare account briefs.</source>
        <translation>Die heutigen Kundentermine finden, um Kunden-Briefings vorzubereiten.</translation>
    </message>
    <message>
        <source>Tier raised to 2 by the forum: meeting titles name customers and deal stages.</source>
        <translation>Stufe vom Forum auf 2 angehoben: Termintitel nennen Kunden und Deal-Phasen.</translation>
    </message>
    <message>
        <source>Summarise public channels the user is in.</source>
        <translation>Öffentliche Kanäle zusammenfassen, in denen der Benutzer Mitglied ist.</translation>
    </message>
    <message>
        <source>List channels to pick the right one.</source>
        <translation>Kanäle auflisten, um den richtigen auszuwählen.</translation>
    </message>
    <message>
        <source>Turn member ids into names in summaries.</source>
        <translation>Mitglieds-IDs in Zusammenfassungen in Namen umwandeln.</translation>
    </message>
    <message>
        <source>Post renewal reminders into account channels.</source>
        <translation>Verlängerungserinnerungen in Kundenkanälen posten.</translation>
    </message>
    <message>
        <source>Find the account&apos;s channel.</source>
        <translation>Den Kanal des Kunden finden.</translation>
    </message>
    <message>
        <source>Revoked after it posted an unreviewed renewal summary into a Slack Connect channel shared with a customer.</source>
        <translation>Widerrufen, nachdem er eine ungeprüfte Verlängerungszusammenfassung in einem mit einem Kunden geteilten Slack-Connect-Kanal gepostet hatte.</translation>
    </message>
    <message>
        <source>Read accounts and opportunities; update Next Step and Close Date on opportunities the user owns.</source>
        <translation>Kunden und Verkaufschancen lesen; Next Step und Close Date bei Verkaufschancen aktualisieren, die dem Benutzer gehören.</translation>
    </message>
    <message>
        <source>Keep the session alive for scheduled tasks.</source>
        <translation>Die Sitzung für geplante Aufgaben aktiv halten.</translation>
    </message>
    <message>
        <source>Approved read-only; widened to read-write for pipeline hygiene. On the next forum agenda.</source>
        <translation>Mit „nur lesen“ genehmigt; für die Pipeline-Pflege auf „lesen und schreiben“ erweitert. Steht auf der nächsten Tagesordnung des Forums.</translation>
    </message>
    <message>
        <source>Segment audiences for campaign briefs.</source>
        <translation>Zielgruppen für Kampagnen-Briefings segmentieren.</translation>
    </message>
    <message>
        <source>Tailor content to target industries.</source>
        <translation>Inhalte auf Zielbranchen zuschneiden.</translation>
    </message>
    <message>
        <source>Read published blog posts to keep the voice consistent.</source>
        <translation>Veröffentlichte Blogbeiträge lesen, um die Tonalität einheitlich zu halten.</translation>
    </message>
    <message>
        <source>Imported from the 2024 marketing tools spreadsheet.</source>
        <translation>Aus der Tabelle der Marketing-Tools von 2024 importiert.</translation>
    </message>
    <message>
        <source>Read new tickets for triage.</source>
        <translation>Neue Tickets für die Triage lesen.</translation>
    </message>
    <message>
        <source>Set priority, group and tags; add internal notes. Public replies stay with agents.</source>
        <translation>Priorität, Gruppe und Tags setzen; interne Notizen hinzufügen. Öffentliche Antworten bleiben bei den Support-Mitarbeitern.</translation>
    </message>
    <message>
        <source>See the requester&apos;s plan and region for routing.</source>
        <translation>Tarif und Region des Anfragenden für das Routing einsehen.</translation>
    </message>
    <message>
        <source>External: tickets:write also allows public comments, which reach customers.</source>
        <translation>Extern: tickets:write erlaubt auch öffentliche Kommentare, die Kunden erreichen.</translation>
    </message>
    <message>
        <source>Read trial balance, journals and AP/AR ageing.</source>
        <translation>Saldenliste, Journale und Altersstruktur der Verbindlichkeiten und Forderungen lesen.</translation>
    </message>
    <message>
        <source>Run saved close-variance datasets.</source>
        <translation>Gespeicherte Datensätze zu Abschlussabweichungen ausführen.</translation>
    </message>
    <message>
        <source>Runs as a dedicated read-only role without access to payroll subsidiaries.</source>
        <translation>Läuft als eigene Nur-Lese-Rolle ohne Zugriff auf Lohnbuchhaltungs-Tochtergesellschaften.</translation>
    </message>
    <message>
        <source>Match payouts and invoices during reconciliation.</source>
        <translation>Auszahlungen und Rechnungen bei der Abstimmung zuordnen.</translation>
    </message>
    <message>
        <source>Query curated revenue marts; the role cannot see raw event or PII schemas.</source>
        <translation>Kuratierte Umsatz-Marts abfragen; die Rolle sieht keine Rohereignis- oder PII-Schemas.</translation>
    </message>
    <message>
        <source>Let the daily KPI task run unattended.</source>
        <translation>Die tägliche KPI-Aufgabe unbeaufsichtigt laufen lassen.</translation>
    </message>
    <message>
        <source>Search the executed-contract archive (2016-2022) for renewal and notice clauses.</source>
        <translation>Das Archiv unterzeichneter Verträge (2016–2022) nach Verlängerungs- und Kündigungsklauseln durchsuchen.</translation>
    </message>
    <message>
        <source>Requested by Legal; Security asked for a folder-scoped app instead of root access.</source>
        <translation>Von der Rechtsabteilung beantragt; der Bereich Sicherheit bat um eine auf Ordner beschränkte App statt Root-Zugriff.</translation>
    </message>
    <message>
        <source>Head of IT Operations</source>
        <translation>Leiter IT-Betrieb</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Governance owner for the Cowork rollout since week one.</source>
        <translation>Governance-Eigentümer für den Cowork-Rollout seit der ersten Woche.</translation>
    </message>
    <message>
        <source>Chief of Staff, COO office</source>
        <translation>Stabschef, Büro des COO</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Leads the monthly governance forum.</source>
        <translation>Leitet das monatliche Governance-Forum.</translation>
    </message>
    <message>
        <source>Chief Information Security Officer</source>
        <translation>Chief Information Security Officer</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Approves connectors and every read-write scope.</source>
        <translation>Genehmigt Connectors und jeden Scope mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>Security Engineer</source>
        <translation>Security Engineer</translation>
    </message>
    <message>
        <source>Senior Systems Engineer</source>
        <translation>Senior Systems Engineer</translation>
    </message>
    <message>
        <source>Runs the internal MCP gateway.</source>
        <translation>Betreibt das interne MCP-Gateway.</translation>
    </message>
    <message>
        <source>Privacy and Compliance Manager</source>
        <translation>Datenschutz- und Compliance-Manager</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <source>Data protection officer; consulted on personal and restricted data.</source>
        <translation>Datenschutzbeauftragter; wird bei personenbezogenen und streng vertraulichen Daten konsultiert.</translation>
    </message>
    <message>
        <source>Chief Financial Officer</source>
        <translation>Chief Financial Officer</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Sponsor for Finance.</source>
        <translation>Sponsor für den Bereich Finanzen.</translation>
    </message>
    <message>
        <source>Finance Systems Lead</source>
        <translation>Leitung Finanzsysteme</translation>
    </message>
    <message>
        <source>Senior FP&amp;A Analyst</source>
        <translation>Senior FP&amp;A Analyst</translation>
    </message>
    <message>
        <source>VP Sales</source>
        <translation>VP Vertrieb</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Sponsor for Sales.</source>
        <translation>Sponsor für den Vertrieb.</translation>
    </message>
    <message>
        <source>Revenue Operations Manager</source>
        <translation>Revenue Operations Manager</translation>
    </message>
    <message>
        <source>Director of Customer Support</source>
        <translation>Leitung Kundensupport</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Sponsor for Support.</source>
        <translation>Sponsor für den Support.</translation>
    </message>
    <message>
        <source>Support Operations Lead</source>
        <translation>Leitung Support Operations</translation>
    </message>
    <message>
        <source>General Counsel</source>
        <translation>Leitung Rechtsabteilung</translation>
    </message>
    <message>
        <source>Sponsor for Legal.</source>
        <translation>Sponsor für die Rechtsabteilung.</translation>
    </message>
    <message>
        <source>Legal Operations Manager</source>
        <translation>Legal Operations Manager</translation>
    </message>
    <message>
        <source>VP Engineering</source>
        <translation>VP Entwicklung</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Sponsor for Engineering.</source>
        <translation>Sponsor für die Entwicklung.</translation>
    </message>
    <message>
        <source>Staff Engineer, Developer Productivity</source>
        <translation>Staff Engineer, Developer Productivity</translation>
    </message>
    <message>
        <source>Data Platform Lead</source>
        <translation>Leitung Datenplattform</translation>
    </message>
    <message>
        <source>Head of People</source>
        <translation>Leitung Personal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Sponsor for People.</source>
        <translation>Sponsor für den Bereich Personal.</translation>
    </message>
    <message>
        <source>People Operations Partner</source>
        <translation>People Operations Partner</translation>
    </message>
    <message>
        <source>VP Marketing</source>
        <translation>VP Marketing</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sponsor for Marketing.</source>
        <translation>Sponsor für das Marketing.</translation>
    </message>
    <message>
        <source>Content Marketing Lead</source>
        <translation>Leitung Content-Marketing</translation>
    </message>
    <message>
        <source>Acceptable use of AI agents (Claude Cowork)</source>
        <translation>Nutzung von KI-Agenten (Claude Cowork)</translation>
    </message>
    <message>
        <source>Only in workspaces classified confidential, through approved connectors; output gets tier 3 dual review and an audit-log entry.</source>
        <translation>Nur in als vertraulich eingestuften Arbeitsbereichen, über genehmigte Connectors; Ergebnisse erhalten eine Prüfung der Stufe 3 nach dem Vier-Augen-Prinzip und einen Audit-Log-Eintrag.</translation>
    </message>
    <message>
        <source>processing restricted data: payroll, health data, payment card data, credentials</source>
        <translation>Verarbeitung streng vertraulicher Daten: Gehaltsabrechnung, Gesundheitsdaten, Zahlungskartendaten, Anmeldedaten</translation>
    </message>
    <message>
        <source>connecting personal accounts or unapproved MCP servers to company data</source>
        <translation>Verbinden privater Konten oder nicht genehmigter MCP-Server mit Unternehmensdaten</translation>
    </message>
    <message>
        <source>Training on Fernhill prompts and outputs is off under our commercial agreement. IT checks the admin-console setting at every quarterly review; any change in the vendor&apos;s terms goes on the forum agenda.</source>
        <translation>Das Training mit Prompts und Ergebnissen von Fernhill ist gemäß unserem kommerziellen Vertrag deaktiviert. Die IT prüft die Einstellung in der Admin-Konsole bei jeder vierteljährlichen Überprüfung; jede Änderung der Bedingungen des Anbieters kommt auf die Tagesordnung des Forums.</translation>
    </message>
    <message>
        <source>Conversation and project history: 90 days, then deleted. Audit-log entries: 2 years in the SIEM. Workspace memory is checked monthly for data that should not be there.</source>
        <translation>Unterhaltungs- und Projektverlauf: 90 Tage, danach gelöscht. Audit-Log-Einträge: 2 Jahre im SIEM. Das Gedächtnis der Arbeitsbereiche wird monatlich auf Daten geprüft, die dort nicht sein sollten.</translation>
    </message>
    <message>
        <source>Who may use the agent</source>
        <translation>Wer den Agenten nutzen darf</translation>
    </message>
    <message>
        <source>Cowork is open to employees in the groups above once they have completed the 30-minute *AI at Fernhill* training. Contractors and interns are not enrolled.

- Use your Fernhill SSO account; personal Claude accounts never touch company data.
- Every workspace has an owner and a CLAUDE.md that says what data it may hold.
- When unsure, ask in #ai-governance; the forum meets on the first Tuesday of each month.</source>
        <translation>Cowork steht Mitarbeitenden der oben genannten Gruppen offen, sobald sie die 30-minütige Schulung *KI bei Fernhill* abgeschlossen haben. Externe Auftragnehmer und Praktikanten werden nicht aufgenommen.

- Verwenden Sie Ihr Fernhill-SSO-Konto; private Claude-Konten kommen nie mit Unternehmensdaten in Berührung.
- Jeder Arbeitsbereich hat einen Eigentümer und eine CLAUDE.md, die festlegt, welche Daten er enthalten darf.
- Im Zweifel fragen Sie in #ai-governance; das Forum tagt am ersten Dienstag jedes Monats.</translation>
    </message>
    <message>
        <source>Connectors and least privilege</source>
        <translation>Connectors und minimale Rechte</translation>
    </message>
    <message>
        <source>Every connector starts **read-only**. Write access is earned per use case and needs a named approver from Security.

- Adding a scope or moving to read-write puts the connector back to *pending re-approval* until the forum signs off.
- Connector owners review their scopes quarterly and remove what is no longer used.
- Credentials live in the MCP gateway&apos;s vault, never in CLAUDE.md, SKILL.md or prompts.</source>
        <translation>Jeder Connector beginnt mit **nur lesen**. Schreibzugriff wird je Anwendungsfall gewährt und braucht eine namentlich genannte genehmigende Person aus dem Bereich Sicherheit.

- Wer einen Scope hinzufügt oder auf lesen und schreiben umstellt, setzt den Connector zurück auf *erneute Genehmigung ausstehend*, bis das Forum zustimmt.
- Connector-Eigentümer überprüfen ihre Scopes vierteljährlich und entfernen, was nicht mehr genutzt wird.
- Anmeldedaten liegen im Tresor des MCP-Gateways, nie in CLAUDE.md, SKILL.md oder Prompts.</translation>
    </message>
    <message>
        <source>posting agent output to Slack Connect or other shared external channels without a named reviewer</source>
        <translation>Veröffentlichen von Agenten-Ergebnissen in Slack Connect oder anderen geteilten externen Kanälen ohne namentlich benannten Prüfer</translation>
    </message>
    <message>
        <source>Conversation and project history: 90 days (30 days in confidential workspaces), then deleted. Audit-log entries: 2 years in the SIEM. Workspace memory is checked monthly for data that should not be there.</source>
        <translation>Unterhaltungs- und Projektverlauf: 90 Tage (30 Tage in vertraulichen Arbeitsbereichen), danach gelöscht. Audit-Log-Einträge: 2 Jahre im SIEM. Das Gedächtnis der Arbeitsbereiche wird monatlich auf Daten geprüft, die dort nicht sein sollten.</translation>
    </message>
    <message>
        <source>Before anything leaves Fernhill</source>
        <translation>Bevor etwas Fernhill verlässt</translation>
    </message>
    <message>
        <source>Output that reaches a customer, partner or the public is at least **tier 2**: a named reviewer reads it before it is sent.

- Agents draft; people send. No scheduled task posts to external or shared channels.
- Anything that touches confidential data or writes to a system of record is **tier 3**: two reviewers and an audit-log entry (actor, connector, data scope, approver, output hash).</source>
        <translation>Ergebnisse, die Kunden, Partner oder die Öffentlichkeit erreichen, haben mindestens **Stufe 2**: Ein namentlich benannter Prüfer liest sie, bevor sie versendet werden.

- Agenten entwerfen; Menschen versenden. Keine geplante Aufgabe veröffentlicht in externen oder geteilten Kanälen.
- Alles, was vertrauliche Daten berührt oder in ein führendes System schreibt, hat **Stufe 3**: zwei Prüfer und ein Audit-Log-Eintrag (Akteur, Connector, Datenumfang, genehmigende Person, Ergebnis-Hash).</translation>
    </message>
    <message>
        <source>Re-evaluation brought forward after the Slack Connect incident; version 1.2 adds the shared-channel rule and shorter retention for confidential workspaces.</source>
        <translation>Neubewertung nach dem Slack-Connect-Vorfall vorgezogen; Version 1.2 ergänzt die Regel für geteilte Kanäle und eine kürzere Aufbewahrung für vertrauliche Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Quarterly connector review in the forum: 15 connectors walked through; HubSpot tier and Linear approver to be fixed by their owners.</source>
        <translation>Vierteljährliche Connector-Überprüfung im Forum: 15 Connectors durchgegangen; Stufe von HubSpot und genehmigende Person von Linear werden von ihren Eigentümern korrigiert.</translation>
    </message>
    <message>
        <source>write:jira-work still needed for bugs raised from support triage; no change.</source>
        <translation>write:jira-work wird weiterhin für Bugs aus der Support-Triage benötigt; keine Änderung.</translation>
    </message>
    <message>
        <source>Revoked: chat:write reached a Slack Connect channel shared with a customer.</source>
        <translation>Widerrufen: chat:write erreichte einen Slack-Connect-Kanal, der mit einem Kunden geteilt ist.</translation>
    </message>
    <message>
        <source>Memory cleared of an uploaded payroll export; CLAUDE.md now forbids pay data explicitly.</source>
        <translation>Gedächtnis von einem hochgeladenen Gehaltsexport bereinigt; CLAUDE.md verbietet Gehaltsdaten jetzt ausdrücklich.</translation>
    </message>
    <message>
        <source>Still a pilot; sponsor to agree graduation criteria (adoption, accuracy of KPI answers).</source>
        <translation>Weiterhin Pilot; der Sponsor soll Kriterien für die Übernahme in den Regelbetrieb vereinbaren (Akzeptanz, Genauigkeit der KPI-Antworten).</translation>
    </message>
    <message>
        <source>Re-verified after the model update on 50 sampled tickets: 47 routed as a lead would.</source>
        <translation>Nach dem Modell-Update an 50 Stichproben-Tickets erneut geprüft: 47 wurden so zugewiesen, wie es eine Teamleitung getan hätte.</translation>
    </message>
    <message>
        <source>Box connector for the contract archive</source>
        <translation>Box-Connector für das Vertragsarchiv</translation>
    </message>
    <message>
        <source>Legal wants the NDA and renewal skills to search executed contracts from 2016-2022, which were never moved to Google Drive.</source>
        <translation>Die Rechtsabteilung möchte, dass die NDA- und Verlängerungs-Skills unterzeichnete Verträge von 2016–2022 durchsuchen, die nie nach Google Drive verschoben wurden.</translation>
    </message>
    <message>
        <source>Salesforce write access for pipeline hygiene</source>
        <translation>Salesforce-Schreibzugriff für die Pipeline-Pflege</translation>
    </message>
    <message>
        <source>Let Pipeline hygiene 2.0 update Next Step and Close Date after the rep confirms, instead of reps copying the proposals by hand.</source>
        <translation>Pipeline-Pflege 2.0 soll Next Step und Close Date aktualisieren, nachdem der Vertriebsmitarbeiter bestätigt hat, statt dass die Vertriebsmitarbeiter die Vorschläge von Hand übertragen.</translation>
    </message>
    <message>
        <source>Auto-send replies to simple support tickets</source>
        <translation>Antworten auf einfache Support-Tickets automatisch senden</translation>
    </message>
    <message>
        <source>Send the drafted reply for password-reset and invoice-copy tickets without an agent reading it first.</source>
        <translation>Die entworfene Antwort für Tickets zum Zurücksetzen des Passworts und zu Rechnungskopien senden, ohne dass ein Support-Mitarbeiter sie vorher liest.</translation>
    </message>
    <message>
        <source>Rejected: auto-sending external commitments without review is a prohibited use. Approved instead: drafts with one named reviewer (tier 2).</source>
        <translation>Abgelehnt: Das automatische Senden externer Zusagen ohne Prüfung ist eine verbotene Nutzung. Stattdessen genehmigt: Entwürfe mit einem namentlich benannten Prüfer (Stufe 2).</translation>
    </message>
    <message>
        <source>Workday connector for People ops</source>
        <translation>Workday-Connector für People Ops</translation>
    </message>
    <message>
        <source>Read employee records so the policy Q&amp;A can answer questions about an employee&apos;s own leave balance.</source>
        <translation>Personaldatensätze lesen, damit das Q&amp;A zu Personalrichtlinien Fragen von Mitarbeitenden zu ihrem eigenen Urlaubssaldo beantworten kann.</translation>
    </message>
    <message>
        <source>Rejected: personnel records are restricted data, which the policy forbids. The pilot continues on handbook pages only.</source>
        <translation>Abgelehnt: Personalakten sind streng vertrauliche Daten, was die Richtlinie verbietet. Der Pilot läuft nur mit Handbuchseiten weiter.</translation>
    </message>
    <message>
        <source>Security questionnaire pre-fill skill</source>
        <translation>Skill zum Vorausfüllen von Sicherheitsfragebögen</translation>
    </message>
    <message>
        <source>Pre-fill customer security questionnaires from the SOC 2 summary and the security FAQ; about 30 questionnaires a quarter.</source>
        <translation>Sicherheitsfragebögen von Kunden aus der SOC-2-Zusammenfassung und den Sicherheits-FAQ vorausfüllen; etwa 30 Fragebögen pro Quartal.</translation>
    </message>
    <message>
        <source>Approved: Security owns the skill; every questionnaire is reviewed by Security before it goes to the customer.</source>
        <translation>Genehmigt: Der Bereich Sicherheit ist Eigentümer des Skills; jeder Fragebogen wird vom Bereich Sicherheit geprüft, bevor er an den Kunden geht.</translation>
    </message>
    <message>
        <source>Renewal summary posted to a customer&apos;s Slack Connect channel</source>
        <translation>Verlängerungszusammenfassung im Slack-Connect-Kanal eines Kunden veröffentlicht</translation>
    </message>
    <message>
        <source>Revoke the Slack notifier connector</source>
        <translation>Den Slack-Notifier-Connector widerrufen</translation>
    </message>
    <message>
        <source>Archive the renewals workspace</source>
        <translation>Den Arbeitsbereich für Verlängerungen archivieren</translation>
    </message>
    <message>
        <source>Name shared channels in the policy (1.2)</source>
        <translation>Geteilte Kanäle in der Richtlinie benennen (1.2)</translation>
    </message>
    <message>
        <source>The daily renewal-reminder task posted an unreviewed summary, including the proposed discount, into a channel shared with the customer. Deleted after 20 minutes; the account team told the customer. Connector revoked, workspace archived, policy 1.2 names shared channels.</source>
        <translation>Die tägliche Aufgabe für Verlängerungserinnerungen veröffentlichte eine ungeprüfte Zusammenfassung samt vorgeschlagenem Rabatt in einem mit dem Kunden geteilten Kanal. Nach 20 Minuten gelöscht; das Account-Team informierte den Kunden. Connector widerrufen, Arbeitsbereich archiviert, Richtlinie 1.2 benennt geteilte Kanäle.</translation>
    </message>
    <message>
        <source>Payroll export uploaded to the Finance close workspace</source>
        <translation>Gehaltsexport in den Arbeitsbereich Finanzabschluss hochgeladen</translation>
    </message>
    <message>
        <source>Remove the file and its memory entries</source>
        <translation>Die Datei und ihre Gedächtniseinträge entfernen</translation>
    </message>
    <message>
        <source>Add payroll exports to CLAUDE.md</source>
        <translation>Gehaltsexporte in CLAUDE.md aufnehmen</translation>
    </message>
    <message>
        <source>The memory-hygiene check found a payroll export (restricted data) a user had attached to explain a variance. File and memory entries removed, the user briefed, CLAUDE.md updated.</source>
        <translation>Die Prüfung der Gedächtnishygiene fand einen Gehaltsexport (streng vertrauliche Daten), den ein Benutzer angehängt hatte, um eine Abweichung zu erklären. Datei und Gedächtniseinträge entfernt, der Benutzer unterwiesen, CLAUDE.md aktualisiert.</translation>
    </message>
    <message>
        <source>Urgent tickets routed as low priority overnight</source>
        <translation>Dringende Tickets über Nacht mit niedriger Priorität zugewiesen</translation>
    </message>
    <message>
        <source>Rewrite the routing guide as prose</source>
        <translation>Den Routing-Leitfaden als Fließtext neu schreiben</translation>
    </message>
    <message>
        <source>Re-verify the triage skill on 50 tickets</source>
        <translation>Den Triage-Skill an 50 Tickets erneut prüfen</translation>
    </message>
    <message>
        <source>Three P1 tickets from enterprise customers were tagged P3 by the overnight triage and answered 9 hours late. Suspected cause: the routing guide was rewritten as a table the skill misreads.</source>
        <translation>Drei P1-Tickets von Enterprise-Kunden wurden von der nächtlichen Triage als P3 markiert und 9 Stunden zu spät beantwortet. Vermutete Ursache: Der Routing-Leitfaden wurde als Tabelle neu geschrieben, die der Skill falsch liest.</translation>
    </message>
    <message>
        <source>Monthly governance forum: Security questionnaire skill live, Slack notifier incident closed.</source>
        <translation>Monatliches Governance-Forum: Skill für Sicherheitsfragebögen live, Slack-Notifier-Vorfall abgeschlossen.</translation>
    </message>
    <message>
        <source>Month-end variance commentary</source>
        <translation>Abweichungskommentar zum Monatsende</translation>
    </message>
    <message>
        <source>Draft the commentary on P&amp;L variances above threshold for the CFO&apos;s month-end pack.</source>
        <translation>Den Kommentar zu P&amp;L-Abweichungen über dem Schwellenwert für das Monatsabschlusspaket des CFO entwerfen.</translation>
    </message>
    <message>
        <source>NetSuite trial balance and budget; last month&apos;s commentary from the close folder.</source>
        <translation>NetSuite-Saldenliste und Budget; der Kommentar des Vormonats aus dem Abschlussordner.</translation>
    </message>
    <message>
        <source>A commentary draft per cost centre, quoting the figures it used, for FP&amp;A to review.</source>
        <translation>Ein Kommentarentwurf je Kostenstelle, der die verwendeten Zahlen zitiert, zur Prüfung durch FP&amp;A.</translation>
    </message>
    <message>
        <source>Payout reconciliation</source>
        <translation>Auszahlungsabgleich</translation>
    </message>
    <message>
        <source>Match Stripe payouts to NetSuite invoices and list what does not match.</source>
        <translation>Stripe-Auszahlungen mit NetSuite-Rechnungen abgleichen und auflisten, was nicht übereinstimmt.</translation>
    </message>
    <message>
        <source>Stripe payouts and balance transactions; open NetSuite invoices.</source>
        <translation>Stripe-Auszahlungen und Saldenbewegungen; offene NetSuite-Rechnungen.</translation>
    </message>
    <message>
        <source>An exception list (unmatched, partial, duplicate) for accounts receivable.</source>
        <translation>Eine Ausnahmeliste (nicht zugeordnet, teilweise, doppelt) für die Debitorenbuchhaltung.</translation>
    </message>
    <message>
        <source>Pipeline hygiene</source>
        <translation>Pipeline-Pflege</translation>
    </message>
    <message>
        <source>Flag opportunities with stale next steps or past close dates and propose updates.</source>
        <translation>Verkaufschancen mit veralteten nächsten Schritten oder überschrittenen Abschlussdaten kennzeichnen und Aktualisierungen vorschlagen.</translation>
    </message>
    <message>
        <source>The rep&apos;s open opportunities in Salesforce; recent email threads with the account.</source>
        <translation>Die offenen Verkaufschancen des Vertriebsmitarbeiters in Salesforce; aktuelle E-Mail-Verläufe mit dem Kunden.</translation>
    </message>
    <message>
        <source>Proposed Next Step and Close Date changes, written to Salesforce only after the rep confirms.</source>
        <translation>Vorgeschlagene Änderungen an Next Step und Close Date, die erst nach Bestätigung durch den Vertriebsmitarbeiter in Salesforce geschrieben werden.</translation>
    </message>
    <message>
        <source>Version 2.0 writes to Salesforce; the connector&apos;s widening awaits re-approval.</source>
        <translation>Version 2.0 schreibt in Salesforce; die Erweiterung des Connectors wartet auf erneute Genehmigung.</translation>
    </message>
    <message>
        <source>Account brief before a call</source>
        <translation>Kunden-Briefing vor einem Gespräch</translation>
    </message>
    <message>
        <source>Prepare a one-page brief on an account before a customer meeting.</source>
        <translation>Vor einem Kundentermin ein einseitiges Briefing zu einem Kunden vorbereiten.</translation>
    </message>
    <message>
        <source>Today&apos;s calendar; the Salesforce account and opportunities; recent email; HubSpot engagement.</source>
        <translation>Der heutige Kalender; Kunde und Verkaufschancen in Salesforce; aktuelle E-Mails; HubSpot-Interaktionen.</translation>
    </message>
    <message>
        <source>A one-page brief saved as a draft email to the rep.</source>
        <translation>Ein einseitiges Briefing, als E-Mail-Entwurf an den Vertriebsmitarbeiter gespeichert.</translation>
    </message>
    <message>
        <source>Written by an account executive who has since left Fernhill; needs a maintainer.</source>
        <translation>Von einem Account Executive geschrieben, der Fernhill inzwischen verlassen hat; braucht jemanden, der ihn pflegt.</translation>
    </message>
    <message>
        <source>Renewal reminder post</source>
        <translation>Beitrag mit Verlängerungserinnerung</translation>
    </message>
    <message>
        <source>Post 90-, 60- and 30-day renewal reminders into each account&apos;s Slack channel.</source>
        <translation>Verlängerungserinnerungen 90, 60 und 30 Tage vorher im Slack-Kanal jedes Kunden veröffentlichen.</translation>
    </message>
    <message>
        <source>Renewal dates from Salesforce.</source>
        <translation>Verlängerungstermine aus Salesforce.</translation>
    </message>
    <message>
        <source>One Slack message per account and milestone.</source>
        <translation>Eine Slack-Nachricht je Kunde und Meilenstein.</translation>
    </message>
    <message>
        <source>Deprecated with the Slack notifier connector; reminders now come from the renewals dashboard.</source>
        <translation>Zusammen mit dem Slack-Notifier-Connector eingestellt; Erinnerungen kommen jetzt aus dem Verlängerungs-Dashboard.</translation>
    </message>
    <message>
        <source>Support ticket triage</source>
        <translation>Triage von Support-Tickets</translation>
    </message>
    <message>
        <source>Set priority, group and tags on new tickets and leave an internal triage note.</source>
        <translation>Priorität, Gruppe und Tags für neue Tickets setzen und eine interne Triage-Notiz hinterlassen.</translation>
    </message>
    <message>
        <source>New Zendesk tickets; the routing guide in Confluence; open Jira bugs.</source>
        <translation>Neue Zendesk-Tickets; der Routing-Leitfaden in Confluence; offene Jira-Bugs.</translation>
    </message>
    <message>
        <source>Priority, group, tags and an internal note; a Jira bug draft when the ticket matches a defect.</source>
        <translation>Priorität, Gruppe, Tags und eine interne Notiz; ein Jira-Bug-Entwurf, wenn das Ticket zu einem Fehler passt.</translation>
    </message>
    <message>
        <source>Help-centre article draft</source>
        <translation>Entwurf für Hilfeartikel</translation>
    </message>
    <message>
        <source>Turn solved tickets that have no matching article into a draft help-centre article.</source>
        <translation>Gelöste Tickets ohne passenden Artikel in einen Entwurf für einen Hilfeartikel umwandeln.</translation>
    </message>
    <message>
        <source>Solved Zendesk tickets; existing help-centre pages in Confluence.</source>
        <translation>Gelöste Zendesk-Tickets; vorhandene Seiten des Hilfe-Centers in Confluence.</translation>
    </message>
    <message>
        <source>A draft in the Help Centre Drafts space for a support lead to edit and publish.</source>
        <translation>Ein Entwurf im Space „Help Centre Drafts“, den eine Support-Teamleitung bearbeitet und veröffentlicht.</translation>
    </message>
    <message>
        <source>NDA first-pass review</source>
        <translation>NDA-Erstprüfung</translation>
    </message>
    <message>
        <source>Compare an incoming NDA with Fernhill&apos;s NDA playbook and mark each deviation.</source>
        <translation>Ein eingehendes NDA mit dem NDA-Playbook von Fernhill vergleichen und jede Abweichung markieren.</translation>
    </message>
    <message>
        <source>The counterparty&apos;s NDA from the Legal shared drive; the NDA playbook.</source>
        <translation>Das NDA der Gegenpartei aus dem geteilten Laufwerk der Rechtsabteilung; das NDA-Playbook.</translation>
    </message>
    <message>
        <source>A list of deviations, each with the playbook clause and a suggested redline; Legal decides.</source>
        <translation>Eine Liste der Abweichungen, jeweils mit der Playbook-Klausel und einem vorgeschlagenen Redline; die Rechtsabteilung entscheidet.</translation>
    </message>
    <message>
        <source>Release notes draft</source>
        <translation>Entwurf für Release Notes</translation>
    </message>
    <message>
        <source>Draft customer-facing release notes from merged pull requests and closed issues.</source>
        <translation>Release Notes für Kunden aus gemergten Pull Requests und geschlossenen Issues entwerfen.</translation>
    </message>
    <message>
        <source>Pull requests merged since the last tag; closed Linear and Jira issues.</source>
        <translation>Seit dem letzten Tag gemergte Pull Requests; geschlossene Linear- und Jira-Issues.</translation>
    </message>
    <message>
        <source>A draft pull request to the docs repository, reviewed by the product manager.</source>
        <translation>Ein Pull-Request-Entwurf für das Docs-Repository, vom Produktmanager geprüft.</translation>
    </message>
    <message>
        <source>Instructions live in the docs repository&apos;s README; SKILL.md not written yet.</source>
        <translation>Die Anweisungen stehen in der README des Docs-Repositorys; SKILL.md ist noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Metric explainer</source>
        <translation>Kennzahlen-Erklärer</translation>
    </message>
    <message>
        <source>Answer &quot;why did this KPI move?&quot; with the queries that show it.</source>
        <translation>Die Frage „Warum hat sich diese KPI verändert?“ mit den Abfragen beantworten, die es zeigen.</translation>
    </message>
    <message>
        <source>A KPI and a period; the curated revenue marts in Snowflake.</source>
        <translation>Eine KPI und ein Zeitraum; die kuratierten Umsatz-Marts in Snowflake.</translation>
    </message>
    <message>
        <source>An explanation with the SQL it ran, for an analyst to check before it is shared.</source>
        <translation>Eine Erklärung mit dem ausgeführten SQL, die ein Analyst prüft, bevor sie geteilt wird.</translation>
    </message>
    <message>
        <source>Blog post draft in house style</source>
        <translation>Blogbeitragsentwurf im Hausstil</translation>
    </message>
    <message>
        <source>Draft blog posts and LinkedIn copy from a campaign brief, in Fernhill&apos;s voice.</source>
        <translation>Blogbeiträge und LinkedIn-Texte aus einem Kampagnen-Briefing entwerfen, im Ton von Fernhill.</translation>
    </message>
    <message>
        <source>The campaign brief; published posts from HubSpot; the brand guide.</source>
        <translation>Das Kampagnen-Briefing; veröffentlichte Beiträge aus HubSpot; der Markenleitfaden.</translation>
    </message>
    <message>
        <source>A Google Doc for the content lead; the agent publishes nothing.</source>
        <translation>Ein Google-Dokument für die Content-Leitung; der Agent veröffentlicht nichts.</translation>
    </message>
    <message>
        <source>People policy Q&amp;A</source>
        <translation>Q&amp;A zu Personalrichtlinien</translation>
    </message>
    <message>
        <source>Answer employees&apos; questions on leave, expenses and travel from the handbook.</source>
        <translation>Fragen von Mitarbeitenden zu Urlaub, Spesen und Reisen anhand des Handbuchs beantworten.</translation>
    </message>
    <message>
        <source>Handbook and policy pages in Confluence and on the People shared drive.</source>
        <translation>Handbuch- und Richtlinienseiten in Confluence und auf dem geteilten Laufwerk des Bereichs Personal.</translation>
    </message>
    <message>
        <source>An answer that cites the policy page; People Ops checks a sample weekly during the pilot.</source>
        <translation>Eine Antwort, die die Richtlinienseite zitiert; People Ops prüft während des Pilots wöchentlich eine Stichprobe.</translation>
    </message>
    <message>
        <source>Security questionnaire pre-fill</source>
        <translation>Vorausfüllen von Sicherheitsfragebögen</translation>
    </message>
    <message>
        <source>Pre-fill customer security questionnaires from Fernhill&apos;s trust documentation.</source>
        <translation>Sicherheitsfragebögen von Kunden aus der Trust-Dokumentation von Fernhill vorausfüllen.</translation>
    </message>
    <message>
        <source>The questionnaire; the SOC 2 summary and security FAQ in Confluence.</source>
        <translation>Der Fragebogen; die SOC-2-Zusammenfassung und die Sicherheits-FAQ in Confluence.</translation>
    </message>
    <message>
        <source>A questionnaire marked draft, reviewed by Security before it goes to the customer.</source>
        <translation>Ein als Entwurf markierter Fragebogen, vom Bereich Sicherheit geprüft, bevor er an den Kunden geht.</translation>
    </message>
    <message>
        <source>Finance close</source>
        <translation>Finanzabschluss</translation>
    </message>
    <message>
        <source>Month-end close: reconciliations, variance commentary and the CFO pack.</source>
        <translation>Monatsabschluss: Abstimmungen, Abweichungskommentare und das CFO-Paket.</translation>
    </message>
    <message>
        <source>Trial balance, journals, AP/AR ageing and close workpapers. No payroll or pay data.</source>
        <translation>Saldenliste, Journale, Altersstruktur der Kreditoren/Debitoren und Abschlussunterlagen. Keine Gehaltsabrechnungs- oder Gehaltsdaten.</translation>
    </message>
    <message>
        <source>Daily cash position summary</source>
        <translation>Tägliche Zusammenfassung der Liquiditätslage</translation>
    </message>
    <message>
        <source>weekdays 07:30</source>
        <translation>werktags 07:30</translation>
    </message>
    <message>
        <source>Close checklist status</source>
        <translation>Status der Abschluss-Checkliste</translation>
    </message>
    <message>
        <source>business days 1-5, 08:00</source>
        <translation>Arbeitstage 1–5, 08:00</translation>
    </message>
    <message>
        <source>Payout reconciliation exceptions</source>
        <translation>Ausnahmen beim Auszahlungsabgleich</translation>
    </message>
    <message>
        <source>Mondays 06:00</source>
        <translation>montags 06:00</translation>
    </message>
    <message>
        <source>Sales ops</source>
        <translation>Sales Ops</translation>
    </message>
    <message>
        <source>Pipeline hygiene and call preparation for account executives.</source>
        <translation>Pipeline-Pflege und Gesprächsvorbereitung für Account Executives.</translation>
    </message>
    <message>
        <source>Accounts, opportunities, email threads and calendars of the sales team.</source>
        <translation>Kunden, Verkaufschancen, E-Mail-Verläufe und Kalender des Vertriebsteams.</translation>
    </message>
    <message>
        <source>Pipeline hygiene report</source>
        <translation>Bericht zur Pipeline-Pflege</translation>
    </message>
    <message>
        <source>Mondays 07:00</source>
        <translation>montags 07:00</translation>
    </message>
    <message>
        <source>Pre-call account briefs</source>
        <translation>Kunden-Briefings vor Gesprächen</translation>
    </message>
    <message>
        <source>weekdays 06:45</source>
        <translation>werktags 06:45</translation>
    </message>
    <message>
        <source>Support triage</source>
        <translation>Support-Triage</translation>
    </message>
    <message>
        <source>First-pass triage of the support queue and help-centre upkeep.</source>
        <translation>Erste Triage der Support-Warteschlange und Pflege des Hilfe-Centers.</translation>
    </message>
    <message>
        <source>Customer tickets: names, emails, plan and product usage. Card data never enters Zendesk.</source>
        <translation>Kundentickets: Namen, E-Mail-Adressen, Tarif und Produktnutzung. Kartendaten gelangen nie in Zendesk.</translation>
    </message>
    <message>
        <source>Overnight queue triage</source>
        <translation>Nächtliche Triage der Warteschlange</translation>
    </message>
    <message>
        <source>daily 06:00</source>
        <translation>täglich 06:00</translation>
    </message>
    <message>
        <source>Escalation digest to #support-leads</source>
        <translation>Eskalationsübersicht an #support-leads</translation>
    </message>
    <message>
        <source>weekdays 16:00</source>
        <translation>werktags 16:00</translation>
    </message>
    <message>
        <source>The escalation digest is paused: it posted through the revoked Slack notifier.</source>
        <translation>Die Eskalationsübersicht ist pausiert: Sie wurde über den widerrufenen Slack-Notifier veröffentlicht.</translation>
    </message>
    <message>
        <source>Legal contract review</source>
        <translation>Vertragsprüfung Rechtsabteilung</translation>
    </message>
    <message>
        <source>First-pass review of NDAs and inbound customer paper against the playbooks.</source>
        <translation>Erstprüfung von NDAs und eingehenden Kundenverträgen anhand der Playbooks.</translation>
    </message>
    <message>
        <source>NDAs and customer contracts under negotiation; executed contracts stay in Box.</source>
        <translation>NDAs und Kundenverträge in Verhandlung; unterzeichnete Verträge bleiben in Box.</translation>
    </message>
    <message>
        <source>Renewal-notice scan</source>
        <translation>Suche nach Verlängerungsfristen</translation>
    </message>
    <message>
        <source>Mondays 09:00</source>
        <translation>montags 09:00</translation>
    </message>
    <message>
        <source>Release notes, issue triage and code-base questions for product engineering.</source>
        <translation>Release Notes, Issue-Triage und Fragen zur Codebasis für die Produktentwicklung.</translation>
    </message>
    <message>
        <source>Source code of the product and docs repositories, issues and design pages. Production data and secrets are out of scope.</source>
        <translation>Quellcode der Produkt- und Docs-Repositorys, Issues und Designseiten. Produktionsdaten und Geheimnisse sind ausgeschlossen.</translation>
    </message>
    <message>
        <source>Fridays 15:00</source>
        <translation>freitags 15:00</translation>
    </message>
    <message>
        <source>Stale pull-request digest</source>
        <translation>Übersicht veralteter Pull Requests</translation>
    </message>
    <message>
        <source>weekdays 09:00</source>
        <translation>werktags 09:00</translation>
    </message>
    <message>
        <source>People ops</source>
        <translation>People Ops</translation>
    </message>
    <message>
        <source>Pilot: answer employees&apos; policy questions and prepare onboarding packs.</source>
        <translation>Pilot: Richtlinienfragen von Mitarbeitenden beantworten und Onboarding-Pakete vorbereiten.</translation>
    </message>
    <message>
        <source>Handbook, policies and anonymised survey themes. No personnel files, pay or health data.</source>
        <translation>Handbuch, Richtlinien und anonymisierte Umfragethemen. Keine Personalakten, Gehalts- oder Gesundheitsdaten.</translation>
    </message>
    <message>
        <source>Onboarding pack preparation</source>
        <translation>Vorbereitung von Onboarding-Paketen</translation>
    </message>
    <message>
        <source>Mondays 08:00</source>
        <translation>montags 08:00</translation>
    </message>
    <message>
        <source>CLAUDE.md drafted with Legal, not yet committed.</source>
        <translation>CLAUDE.md mit der Rechtsabteilung entworfen, noch nicht committet.</translation>
    </message>
    <message>
        <source>Marketing content</source>
        <translation>Marketing-Inhalte</translation>
    </message>
    <message>
        <source>Blog posts, campaign copy and the weekly content calendar.</source>
        <translation>Blogbeiträge, Kampagnentexte und der wöchentliche Content-Kalender.</translation>
    </message>
    <message>
        <source>Campaign briefs, published content and the brand guide; HubSpot contacts read for segmentation only.</source>
        <translation>Kampagnen-Briefings, veröffentlichte Inhalte und der Markenleitfaden; HubSpot-Kontakte werden nur zur Segmentierung gelesen.</translation>
    </message>
    <message>
        <source>Content calendar digest</source>
        <translation>Übersicht des Content-Kalenders</translation>
    </message>
    <message>
        <source>Mondays 10:00</source>
        <translation>montags 10:00</translation>
    </message>
    <message>
        <source>Revenue analytics</source>
        <translation>Umsatzanalyse</translation>
    </message>
    <message>
        <source>Self-serve answers on ARR, churn and expansion for the leadership team.</source>
        <translation>Self-Service-Antworten zu ARR, Churn und Expansion für das Führungsteam.</translation>
    </message>
    <message>
        <source>Curated revenue marts in Snowflake: ARR, churn and expansion by account.</source>
        <translation>Kuratierte Umsatz-Marts in Snowflake: ARR, Churn und Expansion je Kunde.</translation>
    </message>
    <message>
        <source>KPI pack refresh</source>
        <translation>Aktualisierung des KPI-Pakets</translation>
    </message>
    <message>
        <source>daily 05:30</source>
        <translation>täglich 05:30</translation>
    </message>
    <message>
        <source>Graduation criteria never agreed with the sponsor.</source>
        <translation>Kriterien für die Übernahme in den Regelbetrieb nie mit dem Sponsor vereinbart.</translation>
    </message>
    <message>
        <source>IT helpdesk</source>
        <translation>IT-Helpdesk</translation>
    </message>
    <message>
        <source>Summarise the access-request queue and answer how-to questions from the runbooks.</source>
        <translation>Die Warteschlange der Zugriffsanträge zusammenfassen und Anleitungsfragen anhand der Runbooks beantworten.</translation>
    </message>
    <message>
        <source>IT tickets, runbooks and the device inventory.</source>
        <translation>IT-Tickets, Runbooks und das Geräteinventar.</translation>
    </message>
    <message>
        <source>Access-request queue summary</source>
        <translation>Zusammenfassung der Warteschlange der Zugriffsanträge</translation>
    </message>
    <message>
        <source>weekdays 08:30</source>
        <translation>werktags 08:30</translation>
    </message>
    <message>
        <source>Security review desk</source>
        <translation>Security-Review-Desk</translation>
    </message>
    <message>
        <source>Customer security questionnaires and the weekly connector scope check.</source>
        <translation>Sicherheitsfragebögen von Kunden und die wöchentliche Prüfung der Connector-Scopes.</translation>
    </message>
    <message>
        <source>Security questionnaires, the SOC 2 summary and connector configuration.</source>
        <translation>Sicherheitsfragebögen, die SOC-2-Zusammenfassung und die Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>Connector scope diff</source>
        <translation>Abweichungen der Connector-Scopes</translation>
    </message>
    <message>
        <source>Fridays 11:00</source>
        <translation>freitags 11:00</translation>
    </message>
    <message>
        <source>Questionnaire queue check</source>
        <translation>Prüfung der Fragebogen-Warteschlange</translation>
    </message>
    <message>
        <source>Tuesdays and Thursdays 10:00</source>
        <translation>dienstags und donnerstags 10:00</translation>
    </message>
    <message>
        <source>Renewals desk</source>
        <translation>Verlängerungs-Desk</translation>
    </message>
    <message>
        <source>Renewal reminders for account managers.</source>
        <translation>Verlängerungserinnerungen für Account Manager.</translation>
    </message>
    <message>
        <source>Renewal dates and account channels.</source>
        <translation>Verlängerungstermine und Kundenkanäle.</translation>
    </message>
    <message>
        <source>Renewal reminders</source>
        <translation>Verlängerungserinnerungen</translation>
    </message>
    <message>
        <source>daily 09:00</source>
        <translation>täglich 09:00</translation>
    </message>
    <message>
        <source>Archived after the Slack Connect incident; renewal work moved to Sales ops.</source>
        <translation>Nach dem Slack-Connect-Vorfall archiviert; die Verlängerungsarbeit wurde zu Sales Ops verlagert.</translation>
    </message>
    <message>
        <source>Acceptable use of AI agents</source>
        <translation>Nutzung von KI-Agenten</translation>
    </message>
    <message>
        <source>Tier 3 review: dual review and audit log</source>
        <translation>Prüfung der Stufe 3: Vier-Augen-Prinzip und Audit-Log</translation>
    </message>
    <message>
        <source>Weekly during a pilot</source>
        <translation>Wöchentlich während eines Pilots</translation>
    </message>
    <message>
        <source>Owner-plus-sponsor stand-up: usage, blockers, decisions.</source>
        <translation>Stand-up von Eigentümer und Sponsor: Nutzung, Hindernisse, Entscheidungen.</translation>
    </message>
    <message>
        <source>Monthly at steady state</source>
        <translation>Monatlich im Regelbetrieb</translation>
    </message>
    <message>
        <source>Review usage, prompt regressions, new candidate workflows.</source>
        <translation>Nutzung, Prompt-Regressionen und neue Kandidaten für Workflows überprüfen.</translation>
    </message>
    <message>
        <source>Quarterly governance review</source>
        <translation>Vierteljährliche Governance-Überprüfung</translation>
    </message>
    <message>
        <source>Security, access, opt-out posture, connector inventory, skills audit.</source>
        <translation>Sicherheit, Zugriff, Opt-out-Regelung, Connector-Inventar, Skill-Audit.</translation>
    </message>
    <message>
        <source>Annual re-evaluation</source>
        <translation>Jährliche Neubewertung</translation>
    </message>
    <message>
        <source>Full re-evaluation against business goals.</source>
        <translation>Vollständige Neubewertung anhand der Geschäftsziele.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Pilot owner</source>
        <translation>Pilot-Eigentümer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Workspace creation</source>
        <translation>Anlegen von Arbeitsbereichen</translation>
    </message>
    <message>
        <source>Connector approval</source>
        <translation>Genehmigung von Connectors</translation>
    </message>
    <message>
        <source>Skill development</source>
        <translation>Entwicklung von Skills</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>Reaktion auf Vorfälle</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Vierteljährliche Überprüfung</translation>
    </message>
</context>
<context>
    <name>steward::Verify</name>
    <message>
        <source>audit: cannot be read</source>
        <translation>audit: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>audit id %1: does not follow audit id %2 (rows of the audit trail were deleted or inserted)</source>
        <translation>audit id %1: folgt nicht auf audit id %2 (Zeilen des Prüfpfads wurden gelöscht oder eingefügt)</translation>
    </message>
    <message>
        <source>audit id %1: its content does not match its hash (edited)</source>
        <translation>audit id %1: Inhalt stimmt nicht mit seinem Hash überein (bearbeitet)</translation>
    </message>
    <message>
        <source>audit id %1: unreadable record of a created row</source>
        <translation>audit id %1: unlesbarer Datensatz einer angelegten Zeile</translation>
    </message>
    <message>
        <source>audit id %1: changes %2 id %3, which the trail never created</source>
        <translation>audit id %1: ändert %2 id %3, die der Prüfpfad nie angelegt hat</translation>
    </message>
    <message>
        <source>audit id %1: deletes %2 id %3, which the trail never created</source>
        <translation>audit id %1: löscht %2 id %3, die der Prüfpfad nie angelegt hat</translation>
    </message>
    <message>
        <source>audit id %1: unknown action &quot;%2&quot;</source>
        <translation>audit id %1: unbekannte Aktion „%2“</translation>
    </message>
    <message>
        <source>audit: the trail ends at id %1, which is not where Steward last left it (rows were removed from its end, or added behind Steward&apos;s back)</source>
        <translation>audit: der Prüfpfad endet bei id %1, nicht dort, wo Steward ihn zuletzt verlassen hat (Zeilen wurden an seinem Ende entfernt oder an Steward vorbei hinzugefügt)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 id %2: row is not accounted for by the audit trail (inserted behind Steward&apos;s back, or the audit rows that created it were removed)</source>
        <translation>%1 id %2: Zeile ist im Prüfpfad nicht nachgewiesen (an Steward vorbei eingefügt, oder die audit-Zeilen, die sie angelegt haben, wurden entfernt)</translation>
    </message>
    <message>
        <source>%1 id %2: %3 is %4 but the audit trail says %5 (changed behind Steward&apos;s back)</source>
        <translation>%1 id %2: %3 ist %4, laut Prüfpfad aber %5 (an Steward vorbei geändert)</translation>
    </message>
    <message>
        <source>%1 id %2: row is missing, though the audit trail says it exists (deleted behind Steward&apos;s back)</source>
        <translation>%1 id %2: Zeile fehlt, obwohl sie laut Prüfpfad existiert (an Steward vorbei gelöscht)</translation>
    </message>
    <message>
        <source>A snapshot is for a store opened read-only.</source>
        <translation>Ein Snapshot ist nur für einen schreibgeschützt geöffneten Speicher möglich.</translation>
    </message>
    <message>
        <source>Cannot begin reading %1: %2</source>
        <translation>Lesen von %1 kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>audit: records changes to &quot;%1&quot;, which is no table of an inventory</source>
        <translation>audit: erfasst Änderungen an „%1“, einer Tabelle, die es in keinem Inventar gibt</translation>
    </message>
</context>
<context>
    <name>steward::cli</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--template is seed, empty or sample, not &quot;%1&quot;</source>
        <translation>--template ist seed, empty oder sample, nicht „%1“</translation>
    </message>
    <message>
        <source>Created %1 (%2 template).</source>
        <translation>%1 angelegt (Vorlage %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (integrity, audit chain of %2 entries, every row accounted for)</source>
        <translation>%1: ok (Integrität, Audit-Kette aus %2 Einträgen, jede Zeile nachgewiesen)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>--format is text or json, not %1</source>
        <translation>--format ist text oder json, nicht %1</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD, not %1</source>
        <translation>--today erwartet ein Datum im Format YYYY-MM-DD, nicht %1</translation>
    </message>
    <message>
        <source>demo needs --size N</source>
        <translation>demo braucht --size N</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 in %3 ms.</source>
        <translation>%1 Zeilen in %3 ms nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Usage: steward [FILE]
       steward COMMAND [ARGS]

Keeps the governance of an AI-agent rollout (policy, workspaces, connectors, skills,
RACI, review cadences) in one local inventory file.

  steward [FILE]                        open the editor (the sample inventory if none)
  steward new FILE [--template seed|empty|sample]
                                        create an inventory (default: seed)
  steward verify FILE                   integrity, audit-chain and tamper check
  steward lint FILE [--format text|json] [--today YYYY-MM-DD]
                                        the governance rules&apos; findings and scorecard
  steward demo FILE --size N [--seed S] synthetic inventory of about N rows (at least
                                        about 100), the same for the same N and S
  steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]
                 [--today YYYY-MM-DD]   write the inventory in FORMAT to stdout or OUT
                                        (json: the whole inventory; policy-json: the
                                        policy config of seed 000; ics: every review due
                                        date as a recurring calendar event; markdown,
                                        html: every object, or the one --object names;
                                        csv: the one --object names, --excel with the
                                        byte-order mark Excel needs; claude-managed-
                                        settings [--managed-only], claude-managed-mcp:
                                        Claude Code&apos;s allow/deny-lists and server set
                                        from the approved connectors)
  steward import FILE --format json|policy-json [--actor NAME] INPUT
  steward import FILE --format csv --object NAME [--actor NAME] INPUT
                                        merge INPUT (- for stdin) into the inventory, all
                                        or nothing; the report on stdout
  steward reconcile FILE CONFIG... [--format text|json]
                                        the deployed Claude configuration (.mcp.json,
                                        managed-mcp.json, claude_desktop_config.json,
                                        managed-settings.json) against the inventory
  steward --help | --version

Options:
  --actor NAME   (new, demo, import) the name the audit trail records for the rows
                 written (default: $STEWARD_ACTOR, then the operating-system user)
  --object NAME  (export, import) policy, workspaces, connectors, skills, people,
                 raci, requests, incidents, reviews; audit (export --format csv)

Exit status: 0 success, 1 the check found problems (lint: errors), 2 usage, input or
I/O error. reconcile exits as lint does: 1 when a difference is an error.
Errors are printed to stderr as &quot;steward: FILE: message&quot;; import and reconcile name
the place in their input: &quot;steward: INPUT:LINE:COLUMN: message&quot;.
</source>
        <translation>Aufruf: steward [FILE]
       steward COMMAND [ARGS]

Verwaltet die Governance eines KI-Agenten-Rollouts (Richtlinie, Arbeitsbereiche, Connectors,
Skills, RACI, Prüfrhythmen) in einer lokalen Inventardatei.

  steward [FILE]                        den Editor öffnen (ohne FILE das Beispielinventar)
  steward new FILE [--template seed|empty|sample]
                                        ein Inventar anlegen (Standard: seed)
  steward verify FILE                   Prüfung von Integrität, Audit-Kette und Manipulation
  steward lint FILE [--format text|json] [--today YYYY-MM-DD]
                                        Befunde und Scorecard der Governance-Regeln
  steward demo FILE --size N [--seed S] synthetisches Inventar mit etwa N Zeilen (mindestens
                                        etwa 100), gleich bei gleichem N und S
  steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]
                 [--today YYYY-MM-DD]   das Inventar im FORMAT nach stdout oder OUT schreiben
                                        (json: das ganze Inventar; policy-json: die Richtlinien-
                                        konfiguration von Seed 000; ics: jede Fälligkeit einer
                                        Überprüfung als wiederkehrender Kalendertermin; markdown,
                                        html: jedes Objekt oder das mit --object genannte; csv:
                                        das mit --object genannte, --excel mit der von Excel
                                        benötigten Byte-Order-Mark; claude-managed-settings
                                        [--managed-only], claude-managed-mcp: Zulassungs- und
                                        Sperrlisten und Server-Satz von Claude Code aus den
                                        genehmigten Connectors)
  steward import FILE --format json|policy-json [--actor NAME] INPUT
  steward import FILE --format csv --object NAME [--actor NAME] INPUT
                                        INPUT (- für stdin) in das Inventar übernehmen, ganz
                                        oder gar nicht; der Bericht auf stdout
  steward reconcile FILE CONFIG... [--format text|json]
                                        die bereitgestellte Claude-Konfiguration (.mcp.json,
                                        managed-mcp.json, claude_desktop_config.json,
                                        managed-settings.json) mit dem Inventar abgleichen
  steward --help | --version

Optionen:
  --actor NAME   (new, demo, import) der Name, den der Prüfpfad für die geschriebenen Zeilen
                 erfasst (Standard: $STEWARD_ACTOR, sonst der Benutzer des Betriebssystems)
  --object NAME  (export, import) policy, workspaces, connectors, skills, people,
                 raci, requests, incidents, reviews; audit (export --format csv)

Exit-Status: 0 Erfolg, 1 die Prüfung hat Probleme gefunden (lint: Fehler), 2 Aufruf-,
Eingabe- oder E/A-Fehler. reconcile endet wie lint: 1, wenn eine Abweichung ein Fehler ist.
Fehler werden auf stderr als „steward: FILE: Meldung“ ausgegeben; import und reconcile
nennen die Stelle in ihrer Eingabe: „steward: INPUT:LINE:COLUMN: Meldung“.
</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>steward: %1: not available in Steward %2 yet; see steward --help</source>
        <translation>steward: %1: in Steward %2 noch nicht verfügbar; siehe steward --help</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>the editor opens one file at a time: steward FILE</source>
        <translation>der Editor öffnet jeweils eine Datei: steward FILE</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>Try &apos;steward --help&apos;.</source>
        <translation>Versuchen Sie „steward --help“.</translation>
    </message>
    <message>
        <source>steward: %1: %2</source>
        <translation>steward: %1: %2</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2, not &quot;%3&quot;</source>
        <translation>--%1 muss eine ganze Zahl von 0 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 review events</source>
        <translation>%1 Überprüfungstermine</translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation>das Inventar</translation>
    </message>
    <message>
        <source>the policy config</source>
        <translation>die Richtlinienkonfiguration</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>the inventory as %1</source>
        <translation>das Inventar als %1</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>the managed settings (allow-list entries: %1)</source>
        <translation>die verwalteten Einstellungen (Einträge in der Zulassungsliste: %1)</translation>
    </message>
    <message>
        <source>the managed MCP configuration (servers: %1)</source>
        <translation>die verwaltete MCP-Konfiguration (Server: %1)</translation>
    </message>
    <message>
        <source>export needs --format FORMAT, one of %1</source>
        <translation>export braucht --format FORMAT, eines von %1</translation>
    </message>
    <message>
        <source>--format is one of %1, not &quot;%2&quot;</source>
        <translation>--format ist eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--object is one of %1, not &quot;%2&quot;</source>
        <translation>--object ist eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--format %1 is not available yet</source>
        <translation>--format %1 ist noch nicht verfügbar</translation>
    </message>
    <message>
        <source>--object does not apply to --format ics: the calendar holds every review</source>
        <translation>--object gilt nicht für --format ics: der Kalender enthält jede Überprüfung</translation>
    </message>
    <message>
        <source>--object does not apply to --format %1: it holds the whole inventory</source>
        <translation>--object gilt nicht für --format %1: es enthält das ganze Inventar</translation>
    </message>
    <message>
        <source>--format csv needs --object NAME, one of %1: a CSV file holds one object</source>
        <translation>--format csv braucht --object NAME, eines von %1: eine CSV-Datei enthält ein Objekt</translation>
    </message>
    <message>
        <source>--object audit is written with --format csv only</source>
        <translation>--object audit wird nur mit --format csv geschrieben</translation>
    </message>
    <message>
        <source>--excel applies to --format csv only: it starts the file with the byte-order mark Excel needs to read UTF-8</source>
        <translation>--excel gilt nur für --format csv: es beginnt die Datei mit der Byte-Order-Mark, die Excel zum Lesen von UTF-8 braucht</translation>
    </message>
    <message>
        <source>--managed-only applies to --format claude-managed-settings only: it adds allowManagedMcpServersOnly</source>
        <translation>--managed-only gilt nur für --format claude-managed-settings: es fügt allowManagedMcpServersOnly hinzu</translation>
    </message>
    <message>
        <source>that is the inventory itself; the export would replace it</source>
        <translation>das ist das Inventar selbst; der Export würde es ersetzen</translation>
    </message>
    <message>
        <source>steward: note: %1</source>
        <translation>steward: Hinweis: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>stdin kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file to import</source>
        <translation>ist ein Ordner, keine zu importierende Datei</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB, more than any inventory; nothing was imported</source>
        <translation>ist größer als %1 MiB, mehr als jedes Inventar; nichts wurde importiert</translation>
    </message>
    <message>
        <source>missing FILE</source>
        <translation>FILE fehlt</translation>
    </message>
    <message>
        <source>missing INPUT</source>
        <translation>INPUT fehlt</translation>
    </message>
    <message>
        <source>FILE and INPUT must not be empty</source>
        <translation>FILE und INPUT dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>import needs --format FORMAT, one of %1</source>
        <translation>import braucht --format FORMAT, eines von %1</translation>
    </message>
    <message>
        <source>--object does not apply to --format %1: the input says what it holds</source>
        <translation>--object gilt nicht für --format %1: die Eingabe sagt selbst, was sie enthält</translation>
    </message>
    <message>
        <source>--format %1 needs --object NAME, one of %2: a %1 file holds one object</source>
        <translation>--format %1 braucht --object NAME, eines von %2: eine %1-Datei enthält ein Objekt</translation>
    </message>
    <message>
        <source>--object audit cannot be imported: Steward writes the audit trail, one entry per change</source>
        <translation>--object audit kann nicht importiert werden: Steward schreibt den Prüfpfad selbst, einen Eintrag je Änderung</translation>
    </message>
    <message>
        <source>and %1 more errors not shown</source>
        <translation>und %1 weitere, nicht angezeigte Fehler</translation>
    </message>
    <message>
        <source>nothing was imported; the inventory is as it was</source>
        <translation>nichts wurde importiert; das Inventar ist unverändert</translation>
    </message>
    <message>
        <source>missing CONFIG: name at least one Claude configuration file to compare</source>
        <translation>CONFIG fehlt: nennen Sie mindestens eine Claude-Konfigurationsdatei zum Vergleich</translation>
    </message>
    <message>
        <source>FILE and CONFIG must not be empty</source>
        <translation>FILE und CONFIG dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>nothing was compared; no file was changed</source>
        <translation>nichts wurde verglichen; keine Datei wurde geändert</translation>
    </message>
</context>
<context>
    <name>steward::forum</name>
    <message>
        <source>Since the forum of %1</source>
        <translation>Seit dem Forum vom %1</translation>
    </message>
    <message>
        <source>No forum meeting is recorded: the last %1 days, since %2</source>
        <translation>Keine Forumssitzung erfasst: die letzten %1 Tage, seit %2</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lizenzplätze</translation>
    </message>
    <message>
        <source>Workspaces in use</source>
        <translation>Genutzte Arbeitsbereiche</translation>
    </message>
    <message>
        <source>In pilot</source>
        <translation>Im Pilotbetrieb</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Regelbetrieb</translation>
    </message>
    <message>
        <source>Active skills</source>
        <translation>Aktive Skills</translation>
    </message>
    <message>
        <source>Connectors in use</source>
        <translation>Genutzte Connectors</translation>
    </message>
    <message>
        <source>Pilots past graduation</source>
        <translation>Piloten mit überschrittener Frist</translation>
    </message>
    <message>
        <source>Workspaces and seats by business function; archived workspaces left out</source>
        <translation>Arbeitsbereiche und Lizenzplätze nach Bereich; archivierte Arbeitsbereiche ausgenommen</translation>
    </message>
    <message>
        <source>(no function)</source>
        <translation>(kein Bereich)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace is in use yet.</source>
        <translation>Noch wird kein Arbeitsbereich genutzt.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Since the last forum</source>
        <translation>Seit dem letzten Forum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Involves</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>No incident is open, and none occurred since the forum of %1.</source>
        <translation>Kein Vorfall ist offen, und seit dem Forum vom %1 ist keiner aufgetreten.</translation>
    </message>
    <message>
        <source>No incident is open, and none occurred in the last %1 days.</source>
        <translation>Kein Vorfall ist offen, und in den letzten %1 Tagen ist keiner aufgetreten.</translation>
    </message>
    <message>
        <source>New connector requests</source>
        <translation>Anträge auf neue Connectors</translation>
    </message>
    <message>
        <source>New skill and workflow requests</source>
        <translation>Anträge auf neue Skills und Workflows</translation>
    </message>
    <message>
        <source>Open requests for new connectors and wider scopes, oldest first</source>
        <translation>Offene Anträge auf neue Connectors und erweiterte Scopes, älteste zuerst</translation>
    </message>
    <message>
        <source>Open requests for new skills and high-risk workflows, oldest first</source>
        <translation>Offene Anträge auf neue Skills und Hochrisiko-Workflows, älteste zuerst</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message>
        <source>No connector request is waiting for the forum.</source>
        <translation>Kein Connector-Antrag wartet auf das Forum.</translation>
    </message>
    <message>
        <source>No skill or workflow request is waiting for the forum.</source>
        <translation>Kein Skill- oder Workflow-Antrag wartet auf das Forum.</translation>
    </message>
    <message>
        <source>As the acceptable-use policy states it (%1)</source>
        <translation>Wie in der Nutzungsrichtlinie festgelegt (%1)</translation>
    </message>
    <message>
        <source>As the acceptable-use policy %1 states it (%2)</source>
        <translation>Wie in der Nutzungsrichtlinie %1 festgelegt (%2)</translation>
    </message>
    <message>
        <source>The policy states no training-opt-out posture yet.</source>
        <translation>Die Richtlinie legt noch keine Regelung zum Trainings-Opt-out fest.</translation>
    </message>
    <message>
        <source>The policy states no retention posture yet.</source>
        <translation>Die Richtlinie legt noch keine Regelung zur Aufbewahrung fest.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>Overdue first, then those due soon, by due date</source>
        <translation>Überfällige zuerst, dann bald fällige, nach Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Prüfrhythmus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Every review is up to date: nothing is overdue or due soon.</source>
        <translation>Alle Überprüfungen sind aktuell: nichts ist überfällig oder bald fällig.</translation>
    </message>
    <message>
        <source>Connector inventory changes</source>
        <translation>Änderungen am Connector-Inventar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Stufe 3</translation>
    </message>
    <message>
        <source>No connector was added, changed or removed since the forum of %1.</source>
        <translation>Seit dem Forum vom %1 wurde kein Connector hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>No connector was added, changed or removed in the last %1 days.</source>
        <translation>In den letzten %1 Tagen wurde kein Connector hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R responsible · A accountable · C consulted · I informed</source>
        <translation>R Durchführung · A Verantwortung · C Konsultiert · I Informiert</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The RACI matrix is empty.</source>
        <translation>Die RACI-Matrix ist leer.</translation>
    </message>
    <message>
        <source>Training-opt-out posture</source>
        <translation>Regelung zum Trainings-Opt-out</translation>
    </message>
    <message>
        <source>Retention posture</source>
        <translation>Regelung zur Aufbewahrung</translation>
    </message>
    <message>
        <source>Acceptable-use policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Inventory settings</source>
        <translation>Inventareinstellungen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Governance-Objekt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>Forumssitzung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Governance forum, %1</source>
        <translation>Governance-Forum, %1</translation>
    </message>
    <message>
        <source>Inventory: %1</source>
        <translation>Inventar: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>No attendee was recorded.</source>
        <translation>Kein Teilnehmer wurde erfasst.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decision was taken.</source>
        <translation>Es wurde keine Entscheidung getroffen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format: d day, MMMM the month&apos;s name, yyyy the year (&quot;3 November 2026&quot;; German &quot;d. MMMM yyyy&quot;).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A QDate format with the month&apos;s short name: &quot;3 Nov 2026&quot; (German &quot;d. MMM yyyy&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>steward::ics</name>
    <message>
        <source>Status on %1: never reviewed, due now</source>
        <translation>Stand am %1: nie überprüft, jetzt fällig</translation>
    </message>
    <message>
        <source>Status on %1: OVERDUE (was due %2)</source>
        <translation>Stand am %1: ÜBERFÄLLIG (war fällig am %2)</translation>
    </message>
    <message>
        <source>Status on %1: due soon</source>
        <translation>Stand am %1: bald fällig</translation>
    </message>
    <message>
        <source>Status on %1: not due yet</source>
        <translation>Stand am %1: noch nicht fällig</translation>
    </message>
    <message>
        <source>Steward reviews: %1</source>
        <translation>Steward-Überprüfungen: %1</translation>
    </message>
    <message>
        <source>Owner: nobody yet (name one in Steward)</source>
        <translation>Eigentümer: noch niemand (benennen Sie einen in Steward)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>Owner: %1 &lt;%2&gt;</source>
        <translation>Eigentümer: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Cadence: %1</source>
        <translation>Prüfrhythmus: %1</translation>
    </message>
    <message>
        <source>Last reviewed: never</source>
        <translation>Zuletzt überprüft: nie</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>Zuletzt überprüft: %1</translation>
    </message>
    <message>
        <source>Last reviewed: %1 by %2</source>
        <translation>Zuletzt überprüft: %1 von %2</translation>
    </message>
    <message>
        <source>Where it lives: %1</source>
        <translation>Ablageort: %1</translation>
    </message>
    <message>
        <source>From the Steward inventory %1.</source>
        <translation>Aus dem Steward-Inventar %1.</translation>
    </message>
    <message>
        <source>Review: %1 “%2”</source>
        <translation>Überprüfung: %1 „%2“</translation>
    </message>
    <message>
        <source>Steward review</source>
        <translation>Steward-Überprüfung</translation>
    </message>
</context>
<context>
    <name>steward::rules</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is at least tier %2 (%3): a tier can be raised, never lowered below its floor.</source>
        <translation>„%1“ hat mindestens Stufe %2 (%3): Eine Stufe kann angehoben, aber nie unter ihre Mindeststufe gesenkt werden.</translation>
    </message>
    <message>
        <source>it writes to a system</source>
        <translation>schreibt in ein System</translation>
    </message>
    <message>
        <source>it touches sensitive data</source>
        <translation>berührt schutzbedürftige Daten</translation>
    </message>
    <message>
        <source>data can leave the organisation</source>
        <translation>Daten können die Organisation verlassen</translation>
    </message>
    <message>
        <source>it only reads internal data</source>
        <translation>liest nur interne Daten</translation>
    </message>
    <message>
        <source>“%1” is a tier-3 connector: tier 3 needs dual review, so two people decide.</source>
        <translation>„%1“ ist ein Connector der Stufe 3: Stufe 3 erfordert das Vier-Augen-Prinzip, also entscheiden zwei Personen.</translation>
    </message>
    <message>
        <source>One person of the forum records the decision.</source>
        <translation>Eine Person des Forums erfasst die Entscheidung.</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Governance-Objekt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
</context>
<context>
    <name>steward::ui</name>
    <message>
        <source>Cannot save the sample inventory at %1.</source>
        <translation>Das Beispielinventar kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Cannot prepare the sample inventory: %1</source>
        <translation>Das Beispielinventar kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::About</name>
    <message>
        <source>&lt;p&gt;%1 is at schema version %2; this Steward writes version %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 hat Schemaversion %2; diese Steward-Version schreibt Version %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No inventory is open; this Steward writes schema version %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es ist kein Inventar geöffnet; diese Steward-Version schreibt Schemaversion %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;The governance of an AI-agent rollout — policy, workspaces, connectors, skills — in one local file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Die Governance eines KI-Agenten-Rollouts – Richtlinie, Arbeitsbereiche, Connectors, Skills – in einer lokalen Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). Steward comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Steward wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, ausgeführt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>steward::ui::AgendaSlide</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ApprovePolicyDialog</name>
    <message>
        <source>Approve the policy</source>
        <translation>Richtlinie genehmigen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approving records this version with its content as it is now. The history keeps it unchanged; later edits make a draft of the next version.</source>
        <translation>Die Genehmigung hält diese Version mit ihrem jetzigen Inhalt fest. Der Verlauf bewahrt sie unverändert auf; spätere Bearbeitungen erzeugen einen Entwurf der nächsten Version.</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Genehmigt v&amp;on</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>Genehmigt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;In Kraft ab</translation>
    </message>
    <message>
        <source>Give the version a number.</source>
        <translation>Geben Sie der Version eine Nummer.</translation>
    </message>
    <message>
        <source>Version %1 was approved before; use a new number.</source>
        <translation>Version %1 wurde bereits genehmigt; verwenden Sie eine neue Nummer.</translation>
    </message>
    <message>
        <source>The people directory is empty: add the approver on the People page first.</source>
        <translation>Das Personenverzeichnis ist leer: Fügen Sie die genehmigende Person zuerst auf der Seite „Personen“ hinzu.</translation>
    </message>
    <message>
        <source>Choose who approved it.</source>
        <translation>Wählen Sie, wer genehmigt hat.</translation>
    </message>
    <message>
        <source>The policy cannot take effect before it is approved.</source>
        <translation>Die Richtlinie kann nicht vor ihrer Genehmigung in Kraft treten.</translation>
    </message>
</context>
<context>
    <name>steward::ui::CadenceEditor</name>
    <message>
        <source>Review cadence</source>
        <translation>Prüfrhythmus</translation>
    </message>
    <message>
        <source>Days between reviews</source>
        <translation>Tage zwischen Überprüfungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangesSection</name>
    <message>
        <source>Changes since the last forum</source>
        <translation>Änderungen seit dem letzten Forum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Since the forum of %1</source>
        <translation>Seit dem Forum vom %1</translation>
    </message>
    <message>
        <source>No forum meeting is recorded: the last %1 days, since %2</source>
        <translation>Keine Forumssitzung erfasst: die letzten %1 Tage, seit %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) changed.</source>
        <translation>
            <numerusform>%1: %n Objekt geändert.</numerusform>
            <numerusform>%1: %n Objekte geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation>Die neuesten %1 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Die Zahlen als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, als Tabelle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Das Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorForm</name>
    <message>
        <source>Connector details</source>
        <translation>Connector-Details</translation>
    </message>
    <message>
        <source>The system it reaches, e.g. GitHub</source>
        <translation>Das System, das er erreicht, z. B. GitHub</translation>
    </message>
    <message>
        <source>Can send data outside the organisation</source>
        <translation>Kann Daten aus der Organisation hinaus senden</translation>
    </message>
    <message>
        <source>e.g. npx</source>
        <translation>z. B. npx</translation>
    </message>
    <message>
        <source>Arguments, quoted as in a shell</source>
        <translation>Argumente, in Anführungszeichen wie in einer Shell</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>S&amp;ystem</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <source>OAuth &amp;scopes</source>
        <translation>OAuth-Sc&amp;opes</translation>
    </message>
    <message>
        <source>Data se&amp;nsitivity</source>
        <translation>Daten&amp;klasse</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Risk &amp;tier</source>
        <translation>&amp;Risikostufe</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>Approval stat&amp;us</source>
        <translation>Genehmigungs&amp;status</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Genehmigt &amp;von</translation>
    </message>
    <message>
        <source>Approved o&amp;n</source>
        <translation>Genehmigt a&amp;m</translation>
    </message>
    <message>
        <source>MCP t&amp;ransport</source>
        <translation>MCP-&amp;Transport</translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation>&amp;Befehl</translation>
    </message>
    <message>
        <source>Ar&amp;guments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>&amp;Prüfrhythmus</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>Zu&amp;letzt überprüft</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;izen</translation>
    </message>
    <message>
        <source>A connector needs a name.</source>
        <translation>Ein Connector braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Keine Webadresse: Verwenden Sie die Form https://host/pfad.</translation>
    </message>
    <message>
        <source>A %1 connector with %2 data%3 is at least tier %4; a tier can be raised, never lowered below that.</source>
        <translation>Ein Connector mit Zugriff „%1“ auf Daten der Klasse „%2“%3 hat mindestens Stufe %4; eine Stufe kann angehoben, aber nie darunter gesenkt werden.</translation>
    </message>
    <message>
        <source> that can leave the organisation</source>
        <translation> (die die Organisation verlassen können)</translation>
    </message>
    <message>
        <source>Edit connector “%1”</source>
        <translation>Connector „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>OAuth-Scopes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorsPage</name>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Filter connectors</source>
        <translation>Connectors filtern</translation>
    </message>
    <message>
        <source>Filter connectors…</source>
        <translation>Connectors filtern…</translation>
    </message>
    <message>
        <source>Connector not added</source>
        <translation>Connector nicht hinzugefügt</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>Add connector “%1”</source>
        <translation>Connector „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate connector as “%1”</source>
        <translation>Connector als „%1“ duplizieren</translation>
    </message>
    <message>
        <source>workspaces: %1</source>
        <translation>Arbeitsbereiche: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n erfasste Überprüfung</numerusform>
            <numerusform>%n erfasste Überprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is used by %2.

Deleting it removes those links; undo brings them back.</source>
        <translation>„%1“ wird verwendet (%2).

Beim Löschen werden diese Verknüpfungen entfernt; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Connector löschen</translation>
    </message>
    <message>
        <source>Delete connector “%1”</source>
        <translation>Connector „%1“ löschen</translation>
    </message>
    <message>
        <source>Connector not deleted</source>
        <translation>Connector nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>steward::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Governance objects</source>
        <translation>Governance-Objekte</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Governance scorecard</source>
        <translation>Governance-Scorecard</translation>
    </message>
    <message>
        <source>The share of the rules&apos; checks that pass, per family of rules. Information findings count as passed.</source>
        <translation>Der Anteil der bestandenen Prüfungen der Regeln, je Regelfamilie. Informationsbefunde zählen als bestanden.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Show the findings</source>
        <translation>&amp;Befunde anzeigen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Changed since the last forum</source>
        <translation>Seit dem letzten Forum geändert</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>nothing to check</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>%1 von %2 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Bewertung für %1</translation>
    </message>
    <message>
        <source>%1%, %2</source>
        <translation>%1&#xa0;%, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info finding(s)</source>
        <translation>
            <numerusform>%n Informationsbefund</numerusform>
            <numerusform>%n Informationsbefunde</numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot check the inventory: %1</source>
        <translation>Das Inventar kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 keeps %2% of the governance rules&apos; checks.</source>
        <translation>%1 erfüllt %2&#xa0;% der Prüfungen der Governance-Regeln.</translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation>Antrag genehmigen</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <source>%1 · connector %2, tier %3</source>
        <translation>%1 · Connector %2, Stufe %3</translation>
    </message>
    <message>
        <source>%1 · skill %2</source>
        <translation>%1 · Skill %2</translation>
    </message>
    <message>
        <source>Conditions, scope, who follows up</source>
        <translation>Bedingungen, Umfang, wer nachverfolgt</translation>
    </message>
    <message>
        <source>Why, and what instead</source>
        <translation>Begründung und was stattdessen gilt</translation>
    </message>
    <message>
        <source>&amp;Deciders</source>
        <translation>&amp;Entscheider</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Entschieden a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Noch niemand ausgewählt.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Entschieden von %1.</translation>
    </message>
    <message>
        <source>Nobody can decide: add the forum&apos;s members to the people directory first.</source>
        <translation>Niemand kann entscheiden: Fügen Sie die Mitglieder des Forums zuerst dem Personenverzeichnis hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n more decider(s).</source>
        <translation>
            <numerusform>Wählen Sie %n weiteren Entscheider.</numerusform>
            <numerusform>Wählen Sie %n weitere Entscheider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Request to decide</source>
        <translation>Zu entscheidender Antrag</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Entscheidungsnotiz</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>Notiz für das Protokoll (optional)</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>An&amp;trag</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>%1 decides</source>
        <translation>%1 entscheidet</translation>
    </message>
    <message>
        <source>No request is chosen.</source>
        <translation>Kein Antrag ausgewählt.</translation>
    </message>
    <message>
        <source>The inventory is open read-only: decisions cannot be recorded.</source>
        <translation>Das Inventar ist schreibgeschützt geöffnet: Entscheidungen können nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Record the meeting on the first slide to decide.</source>
        <translation>Erfassen Sie die Sitzung auf der ersten Folie, um zu entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>Tick %n decider(s) among the attendees.</source>
        <translation>
            <numerusform>Markieren Sie %n Entscheider unter den Teilnehmern.</numerusform>
            <numerusform>Markieren Sie %n Entscheider unter den Teilnehmern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n decider(s).</source>
        <translation>
            <numerusform>Bereit: %n Entscheider.</numerusform>
            <numerusform>Bereit: %n Entscheider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the request is made</source>
        <translation>Begründung des Antrags</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde keine Begründung angegeben.</translation>
    </message>
</context>
<context>
    <name>steward::ui::DifferenceModel</name>
    <message>
        <source>the inventory</source>
        <translation>das Inventar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show it on the Connectors page</source>
        <translation>Doppelklicken oder Enter drücken, um ihn auf der Seite „Connectors“ anzuzeigen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Deployed server</source>
        <translation>Bereitgestellter Server</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Not in the inventory</source>
        <translation>Nicht im Inventar</translation>
    </message>
    <message>
        <source>Deployed, not approved</source>
        <translation>Bereitgestellt, nicht genehmigt</translation>
    </message>
    <message>
        <source>Runs another server</source>
        <translation>Führt anderen Server aus</translation>
    </message>
    <message>
        <source>Approved, blocked</source>
        <translation>Genehmigt, blockiert</translation>
    </message>
    <message>
        <source>Allows an unknown server</source>
        <translation>Erlaubt unbekannten Server</translation>
    </message>
    <message>
        <source>Approved, not deployed</source>
        <translation>Genehmigt, nicht bereitgestellt</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExchangeController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Open an inventory first: a file is imported into one.</source>
        <translation>Öffnen Sie zuerst ein Inventar: Eine Datei wird in ein Inventar importiert.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be imported into it.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Es kann nichts in dieses Inventar importiert werden.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>CSV and JSON files (*.csv *.json);;All files (*)</source>
        <translation>CSV- und JSON-Dateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Drop one file at a time: each import is checked and undone on its own.</source>
        <translation>Legen Sie jeweils nur eine Datei ab: Jeder Import wird einzeln geprüft und rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 is not a file Steward imports: drop a CSV or JSON file, or a .steward inventory to open it.</source>
        <translation>%1 ist keine Datei, die Steward importiert: Legen Sie eine CSV- oder JSON-Datei ab oder ein .steward-Inventar, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExchangeJob</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>steward::ui::Export</name>
    <message>
        <source>JSON — the whole inventory, to keep or import elsewhere</source>
        <translation>JSON – das ganze Inventar, zum Aufbewahren oder Importieren an anderer Stelle</translation>
    </message>
    <message>
        <source>Policy config JSON — connectors, review tiers, prohibited uses, audit fields</source>
        <translation>Richtlinienkonfiguration JSON – Connectors, Prüfstufen, verbotene Nutzungen, Audit-Felder</translation>
    </message>
    <message>
        <source>Markdown — tables for Confluence, Notion, GitHub</source>
        <translation>Markdown – Tabellen für Confluence, Notion, GitHub</translation>
    </message>
    <message>
        <source>HTML — a document to print or copy tables from</source>
        <translation>HTML – ein Dokument zum Drucken oder Kopieren von Tabellen</translation>
    </message>
    <message>
        <source>CSV — one object, for spreadsheets</source>
        <translation>CSV – ein Objekt, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Calendar (ICS) — every review due date</source>
        <translation>Kalender (ICS) – jedes Fälligkeitsdatum einer Überprüfung</translation>
    </message>
    <message>
        <source>Claude Code managed settings — allow- and deny-lists of MCP servers</source>
        <translation>Verwaltete Einstellungen für Claude Code – Zulassungs- und Sperrlisten von MCP-Servern</translation>
    </message>
    <message>
        <source>Claude Code managed MCP — the fixed set of approved servers</source>
        <translation>Verwaltetes MCP für Claude Code – der feste Satz genehmigter Server</translation>
    </message>
    <message>
        <source>the inventory as JSON</source>
        <translation>das Inventar als JSON</translation>
    </message>
    <message>
        <source>the policy config</source>
        <translation>die Richtlinienkonfiguration</translation>
    </message>
    <message>
        <source>the review calendar</source>
        <translation>die Überprüfungstermine als Kalender</translation>
    </message>
    <message>
        <source>the Claude Code managed settings</source>
        <translation>die verwalteten Einstellungen für Claude Code</translation>
    </message>
    <message>
        <source>the Claude Code managed MCP servers</source>
        <translation>die verwalteten MCP-Server für Claude Code</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>the inventory as %1</source>
        <translation>das Inventar als %1</translation>
    </message>
    <message>
        <source>Deploy it in Claude Code&apos;s managed folder, where users cannot change it: /etc/claude-code/ on Linux and WSL, /Library/Application Support/ClaudeCode/ on macOS, C:\Program Files\ClaudeCode\ on Windows (by MDM, a configuration-management tool or a package).</source>
        <translation>Stellen Sie sie im verwalteten Ordner von Claude Code bereit, wo Benutzer sie nicht ändern können: /etc/claude-code/ unter Linux und WSL, /Library/Application Support/ClaudeCode/ unter macOS, C:\Program Files\ClaudeCode\ unter Windows (per MDM, einem Konfigurationsmanagement-Werkzeug oder einem Paket).</translation>
    </message>
    <message>
        <source>If the managed-settings.json you deploy holds other settings, merge these members into it rather than replacing it.</source>
        <translation>Wenn die bereitgestellte managed-settings.json weitere Einstellungen enthält, führen Sie diese Einträge darin zusammen, statt sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Then compare what is deployed on the Reconcile page.</source>
        <translation>Vergleichen Sie danach auf der Seite „Abgleich“, was bereitgestellt ist.</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Das Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExportDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark, for &amp;Excel</source>
        <translation>Mit Byte-Order-Mark beginnen, für E&amp;xcel</translation>
    </message>
    <message>
        <source>&amp;Managed servers only: users cannot add servers to the allow-list</source>
        <translation>&amp;Nur verwaltete Server: Benutzer können der Zulassungsliste keine Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Excel needs the mark to read UTF-8 (without it “Müller” shows as “MÃ¼ller”).
LibreOffice reads either (choose UTF-8 when it asks); scripts want the file without it.</source>
        <translation>Excel braucht die Markierung, um UTF-8 zu lesen (ohne sie erscheint „Müller“ als „MÃ¼ller“).
LibreOffice liest beides (wählen Sie UTF-8, wenn es fragt); Skripte erwarten die Datei ohne sie.</translation>
    </message>
    <message>
        <source>Adds &quot;allowManagedMcpServersOnly&quot;: true: only the allow-list written here counts, whatever users put in their own settings.</source>
        <translation>Fügt &quot;allowManagedMcpServersOnly&quot;: true hinzu: Nur die hier geschriebene Zulassungsliste zählt, egal was Benutzer in ihre eigenen Einstellungen schreiben.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Wählen Sie die zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Every object</source>
        <translation>Jedes Objekt</translation>
    </message>
    <message>
        <source>The connectors whose approval is current</source>
        <translation>Die Connectors mit gültiger Genehmigung</translation>
    </message>
    <message>
        <source>The whole inventory</source>
        <translation>Das ganze Inventar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>That is the inventory itself: the export would replace it. Choose another file.</source>
        <translation>Das ist das Inventar selbst: Der Export würde es ersetzen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file in it.</source>
        <translation>%1 ist ein Ordner. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the export?</source>
        <translation>%1 existiert bereits. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>allow-list entries: %1</source>
        <translation>Einträge in der Zulassungsliste: %1</translation>
    </message>
    <message>
        <source>servers: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Before you deploy it:</source>
        <translation>Vor der Bereitstellung:</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Show the findings</source>
        <translation>Befunde anzeigen</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Show information</source>
        <translation>Informationen anzeigen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind of object</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Befunde filtern…</translation>
    </message>
    <message>
        <source>No errors or warnings</source>
        <translation>Keine Fehler oder Warnungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Info (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Checking the inventory…</source>
        <translation>Das Inventar wird geprüft…</translation>
    </message>
    <message>
        <source>No findings: the inventory keeps every rule.</source>
        <translation>Keine Befunde: Das Inventar hält jede Regel ein.</translation>
    </message>
    <message>
        <source>No finding matches the filters.</source>
        <translation>Kein Befund entspricht den Filtern.</translation>
    </message>
</context>
<context>
    <name>steward::ui::FindingsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to it</source>
        <translation>Doppelklicken oder Enter drücken, um dorthin zu wechseln</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Governance object</source>
        <translation>Governance-Objekt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
</context>
<context>
    <name>steward::ui::FormHelpers</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumCommands</name>
    <message>
        <source>Approve “%1”</source>
        <translation>„%1“ genehmigen</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>„%1“ ablehnen</translation>
    </message>
    <message>
        <source>Record the forum of %1</source>
        <translation>Forum vom %1 erfassen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumForm</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumMode</name>
    <message>
        <source>Mark the governance objects reviewed by the forum</source>
        <translation>Vom Forum überprüfte Governance-Objekte als überprüft markieren</translation>
    </message>
    <message>
        <source>The meeting is no longer recorded.</source>
        <translation>Die Sitzung ist nicht mehr erfasst.</translation>
    </message>
    <message>
        <source>Change the forum meeting</source>
        <translation>Forumssitzung ändern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Governance forum minutes</source>
        <translation>Protokoll des Governance-Forums</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumModeWindow</name>
    <message>
        <source>Steward — Forum Mode</source>
        <translation>Steward – Forumsmodus</translation>
    </message>
    <message>
        <source>The policy and the three inventories are marked reviewed on %1.</source>
        <translation>Die Richtlinie und die drei Inventare sind am %1 als überprüft markiert.</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Protokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Tick at least one attendee.</source>
        <translation>Haken Sie mindestens einen Teilnehmer an.</translation>
    </message>
    <message>
        <source>Record the meeting on the first slide first.</source>
        <translation>Erfassen Sie zuerst die Sitzung auf der ersten Folie.</translation>
    </message>
    <message>
        <source>Write the Minutes</source>
        <translation>Protokoll schreiben</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Minutes written: %1 and %2</source>
        <translation>Protokoll geschrieben: %1 und %2</translation>
    </message>
    <message>
        <source>%1 / %2   ·   %3        → next   ← previous   Esc leaves   Ctrl+plus / minus: type size</source>
        <translation>%1 / %2   ·   %3        → weiter   ← zurück   Esc beendet   Ctrl+Plus / Minus: Schriftgröße</translation>
    </message>
</context>
<context>
    <name>steward::ui::ForumPage</name>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>steward::ui::GovernanceDialog</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Ablageort</translation>
    </message>
    <message>
        <source>https://… (the Confluence or Notion page)</source>
        <translation>https://… (die Confluence- oder Notion-Seite)</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Who answers for the %1, where it lives and how often it is reviewed. Recording a review is done with Mark reviewed, which keeps who reviewed it and when.</source>
        <translation>Wer für dieses Governance-Objekt (%1) zuständig ist, wo es abgelegt ist und wie oft es überprüft wird. Eine Überprüfung erfassen Sie mit „Als überprüft markieren“; dabei wird festgehalten, wer sie wann vorgenommen hat.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Where it lives</source>
        <translation>&amp;Ablageort</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Prüf&amp;rhythmus</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>&amp;Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Where it lives is a web address: use the form https://host/path.</source>
        <translation>Der Ablageort ist eine Webadresse: Verwenden Sie die Form https://host/pfad.</translation>
    </message>
    <message>
        <source>The last review took place today or earlier.</source>
        <translation>Die letzte Überprüfung fand heute oder früher statt.</translation>
    </message>
    <message>
        <source>Edit %1 details</source>
        <translation>Details bearbeiten: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::GovernanceSection</name>
    <message>
        <source>Governance objects</source>
        <translation>Governance-Objekte</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the %1 details</source>
        <translation>Details bearbeiten: %1</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>Als überprüft markieren…</translation>
    </message>
    <message>
        <source>Mark the %1 reviewed</source>
        <translation>Als überprüft markieren: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No owner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Eigentümer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>where it lives is not recorded</source>
        <translation>Ablageort nicht erfasst</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie überprüft</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste am %1</translation>
    </message>
    <message>
        <source>%1 review, %2</source>
        <translation>Prüfrhythmus %1, %2</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>steward::ui::Import</name>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 ist ein Ordner, keine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, more than any inventory.</source>
        <translation>%1 ist größer als %2 MiB, mehr als jedes Inventar.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>First of them</source>
        <translation>Erster davon</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV from line %1 on: %2</source>
        <translation>Die Datei kann ab Zeile %1 nicht als CSV gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file holds no header row: it is empty.</source>
        <translation>Die Datei enthält keine Kopfzeile: Sie ist leer.</translation>
    </message>
    <message>
        <source>Steward inventory (JSON)</source>
        <translation>Steward-Inventar (JSON)</translation>
    </message>
    <message>
        <source>Policy config (JSON)</source>
        <translation>Richtlinienkonfiguration (JSON)</translation>
    </message>
    <message>
        <source>One object (CSV)</source>
        <translation>Ein Objekt (CSV)</translation>
    </message>
    <message>
        <source>The file is not a JSON object: the report says where it goes wrong.</source>
        <translation>Die Datei ist kein JSON-Objekt: Der Bericht zeigt, wo der Fehler liegt.</translation>
    </message>
    <message>
        <source>Its columns match none of Steward&apos;s objects: choose what the file holds to check it.</source>
        <translation>Ihre Spalten passen zu keinem Objekt von Steward: Wählen Sie, was die Datei enthält, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>record %1, field %2</source>
        <translation>Datensatz %1, Feld %2</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportDialog</name>
    <message>
        <source>added %1, updated %2, unchanged %3</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>In&amp;halt</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>&amp;Preview — the first rows</source>
        <translation>&amp;Vorschau – die ersten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Report — what importing does</source>
        <translation>&amp;Bericht – was der Import bewirkt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>CSV and JSON files (*.csv *.json);;All files (*)</source>
        <translation>CSV- und JSON-Dateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1 against the inventory…</source>
        <translation>%1 wird mit dem Inventar abgeglichen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled. Choose the file again to check it.</source>
        <translation>Die Prüfung wurde abgebrochen. Wählen Sie die Datei erneut aus, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1: %2; warnings: %3.</source>
        <translation>%1 importiert: %2; Warnungen: %3.</translation>
    </message>
    <message>
        <source>Imported %1: it matched the inventory, nothing changed.</source>
        <translation>%1 importiert: Die Datei entsprach dem Inventar, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import was cancelled; the inventory is as it was.</source>
        <translation>Der Import wurde abgebrochen; das Inventar ist unverändert.</translation>
    </message>
    <message>
        <source>Choose a CSV or JSON file to import.</source>
        <translation>Wählen Sie eine CSV- oder JSON-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Steward does not know %1; their values are ignored.</source>
        <translation>Steward kennt %1 nicht; ihre Werte werden ignoriert.</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(keine gefunden)</translation>
    </message>
    <message>
        <source>Steward does not know this column; its values are ignored.</source>
        <translation>Steward kennt diese Spalte nicht; ihre Werte werden ignoriert.</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… und %1 weitere Fehler</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… und %1 weitere Warnungen</translation>
    </message>
    <message>
        <source>Nothing can be imported; the inventory is as it was.</source>
        <translation>Nichts kann importiert werden; das Inventar ist unverändert.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is (errors: %1, each with its line and column below). Nothing was changed; correct the file and choose it again.</source>
        <translation>Die Datei kann so nicht importiert werden (Fehler: %1, jeweils mit Zeile und Spalte unten). Es wurde nichts geändert; korrigieren Sie die Datei und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation>Wählen Sie, was die Datei enthält.</translation>
    </message>
    <message>
        <source>If imported: %1; warnings: %2.</source>
        <translation>Beim Import: %1; Warnungen: %2.</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentForm</name>
    <message>
        <source>Incident details</source>
        <translation>Details des Vorfalls</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgemaßnahme</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>Gemeldet &amp;von</translation>
    </message>
    <message>
        <source>&amp;Occurred on</source>
        <translation>Aufgetreten a&amp;m</translation>
    </message>
    <message>
        <source>R&amp;esolved on</source>
        <translation>B&amp;ehoben am</translation>
    </message>
    <message>
        <source>&amp;Connectors</source>
        <translation>&amp;Connectors</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Folgemaßnahmen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgemaßnahmen</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
    <message>
        <source>An incident cannot be resolved (%1) before it occurred (%2).</source>
        <translation>Ein Vorfall kann nicht behoben werden (%1), bevor er aufgetreten ist (%2).</translation>
    </message>
    <message>
        <source>Edit incident “%1”</source>
        <translation>Vorfall „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Aufgetreten am</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Behoben am</translation>
    </message>
</context>
<context>
    <name>steward::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Filter by title, severity, status, connector or workspace</source>
        <translation>Nach Titel, Schweregrad, Status, Connector oder Arbeitsbereich filtern</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Vorfall hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate incident</source>
        <translation>Vorfall duplizieren</translation>
    </message>
    <message>
        <source>Delete incident “%1”</source>
        <translation>Vorfall „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>steward::ui::InventoryPage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::InventorySection</name>
    <message>
        <source>overdue reviews</source>
        <translation>überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>reviews due soon</source>
        <translation>bald fällige Überprüfungen</translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>offene Anträge</translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>offene Vorfälle</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Lizenzplätze</translation>
    </message>
    <message>
        <source>Connectors by tier and access</source>
        <translation>Connectors nach Stufe und Zugriff</translation>
    </message>
    <message>
        <source>Workspaces by status and phase</source>
        <translation>Arbeitsbereiche nach Status und Phase</translation>
    </message>
    <message>
        <source>Skills by status</source>
        <translation>Skills nach Status</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Stufe 3</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Pilot past graduation</source>
        <translation>Pilot, Frist überschritten</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Regelbetrieb</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>steward::ui::LinksEditor</name>
    <message>
        <source>Filter %1…</source>
        <translation>%1 filtern…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>Verknüpfte %1</translation>
    </message>
    <message>
        <source>No %1 linked.</source>
        <translation>Keine %1 verknüpft.</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Linked (%1): %2</source>
        <translation>Verknüpft (%1): %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Rückgängig/Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed…</source>
        <translation>Als überprüft &amp;markieren…</translation>
    </message>
    <message>
        <source>&amp;Copy as Table</source>
        <translation>Als &amp;Tabelle kopieren</translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zeilen aus.</translation>
    </message>
    <message>
        <source>Copied %1 rows as a table (HTML and Markdown).</source>
        <translation>%1 Zeilen als Tabelle kopiert (HTML und Markdown).</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>F&amp;orum Mode</source>
        <translation>F&amp;orumsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>&amp;Über Steward</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Open an inventory…</source>
        <translation>Inventar öffnen…</translation>
    </message>
    <message>
        <source>Open the sample inventory</source>
        <translation>Beispielinventar öffnen</translation>
    </message>
    <message>
        <source>Cannot prepare the sample inventory: %1</source>
        <translation>Das Beispielinventar kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei wird verwendet</translation>
    </message>
    <message>
        <source>File not writable</source>
        <translation>Datei nicht beschreibbar</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>New inventory</source>
        <translation>Neues Inventar</translation>
    </message>
    <message>
        <source>Steward inventories (*.steward)</source>
        <translation>Steward-Inventare (*.steward)</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Open inventory</source>
        <translation>Inventar öffnen</translation>
    </message>
    <message>
        <source>Steward inventories (*.steward);;All files (*)</source>
        <translation>Steward-Inventare (*.steward);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 (read-only) — Steward</source>
        <translation>%1 (schreibgeschützt) – Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 – Steward</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>%1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1: reviews to do</source>
        <translation>%1: anstehende Überprüfungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 workspaces · %2 connectors · %3 skills · %4 people</source>
        <translation>%1 Arbeitsbereiche · %2 Connectors · %3 Skills · %4 Personen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>steward::ui::MarkReviewedDialog</name>
    <message>
        <source>Mark reviewed</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <source>last reviewed on %1</source>
        <translation>zuletzt überprüft am %1</translation>
    </message>
    <message>
        <source>never reviewed yet</source>
        <translation>noch nie überprüft</translation>
    </message>
    <message>
        <source>last reviewed on %1 by %2</source>
        <translation>zuletzt überprüft am %1 von %2</translation>
    </message>
    <message>
        <source>%1 · reviewed %2 · %3</source>
        <translation>%1 · %2 überprüft · %3</translation>
    </message>
    <message>
        <source>What was checked, what changed, what follows up</source>
        <translation>Was geprüft wurde, was sich geändert hat, welche Folgemaßnahmen anstehen</translation>
    </message>
    <message>
        <source>Reviewed &amp;by</source>
        <translation>Überprüft &amp;von</translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation>Überprüft &amp;am</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>Als überprüft &amp;markieren</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>A later review (%1) is recorded already: this one goes into the history, and the next review stays due on %2.</source>
        <translation>Eine spätere Überprüfung (%1) ist bereits erfasst: Diese wird in den Verlauf aufgenommen, und die nächste Überprüfung bleibt am %2 fällig.</translation>
    </message>
    <message>
        <source>The next review will be due on %1.</source>
        <translation>Die nächste Überprüfung ist am %1 fällig.</translation>
    </message>
    <message>
        <source>Choose who reviewed it: add them with New person….</source>
        <translation>Wählen Sie, wer die Überprüfung vorgenommen hat: Fügen Sie die Person mit „Neue Person…“ hinzu.</translation>
    </message>
    <message>
        <source>Choose who reviewed it.</source>
        <translation>Wählen Sie, wer die Überprüfung vorgenommen hat.</translation>
    </message>
</context>
<context>
    <name>steward::ui::MeetingSlide</name>
    <message>
        <source>Governance forum</source>
        <translation>Governance-Forum</translation>
    </message>
    <message>
        <source>Who is here today? The deciders of the requests are picked from the attendees.</source>
        <translation>Wer ist heute anwesend? Die Entscheider über die Anträge werden aus den Teilnehmern ausgewählt.</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>The meeting of %1 is recorded with %n attendee(s).</source>
        <translation>
            <numerusform>Die Sitzung vom %1 ist mit %n Teilnehmer erfasst.</numerusform>
            <numerusform>Die Sitzung vom %1 ist mit %n Teilnehmern erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded yet: tick who attends, then record the meeting.</source>
        <translation>Noch nicht erfasst: Haken Sie an, wer teilnimmt, und erfassen Sie dann die Sitzung.</translation>
    </message>
    <message>
        <source>&amp;Update the meeting</source>
        <translation>Sitzung &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Record the meeting</source>
        <translation>Sitzung &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>steward::ui::MinutesSlide</name>
    <message>
        <source>Mark the governance objects &amp;reviewed</source>
        <translation>Governance-Objekte als ü&amp;berprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Write the minutes…</source>
        <translation>Protokoll &amp;schreiben…</translation>
    </message>
    <message>
        <source>Decisions and minutes</source>
        <translation>Entscheidungen und Protokoll</translation>
    </message>
    <message>
        <source>No decision was taken at this meeting.</source>
        <translation>In dieser Sitzung wurde keine Entscheidung getroffen.</translation>
    </message>
    <message>
        <source>The meeting is not recorded yet (first slide).</source>
        <translation>Die Sitzung ist noch nicht erfasst (erste Folie).</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Überprüft von</translation>
    </message>
    <message>
        <source>Records a review of the policy and the three inventories, dated the meeting&apos;s day</source>
        <translation>Erfasst eine Überprüfung der Richtlinie und der drei Inventare mit dem Datum der Sitzung</translation>
    </message>
    <message>
        <source>Re&amp;viewed by</source>
        <translation>Überprüft &amp;von</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewPerson</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Name of the new person:</source>
        <translation>Name der neuen Person:</translation>
    </message>
    <message>
        <source>Add person “%1”</source>
        <translation>Person „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>steward::ui::PeoplePage</name>
    <message>
        <source>This person is no longer in the directory.</source>
        <translation>Diese Person ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Edit email</source>
        <translation>E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Team bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Filter by name, title, team or email</source>
        <translation>Nach Name, Titel, Team oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a person named “%1”.</source>
        <translation>Es gibt bereits eine Person namens „%1“.</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>Das ist keine E-Mail-Adresse; schreiben Sie sie in der Form name@example.com.</translation>
    </message>
    <message>
        <source>Person not added</source>
        <translation>Person nicht hinzugefügt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate person</source>
        <translation>Person duplizieren</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Person not deleted</source>
        <translation>Person nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonComboBox</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonForm</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>steward::ui::PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyCommands</name>
    <message>
        <source>Approve policy version %1</source>
        <translation>Richtlinienversion %1 genehmigen</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyDetailsForm</name>
    <message>
        <source>Policy details</source>
        <translation>Details der Richtlinie</translation>
    </message>
    <message>
        <source>e.g. 1.3</source>
        <translation>z. B. 1.3</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the policy</source>
        <translation>Richtlinie genehmigen</translation>
    </message>
    <message>
        <source>Record the forum&apos;s approval of this version; the history keeps it unchanged.</source>
        <translation>Die Genehmigung dieser Version durch das Forum erfassen; der Verlauf bewahrt sie unverändert auf.</translation>
    </message>
    <message>
        <source>https://… (the Confluence or Notion page)</source>
        <translation>https://… (die Confluence- oder Notion-Seite)</translation>
    </message>
    <message>
        <source>Is training on your prompts and outputs off, and who checks it?</source>
        <translation>Ist das Training mit Ihren Prompts und Ergebnissen deaktiviert, und wer prüft das?</translation>
    </message>
    <message>
        <source>How long conversations, memory and audit entries are kept</source>
        <translation>Wie lange Unterhaltungen, Gedächtnis und Audit-Einträge aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Where it lives</source>
        <translation>&amp;Ablageort</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Prüf&amp;rhythmus</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>&amp;Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Training o&amp;pt-out</source>
        <translation>Trainings-O&amp;pt-out</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <source>Change policy owner</source>
        <translation>Eigentümer der Richtlinie ändern</translation>
    </message>
    <message>
        <source>Change policy review cadence</source>
        <translation>Prüfrhythmus der Richtlinie ändern</translation>
    </message>
    <message>
        <source>Change policy last review</source>
        <translation>Letzte Überprüfung der Richtlinie ändern</translation>
    </message>
    <message>
        <source>The policy needs a title.</source>
        <translation>Die Richtlinie braucht einen Titel.</translation>
    </message>
    <message>
        <source>Edit policy title</source>
        <translation>Titel der Richtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Edit policy version</source>
        <translation>Version der Richtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Keine Webadresse: Verwenden Sie die Form https://host/pfad.</translation>
    </message>
    <message>
        <source>Edit where the policy lives</source>
        <translation>Ablageort der Richtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Edit training opt-out posture</source>
        <translation>Regelung zum Trainings-Opt-out bearbeiten</translation>
    </message>
    <message>
        <source>Edit retention posture</source>
        <translation>Regelung zur Aufbewahrung bearbeiten</translation>
    </message>
    <message>
        <source>someone no longer in the directory</source>
        <translation>eine Person, die nicht mehr im Verzeichnis ist</translation>
    </message>
    <message>
        <source>Approved by %1 on %2, in effect from %3.</source>
        <translation>Genehmigt von %1 am %2, in Kraft ab %3.</translation>
    </message>
    <message>
        <source>Draft, never approved. Approve it once the forum has agreed to it.</source>
        <translation>Entwurf, nie genehmigt. Genehmigen Sie ihn, sobald das Forum zugestimmt hat.</translation>
    </message>
    <message>
        <source>Draft with changes since version %1, approved on %2. Approve it as a new version once the forum has agreed.</source>
        <translation>Entwurf mit Änderungen seit Version %1, genehmigt am %2. Genehmigen Sie ihn als neue Version, sobald das Forum zugestimmt hat.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyHistoryView</name>
    <message>
        <source>Approved versions</source>
        <translation>Genehmigte Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>In Kraft ab</translation>
    </message>
    <message>
        <source>The selected version as approved</source>
        <translation>Die ausgewählte Version, wie sie genehmigt wurde</translation>
    </message>
    <message>
        <source>No version has been approved yet. Approving the policy (on the Details tab) records it here, frozen as it was approved.</source>
        <translation>Es wurde noch keine Version genehmigt. Wenn Sie die Richtlinie genehmigen (auf der Registerkarte „Details“), wird sie hier erfasst, so eingefroren, wie sie genehmigt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved version(s), newest first. Select one to read it as it was approved.</source>
        <translation>
            <numerusform>%n genehmigte Version, neueste zuerst. Wählen Sie eine aus, um sie so zu lesen, wie sie genehmigt wurde.</numerusform>
            <numerusform>%n genehmigte Versionen, neueste zuerst. Wählen Sie eine aus, um sie so zu lesen, wie sie genehmigt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of version %1 cannot be read back.</source>
        <translation>Der Text der Version %1 kann nicht wieder gelesen werden.</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyPage</name>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The policy as readers see it</source>
        <translation>Die Richtlinie, wie Leser sie sehen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>R&amp;egeln</translation>
    </message>
    <message>
        <source>Rout&amp;ing</source>
        <translation>Rout&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>The policy was not approved</source>
        <translation>Die Richtlinie wurde nicht genehmigt</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyRulesForm</name>
    <message>
        <source>Policy rules</source>
        <translation>Regeln der Richtlinie</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>prohibited use</source>
        <translation>Verbotene Nutzung</translation>
    </message>
    <message>
        <source>audit field</source>
        <translation>Audit-Feld</translation>
    </message>
    <message>
        <source>Who may use the agent (&amp;groups)</source>
        <translation>Wer den Agenten nutzen darf (&amp;Gruppen)</translation>
    </message>
    <message>
        <source>Groups that may use the agent</source>
        <translation>Gruppen, die den Agenten nutzen dürfen</translation>
    </message>
    <message>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>&amp;Prohibited uses</source>
        <translation>&amp;Verbotene Nutzungen</translation>
    </message>
    <message>
        <source>Prohibited uses</source>
        <translation>Verbotene Nutzungen</translation>
    </message>
    <message>
        <source>Review tiers</source>
        <translation>Prüfstufen</translation>
    </message>
    <message>
        <source>&amp;Audit log fields</source>
        <translation>&amp;Audit-Log-Felder</translation>
    </message>
    <message>
        <source>Audit log fields</source>
        <translation>Audit-Log-Felder</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Use of %1 data</source>
        <translation>Nutzung von Daten der Klasse „%1“</translation>
    </message>
    <message>
        <source>Condition (for conditional use)</source>
        <translation>Bedingung (bei bedingter Nutzung)</translation>
    </message>
    <message>
        <source>Condition for %1 data</source>
        <translation>Bedingung für Daten der Klasse „%1“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>When tier %1 applies</source>
        <translation>Wann Stufe %1 gilt</translation>
    </message>
    <message>
        <source>Control of tier %1</source>
        <translation>Kontrolle für Stufe %1</translation>
    </message>
    <message>
        <source>e.g. internal, nothing leaves</source>
        <translation>z. B. intern, nichts verlässt das Unternehmen</translation>
    </message>
    <message>
        <source>e.g. spot-check</source>
        <translation>z. B. Stichprobe</translation>
    </message>
    <message>
        <source>e.g. sensitive data or a system write</source>
        <translation>z. B. schutzbedürftige Daten oder ein Schreibzugriff auf ein System</translation>
    </message>
    <message>
        <source>e.g. dual review and an audit-log entry</source>
        <translation>z. B. Prüfung nach dem Vier-Augen-Prinzip und ein Audit-Log-Eintrag</translation>
    </message>
    <message>
        <source>An entry cannot be empty; remove it instead (Delete).</source>
        <translation>Ein Eintrag darf nicht leer sein; entfernen Sie ihn stattdessen (Delete).</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ . - (e.g. output_hash).</source>
        <translation>„%1“ ist kein Feldname: Verwenden Sie Buchstaben, Ziffern und _ . - (z. B. output_hash).</translation>
    </message>
    <message>
        <source>Edit allowed groups</source>
        <translation>Zugelassene Gruppen bearbeiten</translation>
    </message>
    <message>
        <source>Edit prohibited uses</source>
        <translation>Verbotene Nutzungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit audit log fields</source>
        <translation>Audit-Log-Felder bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 data rule</source>
        <translation>Regel für Daten der Klasse „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit review tier %1</source>
        <translation>Prüfstufe %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicySectionsEditor</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected section</source>
        <translation>Ausgewählten Abschnitt löschen</translation>
    </message>
    <message>
        <source>Move the section up (Ctrl+Up)</source>
        <translation>Abschnitt nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the section down (Ctrl+Down)</source>
        <translation>Abschnitt nach unten verschieben (Ctrl+Down)</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel des Abschnitts</translation>
    </message>
    <message>
        <source>Section text (Markdown)</source>
        <translation>Text des Abschnitts (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>In Markdown schreiben: **fett**, *kursiv*, - Listen, [Links](https://…)</translation>
    </message>
    <message>
        <source>Section as it reads</source>
        <translation>Abschnitt, wie er sich liest</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown) and how it reads</source>
        <translation>Te&amp;xt (Markdown) und wie er sich liest</translation>
    </message>
    <message>
        <source>The policy has no free sections yet. Add one for anything the lists do not say: who may use the agent and how, exceptions, where to ask.</source>
        <translation>Die Richtlinie hat noch keine freien Abschnitte. Fügen Sie einen für alles hinzu, was die Listen nicht sagen: wer den Agenten wie nutzen darf, Ausnahmen, wo man nachfragen kann.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation>Ein Abschnitt braucht einen Titel.</translation>
    </message>
    <message>
        <source>Edit section title</source>
        <translation>Titel des Abschnitts bearbeiten</translation>
    </message>
    <message>
        <source>Edit section “%1”</source>
        <translation>Abschnitt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>New section %1</source>
        <translation>Neuer Abschnitt %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Abschnitt löschen</translation>
    </message>
    <message>
        <source>Delete the section “%1” and its text? Edit › Undo brings it back.</source>
        <translation>Abschnitt „%1“ mit seinem Text löschen? Bearbeiten › Rückgängig stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation>Abschnitt „%1“ löschen</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Abschnitt verschieben</translation>
    </message>
</context>
<context>
    <name>steward::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Yours, on this computer</source>
        <translation>Persönlich, auf diesem Computer</translation>
    </message>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Ihr Name im Prüfpfad</translation>
    </message>
    <message>
        <source>Your &amp;name in the audit trail</source>
        <translation>Ihr &amp;Name im Prüfpfad</translation>
    </message>
    <message>
        <source>Recorded with every change you make. Left empty, Steward records %1.</source>
        <translation>Wird bei jeder Ihrer Änderungen erfasst. Bleibt das Feld leer, erfasst Steward %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect when Steward starts again.</source>
        <translation>Eine neue Sprache wird wirksam, wenn Steward neu gestartet wird.</translation>
    </message>
    <message>
        <source>Text size in forum mode</source>
        <translation>Textgröße im Forumsmodus</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>&amp;Text size in forum mode</source>
        <translation>&amp;Textgröße im Forumsmodus</translation>
    </message>
    <message>
        <source>Remind me of due reviews in the system tray</source>
        <translation>Im Infobereich des Systems an fällige Überprüfungen erinnern</translation>
    </message>
    <message>
        <source>This inventory: %1</source>
        <translation>Dieses Inventar: %1</translation>
    </message>
    <message>
        <source>This inventory</source>
        <translation>Dieses Inventar</translation>
    </message>
    <message>
        <source>Reviews are due soon within this many days</source>
        <translation>Zeitraum in Tagen, in dem Überprüfungen als bald fällig gelten</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews are due &amp;soon within</source>
        <translation>Überprüfungen sind &amp;bald fällig innerhalb von</translation>
    </message>
    <message>
        <source>Pilots graduate within this many weeks</source>
        <translation>Zeitraum in Wochen, in dem Piloten in den Regelbetrieb übernommen werden</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pilots graduate within</source>
        <translation>&amp;Pilotphase dauert höchstens</translation>
    </message>
    <message>
        <source>Open an inventory to change its review settings.</source>
        <translation>Öffnen Sie ein Inventar, um seine Prüfeinstellungen zu ändern.</translation>
    </message>
    <message>
        <source>The inventory is open read-only: its review settings cannot be changed.</source>
        <translation>Das Inventar ist schreibgeschützt geöffnet: Seine Prüfeinstellungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Kept in the inventory, not on this computer: they apply to everyone who uses the file, to steward lint and to the calendar export. The Reviews page shows them too; Edit › Undo takes a change back.</source>
        <translation>Im Inventar gespeichert, nicht auf diesem Computer: Sie gelten für alle, die die Datei verwenden, für steward lint und für den Kalenderexport. Die Seite „Überprüfungen“ zeigt sie ebenfalls; Bearbeiten › Rückgängig nimmt eine Änderung zurück.</translation>
    </message>
    <message>
        <source>Change the review settings</source>
        <translation>Prüfeinstellungen ändern</translation>
    </message>
    <message>
        <source>Cannot change the review settings</source>
        <translation>Prüfeinstellungen können nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciDetailsPanel</name>
    <message>
        <source>Activity name</source>
        <translation>Name der Aktivität</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Name der Rolle</translation>
    </message>
    <message>
        <source>People who hold the role</source>
        <translation>Personen mit dieser Rolle</translation>
    </message>
    <message>
        <source>Add people on the People page to bind them to roles.</source>
        <translation>Fügen Sie auf der Seite „Personen“ Personen hinzu, um sie Rollen zuzuordnen.</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ak&amp;tivität</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation>&amp;Inhaber</translation>
    </message>
    <message>
        <source>&lt;b&gt;R&lt;/b&gt; Responsible: does the work&lt;br&gt;&lt;b&gt;A&lt;/b&gt; Accountable: answers for it, exactly one per activity&lt;br&gt;&lt;b&gt;C&lt;/b&gt; Consulted&lt;br&gt;&lt;b&gt;I&lt;/b&gt; Informed</source>
        <translation>&lt;b&gt;R&lt;/b&gt; Durchführung: erledigt die Arbeit&lt;br&gt;&lt;b&gt;A&lt;/b&gt; Verantwortung: trägt die Verantwortung, genau eine pro Aktivität&lt;br&gt;&lt;b&gt;C&lt;/b&gt; Konsultiert&lt;br&gt;&lt;b&gt;I&lt;/b&gt; Informiert</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Add an activity (Ctrl+Shift+N)</source>
        <translation>Aktivität hinzufügen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Delete the current activity</source>
        <translation>Aktuelle Aktivität löschen</translation>
    </message>
    <message>
        <source>Move the activity up (Ctrl+Up)</source>
        <translation>Aktivität nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the activity down (Ctrl+Down)</source>
        <translation>Aktivität nach unten verschieben (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Delete the current role</source>
        <translation>Aktuelle Rolle löschen</translation>
    </message>
    <message>
        <source>Move the role left (Ctrl+Left)</source>
        <translation>Rolle nach links verschieben (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move the role right (Ctrl+Right)</source>
        <translation>Rolle nach rechts verschieben (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Buchstaben…</translation>
    </message>
    <message>
        <source>Choose the letters of the current cell (Enter)</source>
        <translation>Buchstaben der aktuellen Zelle wählen (Enter)</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Activities down, roles across. R, A, C and I toggle a letter; Enter chooses from a menu.</source>
        <translation>Aktivitäten in den Zeilen, Rollen in den Spalten. R, A, C und I schalten einen Buchstaben um; Enter wählt aus einem Menü.</translation>
    </message>
    <message>
        <source>Activities and roles</source>
        <translation>Aktivitäten und Rollen</translation>
    </message>
    <message>
        <source>&amp;R  Responsible</source>
        <translation>&amp;R  Durchführung</translation>
    </message>
    <message>
        <source>&amp;A  Accountable</source>
        <translation>&amp;A  Verantwortung</translation>
    </message>
    <message>
        <source>&amp;C  Consulted</source>
        <translation>&amp;C  Konsultiert</translation>
    </message>
    <message>
        <source>&amp;I  Informed</source>
        <translation>&amp;I  Informiert</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Add the activities the rollout needs and the roles that take part in them.</source>
        <translation>Fügen Sie die Aktivitäten hinzu, die die Einführung braucht, und die Rollen, die daran beteiligt sind.</translation>
    </message>
    <message>
        <source>Every activity has exactly one A and at least one R.</source>
        <translation>Jede Aktivität hat genau ein A und mindestens ein R.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n activity(s) break the RACI rules:</source>
        <translation>
            <numerusform>⚠ %n Aktivität verstößt gegen die RACI-Regeln:</numerusform>
            <numerusform>⚠ %n Aktivitäten verstoßen gegen die RACI-Regeln:</numerusform>
        </translation>
    </message>
    <message>
        <source>The RACI matrix was not changed</source>
        <translation>Die RACI-Matrix wurde nicht geändert</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>%1 für %2 setzen</translation>
    </message>
    <message>
        <source>Unmark %1 %2</source>
        <translation>%1 für %2 entfernen</translation>
    </message>
    <message>
        <source>Clear RACI cell</source>
        <translation>RACI-Zelle leeren</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>Delete the activity “%1” and its letters?</source>
        <translation>Aktivität „%1“ mit ihren Buchstaben löschen?</translation>
    </message>
    <message>
        <source>Delete activity “%1”</source>
        <translation>Aktivität „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role “%1” and its letters?</source>
        <translation>Rolle „%1“ mit ihren Buchstaben löschen?</translation>
    </message>
    <message>
        <source>Delete role “%1”</source>
        <translation>Rolle „%1“ löschen</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Aktivität verschieben</translation>
    </message>
    <message>
        <source>Move role</source>
        <translation>Rolle verschieben</translation>
    </message>
    <message>
        <source>An activity needs a name.</source>
        <translation>Eine Aktivität braucht einen Namen.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already an activity named “%1”.</source>
        <translation>Es gibt bereits eine Aktivität namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a role named “%1”.</source>
        <translation>Es gibt bereits eine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Aktivität umbenennen</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>Change who holds %1</source>
        <translation>Ändern, wer %1 innehat</translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Nicht beteiligt</translation>
    </message>
    <message>
        <source>%1 for “%2”: %3</source>
        <translation>%1 für „%2“: %3</translation>
    </message>
    <message>
        <source>not involved</source>
        <translation>nicht beteiligt</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Noch niemand hat diese Rolle inne.</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Inhaber: %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReconcilePage</name>
    <message>
        <source>is a folder, not a configuration file</source>
        <translation>ist ein Ordner, keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>.mcp.json (a project&apos;s servers)</source>
        <translation>.mcp.json (die Server eines Projekts)</translation>
    </message>
    <message>
        <source>managed-mcp.json (the managed servers)</source>
        <translation>managed-mcp.json (die verwalteten Server)</translation>
    </message>
    <message>
        <source>claude_desktop_config.json (Claude Desktop)</source>
        <translation>claude_desktop_config.json (Claude Desktop)</translation>
    </message>
    <message>
        <source>managed-settings.json (allow- and deny-lists)</source>
        <translation>managed-settings.json (Zulassungs- und Sperrlisten)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>keine Server</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n Server: %1</numerusform>
            <numerusform>%n Server: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows %n entry(ies)</source>
        <translation>
            <numerusform>erlaubt %n Eintrag</numerusform>
            <numerusform>erlaubt %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>denies %n entry(ies)</source>
        <translation>
            <numerusform>sperrt %n Eintrag</numerusform>
            <numerusform>sperrt %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>managed servers only</source>
        <translation>nur verwaltete Server</translation>
    </message>
    <message>
        <source>no MCP servers and no lists</source>
        <translation>keine MCP-Server und keine Listen</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Open Claude configuration files</source>
        <translation>Claude-Konfigurationsdateien öffnen</translation>
    </message>
    <message>
        <source>Claude configuration files (*.json);;All files (*)</source>
        <translation>Claude-Konfigurationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be compared and are left out; nothing was changed. Correct them and press Reload:</source>
        <translation>
            <numerusform>%n Datei kann nicht verglichen werden und bleibt außen vor; es wurde nichts geändert. Korrigieren Sie sie und klicken Sie auf „Neu laden“:</numerusform>
            <numerusform>%n Dateien können nicht verglichen werden und bleiben außen vor; es wurde nichts geändert. Korrigieren Sie sie und klicken Sie auf „Neu laden“:</numerusform>
        </translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Info (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n difference(s) shown</source>
        <translation>
            <numerusform>%1 von %n Abweichung angezeigt</numerusform>
            <numerusform>%1 von %n Abweichungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the files can be compared: correct them (the list says where) and press Reload.</source>
        <translation>Keine der Dateien kann verglichen werden: Korrigieren Sie sie (die Liste zeigt, wo) und klicken Sie auf „Neu laden“.</translation>
    </message>
    <message>
        <source>No differences: what these files deploy and allow matches the inventory.</source>
        <translation>Keine Abweichungen: Was diese Dateien bereitstellen und erlauben, entspricht dem Inventar.</translation>
    </message>
    <message>
        <source>No difference matches the filters.</source>
        <translation>Keine Abweichung entspricht den Filtern.</translation>
    </message>
    <message>
        <source>The inventory is open read-only.</source>
        <translation>Das Inventar ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Adds the selected deployed server to the inventory as a requested connector, read-only and unapproved, for the forum to decide on.</source>
        <translation>Fügt den ausgewählten bereitgestellten Server dem Inventar als beantragten Connector hinzu, nur lesen und nicht genehmigt, damit das Forum darüber entscheidet.</translation>
    </message>
    <message>
        <source>Select a difference to read it in full.</source>
        <translation>Wählen Sie eine Abweichung aus, um sie vollständig zu lesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Behebung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Double-click the row to show “%1” on the Connectors page.</source>
        <translation>&lt;br&gt;Doppelklicken Sie auf die Zeile, um „%1“ auf der Seite „Connectors“ anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add “%1” as a requested connector</source>
        <translation>„%1“ als beantragten Connector hinzufügen</translation>
    </message>
    <message>
        <source>Connector not added</source>
        <translation>Connector nicht hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” is in the inventory now as a requested connector — read-only, not approved — for the forum to decide on. Edit › Undo takes it out again.</source>
        <translation>„%1“ ist jetzt als beantragter Connector im Inventar – nur lesen, nicht genehmigt –, damit das Forum darüber entscheidet. Bearbeiten › Rückgängig nimmt ihn wieder heraus.</translation>
    </message>
    <message>
        <source>Compare what is deployed with the inventory</source>
        <translation>Bereitgestelltes mit dem Inventar vergleichen</translation>
    </message>
    <message>
        <source>Open the Claude configuration files you deploy, or drop them on this page: a project&apos;s &lt;b&gt;.mcp.json&lt;/b&gt;, the administrator&apos;s &lt;b&gt;managed-mcp.json&lt;/b&gt; and &lt;b&gt;managed-settings.json&lt;/b&gt;, Claude Desktop&apos;s &lt;b&gt;claude_desktop_config.json&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Steward lists the servers they deploy that the inventory lacks, connectors deployed or allowed without a current approval, approved connectors deployed nowhere or blocked, and allow-list entries that match nothing. The files are only read.</source>
        <translation>Öffnen Sie die Claude-Konfigurationsdateien, die Sie bereitstellen, oder ziehen Sie sie auf diese Seite: die &lt;b&gt;.mcp.json&lt;/b&gt; eines Projekts, die &lt;b&gt;managed-mcp.json&lt;/b&gt; und &lt;b&gt;managed-settings.json&lt;/b&gt; des Administrators, die &lt;b&gt;claude_desktop_config.json&lt;/b&gt; von Claude Desktop.&lt;br&gt;&lt;br&gt;Steward listet die bereitgestellten Server auf, die im Inventar fehlen, Connectors, die ohne aktuelle Genehmigung bereitgestellt oder erlaubt sind, genehmigte Connectors, die nirgends bereitgestellt oder gesperrt sind, und Einträge der Zulassungsliste, die auf nichts passen. Die Dateien werden nur gelesen.</translation>
    </message>
    <message>
        <source>&amp;Open Config Files…</source>
        <translation>Konfigurationsdateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read every file again and compare</source>
        <translation>Alle Dateien erneut lesen und vergleichen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Leave the selected files out of the comparison (they are not deleted)</source>
        <translation>Die ausgewählten Dateien vom Vergleich ausnehmen (sie werden nicht gelöscht)</translation>
    </message>
    <message>
        <source>Drop more files on the page to add them.</source>
        <translation>Ziehen Sie weitere Dateien auf die Seite, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Show information</source>
        <translation>Informationen anzeigen</translation>
    </message>
    <message>
        <source>Filter differences</source>
        <translation>Abweichungen filtern</translation>
    </message>
    <message>
        <source>Filter differences…</source>
        <translation>Abweichungen filtern…</translation>
    </message>
    <message>
        <source>&amp;Add to Inventory as Requested</source>
        <translation>Als beantragt zum Inventar &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReminderBanner</name>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Overdue reviews (%1): %2.</source>
        <translation>Überfällige Überprüfungen (%1): %2.</translation>
    </message>
    <message>
        <source>Due within %1 days or never reviewed (%2): %3.</source>
        <translation>Fällig innerhalb von %1 Tagen oder nie überprüft (%2): %3.</translation>
    </message>
    <message>
        <source>Pilots that never graduated (%1): %2.</source>
        <translation>Piloten, die nie in den Regelbetrieb übernommen wurden (%1): %2.</translation>
    </message>
    <message>
        <source>Show &amp;Reviews</source>
        <translation>&amp;Überprüfungen anzeigen</translation>
    </message>
    <message>
        <source>Review reminders</source>
        <translation>Erinnerungen an Überprüfungen</translation>
    </message>
    <message>
        <source>Dismiss the reminders</source>
        <translation>Erinnerungen ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestForm</name>
    <message>
        <source>Request details</source>
        <translation>Details des Antrags</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Antrag genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Requested &amp;by</source>
        <translation>Beantragt &amp;von</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Beantragt a&amp;m</translation>
    </message>
    <message>
        <source>Conne&amp;ctor</source>
        <translation>Conne&amp;ctor</translation>
    </message>
    <message>
        <source>Sk&amp;ill</source>
        <translation>Sk&amp;ill</translation>
    </message>
    <message>
        <source>D&amp;ecided on</source>
        <translation>&amp;Entschieden am</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Beschrei&amp;bung</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation>Entschei&amp;dung</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>A request needs a title.</source>
        <translation>Ein Antrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>A request cannot be decided (%1) before it was made (%2).</source>
        <translation>Ein Antrag kann nicht entschieden werden (%1), bevor er gestellt wurde (%2).</translation>
    </message>
    <message>
        <source>Edit request “%1”</source>
        <translation>Antrag „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
</context>
<context>
    <name>steward::ui::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Filter by title, kind, status or requester</source>
        <translation>Nach Titel, Art, Status oder Antragsteller filtern</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Antrag hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Antrag duplizieren</translation>
    </message>
    <message>
        <source>Delete request “%1”</source>
        <translation>Antrag „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewCommands</name>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>„%1“ als überprüft markieren</translation>
    </message>
    <message>
        <source>Change when reviews are due soon</source>
        <translation>Ändern, wann Überprüfungen bald fällig sind</translation>
    </message>
    <message>
        <source>Change how long pilots may run</source>
        <translation>Ändern, wie lange Piloten laufen dürfen</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewDetailsPanel</name>
    <message>
        <source>Review history</source>
        <translation>Verlauf der Überprüfungen</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <translation>Noch keine Überprüfung erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose a row to see its reviews, or mark it reviewed.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Überprüfungen zu sehen, oder markieren Sie sie als überprüft.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Eigentümer</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · reviewed %3</source>
        <translation>%1 · %2 · %3 überprüft</translation>
    </message>
    <message>
        <source>Never reviewed: the first review is due now.</source>
        <translation>Nie überprüft: Die erste Überprüfung ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Last reviewed on %1. Next review %2 (%3).</source>
        <translation>Zuletzt überprüft am %1. Nächste Überprüfung %2 (%3).</translation>
    </message>
    <message>
        <source>Last reviewed on %1 by %2. Next review %3 (%4).</source>
        <translation>Zuletzt überprüft am %1 von %2. Nächste Überprüfung %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Pilot never graduated: in pilot since %1, and pilots graduate within %n week(s). Make it active or archive it on the Workspaces page.</source>
        <translation>
            <numerusform>⚠ Pilot nie in den Regelbetrieb übernommen: Pilot seit %1, und Piloten werden innerhalb von %n Woche in den Regelbetrieb übernommen. Setzen Sie ihn auf der Seite „Arbeitsbereiche“ auf aktiv oder archivieren Sie ihn.</numerusform>
            <numerusform>⚠ Pilot nie in den Regelbetrieb übernommen: Pilot seit %1, und Piloten werden innerhalb von %n Wochen in den Regelbetrieb übernommen. Setzen Sie ihn auf der Seite „Arbeitsbereiche“ auf aktiv oder archivieren Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>(no longer in the directory)</source>
        <translation>(nicht mehr im Verzeichnis)</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewTableModel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie überprüft</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>%1 · Pilot never graduated</source>
        <translation>%1 · Pilot nie in den Regelbetrieb übernommen</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Eigentümer)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Next review %1 (%2)</source>
        <translation>Nächste Überprüfung %1 (%2)</translation>
    </message>
    <message>
        <source>In pilot since %1: longer than pilots may run without graduating</source>
        <translation>Pilot seit %1: länger, als Piloten ohne Übernahme in den Regelbetrieb laufen dürfen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Prüfrhythmus</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Überprüft von</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewsPage</name>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>Als überprüft &amp;markieren…</translation>
    </message>
    <message>
        <source>Filter reviews</source>
        <translation>Überprüfungen filtern</translation>
    </message>
    <message>
        <source>Filter by name, kind, owner, state…</source>
        <translation>Nach Name, Art, Eigentümer, Stand filtern…</translation>
    </message>
    <message>
        <source>Show the items of</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <source>Record a review of the selected item (Enter)</source>
        <translation>Eine Überprüfung des ausgewählten Eintrags erfassen (Enter)</translation>
    </message>
    <message>
        <source>Reviews by due date</source>
        <translation>Überprüfungen nach Fälligkeit</translation>
    </message>
    <message>
        <source>Reviews are due soon within this many days</source>
        <translation>Zeitraum in Tagen, in dem Überprüfungen als bald fällig gelten</translation>
    </message>
    <message>
        <source>Pilots graduate within this many weeks</source>
        <translation>Zeitraum in Wochen, in dem Piloten in den Regelbetrieb übernommen werden</translation>
    </message>
    <message>
        <source>Review settings</source>
        <translation>Prüfeinstellungen</translation>
    </message>
    <message>
        <source>Due &amp;soon within</source>
        <translation>&amp;Bald fällig innerhalb von</translation>
    </message>
    <message>
        <source>&amp;Pilots graduate within</source>
        <translation>&amp;Pilotphase dauert höchstens</translation>
    </message>
    <message>
        <source>Kept in the inventory: everyone who opens it, the reminders and steward lint use the same settings.</source>
        <translation>Im Inventar gespeichert: Alle, die es öffnen, die Erinnerungen und steward lint verwenden dieselben Einstellungen.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Eigentümer)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bald fällig</numerusform>
            <numerusform>%n bald fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) never graduated</source>
        <translation>
            <numerusform>%n Pilot nie in den Regelbetrieb übernommen</numerusform>
            <numerusform>%n Piloten nie in den Regelbetrieb übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — showing %2 of %n item(s)</source>
        <translation>
            <numerusform>%1 – %2 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 – %2 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the review settings</source>
        <translation>Prüfeinstellungen können nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RoutingCalculator</name>
    <message>
        <source>Does it touch &amp;confidential or restricted data?</source>
        <translation>Berührt es &amp;vertrauliche oder streng vertrauliche Daten?</translation>
    </message>
    <message>
        <source>Does it &amp;write to a system?</source>
        <translation>&amp;Schreibt es in ein System?</translation>
    </message>
    <message>
        <source>Can data &amp;leave the organisation?</source>
        <translation>Können Daten die Organisation ver&amp;lassen?</translation>
    </message>
    <message>
        <source>Touches confidential or restricted data</source>
        <translation>Berührt vertrauliche oder streng vertrauliche Daten</translation>
    </message>
    <message>
        <source>Writes to a system</source>
        <translation>Schreibt in ein System</translation>
    </message>
    <message>
        <source>Data can leave the organisation</source>
        <translation>Daten können die Organisation verlassen</translation>
    </message>
    <message>
        <source>Answer for a new use of the agent — a connector, a skill, a scheduled task — to see which review it needs (the routing of seed 000).</source>
        <translation>Beantworten Sie die Fragen für eine neue Nutzung des Agenten – einen Connector, einen Skill, eine geplante Aufgabe –, um zu sehen, welche Prüfung sie braucht (das Routing von Seed 000).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Review it needs</source>
        <translation>Erforderliche Prüfung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>The policy does not say when tier %1 applies.</source>
        <translation>Die Richtlinie sagt nicht, wann Stufe %1 gilt.</translation>
    </message>
    <message>
        <source>The policy states no control for tier %1: add it on the Rules tab.</source>
        <translation>Die Richtlinie nennt keine Kontrolle für Stufe %1: Fügen Sie sie auf der Registerkarte „Regeln“ hinzu.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ScopesEditor</name>
    <message>
        <source>Add scope…</source>
        <translation>Scope hinzufügen…</translation>
    </message>
    <message>
        <source>Remove scope</source>
        <translation>Scope entfernen</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>OAuth-Scopes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Add OAuth scope</source>
        <translation>OAuth-Scope hinzufügen</translation>
    </message>
    <message>
        <source>Remove OAuth scope</source>
        <translation>OAuth-Scope entfernen</translation>
    </message>
    <message>
        <source>Mode of scope %1</source>
        <translation>Modus des Scopes %1</translation>
    </message>
    <message>
        <source>Scope, exactly as in the OAuth scope parameter:</source>
        <translation>Scope, genau wie im OAuth-Parameter „scope“:</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillForm</name>
    <message>
        <source>Skill details</source>
        <translation>Details des Skills</translation>
    </message>
    <message>
        <source>What the skill is for, and when not</source>
        <translation>Wofür der Skill gedacht ist und wofür nicht</translation>
    </message>
    <message>
        <source>What it reads</source>
        <translation>Was er liest</translation>
    </message>
    <message>
        <source>What it produces</source>
        <translation>Was er erzeugt</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>z. B. 1.2</translation>
    </message>
    <message>
        <source>Has a SKILL.md</source>
        <translation>Hat eine SKILL.md</translation>
    </message>
    <message>
        <source>https://…/SKILL.md</source>
        <translation>https://…/SKILL.md</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation>&amp;Verwendungszweck</translation>
    </message>
    <message>
        <source>In&amp;puts</source>
        <translation>Ein&amp;gaben</translation>
    </message>
    <message>
        <source>O&amp;utputs</source>
        <translation>Ausga&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>Versi&amp;on</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>SKILL.md &amp;URL</source>
        <translation>SKILL.md-&amp;URL</translation>
    </message>
    <message>
        <source>Verified after model &amp;update</source>
        <translation>Nach Modell-Up&amp;date verifiziert</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Prüf&amp;rhythmus</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>&amp;Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Linked &amp;connectors</source>
        <translation>Verknüpfte &amp;Connectors</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;izen</translation>
    </message>
    <message>
        <source>A skill needs a name.</source>
        <translation>Ein Skill braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a skill named “%1”.</source>
        <translation>Es gibt bereits einen Skill namens „%1“.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path/SKILL.md.</source>
        <translation>Keine Webadresse: Verwenden Sie die Form https://host/pfad/SKILL.md.</translation>
    </message>
    <message>
        <source>Edit skill “%1”</source>
        <translation>Skill „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>SKILL.md</source>
        <translation>SKILL.md</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verifiziert am</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Skills filtern</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Skills filtern…</translation>
    </message>
    <message>
        <source>Skill not added</source>
        <translation>Skill nicht hinzugefügt</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neuer Skill</translation>
    </message>
    <message>
        <source>Add skill “%1”</source>
        <translation>Skill „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate skill as “%1”</source>
        <translation>Skill als „%1“ duplizieren</translation>
    </message>
    <message>
        <source>workspaces: %1</source>
        <translation>Arbeitsbereiche: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n erfasste Überprüfung</numerusform>
            <numerusform>%n erfasste Überprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is used by %2.

Deleting it removes those links; undo brings them back.</source>
        <translation>„%1“ wird verwendet (%2).

Beim Löschen werden diese Verknüpfungen entfernt; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Skill löschen</translation>
    </message>
    <message>
        <source>Delete skill “%1”</source>
        <translation>Skill „%1“ löschen</translation>
    </message>
    <message>
        <source>Skill not deleted</source>
        <translation>Skill nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>steward::ui::StringListEditor</name>
    <message>
        <source>Add %1 (Insert)</source>
        <translation>%1 hinzufügen (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete)</source>
        <translation>Ausgewählten Eintrag entfernen: %1 (Delete)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten verschieben (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>steward::ui::TasksEditor</name>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Scheduled tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Add scheduled task</source>
        <translation>Geplante Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove scheduled task</source>
        <translation>Geplante Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Task %1 active</source>
        <translation>Aufgabe %1 aktiv</translation>
    </message>
    <message>
        <source>Owner of task %1</source>
        <translation>Eigentümer der Aufgabe %1</translation>
    </message>
    <message>
        <source>Name of the task:</source>
        <translation>Name der Aufgabe:</translation>
    </message>
</context>
<context>
    <name>steward::ui::UserGuideWindow</name>
    <message>
        <source>Steward User Guide</source>
        <translation>Steward-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of Steward.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build von Steward.</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspaceForm</name>
    <message>
        <source>Workspace details</source>
        <translation>Details des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>What the team uses the workspace for</source>
        <translation>Wofür das Team den Arbeitsbereich nutzt</translation>
    </message>
    <message>
        <source>Business function, e.g. Finance</source>
        <translation>Bereich, z. B. Finanzen</translation>
    </message>
    <message>
        <source>Which data the workspace holds</source>
        <translation>Welche Daten der Arbeitsbereich enthält</translation>
    </message>
    <message>
        <source>The workspace has a CLAUDE.md</source>
        <translation>Der Arbeitsbereich hat eine CLAUDE.md</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>A pilot that runs past the graduation window set on the Reviews page is flagged as never graduated.</source>
        <translation>Ein Pilot, der länger läuft als der auf der Seite „Überprüfungen“ festgelegte Zeitraum für die Übernahme in den Regelbetrieb, wird als nie übernommen gekennzeichnet.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Pilot s&amp;ince</source>
        <translation>Pilot se&amp;it</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>S&amp;ponsor</source>
        <translation>S&amp;ponsor</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Lizenzplätze</translation>
    </message>
    <message>
        <source>&amp;Data class</source>
        <translation>&amp;Datenklasse</translation>
    </message>
    <message>
        <source>Data desc&amp;ription</source>
        <translation>Beschreibun&amp;g der Daten</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>CLAUDE.md &amp;URL</source>
        <translation>CLAUDE.md-&amp;URL</translation>
    </message>
    <message>
        <source>Scheduled &amp;tasks</source>
        <translation>Geplante &amp;Aufgaben</translation>
    </message>
    <message>
        <source>Linked &amp;connectors</source>
        <translation>Verknüpfte &amp;Connectors</translation>
    </message>
    <message>
        <source>Linked s&amp;kills</source>
        <translation>Verknüpfte S&amp;kills</translation>
    </message>
    <message>
        <source>&amp;Memory checked</source>
        <translation>Gedäc&amp;htnis geprüft</translation>
    </message>
    <message>
        <source>Review ca&amp;dence</source>
        <translation>Prüf&amp;rhythmus</translation>
    </message>
    <message>
        <source>&amp;Last reviewed</source>
        <translation>Zuletzt überprü&amp;ft</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not a web address: use the form https://host/path.</source>
        <translation>Keine Webadresse: Verwenden Sie die Form https://host/pfad.</translation>
    </message>
    <message>
        <source>Seats are between 0 and %1.</source>
        <translation>Lizenzplätze liegen zwischen 0 und %1.</translation>
    </message>
    <message>
        <source>A pilot starts today or earlier, not on %1.</source>
        <translation>Ein Pilot beginnt heute oder früher, nicht am %1.</translation>
    </message>
    <message>
        <source>A scheduled task needs a name.</source>
        <translation>Eine geplante Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspaceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lizenzplätze</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>CLAUDE.md</source>
        <translation>CLAUDE.md</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Prüfrhythmus</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Filter workspaces</source>
        <translation>Arbeitsbereiche filtern</translation>
    </message>
    <message>
        <source>Filter workspaces…</source>
        <translation>Arbeitsbereiche filtern…</translation>
    </message>
    <message>
        <source>Workspace not added</source>
        <translation>Arbeitsbereich nicht hinzugefügt</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Add workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate workspace as “%1”</source>
        <translation>Arbeitsbereich als „%1“ duplizieren</translation>
    </message>
    <message>
        <source>scheduled tasks: %1</source>
        <translation>geplante Aufgaben: %1</translation>
    </message>
    <message>
        <source>links to connectors: %1</source>
        <translation>Verknüpfungen zu Connectors: %1</translation>
    </message>
    <message>
        <source>links to skills: %1</source>
        <translation>Verknüpfungen zu Skills: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n erfasste Überprüfung</numerusform>
            <numerusform>%n erfasste Überprüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” with its %2?

Undo brings them back.</source>
        <translation>„%1“ mit allem Zugehörigen löschen (%2)?

Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ löschen</translation>
    </message>
    <message>
        <source>Workspace not deleted</source>
        <translation>Arbeitsbereich nicht gelöscht</translation>
    </message>
</context>
</TS>
