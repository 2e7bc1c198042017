#pragma once

#include <QFrame>
#include <QStringList>
#include <vector>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

class QChart;
class QChartView;

namespace steward::ui {

// One chart of the Dashboard with its figures as a table: the toggle shows the table instead of the
// chart (a screen reader reads the table; the chart's accessible description says the same in
// words). Coloured from the window's palette, light or dark, and again when the palette changes.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    // `name` prefixes the children's object names ("connectorsChart" → connectorsChartView…).
    ChartCard(const QString& name, const QString& title, QWidget* parent = nullptr);

    // Stacked bars: one bar per category, one segment per series; values[category][series].
    void setBars(const QStringList& categories, const QStringList& series, const std::vector<std::vector<int>>& values);
    // A donut: one slice per name.
    void setSlices(const QStringList& names, const std::vector<int>& values);

    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_view; }
    QToolButton* tableToggle() const { return m_toggle; }
    // What the chart shows, in words (also its accessible description).
    QString summary() const { return m_summary; }

    // Series colours for a light or dark background, distinct for colour-blind readers too.
    static std::vector<QColor> seriesColours(bool dark);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fillTable();
    void applyTheme();
    void showTable(bool table);

    enum class Kind { Bars, Donut };
    Kind m_kind = Kind::Bars;
    QStringList m_categories;
    QStringList m_series;
    std::vector<std::vector<int>> m_values;
    QString m_title;
    QString m_summary;
    QLabel* m_titleLabel;
    QToolButton* m_toggle;
    QStackedWidget* m_stack;
    QChart* m_chart;
    QChartView* m_view;
    QTableWidget* m_table;
    bool m_theming = false;
};

} // namespace steward::ui
