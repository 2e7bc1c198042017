#pragma once

#include "domain/types.h"

#include <QHash>
#include <QWidget>
#include <vector>

class QLabel;
class QTableWidget;

namespace steward::ui {

struct ReviewRow;
class ReviewTableModel;

// Beside the Reviews table: the selected item (what it is, who owns it, when it was last reviewed
// and when it is due, whether its pilot ran too long) and the history of its recorded reviews,
// newest first.
class ReviewDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDetailsPanel(QWidget* parent = nullptr);

    // Shows `row` (nullptr: nothing selected) with its reviews among `reviews`; `names` are the
    // people by id, `pilotWeeks` how long a pilot may run.
    void showItem(const ReviewTableModel* model, const ReviewRow* row, const std::vector<Review>& reviews,
                  const QHash<Id, QString>& names, int pilotWeeks);
    // The colour of the warning line about a pilot that never graduated.
    void setAlertColour(const QColor& colour);

    QTableWidget* historyTable() const { return m_history; }

private:
    QLabel* m_name;
    QLabel* m_summary;
    QLabel* m_due;
    QLabel* m_pilot;
    QLabel* m_historyTitle;
    QLabel* m_noHistory;
    QTableWidget* m_history;
};

} // namespace steward::ui
