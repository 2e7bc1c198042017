#pragma once

#include "domain/types.h"

#include <QAbstractListModel>
#include <utility>
#include <vector>

namespace steward::ui {

// The choices of a request's connector or skill box: "(none)" (id 0) and then the names in the
// order given; Qt::UserRole holds the id, as QComboBox::addItem(name, id) would. A model of its own
// rather than the combo box's standard items: 12,000 connectors made 12,000 QStandardItems with
// their own copies of every value, on every request shown.
class LinkChoicesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LinkChoicesModel(QObject* parent = nullptr);

    void setChoices(const QString& none, std::vector<std::pair<Id, QString>> choices);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString m_none;
    std::vector<std::pair<Id, QString>> m_choices;
};

} // namespace steward::ui
