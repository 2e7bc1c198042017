#include "widgets/newperson.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <memory>

namespace steward::ui {

std::optional<QString> askNewPersonName(QWidget* parent)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, QCoreApplication::translate("steward::ui::NewPerson", "New person"),
        QCoreApplication::translate("steward::ui::NewPerson", "Name of the new person:"), QLineEdit::Normal, {}, &ok);
    return ok ? std::optional<QString>(name) : std::nullopt;
}

StoreCommand* newPersonCommand(Store* store, const QString& name, std::function<void(Id)> link,
                               std::function<void()> unlink)
{
    const QString trimmed = name.trimmed();
    // The person's id as stored, so that redo (which adds them again) links the same row.
    auto personId = std::make_shared<Id>(0);
    auto apply = [store, trimmed, personId, link = std::move(link)] {
        store->transaction([&] {
            Person person;
            person.id = *personId;
            person.name = trimmed;
            *personId = store->addPerson(person);
            link(*personId);
        });
    };
    auto revert = [store, personId, unlink = std::move(unlink)] {
        store->transaction([&] {
            unlink();
            store->removePerson(*personId);
        });
    };
    return new StoreCommand(
        QCoreApplication::translate("steward::ui::NewPerson", "Add person \u201c%1\u201d").arg(trimmed),
        std::move(apply), std::move(revert));
}

} // namespace steward::ui
