#include "dashboard/chartcard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

namespace steward::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ChartCard::ChartCard(const QString& name, const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_titleLabel(new QLabel(title, this))
    , m_toggle(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, m_stack))
    , m_table(new QTableWidget(m_stack))
{
    setObjectName(name + QStringLiteral("Frame"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_toggle->setObjectName(name + QStringLiteral("TableToolButton"));
    m_toggle->setCheckable(true);
    m_toggle->setText(tr("Table"));
    m_toggle->setToolTip(tr("Show the figures as a table"));
    m_toggle->setAccessibleName(tr("Show %1 as a table").arg(title));
    connect(m_toggle, &QToolButton::toggled, this, &ChartCard::showTable);

    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 280);
    m_view->setAccessibleName(title);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_table->setObjectName(name + QStringLiteral("TableWidget"));
    m_table->setAccessibleName(tr("%1, as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(300, 280);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    applyTheme();
}

void ChartCard::setBars(const QStringList& categories, const QStringList& series,
                        const std::vector<std::vector<int>>& values)
{
    m_kind = Kind::Bars;
    m_categories = categories;
    m_series = series;
    m_values = values;
    rebuild();
}

void ChartCard::setSlices(const QStringList& names, const std::vector<int>& values)
{
    m_kind = Kind::Donut;
    m_categories = names;
    m_series = {tr("Count")};
    m_values.clear();
    for (int value : values)
        m_values.push_back({value});
    rebuild();
}

std::vector<QColor> ChartCard::seriesColours(bool dark)
{
    // Okabe–Ito-like hues, lighter on a dark background so each keeps its contrast.
    if (dark)
        return {QColor(0x6c, 0xb4, 0xee), QColor(0xf0, 0xa2, 0x4b), QColor(0x5f, 0xd0, 0x9c), QColor(0xee, 0x7b, 0x9a),
                QColor(0xc0, 0xc0, 0xc0)};
    return {QColor(0x00, 0x5a, 0xa8), QColor(0xc4, 0x62, 0x00), QColor(0x00, 0x7d, 0x55), QColor(0xb0, 0x2e, 0x5a),
            QColor(0x6b, 0x6b, 0x6b)};
}

void ChartCard::rebuild()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QLocale locale;
    QStringList words;
    if (m_kind == Kind::Bars) {
        auto* bars = new QStackedBarSeries;
        int highest = 0;
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            auto* set = new QBarSet(m_series[s]);
            for (std::size_t c = 0; c < m_values.size(); ++c)
                *set << (s < qsizetype(m_values[c].size()) ? m_values[c][std::size_t(s)] : 0);
            bars->append(set);
        }
        for (std::size_t c = 0; c < m_values.size(); ++c) {
            const int total = std::accumulate(m_values[c].begin(), m_values[c].end(), 0);
            highest = std::max(highest, total);
            QStringList parts;
            for (qsizetype s = 0; s < m_series.size() && std::size_t(s) < m_values[c].size(); ++s)
                parts.append(tr("%1 %2").arg(locale.toString(m_values[c][std::size_t(s)]), m_series[s]));
            words.append(tr("%1: %2").arg(m_categories.value(qsizetype(c)), parts.join(QStringLiteral(", "))));
        }
        m_chart->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        x->append(m_categories);
        auto* y = new QValueAxis;
        y->setRange(0, std::max(highest, 1));
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(std::max(1, (highest + 4) / 5));
        y->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(x, Qt::AlignBottom);
        m_chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        m_chart->legend()->setVisible(m_series.size() > 1);
    } else {
        auto* pie = new QPieSeries;
        pie->setHoleSize(0.5);
        for (qsizetype c = 0; c < m_categories.size(); ++c) {
            const int value = std::size_t(c) < m_values.size() ? m_values[std::size_t(c)][0] : 0;
            QPieSlice* slice = pie->append(tr("%1 (%2)").arg(m_categories[c], locale.toString(value)), value);
            slice->setLabelVisible(false);
            words.append(tr("%1: %2").arg(m_categories[c], locale.toString(value)));
        }
        m_chart->addSeries(pie);
        m_chart->legend()->setVisible(true);
        // Below the ring, where a slice's name has the card's width rather than a third of it.
        m_chart->legend()->setAlignment(Qt::AlignBottom);
    }
    m_summary = words.join(QStringLiteral("; "));
    m_view->setAccessibleDescription(m_summary);
    m_view->setToolTip(m_summary);
    fillTable();
    applyTheme();
}

void ChartCard::fillTable()
{
    const QLocale locale;
    const bool bars = m_kind == Kind::Bars;
    QStringList headers = {QString()};
    headers += m_series;
    headers.append(bars ? tr("Total") : tr("Share"));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_categories.size()));
    int all = 0;
    for (const auto& row : m_values)
        all += std::accumulate(row.begin(), row.end(), 0);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(m_categories[r]));
        const std::vector<int> row = std::size_t(r) < m_values.size() ? m_values[std::size_t(r)] : std::vector<int>{};
        int total = 0;
        for (int s = 0; s < int(m_series.size()); ++s) {
            const int value = std::size_t(s) < row.size() ? row[std::size_t(s)] : 0;
            total += value;
            auto* item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, s + 1, item);
        }
        const QString last =
            bars ? locale.toString(total) : (all > 0 ? tr("%1%").arg(qRound(100.0 * total / all)) : tr("—"));
        auto* item = new QTableWidgetItem(last);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, int(m_series.size()) + 1, item);
    }
    m_table->resizeColumnsToContents();
}

void ChartCard::applyTheme()
{
    if (m_theming)
        return;
    m_theming = true; // setTheme() changes palettes of its own
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    const std::vector<QColor> colours = seriesColours(dark);
    const auto series = m_chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s)) {
            const auto sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                sets[i]->setColor(colours[std::size_t(i) % colours.size()]);
                sets[i]->setBorderColor(pal.color(QPalette::Base));
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(s)) {
            const auto slices = pie->slices();
            for (qsizetype i = 0; i < slices.size(); ++i) {
                slices[i]->setColor(colours[std::size_t(i) % colours.size()]);
                slices[i]->setBorderColor(pal.color(QPalette::Base));
                slices[i]->setLabelColor(pal.color(QPalette::Text));
            }
        }
    }
    m_theming = false;
}

void ChartCard::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_view);
    m_toggle->setText(table ? tr("Chart") : tr("Table"));
    m_toggle->setToolTip(table ? tr("Show the chart") : tr("Show the figures as a table"));
}

void ChartCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace steward::ui
