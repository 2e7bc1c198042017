#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QStackedWidget;

namespace steward {
class Store;
}

namespace steward::ui {

class InventoryOverview;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path for editing; a file another Steward holds may be opened read-only after
    // asking. On any failure a message box says why and the current file stays open.
    bool openFile(const QString& path);
    Store* store() const { return m_store.get(); }

private:
    std::unique_ptr<Store> openStore(const QString& path);
    void chooseFile();
    QWidget* makeEmptyState();
    void showStore();

    std::unique_ptr<Store> m_store;
    QStackedWidget* m_central = nullptr;
    InventoryOverview* m_overview = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
};

} // namespace steward::ui
