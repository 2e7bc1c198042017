#include "exchange/importdialog.h"

#include "exchange/exchangejob.h"
#include "exchange/importcommand.h"
#include "store/store.h"
#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPoint>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

// An issue list item's place in the file: (line, column) as the report names it.
constexpr int PlaceRole = Qt::UserRole + 1;

QString countsText(const imports::ImportCounts& counts)
{
    return ImportDialog::tr("added %1, updated %2, unchanged %3")
        .arg(counts.added)
        .arg(counts.updated)
        .arg(counts.unchanged);
}

} // namespace

ImportDialog::ImportDialog(Store* store, QUndoStack* stack, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_stack(stack)
    , m_job(new ExchangeJob(this))
    , m_fileLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("C&hoose…"), this))
    , m_format(new QComboBox(this))
    , m_object(new QComboBox(this))
    , m_columns(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_summary(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_problem(makeErrorLabel(this, QStringLiteral("importProblemLabel")))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into %1").arg(store ? QFileInfo(store->path()).fileName() : QString()));

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setText(tr("No file chosen"));
    m_chooseButton->setObjectName(QStringLiteral("chooseFilePushButton"));
    m_chooseButton->setAccessibleName(tr("Choose the file to import"));
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (ImportFormat format : {ImportFormat::InventoryJson, ImportFormat::PolicyJson, ImportFormat::Csv})
        m_format->addItem(importFormatTitle(format), int(format));
    m_object->setObjectName(QStringLiteral("objectComboBox"));
    for (InventoryObject object : importableObjects())
        m_object->addItem(objectTitle(object), int(object));
    m_object->setCurrentIndex(-1);
    m_columns->setObjectName(QStringLiteral("columnsLabel"));
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("previewTableView"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(QStringLiteral("issuesListWidget"));
    m_issues->setAccessibleName(tr("Errors and warnings"));
    m_issues->setWordWrap(true);
    m_issues->setIconSize(QSize(16, 16));
    m_issues->setMaximumHeight(m_issues->fontMetrics().lineSpacing() * 8);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_chooseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Holds"), m_object);
    form->addRow(tr("Columns"), m_columns);
    m_format->setAccessibleName(tr("Format"));
    m_object->setAccessibleName(tr("What the file holds"));

    auto* previewTitle = new QLabel(tr("&Preview — the first rows"), this);
    previewTitle->setObjectName(QStringLiteral("previewTitleLabel"));
    previewTitle->setBuddy(m_preview);
    auto* reportTitle = new QLabel(tr("&Report — what importing does"), this);
    reportTitle->setObjectName(QStringLiteral("reportTitleLabel"));
    reportTitle->setBuddy(m_issues);
    for (QLabel* title : {previewTitle, reportTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addSpacing(4);
    layout->addWidget(reportTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_issues);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_format, &QComboBox::activated, this, &ImportDialog::formatChosen);
    connect(m_object, &QComboBox::activated, this, &ImportDialog::objectChosen);
    connect(m_issues, &QListWidget::currentRowChanged, this, &ImportDialog::showIssueInPreview);
    showResult();
}

ImportDialog::~ImportDialog()
{
    // A worker writes beside the window's store: it must be gone before that store can go.
    delete m_job;
}

void ImportDialog::setInputPath(const QString& path)
{
    m_path = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    startCheck(true);
}

void ImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    formatChosen();
}

void ImportDialog::setObject(InventoryObject object)
{
    m_object->setCurrentIndex(m_object->findData(int(object)));
    objectChosen();
}

bool ImportDialog::isBusy() const
{
    return m_job->isRunning();
}

bool ImportDialog::canImport() const
{
    return !isBusy() && m_result && m_result->failure.isEmpty() && m_result->report.ok() && !m_result->cancelled &&
           !m_result->committed && (m_result->format != ImportFormat::Csv || m_result->object) && m_store &&
           !m_store->isReadOnly();
}

const imports::ImportReport& ImportDialog::report() const
{
    static const imports::ImportReport none;
    return m_result ? m_result->report : none;
}

QString ImportDialog::problem() const
{
    return shownError(m_problem);
}

void ImportDialog::chooseFile()
{
    const QString folder =
        m_path.isEmpty() ? QFileInfo(m_store->path()).absolutePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), folder,
                                                      tr("CSV and JSON files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        setInputPath(path);
}

void ImportDialog::formatChosen()
{
    if (m_result && !isBusy())
        startCheck(false);
}

void ImportDialog::objectChosen()
{
    if (m_result && !isBusy() && m_result->format == ImportFormat::Csv)
        startCheck(false);
}

// The check reads the file (again, for a new one) and runs the import without keeping it.
void ImportDialog::startCheck(bool reread)
{
    if (isBusy() || !m_store || m_path.isEmpty())
        return;
    ImportRequest request;
    request.path = m_path;
    if (!reread && m_result) {
        request.bytes = m_result->bytes;
        request.haveBytes = true;
        request.format = ImportFormat(m_format->currentData().toInt());
        if (*request.format == ImportFormat::Csv && m_object->currentIndex() >= 0)
            request.object = InventoryObject(m_object->currentData().toInt());
    }
    m_result.reset();
    showResult();
    m_status->setText(tr("Checking %1 against the inventory…").arg(QFileInfo(m_path).fileName()));
    setControlsEnabled(false);
    auto result = std::make_shared<ImportResult>();
    const Store* owner = m_store;
    m_job->start(
        tr("Checking %1…").arg(QFileInfo(m_path).fileName()),
        [result, owner, request](const std::atomic_bool& cancel) { *result = checkImport(*owner, request, cancel); });
    // One connection per step: the slot knows which result it is for.
    connect(
        m_job, &ExchangeJob::finished, this, [this, result] { checkFinished(result); }, Qt::SingleShotConnection);
}

void ImportDialog::checkFinished(const std::shared_ptr<ImportResult>& result)
{
    setControlsEnabled(true);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (result->cancelled) {
        // Only the check stopped; nothing was written by it in any case.
        m_status->setText(tr("The check was cancelled. Choose the file again to check it."));
        return;
    }
    m_result = result;
    showResult();
}

void ImportDialog::accept()
{
    if (!canImport())
        return;
    const std::shared_ptr<ImportResult> checked = m_result;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
    setControlsEnabled(false);
    m_importButton->setEnabled(false);
    auto result = std::make_shared<ImportResult>();
    const Store* owner = m_store;
    m_job->start(
        tr("Importing %1…").arg(QFileInfo(m_path).fileName()),
        [result, owner, checked](const std::atomic_bool& cancel) { *result = commitImport(*owner, *checked, cancel); });
    connect(
        m_job, &ExchangeJob::finished, this, [this, result] { commitFinished(result); }, Qt::SingleShotConnection);
}

void ImportDialog::commitFinished(const std::shared_ptr<ImportResult>& result)
{
    setControlsEnabled(true);
    const QString name = QFileInfo(m_path).fileName();
    if (result->committed) {
        // The worker's connection wrote the file: the window's store continues its audit chain.
        m_store->refresh();
        const imports::ImportCounts total = result->report.total();
        if (result->after > result->before)
            pushImportCommand(m_store, m_stack, tr("Import %1").arg(name), result->before, result->after);
        m_result = result;
        Q_EMIT imported(
            result->after > result->before
                ? tr("Imported %1: %2; warnings: %3.").arg(name, countsText(total)).arg(result->report.warningCount())
                : tr("Imported %1: it matched the inventory, nothing changed.").arg(name));
        QDialog::accept();
        return;
    }
    if (result->cancelled) {
        m_status->setText(tr("The import was cancelled; the inventory is as it was."));
        if (m_closeWhenDone)
            QDialog::reject();
        m_importButton->setEnabled(canImport());
        return;
    }
    // The inventory refused it after all (it changed since the check, or could not be written).
    m_result = result;
    showResult();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (isBusy()) {
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::setControlsEnabled(bool enabled)
{
    m_chooseButton->setEnabled(enabled);
    m_format->setEnabled(enabled && m_result);
    m_object->setEnabled(enabled && m_result && m_result->format == ImportFormat::Csv);
    m_importButton->setEnabled(enabled && canImport());
}

void ImportDialog::showResult()
{
    m_status->clear();
    if (!m_result) {
        showPreview({});
        m_columns->clear();
        showReport({}, {});
        m_summary->setText(m_path.isEmpty() ? tr("Choose a CSV or JSON file to import.") : QString());
        setControlsEnabled(!isBusy());
        return;
    }
    m_format->setCurrentIndex(m_format->findData(int(m_result->format)));
    m_object->setCurrentIndex(m_result->object ? m_object->findData(int(*m_result->object)) : -1);
    const ImportPreview& preview = m_result->preview;
    showPreview(preview);
    QString columns = preview.columns.join(QStringLiteral(", "));
    if (!preview.unknownColumns.isEmpty())
        columns += QStringLiteral(" — ") + tr("Steward does not know %1; their values are ignored.")
                                               .arg(preview.unknownColumns.join(QStringLiteral(", ")));
    m_columns->setText(columns.isEmpty() ? tr("(none found)") : columns);
    showReport(m_result->report, m_result->failure);
    markIssues();
    setControlsEnabled(!isBusy());
}

// The cells of the preview the report has something to say about: tinted, the issue as tooltip.
void ImportDialog::markIssues()
{
    const ImportPreview& preview = m_result->preview;
    QHash<std::pair<int, int>, QStandardItem*> cells;
    for (std::size_t row = 0; row < preview.places.size(); ++row) {
        for (std::size_t column = 0; column < preview.places[row].size(); ++column) {
            if (QStandardItem* item = m_previewModel->item(int(row), int(column)))
                cells.insert(preview.places[row][column], item);
        }
    }
    const auto mark = [&](const std::vector<imports::ImportIssue>& issues, const QColor& tint) {
        for (const imports::ImportIssue& issue : issues) {
            if (QStandardItem* item = cells.value({issue.line, issue.column})) {
                item->setBackground(tint);
                item->setToolTip(issueText(issue));
            }
        }
    };
    mark(m_result->report.warnings(), QColor(0xf9, 0xa8, 0x25, 90));
    mark(m_result->report.errors(), QColor(0xe5, 0x39, 0x35, 110)); // an error outweighs a warning
}

void ImportDialog::showIssueInPreview(int issueRow)
{
    const QListWidgetItem* issue = issueRow >= 0 ? m_issues->item(issueRow) : nullptr;
    if (!issue || !m_result)
        return;
    const auto place = issue->data(PlaceRole).value<QPoint>();
    const auto& places = m_result->preview.places;
    for (std::size_t row = 0; row < places.size(); ++row) {
        for (std::size_t column = 0; column < places[row].size(); ++column) {
            if (places[row][column] == std::pair(place.x(), place.y())) {
                const QModelIndex index = m_previewModel->index(int(row), int(column));
                m_preview->setCurrentIndex(index);
                m_preview->scrollTo(index);
                return;
            }
        }
    }
}

void ImportDialog::showPreview(const ImportPreview& preview)
{
    m_previewModel->clear();
    m_previewModel->setColumnCount(preview.headers.size());
    for (qsizetype i = 0; i < preview.headers.size(); ++i) {
        auto* header = new QStandardItem(preview.headers[i]);
        if (i < preview.columns.size() && preview.unknownColumns.contains(preview.columns[i])) {
            header->setToolTip(tr("Steward does not know this column; its values are ignored."));
            QFont font = m_preview->font();
            font.setItalic(true);
            header->setFont(font);
        }
        m_previewModel->setHorizontalHeaderItem(int(i), header);
    }
    for (const QStringList& row : preview.rows) {
        QList<QStandardItem*> items;
        for (const QString& cell : row) {
            auto* item = new QStandardItem(cell);
            item->setToolTip(cell);
            items.append(item);
        }
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));
    if (!preview.note.isEmpty())
        m_status->setText(preview.note);
}

void ImportDialog::showReport(const imports::ImportReport& report, const QString& failure)
{
    m_issues->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto add = [this](const QIcon& icon, const imports::ImportIssue& issue) {
        auto* item = new QListWidgetItem(icon, issueText(issue), m_issues);
        item->setData(PlaceRole, QPoint(issue.line, issue.column));
    };
    for (const imports::ImportIssue& issue : report.errors())
        add(errorIcon, issue);
    if (report.errorCount() > int(report.errors().size()))
        new QListWidgetItem(
            errorIcon, tr("… and %1 more errors").arg(report.errorCount() - int(report.errors().size())), m_issues);
    for (const imports::ImportIssue& issue : report.warnings())
        add(warningIcon, issue);
    if (report.warningCount() > int(report.warnings().size()))
        new QListWidgetItem(warningIcon,
                            tr("… and %1 more warnings").arg(report.warningCount() - int(report.warnings().size())),
                            m_issues);
    m_issues->setVisible(m_issues->count() > 0);

    if (!m_result) {
        showProblem({});
        m_summary->clear();
        return;
    }
    if (!failure.isEmpty()) {
        showProblem(failure);
        m_summary->setText(tr("Nothing can be imported; the inventory is as it was."));
        return;
    }
    if (!report.ok()) {
        showProblem(tr("The file cannot be imported as it is (errors: %1, each with its line and column below). "
                       "Nothing was changed; correct the file and choose it again.")
                        .arg(report.errorCount()));
        m_summary->setText(tr("Nothing can be imported; the inventory is as it was."));
        return;
    }
    showProblem({});
    if (m_result->committed) {
        m_summary->setText(tr("Imported: %1.").arg(countsText(report.total())));
        return;
    }
    if (m_result->format == ImportFormat::Csv && !m_result->object) {
        m_summary->setText(tr("Choose what the file holds."));
        return;
    }
    QStringList lines{tr("If imported: %1; warnings: %2.").arg(countsText(report.total())).arg(report.warningCount())};
    for (const auto& [object, counts] : report.objects())
        lines.append(QStringLiteral("    %1: %2").arg(object, countsText(counts)));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace steward::ui
