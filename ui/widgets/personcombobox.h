#pragma once

#include "domain/types.h"

#include <QComboBox>

namespace steward::ui {

// Picks a person from the people directory by name, or nobody; the last entry, "New person…",
// asks the owner of the combo to add someone (personRequested) instead of selecting anything.
class PersonComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PersonComboBox(QWidget* parent = nullptr);

    void setPeople(const std::vector<NamedId>& people);
    void setPeople(const std::vector<Person>& people);
    void setPersonId(Id id);
    Id personId() const;

Q_SIGNALS:
    void personChosen(steward::Id id);
    void newPersonRequested();

private:
    void onActivated(int index);

    Id m_current = 0;
};

} // namespace steward::ui
