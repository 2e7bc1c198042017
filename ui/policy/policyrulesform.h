#pragma once

#include "widgets/detailform.h"

#include <array>

class QComboBox;
class QLineEdit;

namespace steward::ui {

class StringListEditor;

// The policy's rules: who may use the agent (groups), what each data class may be used for, the
// prohibited uses, the three review tiers with their rule and control, and the audit fields every
// agent action logs. Each committed change is one command.
class PolicyRulesForm : public DetailForm
{
    Q_OBJECT

public:
    enum Field { Groups, DataClasses, Prohibited, ReviewTiers, AuditFields };
    static constexpr int DataClassCount = 4; // public, internal, confidential, restricted
    static constexpr int TierCount = 3;

    explicit PolicyRulesForm(QWidget* parent = nullptr);

    void showRecord(Id id) override; // the policy: there is one
    Id recordId() const override;
    bool commitPending();

protected:
    void showRefusal(int field, const QString& message) override;

private:
    struct ClassEditors
    {
        QComboBox* permission = nullptr;
        QLineEdit* condition = nullptr;
    };
    struct TierEditors
    {
        QLineEdit* rule = nullptr;
        QLineEdit* control = nullptr;
    };

    void buildEditors();
    QWidget* buildDataClasses();
    QWidget* buildTiers();
    void connectEditors();
    void load();
    void setEditable(bool editable);
    // Checks a list's entries (none empty, none twice, audit fields as names) before storing it.
    std::optional<QString> listProblem(int field, const QStringList& items) const;
    void commitList(int field, const QStringList& items);
    void commitDataClass(int index, bool merge);
    void commitTier(int index, bool merge);
    bool commit(int field, const QString& text, const std::function<void(Policy&)>& change, qint64 mergeKey);

    Policy m_policy;
    StringListEditor* m_groups = nullptr;
    StringListEditor* m_prohibited = nullptr;
    StringListEditor* m_auditFields = nullptr;
    std::array<ClassEditors, DataClassCount> m_classes;
    std::array<TierEditors, TierCount> m_tiers;
};

} // namespace steward::ui
