#include "store/store.h"

#include "store/fileinspector.h"
#include "store/forumsupport.h"
#include "store/recordwriter.h"
#include "store/schema.h"
#include "store/sqlitedialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <QSqlError>
#include <QSqlQuery>

namespace steward {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

QString lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        const auto holder = lockHolder(path);
        const QString who = holder ? Tr::tr("Steward (process %1 on %2)").arg(holder->pid).arg(holder->host)
                                   : Tr::tr("another program");
        // A lock left by a machine that crashed is never stale to us (its process cannot be
        // checked from here): say how to release it.
        throw OpenError(OpenErrorKind::Locked, path,
                        Tr::tr("%1 is open for editing in %2. If Steward is no longer running there, delete %3 "
                               "and try again.")
                            .arg(QFileInfo(path).fileName(), who, QDir::toNativeSeparators(lockPathFor(path))));
    }
    throw OpenError(OpenErrorKind::NotWritable, path,
                    Tr::tr("The folder holding %1 is not writable, so Steward cannot edit the file there (it keeps "
                           "a lock file beside it). Open it read-only, or copy it to a folder you can write to.")
                        .arg(QFileInfo(path).fileName()));
}

void execDdl(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(
            Tr::tr("Changing the file's structure failed (%1): %2").arg(sql.left(60), query.lastError().text()));
}

QString backupPathFor(const QString& path, int version)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    if (QFileInfo::exists(candidate))
        candidate = QStringLiteral("%1.v%2-%3.bak")
                        .arg(path)
                        .arg(version)
                        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
    return candidate;
}

// The backup must be on disk before the first migration step commits (which syncs the file):
// QSaveFile writes a temporary file, syncs it and renames it into place.
bool writeDurableCopy(const QString& from, const QString& to)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return false;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return false;
        }
    }
    return target.commit();
}

} // namespace

std::optional<LockHolder> lockHolder(const QString& path)
{
    QLockFile lock(lockPathFor(path));
    LockHolder holder;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    return holder;
}

Store::Store(QString path, QSqlDatabase db, bool readOnly, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_readOnly(readOnly)
    , m_lock(std::move(lock))
    , m_writer(std::make_unique<RecordWriter>(m_db))
{
    m_writer->setActor(defaultActor());
}

Store::~Store()
{
    m_writer.reset();
    sqlite::closeConnection(m_db);
}

std::unique_ptr<Store> Store::open(const QString& path, Mode mode)
{
    const bool readOnly = mode == Mode::ReadOnly;
    std::unique_ptr<QLockFile> lock;
    const QFileInfo info(path);
    if (!readOnly && info.isFile()) {
        if (!info.isWritable())
            throw OpenError(OpenErrorKind::NotWritable, path,
                            Tr::tr("%1 is write-protected, so Steward cannot record changes in it. Open it "
                                   "read-only, or make it writable first.")
                                .arg(info.fileName()));
        // Locked before it is inspected, so no other writer can migrate or replace it meanwhile.
        lock = acquireLock(path);
        if (hasHotJournal(path)) {
            // The last writer was interrupted mid-transaction: SQLite rolls the journal back on
            // the first read of a writable connection, restoring the file as of its last commit.
            QSqlDatabase recovery = sqlite::openConnection(path, false);
            sqlite::userTables(recovery);
            sqlite::closeConnection(recovery);
        }
    }
    const FileInspection inspection = inspectFile(path, lock != nullptr); // throws for anything not an inventory
    if (readOnly && inspection.schemaVersion < schema::currentVersion)
        throw OpenError(OpenErrorKind::MigrationFailed, path,
                        Tr::tr("%1 was made by an older Steward and must be upgraded before it can be read. "
                               "Open it for editing once to upgrade it (a backup is kept).")
                            .arg(QFileInfo(path).fileName()));

    if (!readOnly && !lock)
        lock = acquireLock(path);
    QSqlDatabase db = sqlite::openConnection(path, readOnly);
    QString error;
    const bool configured =
        db.isOpen() && (readOnly ? sqlite::configureReader(db, &error) : sqlite::configureWriter(db, &error));
    if (!configured) {
        const QString reason = db.isOpen() ? error : db.lastError().text();
        sqlite::closeConnection(db);
        throw OpenError(OpenErrorKind::Io, path, Tr::tr("Cannot open %1: %2").arg(path, reason));
    }

    std::unique_ptr<Store> store(new Store(path, db, readOnly, std::move(lock)));
    db = QSqlDatabase(); // the store owns the connection now; a stray handle would outlive it
    store->m_schemaVersion = inspection.schemaVersion;
    if (store->m_schemaVersion < schema::currentVersion)
        store->migrate(store->m_schemaVersion);
    store->m_writer->loadHead();
    return store;
}

std::unique_ptr<Store> Store::openBeside(const Store& owner)
{
    if (owner.isReadOnly())
        throw OpenError(OpenErrorKind::NotWritable, owner.path(), Tr::tr("The inventory is open read-only."));
    QSqlDatabase db = sqlite::openConnection(owner.path(), false);
    QString error;
    if (!db.isOpen() || !sqlite::configureWriter(db, &error)) {
        const QString reason = db.isOpen() ? error : db.lastError().text();
        sqlite::closeConnection(db);
        throw OpenError(OpenErrorKind::Io, owner.path(), Tr::tr("Cannot open %1: %2").arg(owner.path(), reason));
    }
    std::unique_ptr<Store> store(new Store(owner.path(), db, false, nullptr));
    db = QSqlDatabase();
    store->m_schemaVersion = owner.m_schemaVersion;
    store->setActor(owner.actor());
    store->m_writer->loadHead();
    return store;
}

void Store::refresh()
{
    m_writer->loadHead();
}

std::unique_ptr<Store> Store::create(const QString& path, const QString& actor)
{
    if (QFileInfo::exists(path))
        throw OpenError(OpenErrorKind::AlreadyExists, path,
                        Tr::tr("the file already exists; Steward will not overwrite it."));
    if (const QFileInfo folder(QFileInfo(path).absolutePath()); !folder.isDir())
        throw OpenError(OpenErrorKind::NotFound, path,
                        Tr::tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    else if (!folder.isWritable())
        throw OpenError(OpenErrorKind::NotWritable, path,
                        Tr::tr("the folder %1 is not writable.").arg(QDir::toNativeSeparators(folder.filePath())));
    auto lock = acquireLock(path);
    QSqlDatabase db = sqlite::openConnection(path, false);
    QString error;
    if (!db.isOpen() || !sqlite::configureWriter(db, &error)) {
        const QString reason = db.isOpen() ? error : db.lastError().text();
        sqlite::closeConnection(db);
        QFile::remove(path);
        throw OpenError(OpenErrorKind::Io, path, Tr::tr("Cannot create %1: %2").arg(path, reason));
    }
    std::unique_ptr<Store> store(new Store(path, db, false, std::move(lock)));
    db = QSqlDatabase(); // the store owns the connection now; a stray handle would outlive it
    store->setActor(actor);
    try {
        store->migrate(0);
        store->m_writer->loadHead();
        store->transaction([&] {
            for (GovernanceKind kind : {GovernanceKind::Policy, GovernanceKind::Workspaces, GovernanceKind::Connectors,
                                        GovernanceKind::Skills}) {
                store->m_writer->insert(QStringLiteral("governance_objects"),
                                        {{QStringLiteral("kind"), key(kind)},
                                         {QStringLiteral("owner_id"), QVariant()},
                                         {QStringLiteral("location"), QVariant()},
                                         // Seed 004: the policy is re-evaluated yearly, the inventories quarterly.
                                         {QStringLiteral("cadence"),
                                          key(kind == GovernanceKind::Policy ? Cadence::Annual : Cadence::Quarterly)},
                                         {QStringLiteral("last_reviewed_on"), QVariant()},
                                         {QStringLiteral("last_reviewed_by"), QVariant()}});
            }
            store->m_writer->insert(QStringLiteral("policy"),
                                    {{QStringLiteral("title"), Tr::tr("Acceptable-use policy")},
                                     {QStringLiteral("version"), QStringLiteral("0.1")},
                                     {QStringLiteral("status"), key(PolicyStatus::Draft)},
                                     {QStringLiteral("approved_by"), QVariant()},
                                     {QStringLiteral("approved_on"), QVariant()},
                                     {QStringLiteral("effective_on"), QVariant()},
                                     {QStringLiteral("training_opt_out"), QVariant()},
                                     {QStringLiteral("retention"), QVariant()}});
        });
    } catch (...) {
        store.reset();
        QFile::remove(path);
        throw;
    }
    return store;
}

void Store::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        m_migrationBackup = backupPathFor(m_path, fromVersion);
        if (!writeDurableCopy(m_path, m_migrationBackup))
            throw OpenError(OpenErrorKind::MigrationFailed, m_path,
                            Tr::tr("Cannot write the backup %1 before upgrading; the file was not changed.")
                                .arg(m_migrationBackup));
    }
    for (const schema::Migration& step : schema::migrations()) {
        if (step.toVersion <= fromVersion)
            continue;
        if (!m_db.transaction())
            throw OpenError(OpenErrorKind::MigrationFailed, m_path, m_db.lastError().text());
        try {
            for (const QString& statement : step.statements)
                execDdl(m_db, statement);
            if (step.toVersion == 1) {
                QSqlQuery seed(m_db);
                seed.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?)"));
                seed.addBindValue(audit::genesisHash());
                if (!seed.exec())
                    throw StoreError(seed.lastError().text());
            }
            if (step.toVersion == 5 && fromVersion > 0) {
                m_writer->loadHead();
                moveIncidentLinks(m_db, *m_writer);
            }
            QString error;
            if (!sqlite::writeVersionStamp(m_db, schema::applicationId, step.toVersion, &error))
                throw StoreError(error);
            if (!m_db.commit())
                throw StoreError(m_db.lastError().text());
        } catch (const StoreError& e) {
            m_db.rollback();
            m_writer->rollbackBatch();
            throw OpenError(OpenErrorKind::MigrationFailed, m_path,
                            Tr::tr("Upgrading to schema version %1 failed (%2). The file is as it was before "
                                   "this step; a copy of the original is at %3.")
                                .arg(step.toVersion)
                                .arg(e.message(), m_migrationBackup));
        }
        m_schemaVersion = step.toVersion;
    }
}

void Store::setActor(const QString& actor)
{
    m_writer->setActor(actor.trimmed().isEmpty() ? defaultActor() : actor.trimmed());
}

QString Store::actor() const
{
    return m_writer->actor();
}

QString Store::defaultActor()
{
    for (const char* variable : {"STEWARD_ACTOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Cron jobs, containers and CI often run without USER; the account name is still known.
    if (const passwd* account = ::getpwuid(::geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

void Store::requireWritable() const
{
    if (m_readOnly)
        throw StoreError(Tr::tr("%1 is open read-only.").arg(QFileInfo(m_path).fileName()));
}

RecordWriter& Store::writer()
{
    requireWritable();
    if (m_transactionDepth == 0)
        throw StoreError(QStringLiteral("internal: a write outside a transaction"));
    return *m_writer;
}

void Store::transaction(const std::function<void()>& work)
{
    requireWritable();
    if (m_transactionDepth > 0) {
        // A nested call that fails may have written part of its rows already. Its caller may
        // catch the error and carry on, so the whole transaction is marked as failed: the outer
        // call then rolls everything back instead of committing half a change.
        try {
            work();
        } catch (...) {
            m_transactionFailed = true;
            throw;
        }
        return;
    }
    if (!m_db.transaction())
        throw StoreError(Tr::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    m_transactionDepth = 1;
    m_transactionFailed = false;
    m_writer->beginBatch();
    try {
        work();
        if (m_transactionFailed)
            throw StoreError(Tr::tr("A change inside this operation failed, so none of it was saved."));
        m_writer->commitBatch();
        if (!m_db.commit())
            throw StoreError(Tr::tr("Cannot commit: %1").arg(m_db.lastError().text()));
    } catch (...) {
        m_db.rollback();
        m_writer->rollbackBatch();
        m_transactionDepth = 0;
        throw;
    }
    m_transactionDepth = 0;
}

void Store::saveCopy(const QString& path) const
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        throw StoreError(
            Tr::tr("%1 already exists; Steward will not overwrite it.").arg(QDir::toNativeSeparators(path)));
    if (const QFileInfo folder(target.absolutePath()); !folder.isDir())
        throw StoreError(
            Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (m_transactionDepth > 0)
        throw StoreError(Tr::tr("A copy cannot be saved while a change is being made; try again after it."));

    // Written under a temporary name and renamed once complete and on disk, so a file at `path`
    // is always a whole inventory, never the remains of an interrupted copy.
    const QString partial =
        QStringLiteral("%1.%2.partial").arg(path).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    auto fail = [&](const QString& reason) {
        QFile::remove(partial);
        return StoreError(Tr::tr("Cannot save a copy as %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    QString error;
    if (!sqlite::vacuumInto(m_db, partial, &error))
        throw fail(error);
    QFile copy(partial);
    if (!copy.open(QIODevice::ReadWrite))
        throw fail(copy.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(copy.handle()) != 0)
        throw fail(Tr::tr("the copy could not be written to disk."));
#endif
    copy.close();
    // rename() refuses to replace a file that appeared at `path` meanwhile.
    if (!copy.rename(path))
        throw fail(QFileInfo::exists(path) ? Tr::tr("a file of that name appeared meanwhile.") : copy.errorString());
}

qint64 Store::count(const QString& table) const
{
    if (!schema::auditedTables().contains(table) && table != QLatin1String("audit"))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace steward
