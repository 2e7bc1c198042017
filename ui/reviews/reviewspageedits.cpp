#include "commands/reviewcommands.h"
#include "reviews/markrevieweddialog.h"
#include "reviews/reviewspage.h"
#include "reviews/reviewtablemodel.h"
#include "store/store.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

// The Reviews page's edits: Mark reviewed (button, Enter, double-click, context menu) and the
// review settings.
namespace steward::ui {

bool ReviewsPage::canMarkReviewed() const
{
    return writable() && selectedId() != 0;
}

void ReviewsPage::markReviewed()
{
    markSelectedReviewed();
}

bool ReviewsPage::markSelectedReviewed()
{
    const QString type = selectedType();
    const Id id = selectedId();
    if (!canMarkReviewed())
        return false;
    const QString name = m_model->row(m_model->rowOf(type, id)).item.name;
    const bool recorded = ui::markReviewed(this, m_store, m_undoStack, type, id, name);
    if (recorded) {
        // The row moved to its new due date; the selection stays on the item.
        selectItem(type, id);
        m_table->setFocus();
    }
    return recorded;
}

bool ReviewsPage::setDueSoonDays(int days)
{
    ReviewSettings settings = m_settings;
    settings.dueSoonDays = days;
    return pushSettings(settings, int(ReviewSetting::DueSoonDays));
}

bool ReviewsPage::setPilotWeeks(int weeks)
{
    ReviewSettings settings = m_settings;
    settings.pilotWeeks = weeks;
    return pushSettings(settings, int(ReviewSetting::PilotWeeks));
}

bool ReviewsPage::pushSettings(const ReviewSettings& settings, int which)
{
    if (!writable())
        return false;
    if (settings == m_settings)
        return true;
    const QString problem = pushReviewSettings(m_store, m_undoStack, settings, ReviewSetting(which));
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot change the review settings"), problem);
        showSettings(); // back to what the store holds
        return false;
    }
    return true;
}

void ReviewsPage::showSettings()
{
    const QSignalBlocker dueSoon(m_dueSoonDays);
    const QSignalBlocker pilot(m_pilotWeeks);
    m_dueSoonDays->setValue(m_settings.dueSoonDays);
    m_pilotWeeks->setValue(m_settings.pilotWeeks);
    m_dueSoonUnit->setText(tr("day(s)", nullptr, m_settings.dueSoonDays));
    m_pilotUnit->setText(tr("week(s)", nullptr, m_settings.pilotWeeks));
}

void ReviewsPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("reviewsContextMenu"));
    menu.addAction(m_markReviewedAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool ReviewsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            markSelectedReviewed();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace steward::ui
