#include "store/fileinspector.h"

#include "store/errors.h"
#include "store/schema.h"
#include "store/sqlitedialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace steward {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::FileInspector)
};

// The database header stores its own size; a file shorter than that lost its tail.
void checkHeader(const QString& path, const QByteArray& header, qint64 fileSize)
{
    const QString name = QFileInfo(path).fileName();
    if (!sqlite::hasSqliteHeader(header))
        throw OpenError(OpenErrorKind::NotSqlite, path,
                        Tr::tr("%1 is not a Steward inventory: it is not a database file at all.").arg(name));
    if (header.size() < 100)
        throw OpenError(OpenErrorKind::Corrupt, path, Tr::tr("%1 is damaged: its header is cut short.").arg(name));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw OpenError(OpenErrorKind::Corrupt, path, Tr::tr("%1 is damaged: its header is not valid.").arg(name));
    const bool sizeIsKnown = changeCounter == versionValidFor && pageCount > 0;
    if (fileSize % pageSize != 0 || (sizeIsKnown && qint64(pageCount) * pageSize > fileSize))
        throw OpenError(OpenErrorKind::Corrupt, path,
                        Tr::tr("%1 is damaged: the file is shorter than the database it holds (it may have been "
                               "truncated by an interrupted copy). Restore it from a backup.")
                            .arg(name));
}

bool readsBookkeeping(QSqlDatabase& db, QString* damage)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"))) {
        *damage = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        *damage = Tr::tr("the record of where its audit trail ends is missing, so it is not a complete Steward "
                         "inventory.");
        return false;
    }
    return true;
}

// A journal beside a file that a live Steward holds is a transaction in progress, not the trace
// of a crash: SQLite makes a reader wait for it (busy timeout) instead.
bool isBeingWritten(const QString& path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

// The header and size as they are while SQLite's shared lock is held. Beside a live writer the raw
// bytes read without a lock may fall between the pages of a commit (the header already counting
// pages not yet written); no commit runs while a reader holds the shared lock, so what is read
// then is the file as its last commit left it.
void checkHeaderWhileReading(const QString& path)
{
    QSqlDatabase db = sqlite::openConnection(path, true);
    const QString name = QFileInfo(path).fileName();
    const auto busy = [&] {
        sqlite::closeConnection(db);
        return OpenError(OpenErrorKind::Locked, path,
                         Tr::tr("%1 is being changed by another Steward right now; try again when it has "
                                "finished.")
                             .arg(name));
    };
    if (!db.isOpen() || !db.transaction())
        throw busy();
    bool locked = false;
    {
        QSqlQuery lock(db); // the first read takes the shared lock, waiting out a commit (busy timeout)
        locked = lock.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && lock.next();
    }
    if (!locked)
        throw busy();
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    const qint64 size = opened ? file.size() : 0;
    const QByteArray header = opened ? file.read(100) : QByteArray();
    file.close();
    db.rollback();
    sqlite::closeConnection(db);
    checkHeader(path, header, size);
}

} // namespace

bool hasHotJournal(const QString& path)
{
    // SQLite's own rule: a journal whose first byte is not zero must be played back (or, when it
    // holds no valid records, discarded) before the file may be read. Only a writable connection
    // can do either.
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    if (first.isEmpty() || first.front() == '\0')
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (!sqlite::hasSqliteHeader(header) || header.size() < 100)
        return false;
    // application_id is the big-endian integer at offset 68 of the database header.
    return qFromBigEndian<qint32>(header.constData() + 68) == schema::applicationId;
}

FileInspection inspectFile(const QString& path, bool callerHoldsLock)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        throw OpenError(OpenErrorKind::NotFound, path, Tr::tr("%1 does not exist.").arg(path));
    if (info.isDir())
        throw OpenError(OpenErrorKind::NotSqlite, path, Tr::tr("%1 is a folder, not an inventory file.").arg(path));
    if (!info.isFile())
        throw OpenError(OpenErrorKind::NotSqlite, path,
                        Tr::tr("%1 is not a regular file (a device, pipe or socket), not an inventory.").arg(path));

    if (hasHotJournal(path) && !callerHoldsLock && !isBeingWritten(path))
        throw OpenError(OpenErrorKind::Interrupted, path,
                        Tr::tr("%1 was left in the middle of a change by a Steward that stopped unexpectedly (its "
                               "rollback journal is beside it). Open it for editing once: the unfinished change is "
                               "rolled back and the file is as it was after its last completed edit.")
                            .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OpenError(OpenErrorKind::Unreadable, path, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        throw OpenError(OpenErrorKind::Empty, path,
                        Tr::tr("%1 is empty (0 bytes). It may be a placeholder or a failed download.").arg(name));
    const QByteArray header = file.read(100);
    file.close();
    try {
        checkHeader(path, header, size);
    } catch (const OpenError& e) {
        if (e.kind() != OpenErrorKind::Corrupt || callerHoldsLock || !isBeingWritten(path))
            throw;
        checkHeaderWhileReading(path);
    }

    QSqlDatabase db = sqlite::openConnection(path, true);
    auto fail = [&db, &name, callerHoldsLock](OpenErrorKind kind, const QString& path, const QString& message) {
        sqlite::closeConnection(db);
        // A file that another Steward is writing to cannot be read until that write commits;
        // what looks like damage then is only the wait running out.
        if (kind == OpenErrorKind::Corrupt && !callerHoldsLock && isBeingWritten(path))
            throw OpenError(OpenErrorKind::Locked, path,
                            Tr::tr("%1 is being changed by another Steward right now; try again when it has "
                                   "finished.")
                                .arg(name));
        throw OpenError(kind, path, message);
    };
    if (!db.isOpen())
        fail(OpenErrorKind::Corrupt, path, Tr::tr("%1 cannot be opened: %2").arg(name, db.lastError().text()));

    bool ok = false;
    const int applicationId = sqlite::readApplicationId(db, &ok);
    if (!ok)
        fail(OpenErrorKind::Corrupt, path, Tr::tr("%1 is damaged: its header cannot be read.").arg(name));
    const int userVersion = sqlite::readUserVersion(db, &ok);
    if (!ok)
        fail(OpenErrorKind::Corrupt, path, Tr::tr("%1 is damaged: its header cannot be read.").arg(name));

    if (applicationId != schema::applicationId) {
        const QStringList tables = sqlite::userTables(db);
        const QString what =
            tables.isEmpty()
                ? Tr::tr("%1 is an empty SQLite database, not a Steward inventory.").arg(name)
                : Tr::tr("%1 is another application's SQLite database (tables: %2), not a Steward inventory.")
                      .arg(name, tables.mid(0, 5).join(QStringLiteral(", ")));
        fail(OpenErrorKind::ForeignDatabase, path, what);
    }
    if (userVersion > schema::currentVersion)
        fail(OpenErrorKind::NewerSchema, path,
             Tr::tr("%1 was written by a newer Steward (file format %2; this version reads up to %3). "
                    "Update Steward to open it.")
                 .arg(name)
                 .arg(userVersion)
                 .arg(schema::currentVersion));
    if (userVersion < 1)
        fail(OpenErrorKind::Corrupt, path,
             Tr::tr("%1 is marked as a Steward inventory but holds no inventory.").arg(name));

    // Reading the schema touches the first pages; damage there shows up now, not mid-edit.
    QString damage;
    if (!readsBookkeeping(db, &damage))
        fail(OpenErrorKind::Corrupt, path, Tr::tr("%1 is damaged: %2").arg(name, damage));
    sqlite::closeConnection(db);
    return FileInspection{userVersion};
}

} // namespace steward
