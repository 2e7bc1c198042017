#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace steward::ui {

// Help › User Guide: the manual (resources/guide/user-guide.md, embedded) in a window of its own,
// the list of its sections beside the text; choosing a section scrolls the text to it.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The sections, in order: the guide's headings of levels 1 and 2.
    QStringList sections() const;
    // Scrolls to section `index` of sections(), as a click in the list does.
    void showSection(int index);

private:
    void fillContents();

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_text = nullptr;
    QList<int> m_sectionPositions;
};

} // namespace steward::ui
