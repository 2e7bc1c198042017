#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace steward::ui {

// The proxy every inventory table sorts and filters through: sorting on the display text the way
// people read it (locale-aware, case-blind, "Tier 10" after "Tier 9"; ties by row id so the order
// repeats), and keeping the rows where any column contains the filter text, ignoring case.
class CollatingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // idRole: the source model's role holding the row's id, for ties.
    explicit CollatingFilterProxy(int idRole, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filterText;
    int m_idRole;
};

} // namespace steward::ui
