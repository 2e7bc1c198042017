#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace steward::ui {

// How lists are ordered for people everywhere in the editor: by the user's language (English when
// none is set), case-blind, numbers by value ("Tool 9" before "Tool 10").
QCollator displayCollator();

// The proxy every inventory table sorts and filters through: sorting on the display text the way
// people read it (locale-aware, case-blind, "Tier 10" after "Tier 9"; ties by row id so the order
// repeats), and keeping the rows where any column contains the filter text, ignoring case.
// A source that loads its rows lazily hears allRowsNeeded() first, so a filter or a sort covers
// the whole table rather than the rows loaded so far.
class CollatingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // idRole: the source model's role holding the row's id, for ties.
    explicit CollatingFilterProxy(int idRole, QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_filterText; }
    // Makes what the filter matches source rows first..last against ahead of the first filter.
    void prepareRows(int first, int last);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Before the proxy filters or sorts: load what is not loaded yet (connect it directly).
    void allRowsNeeded();

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // What a row is matched and sorted by, made once per row rather than once per comparison
    // (building cell texts and collating them dominated filtering and sorting 10k rows).
    const QString& haystack(int sourceRow) const;
    const QCollatorSortKey& sortKey(const QModelIndex& sourceIndex) const;
    void forgetRows();
    void forgetRows(int first, int last);
    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    QCollator m_collator;
    QString m_filterText;
    QString m_foldedFilter;
    int m_idRole;
    // Per source row, empty until needed: every column's text, case-folded, one per line; and
    // the collation key of the sort column's text.
    mutable std::vector<QString> m_haystacks;
    mutable std::vector<std::optional<QCollatorSortKey>> m_sortKeys;
    mutable int m_sortKeyColumn = -1;
};

} // namespace steward::ui
