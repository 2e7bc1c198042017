#include "help/about.h"

#include "store/schema.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::About)
};

} // namespace

QString aboutText(const Store* store)
{
    QString file;
    if (store)
        file = Tr::tr("<p>%1 is at schema version %2; this Steward writes version %3.</p>")
                   .arg(QFileInfo(store->path()).fileName().toHtmlEscaped())
                   .arg(store->schemaVersion())
                   .arg(schema::currentVersion);
    else
        file =
            Tr::tr("<p>No inventory is open; this Steward writes schema version %1.</p>").arg(schema::currentVersion);
    return Tr::tr("<h3>Steward %1</h3>"
                  "<p>The governance of an AI-agent rollout — policy, workspaces, connectors, skills — in one "
                  "local file.</p>")
               .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(STEWARD_VERSION)
                                                                     : QCoreApplication::applicationVersion()) +
           file +
           Tr::tr("<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                  "Steward comes with no warranty.</p>"
                  "<p>Built with Qt %1, running on Qt %2.</p>")
               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace steward::ui
