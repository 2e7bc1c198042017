// SkillForm: from an edited field to one undoable command, with the checks on the way.
#include "commands/storecommand.h"
#include "skills/skillform.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/linkseditor.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QUrl>

namespace steward::ui {

void SkillForm::connectEditors()
{
    auto onText = [this](QLineEdit* edit, Field field, auto setter) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, setter] {
            if (!m_loading && !edit->isReadOnly())
                commit(
                    field, [&](Skill& s) { setter(s, edit->text()); }, true);
        });
    };
    onText(m_name, Name, [](Skill& s, const QString& text) { s.name = text.trimmed(); });
    onText(m_version, Version, [](Skill& s, const QString& text) { s.version = text.trimmed(); });
    onText(m_skillMdUrl, SkillMdUrl, [](Skill& s, const QString& text) { s.skillMdUrl = text.trimmed(); });

    auto onCombo = [this](QComboBox* combo, Field field, auto setter) {
        connect(combo, &QComboBox::activated, this, [this, combo, field, setter] {
            commit(field, [&](Skill& s) { setter(s, combo->currentData().toInt()); });
        });
    };
    onCombo(m_status, Status, [](Skill& s, int value) { s.status = SkillStatus(value); });
    connect(m_cadence, &CadenceEditor::edited, this, [this](steward::Cadence cadence, int days, bool typing) {
        commit(
            Cadence,
            [cadence, days](Skill& s) {
                s.review.cadence = cadence;
                s.review.cadenceDays = days;
            },
            typing);
    });

    connect(m_hasSkillMd, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_loading)
            commit(HasSkillMd, [checked](Skill& s) { s.hasSkillMd = checked; });
    });
    connect(m_owner, &PersonComboBox::personChosen, this,
            [this](Id id) { commit(Owner, [id](Skill& s) { s.ownerId = id; }); });
    connect(m_owner, &PersonComboBox::newPersonRequested, this, &SkillForm::askNewPerson);
    onDateEdited(m_verifiedOn, [this](const QDate& date) {
        commit(
            VerifiedOn, [date](Skill& s) { s.verifiedOn = date; }, true);
    });
    onDateEdited(m_lastReviewed, [this](const QDate& date) {
        commit(
            LastReviewed, [date](Skill& s) { s.review.lastReviewedOn = date; }, true);
    });
    connect(m_connectors, &LinksEditor::edited, this, [this](const std::vector<Id>& ids) {
        if (!m_loading)
            commitConnectors(ids);
    });
}

bool SkillForm::eventFilter(QObject* watched, QEvent* event)
{
    // A plain-text edit has no editingFinished: leaving it commits its text.
    if (event->type() == QEvent::FocusOut) {
        for (Field field : {IntendedUse, Inputs, Outputs, Notes}) {
            QPlainTextEdit* edit = plainTextFor(field);
            if (watched == edit && !edit->isReadOnly()) {
                const QString text = edit->toPlainText();
                commit(
                    field,
                    [field, text](Skill& s) {
                        (field == IntendedUse ? s.intendedUse
                         : field == Inputs    ? s.inputs
                         : field == Outputs   ? s.outputs
                                              : s.notes) = text;
                    },
                    true);
            }
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

bool SkillForm::commitPending()
{
    if (m_skill.id == 0 || m_name->isReadOnly())
        return true;
    bool ok = commit(
        Name, [this](Skill& s) { s.name = m_name->text().trimmed(); }, true);
    ok = commit(
             Version, [this](Skill& s) { s.version = m_version->text().trimmed(); }, true) &&
         ok;
    ok = commit(
             SkillMdUrl, [this](Skill& s) { s.skillMdUrl = m_skillMdUrl->text().trimmed(); }, true) &&
         ok;
    ok = commit(
             IntendedUse, [this](Skill& s) { s.intendedUse = m_intendedUse->toPlainText(); }, true) &&
         ok;
    ok = commit(
             Inputs, [this](Skill& s) { s.inputs = m_inputs->toPlainText(); }, true) &&
         ok;
    ok = commit(
             Outputs, [this](Skill& s) { s.outputs = m_outputs->toPlainText(); }, true) &&
         ok;
    return commit(
               Notes, [this](Skill& s) { s.notes = m_notes->toPlainText(); }, true) &&
           ok;
}

std::optional<QString> SkillForm::validate(Field field, const Skill& after) const
{
    switch (field) {
    case Name: {
        if (after.name.isEmpty())
            return tr("A skill needs a name.");
        // Checked here too so the message comes before anything reaches the store.
        for (const NamedId& other : m_store->skillNames()) {
            if (other.id != after.id && other.name.compare(after.name, Qt::CaseInsensitive) == 0)
                return tr("There is already a skill named “%1”.").arg(other.name);
        }
        break;
    }
    case SkillMdUrl: {
        if (after.skillMdUrl.isEmpty())
            break;
        const QUrl url(after.skillMdUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) ||
            url.host().isEmpty())
            return tr("Not a web address: use the form https://host/path/SKILL.md.");
        break;
    }
    default:
        break;
    }
    return std::nullopt;
}

bool SkillForm::commit(Field field, const std::function<void(Skill&)>& change, bool merge)
{
    if (!m_store || !m_undoStack || m_skill.id == 0)
        return false;
    const Skill before = m_skill;
    Skill after = before;
    change(after);
    if (after == before) {
        hideMessage(field);
        return true;
    }
    if (const auto problem = validate(field, after)) {
        showRefusal(field, *problem);
        return false;
    }
    Store* store = m_store;
    return pushEdit(
        field, before.id, tr("Edit skill “%1”").arg(before.name), [store, after] { store->updateSkill(after); },
        [store, before] { store->updateSkill(before); }, merge);
}

void SkillForm::showRefusal(int field, const QString& message)
{
    showMessage(field, message);
    // Text stays as typed so it can be corrected; a choice goes back to the stored value.
    static const QSet<int> typed = {Name, IntendedUse, Inputs, Outputs, Version, SkillMdUrl, Notes};
    if (!typed.contains(field))
        load();
}

void SkillForm::askNewPerson()
{
    if (const auto name = askNewPersonName(this))
        addOwner(*name);
    else
        load(); // the combo shows "New person…" otherwise
}

bool SkillForm::addOwner(const QString& name)
{
    Store* store = m_store;
    const Skill before = m_skill;
    return pushNewPerson(
        Owner, name,
        [store, before](Id personId) {
            Skill after = before;
            after.ownerId = personId;
            store->updateSkill(after);
        },
        [store, before] { store->updateSkill(before); });
}

void SkillForm::commitConnectors(const std::vector<Id>& ids)
{
    commit(Connectors, [&ids](Skill& s) { s.connectorIds = ids; });
}

} // namespace steward::ui
