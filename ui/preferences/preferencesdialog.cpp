#include "preferences/preferencesdialog.h"

#include "commands/reviewcommands.h"
#include "preferences/languages.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward::ui {

PreferencesDialog::PreferencesDialog(Store* store, QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeUserGroup());
    layout->addWidget(makeInventoryGroup());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesDialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QGroupBox* PreferencesDialog::makeUserGroup()
{
    const Preferences current = Preferences::load();
    auto* group = new QGroupBox(tr("Yours, on this computer"), this);
    group->setObjectName(QStringLiteral("userPreferencesGroupBox"));
    auto* form = new QFormLayout(group);

    m_actor = new QLineEdit(current.actor, group);
    m_actor->setObjectName(QStringLiteral("actorLineEdit"));
    m_actor->setAccessibleName(tr("Your name in the audit trail"));
    m_actor->setPlaceholderText(Store::defaultActor());
    m_actor->setClearButtonEnabled(true);
    auto* actorLabel = new QLabel(tr("Your &name in the audit trail"), group);
    actorLabel->setBuddy(m_actor);
    form->addRow(actorLabel, m_actor);
    auto* actorNote = new QLabel(
        tr("Recorded with every change you make. Left empty, Steward records %1.").arg(Store::defaultActor()), group);
    actorNote->setObjectName(QStringLiteral("actorNoteLabel"));
    actorNote->setWordWrap(true);
    form->addRow(QString(), actorNote);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const Language& language : embeddedLanguages())
        m_language->addItem(language.name, language.code);
    const int languageIndex = m_language->findData(current.language);
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    auto* languageLabel = new QLabel(tr("&Language"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    auto* languageNote = new QLabel(tr("A new language takes effect when Steward starts again."), group);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_forumFontScale = new QDoubleSpinBox(group);
    m_forumFontScale->setObjectName(QStringLiteral("forumFontScaleDoubleSpinBox"));
    m_forumFontScale->setAccessibleName(tr("Text size in forum mode"));
    m_forumFontScale->setRange(Preferences::minForumFontScale, Preferences::maxForumFontScale);
    m_forumFontScale->setSingleStep(0.1);
    m_forumFontScale->setDecimals(2); // forum mode zooms in steps of 10 %
    m_forumFontScale->setSuffix(tr(" ×"));
    m_forumFontScale->setValue(current.forumFontScale);
    auto* scaleLabel = new QLabel(tr("&Text size in forum mode"), group);
    scaleLabel->setBuddy(m_forumFontScale);
    form->addRow(scaleLabel, m_forumFontScale);

    m_tray = new QCheckBox(tr("Remind me of due reviews in the system tray"), group);
    m_tray->setObjectName(QStringLiteral("trayNotificationsCheckBox"));
    m_tray->setAccessibleName(m_tray->text());
    m_tray->setChecked(current.trayNotifications);
    form->addRow(QString(), m_tray);
    return group;
}

QGroupBox* PreferencesDialog::makeInventoryGroup()
{
    const bool open = m_store != nullptr;
    auto* group = new QGroupBox(
        open ? tr("This inventory: %1").arg(QFileInfo(m_store->path()).fileName()) : tr("This inventory"), this);
    group->setObjectName(QStringLiteral("inventorySettingsGroupBox"));
    auto* form = new QFormLayout(group);
    if (open)
        m_reviewSettings = m_store->reviewSettings();

    m_dueSoonDays = new QSpinBox(group);
    m_dueSoonDays->setObjectName(QStringLiteral("preferencesDueSoonDaysSpinBox"));
    m_dueSoonDays->setAccessibleName(tr("Reviews are due soon within this many days"));
    m_dueSoonDays->setRange(0, ReviewSettings::maxDueSoonDays);
    m_dueSoonDays->setValue(m_reviewSettings.dueSoonDays);
    const auto showDays = [this](int days) {
        m_dueSoonDays->setSuffix(QLatin1Char(' ') + tr("day(s)", nullptr, days));
    };
    showDays(m_dueSoonDays->value());
    connect(m_dueSoonDays, &QSpinBox::valueChanged, this, showDays);
    auto* dueSoonLabel = new QLabel(tr("Reviews are due &soon within"), group);
    dueSoonLabel->setBuddy(m_dueSoonDays);
    form->addRow(dueSoonLabel, m_dueSoonDays);

    m_pilotWeeks = new QSpinBox(group);
    m_pilotWeeks->setObjectName(QStringLiteral("preferencesPilotWeeksSpinBox"));
    m_pilotWeeks->setAccessibleName(tr("Pilots graduate within this many weeks"));
    m_pilotWeeks->setRange(1, ReviewSettings::maxPilotWeeks);
    m_pilotWeeks->setValue(m_reviewSettings.pilotWeeks);
    const auto showWeeks = [this](int weeks) {
        m_pilotWeeks->setSuffix(QLatin1Char(' ') + tr("week(s)", nullptr, weeks));
    };
    showWeeks(m_pilotWeeks->value());
    connect(m_pilotWeeks, &QSpinBox::valueChanged, this, showWeeks);
    auto* pilotLabel = new QLabel(tr("&Pilots graduate within"), group);
    pilotLabel->setBuddy(m_pilotWeeks);
    form->addRow(pilotLabel, m_pilotWeeks);

    QString note;
    if (!open)
        note = tr("Open an inventory to change its review settings.");
    else if (m_store->isReadOnly())
        note = tr("The inventory is open read-only: its review settings cannot be changed.");
    else
        note = tr("Kept in the inventory, not on this computer: they apply to everyone who uses the file, "
                  "to steward lint and to the calendar export. The Reviews page shows them too; "
                  "Edit › Undo takes a change back.");
    auto* noteLabel = new QLabel(note, group);
    noteLabel->setObjectName(QStringLiteral("inventorySettingsNoteLabel"));
    noteLabel->setWordWrap(true);
    form->addRow(noteLabel);
    const bool writable = open && !m_store->isReadOnly() && m_undoStack;
    m_dueSoonDays->setEnabled(writable);
    m_pilotWeeks->setEnabled(writable);
    return group;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.actor = m_actor->text().trimmed();
    preferences.language = m_language->currentData().toString();
    preferences.forumFontScale = m_forumFontScale->value();
    preferences.trayNotifications = m_tray->isChecked();
    return preferences;
}

bool PreferencesDialog::applyReviewSettings()
{
    if (!m_store || m_store->isReadOnly() || !m_undoStack)
        return true;
    ReviewSettings wanted = m_reviewSettings;
    wanted.dueSoonDays = m_dueSoonDays->value();
    wanted.pilotWeeks = m_pilotWeeks->value();
    if (wanted == m_reviewSettings)
        return true;
    // One undo step for the dialog's change, whichever of the two settings it touched.
    m_undoStack->beginMacro(tr("Change the review settings"));
    QString problem;
    ReviewSettings step = m_reviewSettings;
    if (wanted.dueSoonDays != step.dueSoonDays) {
        step.dueSoonDays = wanted.dueSoonDays;
        problem = pushReviewSettings(m_store, m_undoStack, step, ReviewSetting::DueSoonDays);
    }
    if (problem.isEmpty() && wanted.pilotWeeks != step.pilotWeeks)
        problem = pushReviewSettings(m_store, m_undoStack, wanted, ReviewSetting::PilotWeeks);
    m_undoStack->endMacro();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot change the review settings"), problem);
        return false;
    }
    return true;
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    chosen.save();
    // The next change is recorded under the new name (an empty one: the default actor).
    if (m_store)
        m_store->setActor(chosen.actor);
    if (!applyReviewSettings())
        return;
    QDialog::accept();
}

} // namespace steward::ui
