#include "forummode/agendaslide.h"

#include "widgets/texttablemodel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace steward::ui {

Slide::Slide(const QString& key, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_key(key)
{
    setObjectName(key + QStringLiteral("Slide"));
    m_layout->setContentsMargins(72, 48, 72, 32);
    m_layout->setSpacing(24);
}

QLabel* Slide::makeTitle(const QString& text)
{
    m_title = new QLabel(text, this);
    m_title->setObjectName(QStringLiteral("slideTitleLabel"));
    m_title->setProperty("forumRole", QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_scaled.append({m_title, 1.6});
    m_layout->addWidget(m_title);
    return m_title;
}

void Slide::setBodyFont(const QFont& font)
{
    setFont(font);
    // A widget a style sheet styles keeps its own font rather than its parent's: every label and
    // control of the slide gets the body size (controls a little smaller) explicitly.
    QFont control = font;
    control.setPointSizeF(font.pointSizeF() * 0.8);
    const auto children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        if (qobject_cast<QLabel*>(child))
            child->setFont(font);
        else if (qobject_cast<QAbstractButton*>(child) || qobject_cast<QComboBox*>(child) ||
                 qobject_cast<QLineEdit*>(child) || qobject_cast<QAbstractSpinBox*>(child) ||
                 qobject_cast<QListWidget*>(child))
            child->setFont(control);
    }
    for (const auto& [label, factor] : std::as_const(m_scaled)) {
        QFont scaled = font;
        scaled.setPointSizeF(font.pointSizeF() * factor);
        scaled.setBold(factor > 1.0 || label == m_title);
        label->setFont(scaled);
    }
}

AgendaSlide::AgendaSlide(const forum::AgendaItem& item, int number, QWidget* parent)
    : Slide(item.key, parent)
    , m_item(item)
    , m_footer(new QVBoxLayout)
{
    makeTitle(tr("%1. %2").arg(number).arg(item.title));
    if (!item.subtitle.isEmpty() && !item.empty) {
        auto* subtitle = new QLabel(item.subtitle, this);
        subtitle->setObjectName(QStringLiteral("slideSubtitleLabel"));
        subtitle->setProperty("forumRole", QStringLiteral("muted"));
        subtitle->setWordWrap(true);
        m_scaled.append({subtitle, 0.8});
        m_layout->addWidget(subtitle);
    }
    if (item.empty) {
        m_empty = new QLabel(item.emptyText, this);
        m_empty->setObjectName(QStringLiteral("slideEmptyLabel"));
        m_empty->setWordWrap(true);
        m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_layout->addWidget(m_empty);
        m_layout->addLayout(m_footer);
        m_layout->addStretch(1);
        return;
    }
    if (!item.figures.empty()) {
        auto* row = new QHBoxLayout;
        row->setSpacing(44);
        for (const forum::Figure& figure : item.figures) {
            auto* tile = new QVBoxLayout;
            tile->setSpacing(0);
            auto* value = new QLabel(figure.value, this);
            value->setProperty("forumRole", figure.alert ? QStringLiteral("alert") : QStringLiteral("figure"));
            value->setAccessibleName(figure.label);
            auto* caption = new QLabel(figure.label, this);
            caption->setProperty("forumRole", QStringLiteral("muted"));
            caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_figures.push_back({value, caption, figure.label});
            m_scaled.append({value, 1.7});
            m_scaled.append({caption, 0.72});
            tile->addWidget(value);
            tile->addWidget(caption);
            row->addLayout(tile);
        }
        row->addStretch(1);
        m_layout->addLayout(row);
    }
    if (!item.text.isEmpty()) {
        auto* text = new QLabel(item.text, this);
        text->setObjectName(QStringLiteral("slideTextLabel"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        m_layout->addWidget(text);
    }
    if (!item.table.rows.empty()) {
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("slideTableView"));
        m_table->setAccessibleName(item.title);
        m_table->setModel(new TextTableModel(item.table, m_table));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        // The presenter's keys turn slides; the table is read, not walked.
        m_table->setFocusPolicy(Qt::NoFocus);
        m_table->verticalHeader()->setVisible(false);
        m_table->setShowGrid(false);
        m_table->setWordWrap(true);
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_layout->addWidget(m_table, 1);
    }
    m_layout->addLayout(m_footer);
    if (!m_table)
        m_layout->addStretch(1);
}

void AgendaSlide::hideTableColumn(int column)
{
    if (!m_table)
        return;
    m_table->setColumnHidden(column, true);
    fitColumns();
}

void AgendaSlide::highlightRow(int row)
{
    if (!m_table)
        return;
    if (m_table->selectionMode() == QAbstractItemView::NoSelection) {
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        // A click on a row chooses that request in the footer, so the two never disagree.
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (m_highlighting)
                return;
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            if (!rows.isEmpty())
                Q_EMIT rowChosen(rows.first().row());
        });
    }
    m_highlighting = true;
    m_table->clearSelection();
    if (row >= 0 && row < m_table->model()->rowCount()) {
        m_table->selectRow(row);
        m_table->scrollTo(m_table->model()->index(row, 0));
    }
    m_highlighting = false;
}

QString AgendaSlide::title() const
{
    return m_item.title;
}

void AgendaSlide::setBodyFont(const QFont& font)
{
    Slide::setBodyFont(font);
    fitFigures();
    if (!m_table)
        return;
    m_table->setFont(font);
    QFont header = font;
    header.setBold(true);
    header.setPointSizeF(font.pointSizeF() * 0.85);
    m_table->horizontalHeader()->setFont(header);
    fitColumns();
}

void AgendaSlide::showEvent(QShowEvent* event)
{
    Slide::showEvent(event);
    fitFigures();
    fitColumns();
}

void AgendaSlide::resizeEvent(QResizeEvent* event)
{
    Slide::resizeEvent(event);
    fitFigures();
    fitColumns();
}

void AgendaSlide::fitFigures()
{
    // Longer words than English ("Piloten mit überschrittener Frist") would push the row of figures
    // past the screen's edge: then each long caption goes on two lines. Broken by hand, not word
    // wrap: a word-wrapped label's height-for-width kept the full-screen window from painting.
    if (m_figures.empty())
        return;
    const QMargins margins = m_layout->contentsMargins();
    const int width = isVisible() || !screen() ? this->width() : screen()->geometry().width();
    const int available = width - margins.left() - margins.right();
    int needed = 44 * int(m_figures.size() - 1);
    for (const FigureLabels& figure : m_figures) {
        const int caption = QFontMetrics(figure.caption->font()).horizontalAdvance(figure.text);
        needed += std::max(figure.value->sizeHint().width(), caption);
    }
    const bool twoLines = needed > available;
    for (const FigureLabels& figure : m_figures) {
        QString text = figure.text;
        const qsizetype middle = text.size() / 2;
        const qsizetype before = text.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype after = text.indexOf(QLatin1Char(' '), middle);
        const qsizetype at = before < 0                          ? after
                             : after < 0                         ? before
                             : middle - before <= after - middle ? before
                                                                 : after;
        if (twoLines && text.size() > 12 && at > 0)
            text[at] = QLatin1Char('\n');
        if (figure.caption->text() != text)
            figure.caption->setText(text);
    }
}

void AgendaSlide::fitColumns()
{
    // Only once on screen: a slide not shown yet has no width of its own to fit in.
    if (!m_table || !isVisible())
        return;
    m_table->resizeColumnsToContents();
    // Air between the columns, as wide as two letters.
    const int gap = QFontMetrics(m_table->font()).horizontalAdvance(QStringLiteral("MM"));
    for (int c = 0; c + 1 < m_table->model()->columnCount(); ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + gap);
    // A long "why" wraps in the last column, which keeps its own width up to a third of the slide:
    // the widest of the other columns give up width (and wrap) until they fit in the rest.
    int last = m_table->model()->columnCount() - 1;
    while (last > 0 && m_table->isColumnHidden(last))
        --last;
    const int available = std::max(400, m_table->viewport()->width());
    // (QTableView hides the hint QAbstractItemView offers: the column's widest cell.)
    const int natural = std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(last),
                                 m_table->horizontalHeader()->sectionSizeHint(last));
    const int target = available - std::min(natural + gap, available / 3);
    int used = 0;
    for (int c = 0; c < last; ++c)
        used += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    while (last > 0 && used > target) {
        int widest = 0;
        for (int c = 1; c < last; ++c) {
            if (!m_table->isColumnHidden(c) && m_table->columnWidth(c) > m_table->columnWidth(widest))
                widest = c;
        }
        const int width = m_table->columnWidth(widest);
        const int shrunk = std::max({width - (used - target), width * 3 / 4, 180});
        if (shrunk >= width)
            break;
        m_table->setColumnWidth(widest, shrunk);
        used -= width - shrunk;
    }
    m_table->resizeRowsToContents();
}

} // namespace steward::ui
