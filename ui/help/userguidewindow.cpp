#include "help/userguidewindow.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

namespace steward::ui {

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Steward User Guide"));
    m_contents->setObjectName(QStringLiteral("guideContentsListWidget"));
    m_contents->setAccessibleName(tr("Contents"));
    m_text->setObjectName(QStringLiteral("guideTextBrowser"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setOpenExternalLinks(true);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("guideSplitter"));
    splitter->addWidget(m_contents);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 660});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(960, 720);

    QFile guide(QStringLiteral(":/guide/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_text->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_text->setPlainText(tr("The user guide is missing from this build of Steward."));
    // Wider margins and line spacing than a text field's: this is read, not edited.
    m_text->document()->setDocumentMargin(18);
    fillContents();
    connect(m_contents, &QListWidget::currentRowChanged, this, &UserGuideWindow::showSection);
}

void UserGuideWindow::fillContents()
{
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 2)
            continue;
        auto* item = new QListWidgetItem(block.text(), m_contents);
        if (level == 1) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setText(QStringLiteral("    ") + block.text());
        }
        m_sectionPositions.append(block.position());
    }
}

QStringList UserGuideWindow::sections() const
{
    QStringList titles;
    for (int i = 0; i < m_contents->count(); ++i)
        titles.append(m_contents->item(i)->text().trimmed());
    return titles;
}

void UserGuideWindow::showSection(int index)
{
    if (index < 0 || index >= m_sectionPositions.size())
        return;
    if (m_contents->currentRow() != index)
        m_contents->setCurrentRow(index); // comes back here through currentRowChanged
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_sectionPositions.at(index));
    m_text->setTextCursor(cursor);
    // The heading at the top of the view, not merely somewhere in it.
    const QRectF heading = m_text->document()->documentLayout()->blockBoundingRect(cursor.block());
    // (The first heading sits below the document's margin: the top of the guide shows it.)
    m_text->verticalScrollBar()->setValue(index == 0 ? 0 : int(heading.top()));
}

} // namespace steward::ui
