#pragma once

#include "domain/connectortext.h"
#include "domain/types.h"
#include "store/errors.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace steward {

class RecordWriter;

// Who holds a file's write lock, as far as the lock file tells.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;
};

// One open inventory file. Reads return value types; every mutating call is one SQLite
// transaction that also appends its audit rows, and either happens whole or not at all (a
// StoreError reaches the caller after the rollback). Calls made inside transaction() join it.
//
// add*() of an entity whose id is not 0 adds it under that id, and its children (scopes, tasks)
// under theirs, if the ids are free: that is how undo brings a removed row back unchanged.
class Store
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Inspects the file read-only first; throws OpenError (file untouched) if it is not an
    // inventory this build can open. Migrates an older schema after writing PATH.vN.bak.
    static std::unique_ptr<Store> open(const QString& path, Mode mode = Mode::ReadWrite);
    // Creates a new, empty inventory (schema, the four governance objects, an empty policy),
    // recording `actor` (default: defaultActor()) as the author of those first rows.
    static std::unique_ptr<Store> create(const QString& path, const QString& actor = {});

    // A second writer on the file `owner` holds for writing, for a worker thread of this process
    // (call it on that thread: a Qt SQL connection belongs to the thread that opens it). It works
    // under the owner's lock, so it must be gone before the owner is; once it has written, the
    // owner calls refresh(). SQLite's own locking keeps the two connections' transactions apart.
    static std::unique_ptr<Store> openBeside(const Store& owner);
    // Re-reads what a connection opened with openBeside() may have changed underneath (the head of
    // the audit chain).
    void refresh();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // Set when open() migrated the file: where the copy of the file as it was lies.
    const QString& migrationBackup() const { return m_migrationBackup; }

    void setActor(const QString& actor);
    QString actor() const;
    static QString defaultActor();

    // Runs work in one transaction; nested calls (and every mutating call inside) join it.
    void transaction(const std::function<void()>& work);

    // People
    std::vector<Person> people() const;
    std::optional<Person> person(Id id) const;
    Id personIdByName(const QString& name) const; // 0 when unknown
    Id addPerson(const Person& person);
    void updatePerson(const Person& person);
    void removePerson(Id id);             // refused while anything refers to the person
    Id ensurePerson(const QString& name); // the person's id, adding them if unknown; 0 for ""

    // The review rhythms (one per Cadence), matched by cadence
    std::vector<CadenceDefinition> cadences() const;
    void setCadences(const std::vector<CadenceDefinition>& cadences);

    // The four governance objects' metadata
    std::vector<GovernanceObject> governanceObjects() const;
    GovernanceObject governanceObject(GovernanceKind kind) const;
    void updateGovernanceObject(const GovernanceObject& object);

    // Acceptable-use policy
    Policy policy() const;
    // History is not written here. An approved policy is frozen: a policy marked approved must
    // have the content of the latest approved version (changes go into a draft).
    void updatePolicy(const Policy& policy);
    // Marks the current policy approved and appends it to the version history (under versionId
    // when not 0 and free: redo after undo); returns the version's id.
    Id approvePolicy(Id approverId, const QDate& approvedOn, const QDate& effectiveOn, Id versionId = 0);
    // Undoes the latest approval: removes that version from the history and makes the policy
    // `restored` (what it was before the approval). Refused for any other version.
    void withdrawPolicyApproval(Id versionId, const Policy& restored);
    // Makes the policy `policy`, its history included, as an import restores it: each version of
    // policy.history the stored history lacks (by version number) is appended in the given order,
    // exactly as given (snapshot included); one the history holds must be identical to it. Then as
    // updatePolicy(), so an approved policy must match the latest version afterwards.
    void restorePolicy(const Policy& policy);

    // Workspaces
    std::vector<Workspace> workspaces() const;
    std::optional<Workspace> workspace(Id id) const;
    Id addWorkspace(const Workspace& workspace);
    void updateWorkspace(const Workspace& workspace);
    void removeWorkspace(Id id); // with its tasks, links and reviews; refused while incidents involve it

    // Connectors
    std::vector<Connector> connectors() const;
    std::optional<Connector> connector(Id id) const;
    // Every connector in id order, handed to `visit` a row at a time as UTF-8, none kept: for the
    // exports that write them all (CSV). A scope whose connector_id is not an integer (only a file
    // edited by hand holds one) is left out, where connectors() gives it to the connector whose id
    // that value converts to.
    void forEachConnectorText(const std::function<void(const ConnectorText&)>& visit) const;
    // An edit goes through the seed's connector rules (rules::applyConnectorRules: tier floor,
    // re-approval after widening, approver on re-approval) and is refused with a StoreError when they
    // refuse it. A restore (undo and redo of a state stored before) writes the value exactly.
    enum class WriteMode { Edit, Restore };
    Id addConnector(const Connector& connector, WriteMode mode = WriteMode::Edit);
    void updateConnector(const Connector& connector, WriteMode mode = WriteMode::Edit);
    void removeConnector(Id id); // with its scopes, links and reviews; refused while incidents or requests name it

    // Skills
    std::vector<Skill> skills() const;
    std::optional<Skill> skill(Id id) const;
    Id addSkill(const Skill& skill);
    void updateSkill(const Skill& skill);
    void removeSkill(Id id); // with its links and reviews; refused while requests name it

    // RACI
    Raci raci() const;
    // Makes the stored matrix exactly `raci` (roles and activities with id 0 are added, in the
    // given order) and returns it as stored, with ids.
    Raci setRaci(const Raci& raci);

    // Reviews, forum requests, incidents
    std::vector<Review> reviews() const;
    // Records that a review took place ("Mark reviewed"): adds it (under review.id when not 0 and
    // free: redo) and makes it the subject's last review, unless a later one is recorded already.
    Id recordReview(const Review& review);
    // Undoes recordReview(): removes the review and gives its subject back the review state it had.
    void withdrawReview(Id reviewId, const ReviewState& restored);
    // The review state of a workspace, connector, skill or governance object ("governance").
    ReviewState reviewStateOf(const QString& subjectType, Id subjectId) const;
    // Every governance object, workspace, connector and skill with only what reviewing needs, in
    // that order and by id; those no longer in use too, marked so.
    std::vector<ReviewSubject> reviewSubjects() const;
    Id addReview(const Review& review);
    void updateReview(const Review& review);
    void removeReview(Id id);

    // Forum requests, with their deciders. add/update write the deciders as given (import, undo);
    // the forum's decision itself goes through decideRequest().
    std::vector<ForumRequest> requests() const;
    std::optional<ForumRequest> request(Id id) const;
    Id addRequest(const ForumRequest& request);
    void updateRequest(const ForumRequest& request);
    void removeRequest(Id id); // with its deciders
    // How many deciders a decision on `request` needs: 2 when the connector it concerns is tier 3
    // (seed 000's dual review), 1 otherwise; `reason` (if given) gets why, in a sentence.
    int requiredDeciders(const ForumRequest& request, QString* reason = nullptr) const;
    // Records the forum's decision on an open request: status approved or rejected, the deciders
    // (distinct people of the directory, at least requiredDeciders()), the day and a note. Approving
    // a request that concerns a connector (new connector, scope change) also approves the connector:
    // approved by the first decider, on that day, status approved. One transaction; refused with a
    // StoreError (nothing written) when the request is not open, the deciders are too few or unknown,
    // or the day is missing or still to come. Undo it with revertAudit() over its audit rows.
    void decideRequest(Id requestId, RequestDecision decision, const std::vector<Id>& deciders, const QDate& decidedOn,
                       const QString& note);

    // Incidents, with the connectors and workspaces involved and their follow-ups.
    std::vector<Incident> incidents() const;
    std::optional<Incident> incident(Id id) const;
    Id addIncident(const Incident& incident);
    void updateIncident(const Incident& incident);
    void removeIncident(Id id); // with its links and follow-ups

    // Forum meetings, by date (then id); the latest is the "last forum".
    std::vector<ForumMeeting> forumMeetings() const;
    std::optional<ForumMeeting> lastForumMeeting() const;
    // Records that the forum met on `heldOn` with `attendees` (people of the directory); returns its id.
    Id recordForumMeeting(const QDate& heldOn, const std::vector<Id>& attendees, const QString& notes);
    Id addForumMeeting(const ForumMeeting& meeting); // under meeting.id when not 0 and free
    void updateForumMeeting(const ForumMeeting& meeting);
    void removeForumMeeting(Id id);
    // The forum reviewed these governance objects at meeting `meetingId`: records a review of each,
    // dated the meeting's day, by `reviewerId` (0: nobody named), as recordReview() does; one
    // transaction. Returns the reviews' ids.
    std::vector<Id> reviewGovernanceAtMeeting(Id meetingId, const std::vector<GovernanceKind>& kinds, Id reviewerId);
    // The audit rows written on or after `day` (UTC), oldest first; only those of table `entity`
    // when given ("connectors"): what changed since the last forum.
    std::vector<AuditEntry> auditSince(const QDate& day, const QString& entity = {}) const;
    // The same rows handed to `visit` one at a time, none kept: a month of a large inventory's
    // trail (an import of 100 000 rows) would not fit in memory at once as well.
    void forEachAuditSince(const QDate& day, const std::function<void(const AuditEntry&)>& visit) const;

    // Settings stored in the inventory (defaults until set)
    ReviewSettings reviewSettings() const;
    void setReviewSettings(const ReviewSettings& settings);
    // A random identity given to the inventory when it was made (or upgraded to schema 4): 32 hex
    // digits that stay when the file is renamed or copied.
    QString inventoryId() const;

    // Paging for the editor's table models: up to `limit` rows with id > afterId, in id order,
    // complete with children and links (keyset pagination: each page costs the same).
    std::vector<Person> personPage(Id afterId, int limit) const;
    std::vector<Workspace> workspacePage(Id afterId, int limit) const;
    std::vector<Connector> connectorPage(Id afterId, int limit) const;
    std::vector<Skill> skillPage(Id afterId, int limit) const;

    // Every row's (id, name), in id order, without its other columns or children: for pickers
    // and name lookups, which would otherwise read whole rows for their names.
    std::vector<NamedId> personNames() const;
    std::vector<NamedId> workspaceNames() const;
    std::vector<NamedId> connectorNames() const;
    std::vector<NamedId> skillNames() const;

    // Writes a consistent copy of the whole inventory to `path` (File › Save a Copy As); the
    // copy is a complete inventory with its audit trail. Refuses to overwrite an existing file.
    void saveCopy(const QString& path) const;

    // Counts of the main tables, cheap enough for a status bar.
    qint64 count(const QString& table) const;

    std::vector<AuditEntry> auditTrail() const;
    // The seq of the newest audit row (0 for none): what an operation's changes come after.
    qint64 auditHead() const;
    // Undoes, newest first, the changes audit rows after+1 … upTo recorded (an import, as one undo
    // step), as one transaction with audit rows of its own; refused when the file no longer holds
    // the state they left (a later change got in between).
    void revertAudit(qint64 after, qint64 upTo);
    // Does those changes again, oldest first (redo after revertAudit).
    void replayAudit(qint64 after, qint64 upTo);

    // Integrity check, hash chain and replay of the audit against the current rows. Empty when
    // the file is whole; otherwise one line per problem, naming table and id.
    QStringList verify() const;

    // For the verify command and tests: the raw connection (core only; the UI never gets it).
    QSqlDatabase& database() { return m_db; }

    // A read-only store's reads, from the first to endSnapshot(), all see the file as one commit
    // left it, though another Steward writes meanwhile (an export or verify beside an open
    // editor): one read transaction. The writer's next commit waits for it (busy timeout).
    void beginSnapshot() const;
    void endSnapshot() const;

private:
    Store(QString path, QSqlDatabase db, bool readOnly, std::unique_ptr<QLockFile> lock);
    void requireWritable() const;
    void migrate(int fromVersion);
    RecordWriter& writer();
    // All rows (only 0, limit < 0), the row with id `only`, or up to `limit` rows after afterId.
    std::vector<Workspace> readWorkspaces(Id only, Id afterId = 0, int limit = -1) const;
    std::vector<Connector> readConnectors(Id only, Id afterId = 0, int limit = -1) const;
    std::vector<Skill> readSkills(Id only, Id afterId = 0, int limit = -1) const;
    void syncLinks(const QString& table, const QString& parentColumn, Id parentId, const QString& otherColumn,
                   const std::vector<Id>& otherIds, bool parentIsNew = false);
    void checkReview(const Review& review) const;
    void checkRequest(const ForumRequest& request) const;
    void writeIncident(const Incident& incident, bool isNew, Id& id);
    void writeReviewState(const QString& subjectType, Id subjectId, const ReviewState& state);
    void applyAuditRange(qint64 after, qint64 upTo, bool revert);
    void removeReviewsOf(const QString& subjectType, Id subjectId);
    void checkName(const QString& table, const QString& name, Id self, const QString& what) const;
    void refuseIfReferenced(const QString& what, Id id,
                            const std::vector<std::pair<QString, QString>>& references) const;

    QString m_path;
    mutable QSqlDatabase m_db;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<RecordWriter> m_writer;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

// Who holds path's write lock, if anyone does.
std::optional<LockHolder> lockHolder(const QString& path);

} // namespace steward
