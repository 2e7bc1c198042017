#pragma once

#include "domain/types.h"

#include <QAbstractListModel>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace steward::ui {

// The pickable rows of a LinksEditor: one checkable row per connector or skill, by name. A model
// over (id, name) pairs rather than a QListWidget: an inventory of 12 000 connectors costs a
// megabyte here instead of tens.
class LinksModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    explicit LinksModel(QObject* parent = nullptr);

    void setItems(std::vector<NamedId> items, const std::vector<Id>& linked);
    void setLinked(const std::vector<Id>& linked);
    void setEditable(bool editable);
    bool isLinked(Id id) const { return m_linked.contains(id); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // The person checked or unchecked the row of `id`.
    void toggled(steward::Id id, bool linked);

private:
    std::vector<NamedId> m_items;
    QSet<Id> m_linked;
    bool m_editable = true;
};

// A multi-select picker for links (workspace ↔ connectors and skills, skill ↔ connectors): a filter
// field, the checkable list and a line naming what is linked. Checking or unchecking a row reports
// the whole set of linked ids through edited(), for one command.
class LinksEditor : public QWidget
{
    Q_OBJECT

public:
    // `noun`: what is linked, for the filter's placeholder and the summary ("connectors").
    explicit LinksEditor(const QString& noun, QWidget* parent = nullptr);

    // Every pickable item and the ids linked now; linked ids that are not among the items are kept.
    void setLinks(const std::vector<NamedId>& items, const std::vector<Id>& linked);
    std::vector<Id> linkedIds() const { return m_linked; }
    void setEditable(bool editable);
    // Checks or unchecks the item with that id, as a click would.
    void setLinked(Id id, bool linked);

    // The rows shown (the filter applied) and the one holding `id` there; -1 when hidden or absent.
    int shownCount() const;
    int shownRowOf(Id id) const;
    QListView* listView() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    void edited(const std::vector<steward::Id>& ids);

private:
    void onToggled(Id id, bool linked);
    void updateSummary();

    QString m_noun;
    LinksModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_view;
    QLabel* m_summary;
    std::vector<Id> m_linked;
    std::vector<NamedId> m_items;
};

} // namespace steward::ui
