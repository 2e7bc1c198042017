#include "widgets/personcombobox.h"

#include "widgets/collatingfilterproxy.h"

#include <QCollator>
#include <algorithm>

namespace steward::ui {
namespace {

constexpr Id NewPersonId = -1;

} // namespace

PersonComboBox::PersonComboBox(QWidget* parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::activated, this, &PersonComboBox::onActivated);
}

void PersonComboBox::setPeople(const std::vector<NamedId>& people)
{
    std::vector<NamedId> sorted = people;
    const QCollator collator = displayCollator();
    std::sort(sorted.begin(), sorted.end(),
              [&](const NamedId& a, const NamedId& b) { return collator.compare(a.name, b.name) < 0; });
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(nobody)"), Id(0));
    for (const NamedId& person : sorted)
        addItem(person.name, person.id);
    addItem(tr("New person…"), NewPersonId);
    setPersonId(m_current);
}

void PersonComboBox::setPeople(const std::vector<Person>& people)
{
    std::vector<NamedId> names;
    names.reserve(people.size());
    for (const Person& person : people)
        names.push_back({person.id, person.name});
    setPeople(names);
}

void PersonComboBox::setPersonId(Id id)
{
    m_current = id;
    const QSignalBlocker blocker(this);
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

Id PersonComboBox::personId() const
{
    return m_current;
}

void PersonComboBox::onActivated(int index)
{
    const Id id = itemData(index).value<Id>();
    if (id == NewPersonId) {
        setPersonId(m_current); // shows the current person until the new one exists
        Q_EMIT newPersonRequested();
        return;
    }
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT personChosen(id);
}

} // namespace steward::ui
