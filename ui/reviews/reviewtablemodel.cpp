#include "reviews/reviewtablemodel.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QStyle>
#include <algorithm>

namespace steward::ui {
namespace {

int urgency(rules::DueState state)
{
    switch (state) {
    case rules::DueState::Overdue:
        return 0;
    case rules::DueState::DueSoon:
        return 1;
    default:
        return 2;
    }
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

std::vector<ReviewRow> reviewRows(const std::vector<ReviewSubject>& subjects, const QHash<Id, QString>& names,
                                  const ReviewSettings& settings, const QDate& today)
{
    QHash<Id, const ReviewSubject*> pilots;
    for (const ReviewSubject& subject : subjects) {
        if (subject.pilot)
            pilots.insert(subject.id, &subject);
    }
    std::vector<ReviewRow> rows;
    std::vector<rules::ReviewItem> items = rules::reviewItems(subjects, settings.dueSoonDays, today);
    rows.reserve(items.size());
    for (rules::ReviewItem& item : items) {
        ReviewRow row;
        row.ownerName = names.value(item.ownerId);
        row.reviewerName = names.value(item.review.lastReviewedBy);
        if (item.subjectType == QLatin1String("workspace")) {
            if (const ReviewSubject* pilot = pilots.value(item.subjectId)) {
                Workspace workspace;
                workspace.status = WorkspaceStatus::Pilot;
                workspace.pilotStartedOn = pilot->pilotStartedOn;
                row.pilotOverdue = rules::pilotOverdue(workspace, settings.pilotWeeks, today);
                row.pilotStartedOn = pilot->pilotStartedOn;
            }
        }
        row.item = std::move(item);
        rows.push_back(std::move(row));
    }
    return rows;
}

ReviewTableModel::ReviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Made once, not per cell and paint.
    const QStyle* style = QApplication::style();
    m_overdueIcon = style->standardIcon(QStyle::SP_MessageBoxCritical);
    m_warningIcon = style->standardIcon(QStyle::SP_MessageBoxWarning);
}

void ReviewTableModel::setRows(std::vector<ReviewRow> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int ReviewTableModel::rowOf(const QString& subjectType, Id subjectId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.subjectId == subjectId && m_rows[i].item.subjectType == subjectType)
            return int(i);
    }
    return -1;
}

int ReviewTableModel::attentionCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const ReviewRow& row) { return row.item.state != rules::DueState::NotDue; }));
}

void ReviewTableModel::setColours(const QColor& alertText, const QColor& soonBackground)
{
    if (alertText == m_alertText && soonBackground == m_soonBackground)
        return;
    m_alertText = alertText;
    m_soonBackground = soonBackground;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

int ReviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewTableModel::dueText(const ReviewRow& row) const
{
    const qint64 days = m_today.daysTo(row.item.due);
    if (days < 0)
        return tr("overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("due today");
    return tr("due in %n day(s)", nullptr, int(days));
}

QString ReviewTableModel::stateText(const ReviewRow& row) const
{
    QString text;
    const qint64 days = m_today.daysTo(row.item.due);
    switch (row.item.state) {
    case rules::DueState::Overdue:
        text = tr("Overdue by %n day(s)", nullptr, int(-days));
        break;
    case rules::DueState::DueSoon:
        if (!row.item.review.lastReviewedOn.isValid())
            text = tr("Never reviewed");
        else if (days == 0)
            text = tr("Due today");
        else
            text = tr("Due in %n day(s)", nullptr, int(days));
        break;
    default:
        text = tr("Not due");
        break;
    }
    if (row.pilotOverdue)
        text = tr("%1 · Pilot never graduated").arg(text);
    return text;
}

QIcon ReviewTableModel::stateIcon(const ReviewRow& row) const
{
    if (row.item.state == rules::DueState::Overdue)
        return m_overdueIcon;
    if (row.item.state == rules::DueState::DueSoon || row.pilotOverdue)
        return m_warningIcon;
    return {};
}

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ReviewRow& r = m_rows[std::size_t(index.row())];
    const rules::ReviewItem& item = r.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return dateText(item.due);
        case StateColumn:
            return stateText(r);
        case KindColumn:
            return rules::subjectLabel(item.subjectType);
        case NameColumn:
            return item.name;
        case OwnerColumn:
            return r.ownerName.isEmpty() ? tr("(no owner)") : r.ownerName;
        case CadenceColumn:
            return rules::cadenceText(item.review);
        case LastReviewedColumn:
            return item.review.lastReviewedOn.isValid() ? dateText(item.review.lastReviewedOn) : tr("Never");
        case ReviewedByColumn:
            return r.reviewerName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DueColumn || index.column() == StateColumn) {
            QString tip = tr("Next review %1 (%2)").arg(dueText(r), dateText(item.due));
            if (r.pilotOverdue)
                tip += QLatin1Char('\n') + tr("In pilot since %1: longer than pilots may run without graduating")
                                               .arg(dateText(r.pilotStartedOn));
            return tip;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(r)) : QVariant();
    case Qt::ForegroundRole:
        return item.state == rules::DueState::Overdue && m_alertText.isValid() ? QVariant(m_alertText) : QVariant();
    case Qt::BackgroundRole:
        return item.state == rules::DueState::DueSoon && m_soonBackground.isValid() ? QVariant(m_soonBackground)
                                                                                    : QVariant();
    case Qt::FontRole:
        if (index.column() == StateColumn && item.state == rules::DueState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SubjectTypeRole:
        return item.subjectType;
    case SubjectIdRole:
        return item.subjectId;
    case OwnerRole:
        return item.ownerId;
    case DueStateRole:
        return int(item.state);
    case DueRole:
        return item.due;
    case LastReviewedRole:
        return item.review.lastReviewedOn;
    case PilotOverdueRole:
        return r.pilotOverdue;
    case RowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case CadenceColumn:
        return tr("Cadence");
    case LastReviewedColumn:
        return tr("Last reviewed");
    case ReviewedByColumn:
        return tr("Reviewed by");
    default:
        return {};
    }
}

ReviewFilterProxy::ReviewFilterProxy(QObject* parent)
    : CollatingFilterProxy(ReviewTableModel::RowRole, parent)
{
}

void ReviewFilterProxy::setOwner(Id owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidate(); // one layout change, as for the text filter (see CollatingFilterProxy)
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_owner != Everyone && !sourceParent.isValid()) {
        const auto* model = qobject_cast<const ReviewTableModel*>(sourceModel());
        if (model && sourceRow < model->rowCount() && model->row(sourceRow).item.ownerId != m_owner)
            return false;
    }
    return CollatingFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

bool ReviewFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const ReviewTableModel*>(sourceModel());
    if (!model || left.parent().isValid())
        return CollatingFilterProxy::lessThan(left, right);
    const ReviewRow& a = model->row(left.row());
    const ReviewRow& b = model->row(right.row());
    // Ties fall back on the due-date order of rules::reviewItems, which is the row order.
    switch (left.column()) {
    case ReviewTableModel::DueColumn:
        return left.row() < right.row();
    case ReviewTableModel::StateColumn:
        if (urgency(a.item.state) != urgency(b.item.state))
            return urgency(a.item.state) < urgency(b.item.state);
        return left.row() < right.row();
    case ReviewTableModel::LastReviewedColumn:
        if (a.item.review.lastReviewedOn != b.item.review.lastReviewedOn)
            return a.item.review.lastReviewedOn < b.item.review.lastReviewedOn; // invalid (never) first
        return left.row() < right.row();
    default:
        return CollatingFilterProxy::lessThan(left, right);
    }
}

} // namespace steward::ui
