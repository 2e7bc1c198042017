#include "people/peoplepage.h"

#include "commands/storecommand.h"
#include "people/persontablemodel.h"
#include "store/store.h"
#include "widgets/collatingfilterproxy.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace steward::ui {
namespace {

// Sets one field of a stored person: a command that merges keystrokes then only carries the
// field it changes, not a copy of the whole row from before the edit.
void writeField(Store* store, Id id, PersonForm::Field field, const QString& value)
{
    std::optional<Person> person = store->person(id);
    if (!person)
        throw StoreError(PeoplePage::tr("This person is no longer in the directory."));
    PersonForm::setValue(*person, field, value);
    store->updatePerson(*person);
}

QString commandText(PersonForm::Field field)
{
    switch (field) {
    case PersonForm::Name:
        return PeoplePage::tr("Rename person");
    case PersonForm::Email:
        return PeoplePage::tr("Edit email");
    case PersonForm::Title:
        return PeoplePage::tr("Edit title");
    case PersonForm::Team:
        return PeoplePage::tr("Edit team");
    default:
        return PeoplePage::tr("Edit notes");
    }
}

} // namespace

PeoplePage::PeoplePage(QWidget* parent)
    : Page(parent)
    , m_model(new PersonTableModel(this))
    , m_proxy(new CollatingFilterProxy(PersonTableModel::IdRole, this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, title, team or email"));
    m_filterEdit->setAccessibleName(tr("Filter people"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &CollatingFilterProxy::setFilterText);
    connect(m_proxy, &CollatingFilterProxy::allRowsNeeded, m_model, &PersonTableModel::fetchAll);
    m_filterEdit->installEventFilter(this);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("peopleTableView"));
    m_tableView->setAccessibleName(tr("People"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table for the form
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(PersonTableModel::Name, Qt::AscendingOrder);
    m_tableView->setWordWrap(false); // one line per row, elided, as on the inventory pages
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->horizontalHeader()->setDefaultSectionSize(150);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePage::onCurrentChanged);
    // Return on a row goes to its form, so the whole page works from the keyboard.
    connect(m_tableView, &QTableView::activated, this, [this] { m_form->focusField(PersonForm::Name, false); });

    m_form = new PersonForm(this);
    connect(m_form, &PersonForm::fieldEdited, this, &PeoplePage::onFieldEdited);

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filterEdit);
    tableLayout->addWidget(m_tableView);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_filterEdit, m_tableView);
    m_form->setEditable(false);
}

QString PeoplePage::title() const
{
    return tr("People");
}

QIcon PeoplePage::icon() const
{
    return QIcon(QStringLiteral(":/icons/people.svg"));
}

qint64 PeoplePage::count() const
{
    return m_store ? m_store->count(countTable()) : 0;
}

QString PeoplePage::countTable() const
{
    return QStringLiteral("people");
}

void PeoplePage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &PeoplePage::onUndoStackIndexChanged);
    m_model->setStore(store);
    m_form->setEditable(writable());
    if (m_proxy->rowCount() > 0)
        m_tableView->setCurrentIndex(m_proxy->index(0, PersonTableModel::Name));
    onCurrentChanged();
}

void PeoplePage::reload()
{
    const Id selected = selectedId();
    m_model->reload();
    m_form->setEditable(writable());
    selectPerson(selected);
    onCurrentChanged(); // the row may be the same index but hold new values
}

bool PeoplePage::writable() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool PeoplePage::canAdd() const
{
    return writable();
}

bool PeoplePage::canDuplicate() const
{
    return writable() && selectedId() != 0;
}

bool PeoplePage::canRemove() const
{
    return writable() && selectedId() != 0;
}

Id PeoplePage::selectedId() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    const Person* person = current.isValid() ? m_model->personAt(m_proxy->mapToSource(current).row()) : nullptr;
    return person ? person->id : 0;
}

bool PeoplePage::selectPerson(Id id)
{
    const int row = m_model->ensureLoaded(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PersonTableModel::Name));
    if (!index.isValid() && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear(); // the person asked for is hidden by the filter: show everyone
        index = m_proxy->mapFromSource(m_model->index(row, PersonTableModel::Name));
    }
    if (!index.isValid())
        return false;
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

void PeoplePage::onCurrentChanged()
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    const Person* person = current.isValid() ? m_model->personAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_form->setPerson(person ? std::optional<Person>(*person) : std::nullopt);
    Q_EMIT actionsChanged();
}

void PeoplePage::onUndoStackIndexChanged()
{
    if (m_pushing || !m_store)
        return;
    reload(); // undo or redo changed the store behind the model
    Q_EMIT inventoryChanged();
}

QString PeoplePage::validate(PersonForm::Field field, const QString& value) const
{
    if (field == PersonForm::Name) {
        if (value.isEmpty())
            return tr("A person needs a name.");
        const Id other = m_store->personIdByName(value);
        if (other != 0 && (!m_form->person() || other != m_form->person()->id))
            return tr("There is already a person named \u201c%1\u201d.").arg(value);
    } else if (field == PersonForm::Email && !value.isEmpty()) {
        // Deliberately loose: one @, something before it, a dot in the domain, no spaces.
        static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
        if (!email.match(value).hasMatch())
            return tr("This is not an email address; write it as name@example.com.");
    }
    return {};
}

void PeoplePage::onFieldEdited(PersonForm::Field field, const QString& typed)
{
    if (!writable() || !m_form->person())
        return;
    const Person stored = *m_form->person();
    const QString value = field == PersonForm::Notes ? typed : typed.trimmed();
    const QString error = validate(field, value);
    m_form->showFieldError(field, error);
    m_form->showMessage({});
    if (!error.isEmpty())
        return; // nothing is written while the field is wrong
    const QString before = PersonForm::valueOf(stored, field);
    if (value == before) {
        m_form->setPerson(stored); // only surrounding spaces differed: show the stored text
        return;
    }
    Store* store = m_store;
    const Id id = stored.id;
    auto* command = new StoreCommand(
        commandText(field), [store, id, field, value] { writeField(store, id, field, value); },
        [store, id, field, before] { writeField(store, id, field, before); }, CommandId::EditPerson, id * 16 + field);
    QString refusal;
    if (!pushCommand(command, &refusal))
        m_form->showMessage(refusal);
}

bool PeoplePage::pushCommand(StoreCommand* command, QString* error)
{
    m_pushing = true;
    const QString refusal = StoreCommand::push(m_undoStack, command);
    m_pushing = false;
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    reload();
    Q_EMIT inventoryChanged();
    return true;
}

QString PeoplePage::uniqueName(const QString& base) const
{
    if (m_store->personIdByName(base) == 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (m_store->personIdByName(candidate) == 0)
            return candidate;
    }
}

void PeoplePage::addPerson(const Person& templatePerson, const QString& text)
{
    Store* store = m_store;
    // The id the store gave on the first apply; redo after undo restores the person under it.
    auto id = std::make_shared<Id>(0);
    auto* command = new StoreCommand(
        text,
        [store, templatePerson, id] {
            Person person = templatePerson;
            person.id = *id;
            *id = store->addPerson(person);
        },
        [store, id] { store->removePerson(*id); });
    QString refusal;
    if (!pushCommand(command, &refusal)) {
        QMessageBox::information(this, tr("Person not added"), refusal);
        return;
    }
    selectPerson(*id);
    m_form->focusField(PersonForm::Name, true); // typing replaces the placeholder name
}

void PeoplePage::add()
{
    if (!canAdd())
        return;
    Person person;
    person.name = uniqueName(tr("New person"));
    addPerson(person, tr("Add person"));
}

void PeoplePage::duplicate()
{
    if (!canDuplicate() || !m_form->person())
        return;
    Person copy = *m_form->person();
    copy.id = 0;
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    addPerson(copy, tr("Duplicate person"));
}

void PeoplePage::remove()
{
    if (!canRemove() || !m_form->person())
        return;
    const Person person = *m_form->person();
    const int proxyRow = m_tableView->selectionModel()->currentIndex().row();
    Store* store = m_store;
    auto* command = new StoreCommand(
        tr("Delete person"), [store, id = person.id] { store->removePerson(id); },
        [store, person] { store->addPerson(person); }); // same id: references made later still fit
    QString refusal;
    if (!pushCommand(command, &refusal)) {
        QMessageBox::information(this, tr("Person not deleted"), refusal);
        return;
    }
    // Stay where the deleted row was, so Delete can be pressed again on the next one.
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        m_tableView->setCurrentIndex(m_proxy->index(std::min(proxyRow, rows - 1), PersonTableModel::Name));
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    // Down or Return in the filter goes to the matches, as in a search field with results below.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_tableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tableView->setCurrentIndex(m_proxy->index(0, PersonTableModel::Name));
            m_tableView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void PeoplePage::focusFind()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace steward::ui
