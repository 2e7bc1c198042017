#include "exchange/exportdialog.h"

#include "exchange/exchangejob.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace steward::ui {

namespace {

// The object combo's entry for "every object" of a Markdown or HTML document.
constexpr int EveryObject = -1;

QString fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
    case ExportFormat::PolicyJson:
    case ExportFormat::ClaudeManagedSettings:
    case ExportFormat::ClaudeManagedMcp:
        return ExportDialog::tr("JSON files (*.json)");
    case ExportFormat::Markdown:
        return ExportDialog::tr("Markdown files (*.md)");
    case ExportFormat::Html:
        return ExportDialog::tr("HTML files (*.html)");
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV files (*.csv)");
    case ExportFormat::Ics:
        return ExportDialog::tr("Calendar files (*.ics)");
    }
    return {};
}

} // namespace

struct ExportDialog::Running
{
    ExportChoice choice;
    QString destination;
    ExportOutcome outcome;
};

ExportDialog::ExportDialog(const QString& inventoryPath, QWidget* parent)
    : QDialog(parent)
    , m_inventoryPath(inventoryPath)
    , m_today(QDate::currentDate())
    , m_format(new QComboBox(this))
    , m_object(new QComboBox(this))
    , m_excel(new QCheckBox(tr("Start with a byte-order mark, for &Excel"), this))
    , m_excelHint(new QLabel(this))
    , m_managedOnly(new QCheckBox(tr("&Managed servers only: users cannot add servers to the allow-list"), this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_problem(makeErrorLabel(this, QStringLiteral("exportProblemLabel")))
    , m_report(new QPlainTextEdit(this))
    , m_job(new ExchangeJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(QFileInfo(inventoryPath).fileName()));

    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (ExportFormat format :
         {ExportFormat::Json, ExportFormat::PolicyJson, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv,
          ExportFormat::Ics, ExportFormat::ClaudeManagedSettings, ExportFormat::ClaudeManagedMcp})
        m_format->addItem(exportFormatTitle(format), int(format));
    m_object->setObjectName(QStringLiteral("objectComboBox"));
    m_excel->setObjectName(QStringLiteral("excelCheckBox"));
    m_excelHint->setObjectName(QStringLiteral("excelHintLabel"));
    // Two lines as written: a wrapped label leaves gaps in a form laid out before it is shown.
    m_excelHint->setText(tr("Excel needs the mark to read UTF-8 (without it “Müller” shows as “MÃ¼ller”).\n"
                            "LibreOffice reads either (choose UTF-8 when it asks); scripts want the file without it."));
    QFont hintFont = m_excelHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_excelHint->setFont(hintFont);
    m_excelHint->setForegroundRole(QPalette::PlaceholderText);
    m_managedOnly->setObjectName(QStringLiteral("managedOnlyCheckBox"));
    m_managedOnly->setToolTip(tr("Adds \"allowManagedMcpServersOnly\": true: only the allow-list written here "
                                 "counts, whatever users put in their own settings."));
    m_report->setObjectName(QStringLiteral("exportReportPlainTextEdit"));
    m_report->setAccessibleName(tr("Export report"));
    m_report->setReadOnly(true);
    m_report->setMinimumHeight(240);
    m_report->hide();
    m_destination->setObjectName(QStringLiteral("destinationLineEdit"));
    m_destination->setMinimumWidth(360);
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_browse->setAccessibleName(tr("Choose the file to write"));

    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Object"), m_object);
    m_objectLabel = qobject_cast<QLabel*>(form->labelForField(m_object));
    form->addRow(QString(), m_excel);
    form->addRow(QString(), m_excelHint);
    form->addRow(QString(), m_managedOnly);
    form->addRow(tr("&Save to"), destinationRow);
    m_format->setAccessibleName(tr("Format"));
    m_object->setAccessibleName(tr("Object"));
    m_destination->setAccessibleName(tr("Save to"));
    qobject_cast<QLabel*>(form->labelForField(destinationRow))->setBuddy(m_destination);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelText = m_cancelButton->text();
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_exportButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_report, 1);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChanged);
    connect(m_object, &QComboBox::activated, this, &ExportDialog::choiceChanged);
    connect(m_excel, &QCheckBox::toggled, this, [this] { showProblem({}); });
    connect(m_managedOnly, &QCheckBox::toggled, this, [this] { showProblem({}); });
    connect(m_destination, &QLineEdit::textEdited, this, [this] {
        m_destinationChosen = true;
        m_replaceConfirmed = false;
        showProblem({});
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_job, &ExchangeJob::finished, this, &ExportDialog::finished);
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    delete m_job; // waits for a worker still reading the inventory
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice choice;
    choice.format = ExportFormat(m_format->currentData().toInt());
    const QVariant object = m_object->currentData();
    if (m_object->isEnabled() && object.isValid() && object.toInt() != EveryObject)
        choice.object = InventoryObject(object.toInt());
    choice.excel = choice.format == ExportFormat::Csv && m_excel->isChecked();
    choice.managedOnly = choice.format == ExportFormat::ClaudeManagedSettings && m_managedOnly->isChecked();
    return choice;
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    formatChanged();
}

void ExportDialog::setObject(std::optional<InventoryObject> object)
{
    const int index = m_object->findData(object ? int(*object) : EveryObject);
    if (index >= 0)
        m_object->setCurrentIndex(index);
    choiceChanged();
}

void ExportDialog::setExcel(bool excel)
{
    m_excel->setChecked(excel);
}

void ExportDialog::setManagedOnly(bool managedOnly)
{
    m_managedOnly->setChecked(managedOnly);
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(path);
    m_destinationChosen = true;
    m_replaceConfirmed = false;
    showProblem({});
}

bool ExportDialog::isBusy() const
{
    return m_job->isRunning();
}

QString ExportDialog::problem() const
{
    return shownError(m_problem);
}

QString ExportDialog::report() const
{
    return m_report->isVisible() ? m_report->toPlainText() : QString();
}

void ExportDialog::formatChanged()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const QVariant previous = m_object->currentData();
    m_object->clear();
    if (exportsOneObject(format)) {
        for (InventoryObject object : documentObjects())
            m_object->addItem(objectTitle(object), int(object));
        m_object->addItem(objectTitle(InventoryObject::Audit), int(InventoryObject::Audit));
    } else if (exportsAnyObject(format)) {
        m_object->addItem(tr("Every object"), EveryObject);
        for (InventoryObject object : documentObjects())
            m_object->addItem(objectTitle(object), int(object));
    } else {
        m_object->addItem(isClaudeFormat(format) ? tr("The connectors whose approval is current")
                                                 : tr("The whole inventory"));
    }
    const int keep = previous.isValid() ? m_object->findData(previous) : -1;
    // CSV has no "every object": the connectors are what a spreadsheet is most often wanted for.
    const int fallback = exportsOneObject(format) ? m_object->findData(int(InventoryObject::Connectors)) : 0;
    m_object->setCurrentIndex(keep >= 0 ? keep : fallback);
    m_object->setEnabled(exportsOneObject(format) || exportsAnyObject(format));
    // Shown for every format (greyed out but CSV's), so the dialog keeps its size.
    m_excel->setEnabled(format == ExportFormat::Csv);
    m_excelHint->setEnabled(format == ExportFormat::Csv);
    m_managedOnly->setEnabled(format == ExportFormat::ClaudeManagedSettings);
    choiceChanged();
}

void ExportDialog::choiceChanged()
{
    showProblem({});
    if (m_destinationChosen)
        return;
    const QString current = destination();
    const QString folder =
        current.isEmpty() ? QFileInfo(m_inventoryPath).absolutePath() : QFileInfo(current).absolutePath();
    m_destination->setText(
        QDir::toNativeSeparators(QDir(folder).filePath(defaultExportName(m_inventoryPath, choice()))));
}

void ExportDialog::browse()
{
    const ExportFormat format = choice().format;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), destination(),
                                                      fileFilter(format) + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    setDestination(QDir::toNativeSeparators(path));
    m_replaceConfirmed = true; // the file dialog asked about replacing it
}

void ExportDialog::showReport(const QString& report)
{
    m_report->setPlainText(report);
    m_report->setVisible(!report.isEmpty());
    m_written = !report.isEmpty();
    m_cancelButton->setText(m_written ? tr("&Close") : m_cancelText);
    if (m_written)
        adjustSize();
}

void ExportDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ExportDialog::accept()
{
    if (isBusy())
        return;
    const QString target = QDir::fromNativeSeparators(destination());
    const QFileInfo info(target);
    if (target.isEmpty()) {
        showProblem(tr("Choose the file to write."));
        return;
    }
    if (isInventoryFile(target, m_inventoryPath)) {
        showProblem(tr("That is the inventory itself: the export would replace it. Choose another file."));
        return;
    }
    if (info.isDir()) {
        showProblem(tr("%1 is a folder. Choose a file in it.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!info.absoluteDir().exists()) {
        showProblem(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.exists() && !m_replaceConfirmed) {
        const auto answer =
            QMessageBox::question(this, tr("Replace %1?").arg(info.fileName()),
                                  tr("%1 exists already. Replace it with the export?").arg(info.fileName()),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    showProblem({});
    showReport({});
    m_running = std::make_shared<Running>();
    m_running->choice = choice();
    m_running->destination = info.absoluteFilePath();
    for (QWidget* field : std::initializer_list<QWidget*>{m_format, m_object, m_excel, m_managedOnly, m_destination,
                                                          m_browse, m_exportButton})
        field->setEnabled(false);
    m_job->start(tr("Exporting %1…").arg(exportDescription(m_running->choice)),
                 [running = m_running, path = m_inventoryPath, today = m_today](const std::atomic_bool& cancel) {
                     running->outcome = runExport(path, running->choice, running->destination, today, cancel);
                 });
}

void ExportDialog::reject()
{
    // The worker may be writing: it is asked to stop, and the dialog closes once it has.
    if (isBusy()) {
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    // Close after a Claude file was written: the export is done, not abandoned.
    if (m_written) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished(bool /*cancelled*/)
{
    const std::shared_ptr<Running> running = std::move(m_running);
    for (QWidget* field : std::initializer_list<QWidget*>{m_format, m_destination, m_browse, m_exportButton})
        field->setEnabled(true);
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    m_object->setEnabled(exportsOneObject(format) || exportsAnyObject(format));
    m_excel->setEnabled(format == ExportFormat::Csv);
    m_managedOnly->setEnabled(format == ExportFormat::ClaudeManagedSettings);
    if (running->outcome.cancelled && std::exchange(m_closeWhenDone, false)) {
        QDialog::reject();
        return;
    }
    m_closeWhenDone = false;
    if (running->outcome.cancelled) {
        showProblem(
            tr("The export was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(running->destination)));
        return;
    }
    if (!running->outcome.error.isEmpty()) {
        showProblem(running->outcome.error);
        return;
    }
    const QString destination = QDir::toNativeSeparators(running->destination);
    Q_EMIT exported(tr("Exported %1 to %2.").arg(exportDescription(running->choice), destination));
    if (!isClaudeFormat(running->choice.format)) {
        QDialog::accept();
        return;
    }
    // What the CLI prints after -o: the owner reads it before deploying the file.
    const QString count = running->choice.format == ExportFormat::ClaudeManagedSettings
                              ? tr("allow-list entries: %1").arg(running->outcome.servers)
                              : tr("servers: %1").arg(running->outcome.servers);
    QStringList report{tr("Wrote %1 (%2).").arg(destination, count)};
    if (!running->outcome.notes.isEmpty()) {
        report << QString() << tr("Before you deploy it:");
        for (const QString& note : running->outcome.notes)
            report << tr("• %1").arg(note);
    }
    report << QString() << claudeDeploymentNote(running->choice.format);
    showReport(report.join(QLatin1Char('\n')));
}

} // namespace steward::ui
