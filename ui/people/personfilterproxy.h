#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace steward::ui {

// Sorts people as a reader expects names sorted (QCollator: accents and case folded, digits by
// value) and filters on every column at once, so one field finds a name, a team or an address.
class PersonFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PersonFilterProxy(QObject* parent = nullptr);

    // The text every shown row contains in at least one column (case-insensitive); empty shows all.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
    QString m_filterText;
};

} // namespace steward::ui
