#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QMimeData;
class QMainWindow;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class ExportDialog;
class ImportDialog;

// File › Export…, File › Import… and files dropped on the window, for the main window: it opens
// the dialogs over the window's store and undo stack and says in the status bar what they did.
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    // `window` shows the dialogs and the status messages; `store` gives the file it has open.
    ExchangeController(QMainWindow* window, std::function<Store*()> store, QUndoStack* stack);
    ~ExchangeController() override;

    // Adds Export… and Import… to the File menu.
    void addActions(QMenu* fileMenu);
    // The open file changed (or closed): the actions follow it.
    void storeChanged();
    // Closes an export or import dialog still open, waiting for its worker: called before the
    // window lets go of its store, which a worker may be reading or writing beside.
    void abandon();

    // Import… for that file: the same dialog, with the file chosen already.
    ImportDialog* startImport(const QString& path);
    ExportDialog* startExport();

    // A drag over the window: local files are accepted, so that the drop can say why one is refused.
    bool acceptsDrag(const QMimeData* mime) const;
    // A drop: a .csv or .json file starts the import; a .steward file opens as File › Open does
    // (through `openFile`); anything else is refused in the status bar.
    void drop(const QMimeData* mime, const std::function<void(const QString&)>& openFile);

private:
    void chooseImport();
    void showMessage(const QString& message);

    QMainWindow* m_window;
    std::function<Store*()> m_store;
    QUndoStack* m_stack;
    QAction* m_exportAction = nullptr;
    QAction* m_importAction = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace steward::ui
