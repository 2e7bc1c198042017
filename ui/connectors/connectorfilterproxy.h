#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace steward::ui {

// Sorts on the display text the way people read it (locale-aware, "Tier 10" after "Tier 9") and
// keeps the rows where any column contains the filter text, ignoring case.
class ConnectorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectorFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filter;
};

} // namespace steward::ui
