#include "skills/skillform.h"

#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/linkseditor.h"
#include "widgets/personcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace steward::ui {

SkillForm::SkillForm(QWidget* parent)
    : DetailForm(CommandId::EditSkill, QStringLiteral("skillFormScrollArea"), tr("Skill details"), parent)
{
    buildEditors();
    connectEditors();
    setEditable(false);
}

void SkillForm::buildEditors()
{
    auto makeText = [&](const QString& name, const QString& placeholder) {
        auto* edit = make(new QPlainTextEdit, name);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true); // Tab moves on, as in every other field
        edit->setMaximumHeight(90);
        edit->installEventFilter(this);
        return edit;
    };
    m_name = make(new QLineEdit, QStringLiteral("nameLineEdit"));
    m_intendedUse = makeText(QStringLiteral("intendedUsePlainTextEdit"), tr("What the skill is for, and when not"));
    m_inputs = makeText(QStringLiteral("inputsPlainTextEdit"), tr("What it reads"));
    m_outputs = makeText(QStringLiteral("outputsPlainTextEdit"), tr("What it produces"));
    m_owner = make(new PersonComboBox, QStringLiteral("ownerComboBox"));
    m_version = make(new QLineEdit, QStringLiteral("versionLineEdit"));
    m_version->setPlaceholderText(tr("e.g. 1.2"));
    m_status = make(new QComboBox, QStringLiteral("statusComboBox"));
    fillCombo(m_status, {SkillStatus::Draft, SkillStatus::Active, SkillStatus::Deprecated});
    m_hasSkillMd = make(new QCheckBox(tr("Has a SKILL.md")), QStringLiteral("skillMdCheckBox"));
    m_skillMdUrl = make(new QLineEdit, QStringLiteral("skillMdUrlLineEdit"));
    m_skillMdUrl->setPlaceholderText(tr("https://…/SKILL.md"));
    m_verifiedOn = make(new QDateEdit, QStringLiteral("verifiedOnDateEdit"));
    m_cadence = make(new CadenceEditor, QStringLiteral("cadenceEditor"));
    m_lastReviewed = make(new QDateEdit, QStringLiteral("lastReviewedDateEdit"));
    m_connectors = make(new LinksEditor(tr("connectors")), QStringLiteral("connectorsLinksEditor"));
    m_notes = makeText(QStringLiteral("notesPlainTextEdit"), QString());
    m_notes->setMaximumHeight(120);
    for (QDateEdit* date : {m_verifiedOn, m_lastReviewed})
        setUpOptionalDate(date);

    addField(Name, tr("&Name"), m_name);
    addField(IntendedUse, tr("&Intended use"), m_intendedUse);
    addField(Inputs, tr("In&puts"), m_inputs);
    addField(Outputs, tr("O&utputs"), m_outputs);
    addField(Owner, tr("&Owner"), m_owner);
    addField(Version, tr("&Version"), m_version);
    addField(Status, tr("&Status"), m_status);
    addField(HasSkillMd, tr("SKILL.md"), m_hasSkillMd);
    addField(SkillMdUrl, tr("SKILL.md &URL"), m_skillMdUrl);
    addField(VerifiedOn, tr("Verified after model &update"), m_verifiedOn);
    addField(Cadence, tr("Review ca&dence"), m_cadence);
    addField(LastReviewed, tr("&Last reviewed"), m_lastReviewed);
    addField(Connectors, tr("Linked &connectors"), m_connectors);
    addField(Notes, tr("Not&es"), m_notes);
}

void SkillForm::showRecord(Id id)
{
    std::optional<Skill> found = m_store && id != 0 ? m_store->skill(id) : std::nullopt;
    if (!found || found->id != m_skill.id)
        clearMessages();
    m_skill = found.value_or(Skill{});
    load();
    setEditable(found.has_value() && !m_store->isReadOnly());
}

void SkillForm::load()
{
    m_loading = true;
    const Skill& s = m_skill;
    // A field showing a refused value keeps it, so the person can correct it.
    if (!showsRefusal(Name))
        setTextKeepingCursor(m_name, s.name);
    for (const auto& [field, text] : {std::pair{IntendedUse, s.intendedUse}, std::pair{Inputs, s.inputs},
                                      std::pair{Outputs, s.outputs}, std::pair{Notes, s.notes}}) {
        if (!showsRefusal(field))
            setPlainTextKeepingCursor(plainTextFor(field), text);
    }
    m_owner->setPeople(m_store ? m_store->personNames() : std::vector<NamedId>{});
    m_owner->setPersonId(s.ownerId);
    setTextKeepingCursor(m_version, s.version);
    selectValue(m_status, s.status);
    {
        const QSignalBlocker blocker(m_hasSkillMd);
        m_hasSkillMd->setChecked(s.hasSkillMd);
    }
    if (!showsRefusal(SkillMdUrl))
        setTextKeepingCursor(m_skillMdUrl, s.skillMdUrl);
    setOptionalDate(m_verifiedOn, s.verifiedOn);
    m_cadence->setReview(s.review);
    setOptionalDate(m_lastReviewed, s.review.lastReviewedOn);
    loadConnectors();
    m_loading = false;
}

void SkillForm::loadConnectors()
{
    const bool shown = m_store && m_skill.id != 0;
    m_connectors->setLinks(shown ? m_store->connectorNames() : std::vector<NamedId>(), m_skill.connectorIds);
}

void SkillForm::setEditable(bool editable)
{
    for (QWidget* editor : std::initializer_list<QWidget*>{m_owner, m_status, m_hasSkillMd, m_verifiedOn, m_cadence,
                                                           m_lastReviewed, m_connectors})
        editor->setEnabled(editable);
    for (QLineEdit* edit : {m_name, m_version, m_skillMdUrl})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit* edit : {m_intendedUse, m_inputs, m_outputs, m_notes})
        edit->setReadOnly(!editable);
    widget()->setEnabled(m_skill.id != 0);
}

QPlainTextEdit* SkillForm::plainTextFor(Field field) const
{
    switch (field) {
    case IntendedUse:
        return m_intendedUse;
    case Inputs:
        return m_inputs;
    case Outputs:
        return m_outputs;
    case Notes:
        return m_notes;
    default:
        return nullptr;
    }
}

void SkillForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace steward::ui
