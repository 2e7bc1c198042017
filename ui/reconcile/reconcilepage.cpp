#include "reconcile/reconcilepage.h"

#include "commands/storecommand.h"
#include "findings/findingsmodel.h"
#include "reconcile/differencemodel.h"
#include "reconcile/reconcile.h"
#include "store/store.h"
#include "widgets/tablecopy.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

constexpr std::array<FindingSeverity, 3> severities = {FindingSeverity::Error, FindingSeverity::Warning,
                                                       FindingSeverity::Info};

QString lastFolderKey()
{
    return QStringLiteral("reconcile/lastFolder");
}

QString filesKey()
{
    return QStringLiteral("reconcile/files");
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

// What tells one difference from another across a new comparison, to keep it selected.
QString identity(const reconcile::Difference& d)
{
    return QStringList{d.finding.ruleId, d.finding.subjectType, QString::number(d.finding.subjectId), d.finding.subject,
                       d.place ? d.place->text() : QString()}
        .join(QLatin1Char('\n'));
}

} // namespace

ReconcilePage::ReconcilePage(QWidget* parent)
    : Page(parent)
    , m_model(new DifferenceModel(this))
    , m_proxy(new DifferenceFilterProxy(this))
{
    setObjectName(QStringLiteral("reconcilePage"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reconcileStackedWidget"));
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildContents());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    fillFileList(); // the remembered files are read with the first inventory (setStore)
    refresh();
}

ReconcilePage::~ReconcilePage() = default;

QString ReconcilePage::title() const
{
    return tr("Reconcile");
}

QIcon ReconcilePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/reconcile.svg"));
}

qint64 ReconcilePage::count() const
{
    return m_configs.isEmpty() || !m_store ? -1 : m_model->rowCount();
}

void ReconcilePage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &ReconcilePage::onStackChanged);
    // The files describe what is deployed, not the inventory: they stay for the next one, and the
    // files of the last session come back (read again) when the page first shows an inventory.
    m_noticeLabel->clear();
    if (m_store && !m_restored) {
        m_restored = true;
        const QStringList remembered = QSettings().value(filesKey()).toStringList();
        if (m_configs.isEmpty() && !remembered.isEmpty()) {
            m_configs.add(remembered);
            filesChanged();
            return;
        }
    }
    refresh();
}

void ReconcilePage::reload()
{
    refresh();
}

void ReconcilePage::focusFind()
{
    if (m_configs.isEmpty())
        return;
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

tables::Table ReconcilePage::selectedTable() const
{
    return m_configs.isEmpty() ? tables::Table{} : tableOfSelection(m_table);
}

void ReconcilePage::addFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_configs.add(paths);
    QSettings().setValue(lastFolderKey(), QFileInfo(paths.back()).absolutePath());
    m_noticeLabel->clear();
    filesChanged();
}

void ReconcilePage::removeSelectedFiles()
{
    std::vector<int> rows;
    const QList<QTreeWidgetItem*> selected = m_files->selectedItems();
    for (QTreeWidgetItem* item : selected)
        rows.push_back(m_files->indexOfTopLevelItem(item));
    if (rows.empty())
        return;
    m_configs.remove(rows);
    filesChanged();
}

void ReconcilePage::reloadFiles()
{
    m_configs.reloadAll();
    filesChanged();
}

void ReconcilePage::chooseFiles()
{
    QString folder = QSettings().value(lastFolderKey()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    QFileDialog dialog(this, tr("Open Claude configuration files"), folder,
                       tr("Claude configuration files (*.json);;All files (*)"));
    dialog.setObjectName(QStringLiteral("configFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    // .mcp.json is a hidden file where a dot starts the name.
    dialog.setFilter(dialog.filter() | QDir::Hidden);
    if (dialog.exec() == QDialog::Accepted)
        addFiles(dialog.selectedFiles());
}

void ReconcilePage::filesChanged()
{
    QStringList paths;
    for (const LoadedConfig& file : m_configs.files())
        paths.append(file.path);
    QSettings().setValue(filesKey(), paths);
    fillFileList();
    m_stack->setCurrentIndex(m_configs.isEmpty() ? 0 : 1);
    refresh();
}

void ReconcilePage::fillFileList()
{
    m_files->clear();
    const QIcon errorIcon = FindingsModel::severityIcon(FindingSeverity::Error);
    QStringList errors;
    for (const LoadedConfig& file : m_configs.files()) {
        auto* item = new QTreeWidgetItem(m_files);
        item->setText(0, file.shownName);
        item->setToolTip(0, QDir::toNativeSeparators(file.path));
        if (file.ok()) {
            item->setText(1, shapeText(file.parsed.config.kind));
            item->setText(2, contentsText(file.parsed.config));
            item->setToolTip(2, item->text(2));
        } else {
            const QStringList texts = file.errorTexts();
            errors += texts;
            item->setIcon(1, errorIcon);
            item->setText(1, tr("Not compared"));
            item->setText(2, texts.join(QStringLiteral("; ")));
            item->setToolTip(2, texts.join(QLatin1Char('\n')));
        }
    }
    m_removeButton->setEnabled(false);
    m_reloadButton->setEnabled(!m_configs.isEmpty());
    const int unreadable = m_configs.unreadableCount();
    if (unreadable == 0) {
        m_unreadableLabel->hide();
        return;
    }
    constexpr int shownErrors = 6;
    QStringList lines{tr("%n file(s) cannot be compared and are left out; nothing was changed. Correct them and "
                         "press Reload:",
                         "", unreadable)};
    lines += errors.mid(0, shownErrors);
    if (errors.size() > shownErrors)
        lines.append(tr("(and %1 more)").arg(errors.size() - shownErrors));
    m_unreadableLabel->setText(lines.join(QLatin1Char('\n')));
    m_unreadableLabel->show();
}

void ReconcilePage::refresh()
{
    m_stale = false;
    m_refreshedIndex = m_undoStack ? m_undoStack->index() : -1;
    const reconcile::Difference* current = currentDifference();
    const QString selected = current ? identity(*current) : QString();

    std::vector<reconcile::Difference> differences;
    if (m_store && !m_configs.isEmpty())
        differences = reconcile::reconcile(m_store->connectors(), m_configs.comparable()).differences;
    m_model->setDifferences(std::move(differences));

    const auto& all = m_model->differences();
    const auto found = std::find_if(all.begin(), all.end(), [&](const reconcile::Difference& d) {
        return !selected.isEmpty() && identity(d) == selected;
    });
    if (found != all.end())
        selectDifference(int(found - all.begin()));
    else if (m_proxy->rowCount() > 0) // the first, so the panel below has something to say
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateCounts();
    showCurrent();
    if (count() != m_lastCount) {
        m_lastCount = count();
        Q_EMIT inventoryChanged(); // not the store: the navigation's count of this page
    }
}

// Undo and redo change the inventory behind the comparison. The window re-reads the page in view
// itself (reload), so a comparison made at this index already is not made again.
void ReconcilePage::onStackChanged()
{
    if (!m_undoStack || m_undoStack->index() == m_refreshedIndex)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void ReconcilePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void ReconcilePage::updateCounts()
{
    const std::array<QString, 3> texts = {tr("Errors (%1)"), tr("Warnings (%1)"), tr("Info (%1)")};
    for (FindingSeverity severity : severities) {
        const auto i = std::size_t(severity);
        m_severityButtons[i]->setText(texts[i].arg(m_model->count(severity)));
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_shownLabel->setText(shown == total ? tr("%n difference(s)", "", total)
                                         : tr("%1 of %n difference(s) shown", "", total).arg(shown));
    QString message;
    if (m_configs.unreadableCount() == int(m_configs.files().size()))
        message = tr("None of the files can be compared: correct them (the list says where) and press Reload.");
    else if (total == 0)
        message = tr("No differences: what these files deploy and allow matches the inventory.");
    else if (shown == 0)
        message = tr("No difference matches the filters.");
    m_tableMessage->setText(message);
    m_tableStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_table) : m_tableMessage);
}

void ReconcilePage::updateActions()
{
    m_addButton->setEnabled(canAddAsRequested());
    if (m_store && m_store->isReadOnly())
        m_addButton->setToolTip(tr("The inventory is open read-only."));
    else
        m_addButton->setToolTip(tr("Adds the selected deployed server to the inventory as a requested connector, "
                                   "read-only and unapproved, for the forum to decide on."));
    Q_EMIT actionsChanged();
}

void ReconcilePage::showCurrent()
{
    const reconcile::Difference* d = currentDifference();
    if (!d) {
        m_detailLabel->setText(m_model->rowCount() > 0 ? tr("Select a difference to read it in full.") : QString());
    } else {
        QString text =
            tr("<b>%1</b> %2")
                .arg(DifferenceModel::kindLabel(d->finding.ruleId).toHtmlEscaped(), d->finding.message.toHtmlEscaped());
        if (!d->finding.fix.isEmpty())
            text += tr("<br><b>Fix:</b> %1").arg(d->finding.fix.toHtmlEscaped());
        if (DifferenceModel::connectorId(*d) != 0)
            text += tr("<br>Double-click the row to show “%1” on the Connectors page.")
                        .arg(d->finding.subject.toHtmlEscaped());
        m_detailLabel->setText(text);
    }
    updateActions();
}

void ReconcilePage::selectDifference(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

const reconcile::Difference* ReconcilePage::currentDifference() const
{
    if (!m_table)
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    return source.isValid() ? &m_model->difference(source.row()) : nullptr;
}

void ReconcilePage::activate(const QModelIndex& index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return;
    if (const Id id = DifferenceModel::connectorId(m_model->difference(source.row())); id != 0)
        Q_EMIT findingActivated(QStringLiteral("connectorsPage"), id);
}

bool ReconcilePage::canAddAsRequested() const
{
    const reconcile::Difference* d = currentDifference();
    return m_store && !m_store->isReadOnly() && m_undoStack && d && DifferenceModel::isUnknownServer(*d);
}

// The deployed name, or the first of "NAME 2", "NAME 3"… no connector has (names are unique).
QString ReconcilePage::freeConnectorName(const QString& name) const
{
    QSet<QString> taken;
    for (const NamedId& row : m_store->connectorNames())
        taken.insert(row.name.toCaseFolded());
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
        candidate = tr("%1 %2").arg(name).arg(n);
    return candidate;
}

Id ReconcilePage::addAsRequested()
{
    if (!canAddAsRequested())
        return 0;
    Connector connector = reconcile::requestedConnector(*currentDifference()->server);
    connector.name = freeConnectorName(connector.name);
    Store* store = m_store;
    auto id = std::make_shared<Id>(0); // the id it was stored under, so undo and redo agree
    auto apply = [store, connector, id] {
        Connector row = connector;
        row.id = *id;
        *id = store->addConnector(row);
    };
    auto revert = [store, id] {
        store->removeConnector(*id);
    };
    const QString error =
        StoreCommand::push(m_undoStack, new StoreCommand(tr("Add “%1” as a requested connector").arg(connector.name),
                                                         std::move(apply), std::move(revert)));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Connector not added"), error);
        return 0;
    }
    if (m_refreshedIndex != m_undoStack->index())
        refresh(); // the push compared again already, unless the page is hidden
    // It is known now, and deployed without approval: that is the difference to look at next.
    const auto& all = m_model->differences();
    const auto found = std::find_if(
        all.begin(), all.end(), [&](const reconcile::Difference& d) { return DifferenceModel::connectorId(d) == *id; });
    if (found != all.end())
        selectDifference(int(found - all.begin()));
    m_noticeLabel->setText(tr("“%1” is in the inventory now as a requested connector — read-only, not approved — "
                              "for the forum to decide on. Edit › Undo takes it out again.")
                               .arg(connector.name));
    return *id;
}

void ReconcilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReconcilePage::dragMoveEvent(QDragMoveEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReconcilePage::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    // Here a dropped JSON file is a configuration to compare, not an import for the window.
    event->acceptProposedAction();
    addFiles(files);
}

} // namespace steward::ui
