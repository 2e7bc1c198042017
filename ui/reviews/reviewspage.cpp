#include "reviews/reviewspage.h"

#include "findings/lintrunner.h"
#include "reviews/reviewdetailspanel.h"
#include "reviews/reviewtablemodel.h"
#include "store/store.h"
#include "widgets/tablecopy.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

QColor mix(const QColor& base, const QColor& tint, qreal share)
{
    return QColor::fromRgbF(base.redF() * (1 - share) + tint.redF() * share,
                            base.greenF() * (1 - share) + tint.greenF() * share,
                            base.blueF() * (1 - share) + tint.blueF() * share);
}

// A spin box and the unit after it ("[14] days"), so the setting reads as a sentence.
QWidget* withUnit(QWidget* parent, QSpinBox* spin, QLabel* unit)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spin);
    layout->addWidget(unit);
    layout->addStretch(1);
    return row;
}

} // namespace

ReviewsPage::ReviewsPage(QWidget* parent)
    : Page(parent)
    , m_model(new ReviewTableModel(this))
    , m_proxy(new ReviewFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_markReviewed(new QPushButton(tr("&Mark reviewed…"), this))
    , m_markReviewedAction(new QAction(tr("&Mark reviewed…"), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_details(new ReviewDetailsPanel(this))
    , m_dueSoonDays(new QSpinBox(this))
    , m_pilotWeeks(new QSpinBox(this))
    , m_dueSoonUnit(new QLabel(this))
    , m_pilotUnit(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewsPage"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter reviews"));
    m_filter->setPlaceholderText(tr("Filter by name, kind, owner, state…"));
    m_filter->setClearButtonEnabled(true);
    m_owner->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_owner->setAccessibleName(tr("Show the items of"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* ownerLabel = new QLabel(tr("&Owner"), this);
    ownerLabel->setObjectName(QStringLiteral("ownerFilterLabel"));
    ownerLabel->setBuddy(m_owner);
    m_markReviewed->setObjectName(QStringLiteral("markReviewedPushButton"));
    m_markReviewed->setAccessibleName(tr("Mark reviewed"));
    m_markReviewed->setToolTip(tr("Record a review of the selected item (Enter)"));
    m_markReviewedAction->setObjectName(QStringLiteral("markReviewedContextAction"));

    m_table->setObjectName(QStringLiteral("reviewsTableView"));
    m_table->setAccessibleName(tr("Reviews by due date"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewTableModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths that fit the usual content; the person's own widths are restored over them.
    const std::pair<int, int> widths[] = {
        {ReviewTableModel::DueColumn, 92},          {ReviewTableModel::StateColumn, 280},
        {ReviewTableModel::KindColumn, 135},        {ReviewTableModel::NameColumn, 170},
        {ReviewTableModel::OwnerColumn, 140},       {ReviewTableModel::CadenceColumn, 90},
        {ReviewTableModel::LastReviewedColumn, 100}};
    for (const auto& [column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    m_table->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("reviewsSummaryLabel"));

    m_dueSoonDays->setObjectName(QStringLiteral("dueSoonDaysSpinBox"));
    m_dueSoonDays->setRange(0, ReviewSettings::maxDueSoonDays);
    m_dueSoonDays->setAccessibleName(tr("Reviews are due soon within this many days"));
    m_pilotWeeks->setObjectName(QStringLiteral("pilotWeeksSpinBox"));
    m_pilotWeeks->setRange(1, ReviewSettings::maxPilotWeeks);
    m_pilotWeeks->setAccessibleName(tr("Pilots graduate within this many weeks"));
    for (QSpinBox* spin : {m_dueSoonDays, m_pilotWeeks}) {
        // One change per step or per finished edit, not per keystroke ("30" is not 3, then 30).
        spin->setKeyboardTracking(false);
        spin->setAlignment(Qt::AlignRight);
    }
    m_dueSoonUnit->setObjectName(QStringLiteral("dueSoonUnitLabel"));
    m_pilotUnit->setObjectName(QStringLiteral("pilotUnitLabel"));

    auto* settings = new QGroupBox(tr("Review settings"), this);
    settings->setObjectName(QStringLiteral("reviewSettingsGroupBox"));
    auto* settingsForm = new QFormLayout(settings);
    auto* dueSoonLabel = new QLabel(tr("Due &soon within"), settings);
    dueSoonLabel->setBuddy(m_dueSoonDays);
    auto* pilotLabel = new QLabel(tr("&Pilots graduate within"), settings);
    pilotLabel->setBuddy(m_pilotWeeks);
    settingsForm->addRow(dueSoonLabel, withUnit(settings, m_dueSoonDays, m_dueSoonUnit));
    settingsForm->addRow(pilotLabel, withUnit(settings, m_pilotWeeks, m_pilotUnit));
    auto* settingsNote = new QLabel(tr("Kept in the inventory: everyone who opens it, the reminders and "
                                       "steward lint use the same settings."),
                                    settings);
    settingsNote->setObjectName(QStringLiteral("reviewSettingsNoteLabel"));
    settingsNote->setWordWrap(true);
    settingsForm->addRow(settingsNote);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addSpacing(8);
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);
    bar->addSpacing(8);
    bar->addWidget(m_markReviewed);
    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_summary);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(settings);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableSide);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_table);
    setTabOrder(m_filter, m_owner);
    setTabOrder(m_owner, m_markReviewed);
    setTabOrder(m_markReviewed, m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ReviewFilterProxy::setFilterText);
    connect(m_owner, &QComboBox::activated, this, &ReviewsPage::onOwnerChosen);
    connect(m_markReviewed, &QPushButton::clicked, this, &ReviewsPage::markSelectedReviewed);
    connect(m_markReviewedAction, &QAction::triggered, this, &ReviewsPage::markSelectedReviewed);
    connect(m_table, &QTableView::doubleClicked, this, &ReviewsPage::markSelectedReviewed);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ReviewsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewsPage::onCurrentChanged);
    // Filtering and sorting move rows under the selection: the summary and details follow.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReviewsPage::showSummary);
    connect(m_dueSoonDays, &QSpinBox::valueChanged, this, &ReviewsPage::setDueSoonDays);
    connect(m_pilotWeeks, &QSpinBox::valueChanged, this, &ReviewsPage::setPilotWeeks);

    updateColours();
    fillOwners();
    showSettings();
    showSummary();
    updateActions();
}

QString ReviewsPage::title() const
{
    return tr("Reviews");
}

QIcon ReviewsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/reviews.svg"));
}

qint64 ReviewsPage::count() const
{
    // What needs doing, not how much is reviewed: the other pages count the rows themselves.
    if (m_store && m_read)
        return m_model->attentionCount();
    // The window hands a page its store only when it is first shown; the check runs regardless.
    if (!m_runner || !m_runner->hasResult() || m_runner->path().isEmpty())
        return -1;
    const auto& findings = m_runner->result().findings;
    return std::count_if(findings.begin(), findings.end(), [](const rules::Finding& finding) {
        return finding.ruleId == QLatin1String("review.overdue") || finding.ruleId == QLatin1String("review.due-soon");
    });
}

void ReviewsPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    m_read = false;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &ReviewsPage::onStackChanged);
    m_table->selectionModel()->clear();
    m_proxy->setOwner(ReviewFilterProxy::Everyone);
    reload();
    // The page opens on its most urgent row.
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The navigation learns the count now that the page knows it.
    Q_EMIT inventoryChanged();
}

void ReviewsPage::reload()
{
    const QString type = selectedType();
    const Id id = selectedId();
    const int proxyRow = m_table->selectionModel()->currentIndex().row();
    const QDate today = QDate::currentDate();
    m_stale = false;
    m_names.clear();
    if (m_store) {
        // Only what reviewing needs: the whole inventory with its children would cost tens of MB.
        m_settings = m_store->reviewSettings();
        m_reviews = m_store->reviews();
        for (const NamedId& person : m_store->personNames())
            m_names.insert(person.id, person.name);
        m_model->setRows(reviewRows(m_store->reviewSubjects(), m_names, m_settings, today), today);
        m_read = true;
    } else {
        m_settings = {};
        m_reviews.clear();
        m_model->setRows({}, today);
    }
    fillOwners();
    showSettings();
    if (!selectItem(type, id) && proxyRow >= 0 && m_proxy->rowCount() > 0) {
        // The row went away (archived, revoked, removed): its neighbour takes its place.
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    onCurrentChanged();
    showSummary();
    updateActions();
    Q_EMIT actionsChanged();
}

void ReviewsPage::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ReviewsPage::selectedType() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ReviewTableModel::SubjectTypeRole).toString() : QString();
}

Id ReviewsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ReviewTableModel::SubjectIdRole).value<Id>() : 0;
}

bool ReviewsPage::selectItem(const QString& subjectType, Id subjectId)
{
    const int row = subjectId != 0 ? m_model->rowOf(subjectType, subjectId) : -1;
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // A filter hides the row the person is working on: show it rather than lose it.
        m_filter->clear();
        if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            onOwnerChosen(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool ReviewsPage::writable() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

void ReviewsPage::onStackChanged()
{
    if (!m_store)
        return;
    // A command, undo or redo changed the store behind the table. Reading everything reviewed
    // costs more than a page of rows: out of sight, the page reads again when next shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    reload();
    Q_EMIT inventoryChanged();
}

void ReviewsPage::showEvent(QShowEvent* event)
{
    if (m_stale && m_store)
        reload();
    Page::showEvent(event);
}

void ReviewsPage::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    m_details->showItem(m_model, row >= 0 ? &m_model->row(row) : nullptr, m_reviews, m_names, m_settings.pilotWeeks);
    updateActions();
    Q_EMIT actionsChanged(); // the window's Edit › Mark Reviewed follows the selection
}

void ReviewsPage::onOwnerChosen(int index)
{
    if (index < 0 || index >= m_owner->count())
        return;
    m_owner->setCurrentIndex(index);
    m_proxy->setOwner(m_owner->itemData(index).value<Id>());
    showSummary();
}

void ReviewsPage::fillOwners()
{
    // The owners who have something to review, by name; "Everyone" first, "No owner" last.
    std::vector<std::pair<QString, Id>> owners;
    QSet<Id> seen;
    bool unowned = false;
    for (const ReviewRow& row : m_model->rows()) {
        if (row.item.ownerId == 0 || row.ownerName.isEmpty()) {
            unowned = unowned || row.item.ownerId == 0;
            continue;
        }
        if (!seen.contains(row.item.ownerId)) {
            seen.insert(row.item.ownerId);
            owners.emplace_back(row.ownerName, row.item.ownerId);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(owners.begin(), owners.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });

    const Id wanted = m_proxy->owner();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QVariant::fromValue(ReviewFilterProxy::Everyone));
    for (const auto& [name, id] : owners)
        m_owner->addItem(name, QVariant::fromValue(id));
    if (unowned)
        m_owner->addItem(tr("(no owner)"), QVariant::fromValue(Id(0)));
    const int index = m_owner->findData(QVariant::fromValue(wanted));
    // An owner with nothing left to review: everyone's items again, not an empty table.
    m_owner->setCurrentIndex(std::max(index, 0));
    m_proxy->setOwner(m_owner->currentData().value<Id>());
}

void ReviewsPage::showSummary()
{
    int overdue = 0;
    int soon = 0;
    int pilots = 0;
    for (const ReviewRow& row : m_model->rows()) {
        overdue += row.item.state == rules::DueState::Overdue ? 1 : 0;
        soon += row.item.state == rules::DueState::DueSoon ? 1 : 0;
        pilots += row.pilotOverdue ? 1 : 0;
    }
    QStringList parts{tr("%n overdue", nullptr, overdue), tr("%n due soon", nullptr, soon)};
    if (pilots > 0)
        parts << tr("%n pilot(s) never graduated", nullptr, pilots);
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = parts.join(QStringLiteral(" · "));
    if (shown != all)
        text = tr("%1 — showing %2 of %n item(s)", nullptr, all).arg(text).arg(shown);
    m_summary->setText(text);
}

void ReviewsPage::updateActions()
{
    const bool canMark = canMarkReviewed();
    m_markReviewed->setEnabled(canMark);
    m_markReviewedAction->setEnabled(canMark);
    m_dueSoonDays->setEnabled(writable());
    m_pilotWeeks->setEnabled(writable());
}

void ReviewsPage::updateColours()
{
    // Readable on light and dark palettes: a deep red on a light base, a light red on a dark one;
    // due soon is amber mixed into the base, so the text colour stays the palette's own.
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor alert = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    const QColor amber = dark ? QColor(0xff, 0xca, 0x28) : QColor(0xff, 0xb3, 0x00);
    m_model->setColours(alert, mix(base, amber, dark ? 0.22 : 0.24));
    m_details->setAlertColour(alert);
}

void ReviewsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColours();
    Page::changeEvent(event);
}

tables::Table ReviewsPage::selectedTable() const
{
    return tableOfSelection(m_table);
}

} // namespace steward::ui
