#pragma once

#include "exchange/importwork.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class ExchangeJob;

// File › Import… (and a CSV or JSON file dropped on the window): the file's format and, for CSV,
// the object its header names (both detected, both correctable), its first rows, the columns or
// sections it has, and the report of what importing it would do — from a dry run on a worker that
// rolls its transaction back. Import runs it for real on a worker, all or nothing, as one undoable
// step; any error is listed with its line and column and leaves the inventory as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` is the window's (it must outlive the dialog); the import is pushed on `stack`.
    ImportDialog(Store* store, QUndoStack* stack, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads and checks the file (on a worker); the dialog shows what it found when done.
    void setInputPath(const QString& path);
    const QString& inputPath() const { return m_path; }
    // Corrections of what was detected: the file is checked again as that.
    void setFormat(ImportFormat format);
    void setObject(InventoryObject object);

    bool isBusy() const;
    // A check (or an import) has ended and its result is shown.
    bool isChecked() const { return m_result != nullptr; }
    bool canImport() const;
    // The last check's or import's report.
    const imports::ImportReport& report() const;
    // What is shown above the report as the reason nothing can be imported; "" when none.
    QString problem() const;
    ExchangeJob* job() const { return m_job; }

    // Import: runs the import for real (when the check allows it).
    void accept() override;
    // Cancel: while a step runs it is asked to stop, and the dialog closes once it has.
    void reject() override;

Q_SIGNALS:
    // The import was committed: what it did, for the status bar.
    void imported(const QString& message);

private:
    void chooseFile();
    void startCheck(bool reread);
    void checkFinished(const std::shared_ptr<ImportResult>& result);
    void commitFinished(const std::shared_ptr<ImportResult>& result);
    void showResult();
    void showPreview(const ImportPreview& preview);
    void showReport(const imports::ImportReport& report, const QString& failure);
    void showProblem(const QString& problem);
    void markIssues();
    void showIssueInPreview(int issueRow);
    void setControlsEnabled(bool enabled);
    void formatChosen();
    void objectChosen();

    Store* m_store;
    QUndoStack* m_stack;
    QString m_path;
    std::shared_ptr<ImportResult> m_result;
    ExchangeJob* m_job = nullptr;
    bool m_closeWhenDone = false;
    QLabel* m_fileLabel = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_object = nullptr;
    QLabel* m_columns = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_issues = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace steward::ui
