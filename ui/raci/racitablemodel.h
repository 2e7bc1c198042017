#pragma once

#include "domain/types.h"
#include "raci/racimatrix.h"

#include <QAbstractTableModel>
#include <QColor>
#include <vector>

namespace steward::ui {

// The RACI matrix as a grid: one row per activity, one column per role, each cell the letters of
// that pair ("RA"). A row that breaks "exactly one A" or "at least one R" says why in its header's
// tooltip and icon and in each cell's tooltip, and its cells take a tint, so the mark is never
// colour alone. The model only shows a matrix: the page edits through commands and hands the
// stored result back with setMatrix().
class RaciTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole {
        ProblemRole = Qt::UserRole + 1, // bool: the cell's row breaks a rule
    };

    explicit RaciTableModel(QObject* parent = nullptr);

    // A matrix of the same shape updates in place (the current cell stays); another shape resets.
    void setMatrix(const Raci& raci, const std::vector<NamedId>& people);
    const Raci& matrix() const { return m_raci; }
    const std::vector<NamedId>& people() const { return m_people; }

    // One line per broken rule of the activity, empty when the row is right.
    QStringList problems(int activity) const;
    // Every problem of the matrix, "Activity: reason", in row order.
    QStringList allProblems() const;
    // The background of a row with problems; the page derives it from its palette.
    void setProblemTint(const QColor& tint);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Responsible, Accountable" for "RA": what the letters stand for, for tooltips and readers.
    static QString spelledOut(const QString& letters);

private:
    QString holdersText(int role) const;

    Raci m_raci;
    std::vector<NamedId> m_people;
    std::vector<std::vector<racimatrix::RowProblem>> m_problems;
    QColor m_problemTint;
};

} // namespace steward::ui
