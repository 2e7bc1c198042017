#pragma once

#include "store/store.h"

#include <QMessageBox>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

class QComboBox;
class QDate;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QWidget;

namespace steward::ui {
class Page;
}

// Shared by the GUI tests.
namespace steward::test {

// Once the event loop runs (the code under test opened a modal message box), clicks `button` on
// that box and stores its text in *text. Fails the running test if no box appears.
void answerNextMessageBox(QObject* context, QMessageBox::StandardButton button, QString* text);

// The descendant of `root` with that object name; a missing one is named in a warning, so the
// failure that follows says which widget it was.
template <typename T> T* findChild(const QWidget* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// The main window's navigation row of the page titled `title` (the item reads the title, or the
// title and a count: "Connectors (3)"); -1 when there is none. Tests find pages by title, not by
// position, so a page added anywhere in the list leaves them alone.
int pageRow(const QListWidget* navigation, const QString& title);
// What the navigation says for that page ("Connectors (3)"); "" when there is none.
QString pageText(const QListWidget* navigation, const QString& title);
// Shows the page titled `title` in `window` as a click in its navigation does; false if none.
bool showPage(const QWidget* window, const QString& title);

// Replaces the text of a line edit by typing, then presses Return (editingFinished).
void retype(QLineEdit* edit, const QString& text);
// Sets the text, then finishes editing as leaving the field would.
void commitText(QLineEdit* edit, const QString& text);
void commitDate(QDateEdit* edit, const QDate& date);
// As a user picking an item: activated() is what the forms listen to, not currentIndexChanged.
void choose(QComboBox* combo, int index);
// The same for the item whose data is `data` (an enum's value).
void chooseData(QComboBox* combo, int data);

// What every GUI test starts from: a fresh inventory in a temporary folder and an undo stack.
class StoreTest : public QObject
{
    Q_OBJECT

protected:
    void createStore();
    void destroyStore();
    // Shows `page` over the store and stack, at `size`, and waits until it is on screen.
    void showPage(ui::Page* page, QSize size);
    // Reopens the inventory read-only; `page` lets go of the writable store first.
    void reopenReadOnly(ui::Page* page);
    // Clicks `button` on the next message box; its text goes to m_lastMessage.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    QString m_lastMessage;
};

// A test of one page of type P, over the store of StoreTest. A template has no Q_OBJECT of its
// own: the test class deriving from it has.
template <typename P> class PageTest : public StoreTest
{
protected:
    void createPage(QSize size)
    {
        createStore();
        m_page = std::make_unique<P>();
        showPage(m_page.get(), size);
    }
    // The page goes before the store it reads.
    void destroyPage()
    {
        m_page.reset();
        destroyStore();
    }
    void reopenReadOnly() { StoreTest::reopenReadOnly(m_page.get()); }
    template <typename T> T* child(const QString& name) const { return test::findChild<T>(m_page.get(), name); }

    std::unique_ptr<P> m_page;
};

} // namespace steward::test
