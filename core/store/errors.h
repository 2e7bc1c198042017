#pragma once

#include <QString>
#include <exception>

namespace steward {

// Why a file could not be opened as an inventory. Each kind has its own message a person
// understands; the file itself is never changed on the way to any of them.
enum class OpenErrorKind {
    NotFound,
    Unreadable,
    Empty,
    NotSqlite,
    ForeignDatabase,
    Corrupt,
    NewerSchema,
    Locked,
    NotWritable,
    AlreadyExists,
    MigrationFailed,
    Interrupted,
    Io,
};

class OpenError : public std::exception
{
public:
    OpenError(OpenErrorKind kind, QString path, QString message);

    OpenErrorKind kind() const { return m_kind; }
    const QString& path() const { return m_path; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    OpenErrorKind m_kind;
    QString m_path;
    QString m_message;
    QByteArray m_utf8;
};

// A mutation the store refused or could not complete. The transaction it was part of has been
// rolled back when this reaches the caller.
class StoreError : public std::exception
{
public:
    explicit StoreError(QString message);

    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace steward
