#pragma once

#include "forum/agenda.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace steward::ui {

// One slide of forum mode: a title, a line of context, the item's headline figures as large
// numbers, and its table or text; an item with nothing to discuss is one line instead. Fonts
// come from the forum window (its body size), scaled here for the title and the figures.
class Slide : public QWidget
{
    Q_OBJECT

public:
    explicit Slide(const QString& key, QWidget* parent = nullptr);
    const QString& key() const { return m_key; }
    virtual QString title() const = 0;
    // The body font changed (Ctrl+plus/minus): sizes of titles and figures follow it.
    virtual void setBodyFont(const QFont& font);

protected:
    QLabel* makeTitle(const QString& text);
    QVBoxLayout* m_layout;
    QLabel* m_title = nullptr;
    QList<QPair<QLabel*, double>> m_scaled; // labels whose size is a multiple of the body's

private:
    QString m_key;
};

class AgendaSlide : public Slide
{
    Q_OBJECT

public:
    AgendaSlide(const forum::AgendaItem& item, int number, QWidget* parent = nullptr);
    QString title() const override;
    const forum::AgendaItem& item() const { return m_item; }
    QTableView* table() const { return m_table; }
    // The line shown instead of an empty table; nullptr when the item has something.
    QLabel* emptyLabel() const { return m_empty; }
    void setBodyFont(const QFont& font) override;
    // Where a slide adds its own controls (the requests' decision panel), below the table.
    QVBoxLayout* footer() const { return m_footer; }
    // A column the footer shows for one row at a time (a request's "why") leaves the table.
    void hideTableColumn(int column);
    // The row the footer is about stands out (-1: none) and is scrolled into view.
    void highlightRow(int row);

Q_SIGNALS:
    // The user clicked a row of the table (the presenter points at a request).
    void rowChosen(int row);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void fitFigures();

    struct FigureLabels
    {
        QLabel* value;
        QLabel* caption;
        QString text; // the caption on one line
    };
    std::vector<FigureLabels> m_figures;

    forum::AgendaItem m_item;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    bool m_highlighting = false; // the slide moves the selection itself, not the user
    QVBoxLayout* m_footer;
};

} // namespace steward::ui
