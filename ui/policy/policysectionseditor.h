#pragma once

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// The policy's free sections: a list of titles on the left; on the right the selected section's
// title, its Markdown and, beside it, the Markdown rendered as it reads (live while typing). The
// text is stored when editing moves elsewhere; each change is one command.
class PolicySectionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicySectionsEditor(QWidget* parent = nullptr);

    void setStore(Store* store, QUndoStack* undoStack);
    void reload(); // re-reads the policy, keeping the selected section while it exists
    Id currentSectionId() const;
    void selectSection(Id id);
    bool commitPending();

    void addSection();
    void removeCurrentSection(); // asks first when the section has text
    bool canRemove() const;
    QString messageText() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildWidgets();
    void showCurrent();
    void moveCurrent(int step);
    bool commitTitle(const QString& typedTitle);
    bool commitBody(const QString& body);
    bool push(const QString& text, const std::function<void(Policy&)>& change, qint64 mergeKey);
    void showMessage(const QString& message);
    void updatePreview();
    void setEditable(bool editable);
    const PolicySection* current() const;

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    Policy m_policy;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_editorPane = nullptr;
};

} // namespace steward::ui
