#include "domain/enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace steward {
namespace {

template <typename E, std::size_t N> struct EnumTable
{
    struct Entry
    {
        E value;
        const char* key;
        const char* label;
    };
    std::array<Entry, N> entries;

    QString keyOf(E value) const
    {
        for (const auto& entry : entries) {
            if (entry.value == value)
                return QString::fromLatin1(entry.key);
        }
        return {};
    }
    QByteArrayView keyBytesOf(E value) const
    {
        for (const auto& entry : entries) {
            if (entry.value == value)
                return QByteArrayView(entry.key);
        }
        return {};
    }
    QString labelOf(E value) const
    {
        for (const auto& entry : entries) {
            if (entry.value == value)
                return QCoreApplication::translate("steward::Enum", entry.label);
        }
        return {};
    }
    std::optional<E> parse(const QString& text) const
    {
        for (const auto& entry : entries) {
            if (text == QLatin1String(entry.key))
                return entry.value;
        }
        return std::nullopt;
    }
    std::optional<E> parseBytes(QByteArrayView text) const
    {
        for (const auto& entry : entries) {
            if (text == QByteArrayView(entry.key))
                return entry.value;
        }
        return std::nullopt;
    }
    QStringList allKeys() const
    {
        QStringList result;
        for (const auto& entry : entries)
            result.append(QString::fromLatin1(entry.key));
        return result;
    }
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; the table holds the source text.
constexpr EnumTable<Cadence, 5> cadenceTable{{{
    {Cadence::Weekly, "weekly", QT_TRANSLATE_NOOP("steward::Enum", "Weekly")},
    {Cadence::Monthly, "monthly", QT_TRANSLATE_NOOP("steward::Enum", "Monthly")},
    {Cadence::Quarterly, "quarterly", QT_TRANSLATE_NOOP("steward::Enum", "Quarterly")},
    {Cadence::Annual, "annual", QT_TRANSLATE_NOOP("steward::Enum", "Annual")},
    {Cadence::Custom, "custom", QT_TRANSLATE_NOOP("steward::Enum", "Every N days")},
}}};
constexpr EnumTable<DataClass, 4> dataClassTable{{{
    {DataClass::Public, "public", QT_TRANSLATE_NOOP("steward::Enum", "Public")},
    {DataClass::Internal, "internal", QT_TRANSLATE_NOOP("steward::Enum", "Internal")},
    {DataClass::Confidential, "confidential", QT_TRANSLATE_NOOP("steward::Enum", "Confidential")},
    {DataClass::Restricted, "restricted", QT_TRANSLATE_NOOP("steward::Enum", "Restricted")},
}}};
constexpr EnumTable<Permission, 3> permissionTable{{{
    {Permission::Allowed, "allowed", QT_TRANSLATE_NOOP("steward::Enum", "Allowed")},
    {Permission::Conditional, "conditional", QT_TRANSLATE_NOOP("steward::Enum", "Conditional")},
    {Permission::Forbidden, "forbidden", QT_TRANSLATE_NOOP("steward::Enum", "Forbidden")},
}}};
constexpr EnumTable<Access, 2> accessTable{{{
    {Access::ReadOnly, "read-only", QT_TRANSLATE_NOOP("steward::Enum", "Read-only")},
    {Access::ReadWrite, "read-write", QT_TRANSLATE_NOOP("steward::Enum", "Read-write")},
}}};
constexpr EnumTable<ScopeMode, 2> scopeModeTable{{{
    {ScopeMode::Read, "read", QT_TRANSLATE_NOOP("steward::Enum", "Read")},
    {ScopeMode::Write, "write", QT_TRANSLATE_NOOP("steward::Enum", "Write")},
}}};
constexpr EnumTable<Transport, 4> transportTable{{{
    {Transport::Unknown, "", QT_TRANSLATE_NOOP("steward::Enum", "Unknown")},
    {Transport::Stdio, "stdio", QT_TRANSLATE_NOOP("steward::Enum", "stdio")},
    {Transport::Http, "http", QT_TRANSLATE_NOOP("steward::Enum", "HTTP")},
    {Transport::Sse, "sse", QT_TRANSLATE_NOOP("steward::Enum", "SSE")},
}}};
constexpr EnumTable<ApprovalStatus, 4> approvalStatusTable{{{
    {ApprovalStatus::Requested, "requested", QT_TRANSLATE_NOOP("steward::Enum", "Requested")},
    {ApprovalStatus::Approved, "approved", QT_TRANSLATE_NOOP("steward::Enum", "Approved")},
    {ApprovalStatus::PendingReapproval, "pending-reapproval",
     QT_TRANSLATE_NOOP("steward::Enum", "Pending re-approval")},
    {ApprovalStatus::Revoked, "revoked", QT_TRANSLATE_NOOP("steward::Enum", "Revoked")},
}}};
constexpr EnumTable<WorkspaceStatus, 3> workspaceStatusTable{{{
    {WorkspaceStatus::Pilot, "pilot", QT_TRANSLATE_NOOP("steward::Enum", "Pilot")},
    {WorkspaceStatus::Active, "active", QT_TRANSLATE_NOOP("steward::Enum", "Active")},
    {WorkspaceStatus::Archived, "archived", QT_TRANSLATE_NOOP("steward::Enum", "Archived")},
}}};
constexpr EnumTable<SkillStatus, 3> skillStatusTable{{{
    {SkillStatus::Draft, "draft", QT_TRANSLATE_NOOP("steward::Enum", "Draft")},
    {SkillStatus::Active, "active", QT_TRANSLATE_NOOP("steward::Enum", "Active")},
    {SkillStatus::Deprecated, "deprecated", QT_TRANSLATE_NOOP("steward::Enum", "Deprecated")},
}}};
constexpr EnumTable<PolicyStatus, 2> policyStatusTable{{{
    {PolicyStatus::Draft, "draft", QT_TRANSLATE_NOOP("steward::Enum", "Draft")},
    {PolicyStatus::Approved, "approved", QT_TRANSLATE_NOOP("steward::Enum", "Approved")},
}}};
constexpr EnumTable<RequestKind, 4> requestKindTable{{{
    {RequestKind::Connector, "connector", QT_TRANSLATE_NOOP("steward::Enum", "New connector")},
    {RequestKind::Skill, "skill", QT_TRANSLATE_NOOP("steward::Enum", "New skill")},
    {RequestKind::ScopeChange, "scope-change", QT_TRANSLATE_NOOP("steward::Enum", "Scope change")},
    {RequestKind::Workflow, "workflow", QT_TRANSLATE_NOOP("steward::Enum", "High-risk workflow")},
}}};
constexpr EnumTable<RequestStatus, 4> requestStatusTable{{{
    {RequestStatus::Open, "open", QT_TRANSLATE_NOOP("steward::Enum", "Open")},
    {RequestStatus::Approved, "approved", QT_TRANSLATE_NOOP("steward::Enum", "Approved")},
    {RequestStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("steward::Enum", "Rejected")},
    {RequestStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("steward::Enum", "Withdrawn")},
}}};
constexpr EnumTable<Severity, 4> severityTable{{{
    {Severity::Low, "low", QT_TRANSLATE_NOOP("steward::Enum", "Low")},
    {Severity::Medium, "medium", QT_TRANSLATE_NOOP("steward::Enum", "Medium")},
    {Severity::High, "high", QT_TRANSLATE_NOOP("steward::Enum", "High")},
    {Severity::Critical, "critical", QT_TRANSLATE_NOOP("steward::Enum", "Critical")},
}}};
constexpr EnumTable<IncidentStatus, 3> incidentStatusTable{{{
    {IncidentStatus::Open, "open", QT_TRANSLATE_NOOP("steward::Enum", "Open")},
    {IncidentStatus::Investigating, "investigating", QT_TRANSLATE_NOOP("steward::Enum", "Investigating")},
    {IncidentStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("steward::Enum", "Resolved")},
}}};
constexpr EnumTable<GovernanceKind, 4> governanceKindTable{{{
    {GovernanceKind::Policy, "policy", QT_TRANSLATE_NOOP("steward::Enum", "Acceptable-use policy")},
    {GovernanceKind::Workspaces, "workspaces", QT_TRANSLATE_NOOP("steward::Enum", "Workspace inventory")},
    {GovernanceKind::Connectors, "connectors", QT_TRANSLATE_NOOP("steward::Enum", "Connector inventory")},
    {GovernanceKind::Skills, "skills", QT_TRANSLATE_NOOP("steward::Enum", "Skills inventory")},
}}};

constexpr EnumTable<FindingSeverity, 3> findingSeverityTable{{{
    {FindingSeverity::Error, "error", QT_TRANSLATE_NOOP("steward::Enum", "Error")},
    {FindingSeverity::Warning, "warning", QT_TRANSLATE_NOOP("steward::Enum", "Warning")},
    {FindingSeverity::Info, "info", QT_TRANSLATE_NOOP("steward::Enum", "Info")},
}}};

} // namespace

#define STEWARD_DEFINE_ENUM_TEXT(Type, table)                                                                          \
    QString key(Type value)                                                                                            \
    {                                                                                                                  \
        return table.keyOf(value);                                                                                     \
    }                                                                                                                  \
    QByteArrayView keyUtf8(Type value)                                                                                 \
    {                                                                                                                  \
        return table.keyBytesOf(value);                                                                                \
    }                                                                                                                  \
    QString label(Type value)                                                                                          \
    {                                                                                                                  \
        return table.labelOf(value);                                                                                   \
    }                                                                                                                  \
    template <> std::optional<Type> parse<Type>(const QString& text)                                                   \
    {                                                                                                                  \
        return table.parse(text);                                                                                      \
    }                                                                                                                  \
    template <> std::optional<Type> parseUtf8<Type>(QByteArrayView text)                                               \
    {                                                                                                                  \
        return table.parseBytes(text);                                                                                 \
    }                                                                                                                  \
    template <> QStringList keys<Type>()                                                                               \
    {                                                                                                                  \
        return table.allKeys();                                                                                        \
    }

STEWARD_DEFINE_ENUM_TEXT(Cadence, cadenceTable)
STEWARD_DEFINE_ENUM_TEXT(DataClass, dataClassTable)
STEWARD_DEFINE_ENUM_TEXT(Permission, permissionTable)
STEWARD_DEFINE_ENUM_TEXT(Access, accessTable)
STEWARD_DEFINE_ENUM_TEXT(ScopeMode, scopeModeTable)
STEWARD_DEFINE_ENUM_TEXT(Transport, transportTable)
STEWARD_DEFINE_ENUM_TEXT(ApprovalStatus, approvalStatusTable)
STEWARD_DEFINE_ENUM_TEXT(WorkspaceStatus, workspaceStatusTable)
STEWARD_DEFINE_ENUM_TEXT(SkillStatus, skillStatusTable)
STEWARD_DEFINE_ENUM_TEXT(PolicyStatus, policyStatusTable)
STEWARD_DEFINE_ENUM_TEXT(RequestKind, requestKindTable)
STEWARD_DEFINE_ENUM_TEXT(RequestStatus, requestStatusTable)
STEWARD_DEFINE_ENUM_TEXT(Severity, severityTable)
STEWARD_DEFINE_ENUM_TEXT(IncidentStatus, incidentStatusTable)
STEWARD_DEFINE_ENUM_TEXT(GovernanceKind, governanceKindTable)
STEWARD_DEFINE_ENUM_TEXT(FindingSeverity, findingSeverityTable)

QString nounInSentence(const QString& label)
{
    //: Inside a sentence, are nouns such as “Connector inventory” written in lower case in your
    //: language? Translate as “lowercase” if so (French), as “keep” if they keep their capital
    //: (German). Nothing else.
    const QString rule = QCoreApplication::translate("steward::Enum", "lowercase");
    return rule == QLatin1String("lowercase") ? inSentence(label) : label;
}

QString inSentence(const QString& label)
{
    return label.isEmpty() ? label : label.front().toLower() + label.mid(1);
}

bool isSensitive(DataClass dataClass)
{
    return dataClass == DataClass::Confidential || dataClass == DataClass::Restricted;
}

} // namespace steward
