// The Reconcile page's widgets: the empty state, the file list and the differences with their filters.
#include "findings/findingsmodel.h"
#include "reconcile/differencemodel.h"
#include "reconcile/reconcilepage.h"
#include "widgets/formhelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward::ui {

QWidget* ReconcilePage::buildEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reconcileEmptyWidget"));
    auto* icon = new QLabel(page);
    icon->setPixmap(this->icon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(tr("Compare what is deployed with the inventory"), page);
    heading->setObjectName(QStringLiteral("reconcileEmptyHeadingLabel"));
    heading->setAlignment(Qt::AlignCenter);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    heading->setFont(font);
    auto* text = new QLabel(
        tr("Open the Claude configuration files you deploy, or drop them on this page: a project's "
           "<b>.mcp.json</b>, the administrator's <b>managed-mcp.json</b> and <b>managed-settings.json</b>, "
           "Claude Desktop's <b>claude_desktop_config.json</b>.<br><br>"
           "Steward lists the servers they deploy that the inventory lacks, connectors deployed or allowed "
           "without a current approval, approved connectors deployed nowhere or blocked, and allow-list entries "
           "that match nothing. The files are only read."),
        page);
    text->setObjectName(QStringLiteral("reconcileEmptyLabel"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width: a wrapped label centred by its layout gets too little height and is cut off.
    text->setFixedWidth(620);
    auto* open = new QPushButton(tr("&Open Config Files…"), page);
    open->setObjectName(QStringLiteral("emptyOpenFilesPushButton"));
    connect(open, &QPushButton::clicked, this, &ReconcilePage::chooseFiles);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget* ReconcilePage::buildContents()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reconcileContentsWidget"));

    auto* open = new QPushButton(tr("&Open Config Files…"), page);
    open->setObjectName(QStringLiteral("openFilesPushButton"));
    m_reloadButton = new QPushButton(tr("Re&load"), page);
    m_reloadButton->setObjectName(QStringLiteral("reloadFilesPushButton"));
    m_reloadButton->setToolTip(tr("Read every file again and compare"));
    m_removeButton = new QPushButton(tr("Re&move"), page);
    m_removeButton->setObjectName(QStringLiteral("removeFilesPushButton"));
    m_removeButton->setToolTip(tr("Leave the selected files out of the comparison (they are not deleted)"));
    auto* dropHint = new QLabel(tr("Drop more files on the page to add them."), page);
    dropHint->setForegroundRole(QPalette::PlaceholderText);
    connect(open, &QPushButton::clicked, this, &ReconcilePage::chooseFiles);
    connect(m_reloadButton, &QPushButton::clicked, this, &ReconcilePage::reloadFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ReconcilePage::removeSelectedFiles);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(open);
    fileButtons->addWidget(m_reloadButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addSpacing(12);
    fileButtons->addWidget(dropHint);
    fileButtons->addStretch();

    m_files = new QTreeWidget(page);
    m_files->setObjectName(QStringLiteral("configFilesTreeWidget"));
    m_files->setAccessibleName(tr("Configuration files"));
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setHeaderLabels({tr("File"), tr("Shape"), tr("What it holds")});
    m_files->header()->setStretchLastSection(true);
    m_files->setColumnWidth(0, 220);
    m_files->setColumnWidth(1, 300);
    connect(m_files, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_files->selectedItems().isEmpty()); });
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_files, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ReconcilePage::removeSelectedFiles);

    m_unreadableLabel = makeErrorLabel(page, QStringLiteral("unreadableErrorLabel"));
    m_unreadableLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filesPane = new QWidget(page);
    auto* filesLayout = new QVBoxLayout(filesPane);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(fileButtons);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addWidget(m_unreadableLabel);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("differencesTableView"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DifferenceModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The message and the fix share what the other columns leave; the panel below shows both in full.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(DifferenceModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DifferenceModel::FixColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DifferenceModel::SeverityColumn, 90);
    m_table->setColumnWidth(DifferenceModel::KindColumn, 170);
    m_table->setColumnWidth(DifferenceModel::ServerColumn, 150);
    m_table->setColumnWidth(DifferenceModel::ConnectorColumn, 110);
    m_table->setColumnWidth(DifferenceModel::PlaceColumn, 205);
    connect(m_table, &QTableView::activated, this, &ReconcilePage::activate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReconcilePage::showCurrent);

    m_tableMessage = new QLabel(page);
    m_tableMessage->setObjectName(QStringLiteral("differencesMessageLabel"));
    m_tableMessage->setAlignment(Qt::AlignCenter);
    m_tableMessage->setWordWrap(true);
    m_tableStack = new QStackedWidget(page);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_tableMessage);

    m_detailLabel = new QLabel(page);
    m_detailLabel->setObjectName(QStringLiteral("differenceDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::RichText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_detailLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noticeLabel = new QLabel(page);
    m_noticeLabel->setObjectName(QStringLiteral("reconcileNoticeLabel"));
    m_noticeLabel->setWordWrap(true);

    auto* differencesPane = new QWidget(page);
    auto* differencesLayout = new QVBoxLayout(differencesPane);
    differencesLayout->setContentsMargins(0, 0, 0, 0);
    differencesLayout->addWidget(buildFilters(differencesPane));
    differencesLayout->addWidget(m_tableStack, 1);
    differencesLayout->addWidget(m_detailLabel);
    differencesLayout->addWidget(m_noticeLabel);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("reconcileSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(filesPane);
    m_splitter->addWidget(differencesPane);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({150, 600});

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_splitter);
    return page;
}

QWidget* ReconcilePage::buildFilters(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 3> names = {QStringLiteral("reconcileErrorsToolButton"),
                                          QStringLiteral("reconcileWarningsToolButton"),
                                          QStringLiteral("reconcileInfoToolButton")};
    const std::array<QString, 3> accessible = {tr("Show errors"), tr("Show warnings"), tr("Show information")};
    for (FindingSeverity severity : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info}) {
        const auto i = std::size_t(severity);
        auto* button = new QToolButton(bar);
        button->setObjectName(names[i]);
        button->setAccessibleName(accessible[i]);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(FindingsModel::severityIcon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this, [this, severity](bool shown) {
            m_proxy->setSeverityShown(severity, shown);
            updateCounts();
            showCurrent();
        });
        layout->addWidget(button);
        m_severityButtons[i] = button;
    }
    layout->addSpacing(8);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("differencesFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter differences"));
    m_filter->setPlaceholderText(tr("Filter differences…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCounts();
        showCurrent();
    });
    layout->addWidget(m_filter, 1);
    m_shownLabel = new QLabel(bar);
    m_shownLabel->setObjectName(QStringLiteral("differencesCountLabel"));
    layout->addWidget(m_shownLabel);
    layout->addSpacing(12);
    m_addButton = new QPushButton(tr("&Add to Inventory as Requested"), bar);
    m_addButton->setObjectName(QStringLiteral("addRequestedPushButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
    connect(m_addButton, &QPushButton::clicked, this, &ReconcilePage::addAsRequested);
    layout->addWidget(m_addButton);
    return bar;
}

} // namespace steward::ui
