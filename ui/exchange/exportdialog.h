#pragma once

#include "exchange/exportwork.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace steward::ui {

class ExchangeJob;

// File › Export…: the format, the object (CSV one; Markdown and HTML one or all), the byte-order
// mark for Excel, and the file to write (suggested beside the inventory, named after it and the
// format). The export runs on a worker over its own read-only Store, with a progress dialog that
// can cancel it; the file is replaced whole or not at all, and never the inventory itself. After a
// Claude Code file the dialog stays open with its report: what needs a hand before deploying it
// (placeholders, connectors left out) and where it goes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString& inventoryPath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportChoice choice() const;
    QString destination() const;

    // As a person would choose them (tests and callers that know better); the destination follows
    // the format and object until it is chosen by hand.
    void setFormat(ExportFormat format);
    void setObject(std::optional<InventoryObject> object);
    void setExcel(bool excel);
    // Managed settings: add allowManagedMcpServersOnly, so users cannot widen the allow-list.
    void setManagedOnly(bool managedOnly);
    void setDestination(const QString& path);
    // The day the calendar is evaluated on (today unless set).
    void setToday(const QDate& today) { m_today = today; }

    bool isBusy() const;
    // The problem shown under the form; "" when none.
    QString problem() const;
    // The report shown after writing a Claude Code file; "" when none is shown.
    QString report() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The export was written: what and where, for the status bar.
    void exported(const QString& message);

private:
    void formatChanged();
    void choiceChanged();
    void browse();
    void showProblem(const QString& problem);
    void finished(bool cancelled);
    void showReport(const QString& report);

    QString m_inventoryPath;
    QDate m_today;
    QComboBox* m_format = nullptr;
    QComboBox* m_object = nullptr;
    QLabel* m_objectLabel = nullptr;
    QCheckBox* m_excel = nullptr;
    QLabel* m_excelHint = nullptr;
    QCheckBox* m_managedOnly = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QString m_cancelText;
    QPlainTextEdit* m_report = nullptr;
    ExchangeJob* m_job = nullptr;
    bool m_destinationChosen = false; // by hand: it no longer follows the format
    bool m_replaceConfirmed = false;  // the file dialog asked already
    bool m_closeWhenDone = false;     // Cancel was pressed while the worker ran
    bool m_written = false;           // a Claude file was written and its report is shown: Close accepts
    struct Running;
    std::shared_ptr<Running> m_running;
};

} // namespace steward::ui
