#include "export/markdownexport.h"

#include "export/inventorytables.h"
#include "export/markdowntext.h"
#include "export/policymarkdown.h"
#include "export/tabletext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward::exports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Export)
};

QString policySection(const Store& store)
{
    const std::vector<NamedId> names = store.personNames();
    const auto personName = [&names](Id id) {
        for (const NamedId& row : names) {
            if (row.id == id)
                return row.name;
        }
        return QString();
    };
    QString text = demotedHeadings(policyMarkdown(store.policy(), personName));
    // The owner and review line goes under the title and the status line, as in the other sections.
    const qsizetype afterTitle = text.indexOf(QStringLiteral("\n\n"));
    const qsizetype afterStatus = afterTitle < 0 ? -1 : text.indexOf(QStringLiteral("\n\n"), afterTitle + 2);
    const QString summary = markdown::inlineText(governanceSummary(store, GovernanceKind::Policy));
    if (afterStatus < 0)
        text = text.trimmed() + QStringLiteral("\n\n") + summary + QLatin1Char('\n');
    else
        text.insert(afterStatus + 2, summary + QStringLiteral("\n\n"));
    return text;
}

QString tableSection(const Store& store, InventoryObject object)
{
    const ObjectSection section = objectSection(store, object);
    QString text = QStringLiteral("## %1\n\n").arg(markdown::inlineText(section.title));
    if (!section.summary.isEmpty())
        text += markdown::inlineText(section.summary) + QStringLiteral("\n\n");
    if (section.tables.empty())
        text += QStringLiteral("*%1*\n").arg(markdown::inlineText(section.empty));
    for (std::size_t i = 0; i < section.tables.size(); ++i) {
        if (i > 0)
            text += QLatin1Char('\n'); // a line of pipes right after a table would be another of its rows
        text += tables::markdown(section.tables[i]);
    }
    return text;
}

} // namespace

QString documentTitle(std::optional<InventoryObject> object, const DocumentOptions& options)
{
    const QString what = object ? objectTitle(*object) : Tr::tr("Governance inventory");
    return options.name.isEmpty() ? what : QStringLiteral("%1 \u2014 %2").arg(what, options.name);
}

QString demotedHeadings(const QString& markdown)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression heading(QStringLiteral("^( {0,3})(#{1,5})(?=[ \\t]|$)"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString open;
    for (QString& line : lines) {
        if (const QRegularExpressionMatch match = fence.match(line); match.hasMatch()) {
            const QString marker = match.captured(1);
            if (open.isEmpty())
                open = marker;
            else if (marker.at(0) == open.at(0) && marker.size() >= open.size() && line.trimmed() == marker)
                open.clear();
            continue;
        }
        if (open.isEmpty())
            line.replace(heading, QStringLiteral("\\1#\\2"));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray markdownExport(const Store& store, std::optional<InventoryObject> object, const DocumentOptions& options)
{
    QString text = QStringLiteral("# %1\n").arg(markdown::inlineText(documentTitle(object, options)));
    const std::vector<InventoryObject> objects = object ? std::vector<InventoryObject>{*object} : documentObjects();
    for (InventoryObject each : objects) {
        text += QLatin1Char('\n');
        if (each == InventoryObject::Policy)
            text += policySection(store);
        else if (each == InventoryObject::Audit)
            text += QStringLiteral("*%1*\n").arg(markdown::inlineText(
                Tr::tr("The audit trail is exported as CSV: steward export FILE --format csv --object audit")));
        else
            text += tableSection(store, each);
    }
    return text.toUtf8();
}

} // namespace steward::exports
