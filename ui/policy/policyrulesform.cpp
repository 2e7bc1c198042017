#include "policy/policyrulesform.h"

#include "commands/policycommands.h"
#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/stringlisteditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>

namespace steward::ui {
namespace {

// Merge keys of the rules' edits, apart from the details form's (1..9) and the sections (1000+).
qint64 mergeKey(int field, int index)
{
    return 100 + field * 10 + index;
}

constexpr DataClass classAt(int index)
{
    return DataClass(index);
}

} // namespace

PolicyRulesForm::PolicyRulesForm(QWidget* parent)
    : DetailForm(CommandId::EditPolicy, QStringLiteral("policyRulesScrollArea"), tr("Policy rules"), parent)
{
    buildEditors();
    connectEditors();
    setEditable(false);
}

void PolicyRulesForm::buildEditors()
{
    m_groups =
        make(new StringListEditor(QStringLiteral("groups"), tr("group")), QStringLiteral("groupsStringListEditor"));
    m_groups->listWidget()->setMaximumHeight(130);
    m_prohibited = make(new StringListEditor(QStringLiteral("prohibited"), tr("prohibited use")),
                        QStringLiteral("prohibitedStringListEditor"));
    m_prohibited->listWidget()->setMaximumHeight(130);
    m_auditFields = make(new StringListEditor(QStringLiteral("auditFields"), tr("audit field")),
                         QStringLiteral("auditFieldsStringListEditor"));
    m_auditFields->listWidget()->setMaximumHeight(130);

    addMessageRow();
    addField(Groups, tr("Who may use the agent (&groups)"), m_groups);
    m_groups->listWidget()->setAccessibleName(tr("Groups that may use the agent"));
    addField(DataClasses, tr("Data classes"), buildDataClasses());
    addField(Prohibited, tr("&Prohibited uses"), m_prohibited);
    m_prohibited->listWidget()->setAccessibleName(tr("Prohibited uses"));
    addField(ReviewTiers, tr("Review tiers"), buildTiers());
    addField(AuditFields, tr("&Audit log fields"), m_auditFields);
    m_auditFields->listWidget()->setAccessibleName(tr("Audit log fields"));
}

QWidget* PolicyRulesForm::buildDataClasses()
{
    auto* grid = make(new QWidget, QStringLiteral("dataClassesWidget"));
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(2, 1);
    for (int i = 0; i < DataClassCount; ++i) {
        const DataClass dataClass = classAt(i);
        const QString name = key(dataClass);
        auto* classLabel = new QLabel(label(dataClass), grid);
        auto* permission = new QComboBox(grid);
        permission->setObjectName(name + QStringLiteral("PermissionComboBox"));
        permission->addItem(tr("Not stated"), -1);
        for (Permission value : {Permission::Allowed, Permission::Conditional, Permission::Forbidden})
            permission->addItem(label(value), int(value));
        permission->setAccessibleName(tr("Use of %1 data").arg(inSentence(label(dataClass))));
        auto* condition = new QLineEdit(grid);
        condition->setObjectName(name + QStringLiteral("ConditionLineEdit"));
        condition->setPlaceholderText(tr("Condition (for conditional use)"));
        condition->setAccessibleName(tr("Condition for %1 data").arg(inSentence(label(dataClass))));
        classLabel->setBuddy(permission);
        layout->addWidget(classLabel, i, 0);
        layout->addWidget(permission, i, 1);
        layout->addWidget(condition, i, 2);
        m_classes[std::size_t(i)] = {permission, condition};
    }
    return grid;
}

QWidget* PolicyRulesForm::buildTiers()
{
    auto* grid = make(new QWidget, QStringLiteral("reviewTiersWidget"));
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(new QLabel(tr("When"), grid), 0, 1);
    layout->addWidget(new QLabel(tr("Control"), grid), 0, 2);
    for (int i = 0; i < TierCount; ++i) {
        const int tier = i + 1;
        auto* tierLabel = new QLabel(tr("Tier %1").arg(tier), grid);
        auto* rule = new QLineEdit(grid);
        rule->setObjectName(QStringLiteral("tier%1RuleLineEdit").arg(tier));
        rule->setAccessibleName(tr("When tier %1 applies").arg(tier));
        auto* control = new QLineEdit(grid);
        control->setObjectName(QStringLiteral("tier%1ControlLineEdit").arg(tier));
        control->setAccessibleName(tr("Control of tier %1").arg(tier));
        tierLabel->setBuddy(rule);
        layout->addWidget(tierLabel, tier, 0);
        layout->addWidget(rule, tier, 1);
        layout->addWidget(control, tier, 2);
        m_tiers[std::size_t(i)] = {rule, control};
    }
    m_tiers[0].rule->setPlaceholderText(tr("e.g. internal, nothing leaves"));
    m_tiers[0].control->setPlaceholderText(tr("e.g. spot-check"));
    m_tiers[2].rule->setPlaceholderText(tr("e.g. sensitive data or a system write"));
    m_tiers[2].control->setPlaceholderText(tr("e.g. dual review and an audit-log entry"));
    return grid;
}

void PolicyRulesForm::connectEditors()
{
    for (auto [field, editor] : {std::pair{int(Groups), m_groups}, std::pair{int(Prohibited), m_prohibited},
                                 std::pair{int(AuditFields), m_auditFields}}) {
        connect(editor, &StringListEditor::itemsEdited, this, [this, field = field](const QStringList& items) {
            if (!m_loading)
                commitList(field, items);
        });
    }
    for (int i = 0; i < DataClassCount; ++i) {
        const ClassEditors& editors = m_classes[std::size_t(i)];
        connect(editors.permission, &QComboBox::activated, this, [this, i] { commitDataClass(i, false); });
        connect(editors.condition, &QLineEdit::editingFinished, this, [this, i] {
            if (!m_loading && !m_classes[std::size_t(i)].condition->isReadOnly())
                commitDataClass(i, true);
        });
    }
    for (int i = 0; i < TierCount; ++i) {
        for (QLineEdit* edit : {m_tiers[std::size_t(i)].rule, m_tiers[std::size_t(i)].control}) {
            connect(edit, &QLineEdit::editingFinished, this, [this, i, edit] {
                if (!m_loading && !edit->isReadOnly())
                    commitTier(i, true);
            });
        }
    }
}

std::optional<QString> PolicyRulesForm::listProblem(int field, const QStringList& items) const
{
    static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
    QSet<QString> seen;
    for (const QString& item : items) {
        if (item.isEmpty())
            return tr("An entry cannot be empty; remove it instead (Delete).");
        if (seen.contains(item.toCaseFolded()))
            return tr("\u201c%1\u201d is already in the list.").arg(item);
        seen.insert(item.toCaseFolded());
        if (field == AuditFields && !fieldName.match(item).hasMatch())
            return tr("\u201c%1\u201d is not a field name: use letters, digits and _ . - (e.g. output_hash).")
                .arg(item);
    }
    return std::nullopt;
}

void PolicyRulesForm::commitList(int field, const QStringList& items)
{
    if (const auto problem = listProblem(field, items)) {
        showRefusal(field, *problem);
        return;
    }
    switch (field) {
    case Groups:
        commit(
            Groups, tr("Edit allowed groups"), [items](Policy& p) { p.allowedGroups = items; }, 0);
        break;
    case Prohibited:
        commit(
            Prohibited, tr("Edit prohibited uses"), [items](Policy& p) { p.prohibitedUses = items; }, 0);
        break;
    case AuditFields:
        commit(
            AuditFields, tr("Edit audit log fields"), [items](Policy& p) { p.auditFields = items; }, 0);
        break;
    default:
        break;
    }
}

void PolicyRulesForm::commitDataClass(int index, bool merge)
{
    const ClassEditors& editors = m_classes[std::size_t(index)];
    const int permission = editors.permission->currentData().toInt();
    const QString condition = editors.condition->text().trimmed();
    const DataClass dataClass = classAt(index);
    auto change = [=](Policy& p) {
        auto& rules = p.dataClasses;
        const auto found = std::find_if(rules.begin(), rules.end(),
                                        [dataClass](const DataClassRule& r) { return r.dataClass == dataClass; });
        if (permission < 0 && condition.isEmpty()) {
            if (found != rules.end())
                rules.erase(found);
            return;
        }
        // A condition typed before a permission was chosen makes the use conditional, never allowed.
        const DataClassRule rule{dataClass, permission < 0 ? Permission::Conditional : Permission(permission),
                                 condition};
        if (found != rules.end())
            *found = rule;
        else
            rules.insert(std::find_if(rules.begin(), rules.end(),
                                      [dataClass](const DataClassRule& r) { return r.dataClass > dataClass; }),
                         rule);
    };
    commit(DataClasses, tr("Edit %1 data rule").arg(inSentence(label(dataClass))), change,
           merge ? mergeKey(DataClasses, index) : 0);
}

void PolicyRulesForm::commitTier(int index, bool merge)
{
    const int tier = index + 1;
    const QString rule = m_tiers[std::size_t(index)].rule->text().trimmed();
    const QString control = m_tiers[std::size_t(index)].control->text().trimmed();
    auto change = [=](Policy& p) {
        auto& tiers = p.reviewTiers;
        const auto found =
            std::find_if(tiers.begin(), tiers.end(), [tier](const ReviewTier& t) { return t.tier == tier; });
        if (rule.isEmpty() && control.isEmpty()) {
            if (found != tiers.end())
                tiers.erase(found);
            return;
        }
        if (found != tiers.end())
            *found = {tier, rule, control};
        else
            tiers.insert(
                std::find_if(tiers.begin(), tiers.end(), [tier](const ReviewTier& t) { return t.tier > tier; }),
                {tier, rule, control});
    };
    commit(ReviewTiers, tr("Edit review tier %1").arg(tier), change, merge ? mergeKey(ReviewTiers, index) : 0);
}

bool PolicyRulesForm::commit(int field, const QString& text, const std::function<void(Policy&)>& change, qint64 key)
{
    if (!m_store || m_store->isReadOnly())
        return false;
    const QString error = pushPolicyEdit(m_store, m_undoStack, text, change, key);
    if (!error.isEmpty()) {
        showRefusal(field, error);
        return false;
    }
    hideMessage(field);
    refresh();
    return true;
}

bool PolicyRulesForm::commitPending()
{
    if (!m_store || m_store->isReadOnly())
        return true;
    for (int i = 0; i < DataClassCount; ++i)
        commitDataClass(i, true);
    for (int i = 0; i < TierCount; ++i)
        commitTier(i, true);
    return !showsRefusal(DataClasses) && !showsRefusal(ReviewTiers);
}

void PolicyRulesForm::showRefusal(int field, const QString& message)
{
    showMessage(field, message);
    // Lists and choices go back to what is stored; typed conditions and tiers stay to be corrected.
    m_loading = true;
    if (field == Groups)
        m_groups->setItems(m_policy.allowedGroups);
    else if (field == Prohibited)
        m_prohibited->setItems(m_policy.prohibitedUses);
    else if (field == AuditFields)
        m_auditFields->setItems(m_policy.auditFields);
    m_loading = false;
}

void PolicyRulesForm::showRecord(Id)
{
    m_policy = m_store ? m_store->policy() : Policy{};
    if (!m_store)
        clearMessages();
    load();
    setEditable(m_store && !m_store->isReadOnly());
}

Id PolicyRulesForm::recordId() const
{
    return m_store ? 1 : 0;
}

void PolicyRulesForm::load()
{
    m_loading = true;
    m_groups->setItems(m_policy.allowedGroups);
    m_prohibited->setItems(m_policy.prohibitedUses);
    m_auditFields->setItems(m_policy.auditFields);
    const bool keepTyped = showsRefusal(DataClasses);
    for (int i = 0; i < DataClassCount; ++i) {
        const ClassEditors& editors = m_classes[std::size_t(i)];
        const auto found = std::find_if(m_policy.dataClasses.begin(), m_policy.dataClasses.end(),
                                        [i](const DataClassRule& r) { return r.dataClass == classAt(i); });
        const bool stated = found != m_policy.dataClasses.end();
        {
            const QSignalBlocker blocker(editors.permission);
            editors.permission->setCurrentIndex(editors.permission->findData(stated ? int(found->permission) : -1));
        }
        if (!keepTyped)
            setTextKeepingCursor(editors.condition, stated ? found->condition : QString());
    }
    const bool keepTiers = showsRefusal(ReviewTiers);
    for (int i = 0; i < TierCount; ++i) {
        const auto found = std::find_if(m_policy.reviewTiers.begin(), m_policy.reviewTiers.end(),
                                        [i](const ReviewTier& t) { return t.tier == i + 1; });
        const bool stated = found != m_policy.reviewTiers.end();
        if (!keepTiers) {
            setTextKeepingCursor(m_tiers[std::size_t(i)].rule, stated ? found->rule : QString());
            setTextKeepingCursor(m_tiers[std::size_t(i)].control, stated ? found->control : QString());
        }
    }
    m_loading = false;
}

void PolicyRulesForm::setEditable(bool editable)
{
    for (StringListEditor* list : {m_groups, m_prohibited, m_auditFields})
        list->setEditable(editable);
    for (const ClassEditors& editors : m_classes) {
        editors.permission->setEnabled(editable);
        editors.condition->setReadOnly(!editable);
    }
    for (const TierEditors& editors : m_tiers) {
        editors.rule->setReadOnly(!editable);
        editors.control->setReadOnly(!editable);
    }
    widget()->setEnabled(m_store != nullptr);
}

} // namespace steward::ui
