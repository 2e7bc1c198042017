#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace steward::ui {

// An ordered list of short texts (allowed groups, prohibited uses, audit fields) edited in place:
// Add (Insert), edit (F2 or double-click), Remove (Delete), Move up/down (Ctrl+Up/Down). Every
// finished change emits itemsEdited() with the whole list; the owner validates and stores it, or
// puts the stored list back with setItems(). An added item left empty disappears.
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the object names (e.g. "groups" → groupsListWidget, groupsAddToolButton);
    // `itemNoun` names one item in tooltips ("group").
    StringListEditor(const QString& name, const QString& itemNoun, QWidget* parent = nullptr);

    void setItems(const QStringList& items); // emits nothing
    QStringList items() const;
    void setEditable(bool editable);
    QListWidget* listWidget() const { return m_list; }

Q_SIGNALS:
    void itemsEdited(const QStringList& items);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addItem();
    void removeCurrent();
    void moveCurrent(int step);
    void onEditorClosed();
    void updateButtons();
    QListWidgetItem* makeItem(const QString& text);

    QListWidget* m_list = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QListWidgetItem* m_added = nullptr; // the new item being typed, until its editor closes
    bool m_editable = true;
};

} // namespace steward::ui
