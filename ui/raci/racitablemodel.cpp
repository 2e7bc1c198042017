#include "raci/racitablemodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace steward::ui {

RaciTableModel::RaciTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RaciTableModel::setMatrix(const Raci& raci, const std::vector<NamedId>& people)
{
    const bool sameShape =
        raci.activities.size() == m_raci.activities.size() && raci.roles.size() == m_raci.roles.size();
    if (!sameShape)
        beginResetModel();
    m_raci = raci;
    m_people = people;
    m_problems = racimatrix::rowProblems(m_raci);
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same shape: update in place, so the view keeps its current cell and selection while letters
    // are typed into it.
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QStringList RaciTableModel::problems(int activity) const
{
    QStringList lines;
    if (activity < 0 || std::size_t(activity) >= m_problems.size())
        return lines;
    for (const racimatrix::RowProblem& problem : m_problems[std::size_t(activity)])
        lines.append(tr("%1 %2").arg(problem.message, problem.fix));
    return lines;
}

QStringList RaciTableModel::allProblems() const
{
    QStringList lines;
    for (std::size_t a = 0; a < m_problems.size(); ++a) {
        for (const racimatrix::RowProblem& problem : m_problems[a])
            lines.append(tr("%1: %2").arg(m_raci.activities[a].name, problem.message));
    }
    return lines;
}

void RaciTableModel::setProblemTint(const QColor& tint)
{
    m_problemTint = tint;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

int RaciTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_raci.activities.size());
}

int RaciTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_raci.roles.size());
}

QString RaciTableModel::spelledOut(const QString& letters)
{
    QStringList words;
    for (QChar letter : racimatrix::normalized(letters)) {
        switch (letter.unicode()) {
        case 'R':
            words.append(tr("Responsible"));
            break;
        case 'A':
            words.append(tr("Accountable"));
            break;
        case 'C':
            words.append(tr("Consulted"));
            break;
        default:
            words.append(tr("Informed"));
            break;
        }
    }
    return words.join(tr(", "));
}

QVariant RaciTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int activity = index.row();
    const bool wrong = !m_problems[std::size_t(activity)].empty();
    switch (role) {
    case Qt::DisplayRole:
        return racimatrix::letters(m_raci, activity, index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        // Bold letters stand out from the grid lines when the matrix is projected in the forum.
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::AccessibleTextRole: {
        const QString letters = racimatrix::letters(m_raci, activity, index.column());
        return letters.isEmpty() ? tr("Not involved") : spelledOut(letters);
    }
    case Qt::ToolTipRole: {
        const QString letters = racimatrix::letters(m_raci, activity, index.column());
        QString tip =
            tr("%1 for \u201c%2\u201d: %3")
                .arg(m_raci.roles[std::size_t(index.column())].name, m_raci.activities[std::size_t(activity)].name,
                     letters.isEmpty() ? tr("not involved") : spelledOut(letters));
        const QStringList reasons = problems(activity);
        if (!reasons.isEmpty())
            tip += QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
        return tip;
    }
    case Qt::BackgroundRole:
        return wrong && m_problemTint.isValid() ? QVariant(m_problemTint) : QVariant();
    case ProblemRole:
        return wrong;
    default:
        return {};
    }
}

QString RaciTableModel::holdersText(int role) const
{
    QStringList names;
    for (Id id : m_raci.roles[std::size_t(role)].people) {
        for (const NamedId& person : m_people) {
            if (person.id == id)
                names.append(person.name);
        }
    }
    return names.isEmpty() ? tr("Nobody holds this role yet.") : tr("Held by %1.").arg(names.join(tr(", ")));
}

QVariant RaciTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return m_raci.roles[std::size_t(section)].name;
        case Qt::ToolTipRole:
            return holdersText(section);
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount())
        return {};
    const bool wrong = !m_problems[std::size_t(section)].empty();
    switch (role) {
    case Qt::DisplayRole:
        return m_raci.activities[std::size_t(section)].name;
    case Qt::DecorationRole:
        return wrong ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    case Qt::ToolTipRole:
        return wrong ? problems(section).join(QLatin1Char('\n')) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case ProblemRole:
        return wrong;
    default:
        return {};
    }
}

} // namespace steward::ui
