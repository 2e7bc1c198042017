#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

// Enumerations of the governance domain. Each has a stable lower-case key used in the file, in
// exports and on the command line; `label` gives the translated text for people.
namespace steward {

enum class Cadence { Weekly, Monthly, Quarterly, Annual, Custom };
enum class DataClass { Public, Internal, Confidential, Restricted };
enum class Permission { Allowed, Conditional, Forbidden };
enum class Access { ReadOnly, ReadWrite };
enum class ScopeMode { Read, Write };
enum class Transport { Unknown, Stdio, Http, Sse };
enum class ApprovalStatus { Requested, Approved, PendingReapproval, Revoked };
enum class WorkspaceStatus { Pilot, Active, Archived };
enum class SkillStatus { Draft, Active, Deprecated };
enum class PolicyStatus { Draft, Approved };
enum class RequestKind { Connector, Skill, ScopeChange, Workflow };
enum class RequestStatus { Open, Approved, Rejected, Withdrawn };
enum class Severity { Low, Medium, High, Critical };
enum class IncidentStatus { Open, Investigating, Resolved };
enum class GovernanceKind { Policy, Workspaces, Connectors, Skills };
enum class FindingSeverity { Error, Warning, Info }; // of a rule's finding (lint)

// key(): the stable text form; parse(): the inverse, nullopt for text that is no key.
// keys(): every key in declaration order, for help texts and validation messages.
// keyUtf8() and parseUtf8(): the same on UTF-8 bytes, for the paths that stream a large table as
// bytes (the connectors CSV); the key's bytes are static.
#define STEWARD_DECLARE_ENUM_TEXT(Type)                                                                                \
    QString key(Type value);                                                                                           \
    QByteArrayView keyUtf8(Type value);                                                                                \
    QString label(Type value);                                                                                         \
    template <> std::optional<Type> parse<Type>(const QString& text);                                                  \
    template <> std::optional<Type> parseUtf8<Type>(QByteArrayView text);                                              \
    template <> QStringList keys<Type>();

template <typename E> std::optional<E> parse(const QString& text);
template <typename E> std::optional<E> parseUtf8(QByteArrayView text);
template <typename E> QStringList keys();

STEWARD_DECLARE_ENUM_TEXT(Cadence)
STEWARD_DECLARE_ENUM_TEXT(DataClass)
STEWARD_DECLARE_ENUM_TEXT(Permission)
STEWARD_DECLARE_ENUM_TEXT(Access)
STEWARD_DECLARE_ENUM_TEXT(ScopeMode)
STEWARD_DECLARE_ENUM_TEXT(Transport)
STEWARD_DECLARE_ENUM_TEXT(ApprovalStatus)
STEWARD_DECLARE_ENUM_TEXT(WorkspaceStatus)
STEWARD_DECLARE_ENUM_TEXT(SkillStatus)
STEWARD_DECLARE_ENUM_TEXT(PolicyStatus)
STEWARD_DECLARE_ENUM_TEXT(RequestKind)
STEWARD_DECLARE_ENUM_TEXT(RequestStatus)
STEWARD_DECLARE_ENUM_TEXT(Severity)
STEWARD_DECLARE_ENUM_TEXT(IncidentStatus)
STEWARD_DECLARE_ENUM_TEXT(GovernanceKind)
STEWARD_DECLARE_ENUM_TEXT(FindingSeverity)

#undef STEWARD_DECLARE_ENUM_TEXT

// Sensitive data means the classes confidential and restricted (seed 000).
bool isSensitive(DataClass dataClass);

// A label ("Monthly", "Every 30 days", "Read-only") as it reads inside a sentence: its first
// letter in lower case, the rest as it is (German "alle 30 Tage").
QString inSentence(const QString& label);
// The same for a noun label ("Connector inventory"): in lower case where the language writes nouns
// so (English, French), as it is where they keep their capital (German). The translation of a
// marker string decides, so each language's translator says which.
QString nounInSentence(const QString& label);

} // namespace steward
