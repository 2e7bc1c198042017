// Forum mode's look: a high-contrast palette and the style sheet that sizes what fonts cannot.
#include "forummode/forummodewindow.h"

#include <QPalette>

namespace steward::ui {

void ForumModeWindow::applyTheme()
{
    // High contrast for a projector in a lit room: white on black, one accent (yellow) for titles
    // and actions, one for alerts; nothing relies on colour alone (figures are labelled).
    QPalette pal;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor accent(0xff, 0xd4, 0x00);
    const QColor dim(0x8a, 0x8a, 0x8a);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Window, black);
        pal.setColor(group, QPalette::WindowText, white);
        pal.setColor(group, QPalette::Base, black);
        pal.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        pal.setColor(group, QPalette::Text, white);
        pal.setColor(group, QPalette::Button, QColor(0x22, 0x22, 0x22));
        pal.setColor(group, QPalette::ButtonText, white);
        pal.setColor(group, QPalette::Highlight, accent);
        pal.setColor(group, QPalette::HighlightedText, black);
        pal.setColor(group, QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0));
    }
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        pal.setColor(QPalette::Disabled, role, dim);
    pal.setColor(QPalette::Disabled, QPalette::Window, black);
    pal.setColor(QPalette::Disabled, QPalette::Base, black);
    setPalette(pal);
    setAutoFillBackground(true);
    applyStyleSheet();
}

void ForumModeWindow::applyStyleSheet()
{
    // Sizes that a style sheet would otherwise fix (a header section ignores its view's font once
    // a sheet styles it) follow the body size.
    const double body = bodyPointSize();
    setStyleSheet(QStringLiteral("QLabel, QCheckBox, QRadioButton { color: #ffffff; }"
                                 "QLabel[forumRole=\"title\"] { color: #ffd400; }"
                                 "QLabel[forumRole=\"muted\"] { color: #d6d6d6; }"
                                 "QLabel[forumRole=\"alert\"] { color: #ff8a80; }"
                                 "QTableView { background: #000000; color: #ffffff; border: none; }"
                                 "QTableView::item { border-bottom: 1px solid #4a4a4a; }"
                                 "QTableView::item:selected { background: #333333; color: #ffffff; }"
                                 "QHeaderView { background: #000000; }"
                                 "QHeaderView::section { background: #000000; color: #ffd400; border: none;"
                                 " border-bottom: 2px solid #ffd400; padding: 2px 0px 6px 0px; font-weight: bold;"
                                 " font-size: %1pt; }"
                                 "QPushButton { background: #ffd400; color: #000000; border: 3px solid #ffd400;"
                                 " padding: 6px 22px; border-radius: 4px; }"
                                 "QPushButton:focus { border: 3px solid #ffffff; }"
                                 "QPushButton:disabled { background: #3a3a3a; color: #a0a0a0; border-color: #3a3a3a; }"
                                 "QListWidget { background: #000000; color: #ffffff; border: 1px solid #4a4a4a; }"
                                 "QListWidget::item:selected { background: #333333; color: #ffffff; }"
                                 "QListWidget::indicator, QCheckBox::indicator { width: %2px; height: %2px;"
                                 " border: 2px solid #ffffff; background: #000000; }"
                                 "QListWidget::indicator:checked, QCheckBox::indicator:checked { background: #ffd400;"
                                 " border-color: #ffd400; }"
                                 "QLineEdit, QDateEdit, QComboBox { background: #111111; color: #ffffff;"
                                 " border: 1px solid #8a8a8a; padding: 4px; }"
                                 "QScrollBar:vertical { background: #000000; width: 14px; margin: 0px; }"
                                 "QScrollBar::handle:vertical { background: #6a6a6a; border-radius: 6px;"
                                 " min-height: 48px; }"
                                 "QScrollBar::add-line, QScrollBar::sub-line { height: 0px; width: 0px; }"
                                 "QScrollBar::add-page, QScrollBar::sub-page { background: #000000; }")
                      .arg(body * 0.8, 0, 'f', 1)
                      .arg(qRound(body * 0.7 * logicalDpiY() / 72.0)));
}

} // namespace steward::ui
