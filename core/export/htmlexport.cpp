#include "export/htmlexport.h"

#include "export/inventorytables.h"
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

using tables::htmlCell;

// Inline, so the file is whole on its own: a share, a mail attachment, a PDF printer.
const char* const StyleSheet =
    R"(body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #1a1a1a; line-height: 1.4; }
h1 { font-size: 1.6em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.85em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
.summary, .status { color: #444; }
@media print {
  body { margin: 0; font-size: 9pt; }
  section + section { break-before: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
)";

QString list(const QStringList& items, const QString& none)
{
    if (items.isEmpty())
        return QStringLiteral("<p><em>%1</em></p>\n").arg(htmlCell(none));
    QString text = QStringLiteral("<ul>\n");
    for (const QString& item : items)
        text += QStringLiteral("<li>%1</li>\n").arg(htmlCell(item));
    return text + QStringLiteral("</ul>\n");
}

QString heading(int level, const QString& text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(htmlCell(text));
}

QString statusLine(const Policy& p, const std::vector<NamedId>& people)
{
    const auto name = [&people](Id id) {
        for (const NamedId& row : people) {
            if (row.id == id)
                return row.name;
        }
        return QString();
    };
    QStringList parts;
    if (!p.version.isEmpty())
        parts.append(Tr::tr("Version %1").arg(p.version));
    if (p.status == PolicyStatus::Approved) {
        const QString approver = name(p.approvedBy);
        parts.append(approver.isEmpty()
                         ? Tr::tr("approved on %1").arg(p.approvedOn.toString(Qt::ISODate))
                         : Tr::tr("approved by %1 on %2").arg(approver, p.approvedOn.toString(Qt::ISODate)));
        if (p.effectiveOn.isValid())
            parts.append(Tr::tr("effective %1").arg(p.effectiveOn.toString(Qt::ISODate)));
    } else {
        parts.append(Tr::tr("draft"));
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString prose(const QString& heading, const QString& text)
{
    return exports::heading(3, heading) +
           (text.trimmed().isEmpty() ? QStringLiteral("<p><em>%1</em></p>\n").arg(htmlCell(Tr::tr("Not stated.")))
                                     : htmlParagraphs(text));
}

QString policySection(const Store& store)
{
    const Policy p = store.policy();
    const std::vector<NamedId> people = store.personNames();
    QString text = QStringLiteral("<section id=\"policy\">\n");
    text += heading(2, p.title.trimmed().isEmpty() ? Tr::tr("Acceptable-use policy") : p.title.trimmed());
    text += QStringLiteral("<p class=\"status\"><em>%1</em></p>\n").arg(htmlCell(statusLine(p, people)));
    text +=
        QStringLiteral("<p class=\"summary\">%1</p>\n").arg(htmlCell(governanceSummary(store, GovernanceKind::Policy)));
    text += heading(3, Tr::tr("Who may use the agent")) + list(p.allowedGroups, Tr::tr("No group is named yet."));
    tables::Table classes{{Tr::tr("Class"), Tr::tr("Use by agents"), Tr::tr("Condition")}, {}};
    for (const DataClassRule& rule : p.dataClasses)
        classes.rows.push_back({label(rule.dataClass), label(rule.permission), rule.condition});
    text += heading(3, Tr::tr("Data classes")) + tables::html(classes);
    text += heading(3, Tr::tr("Prohibited uses")) + list(p.prohibitedUses, Tr::tr("None listed."));
    tables::Table tiers{{Tr::tr("Tier"), Tr::tr("When"), Tr::tr("Control")}, {}};
    for (const ReviewTier& tier : p.reviewTiers)
        tiers.rows.push_back({QString::number(tier.tier), tier.rule, tier.control});
    text += heading(3, Tr::tr("Review tiers")) + tables::html(tiers);
    text += prose(Tr::tr("Training opt-out"), p.trainingOptOut);
    text += prose(Tr::tr("Retention"), p.retention);
    text += heading(3, Tr::tr("Audit log fields")) + list(p.auditFields, Tr::tr("None listed."));
    for (const PolicySection& section : p.sections) {
        text += heading(3, section.title.trimmed().isEmpty() ? Tr::tr("Untitled section") : section.title.trimmed());
        text += htmlParagraphs(section.body);
    }
    return text + QStringLiteral("</section>\n");
}

QString tableSection(const Store& store, InventoryObject object)
{
    const ObjectSection section = objectSection(store, object);
    QString text = QStringLiteral("<section id=\"%1\">\n").arg(objectKey(object));
    text += heading(2, section.title);
    if (!section.summary.isEmpty())
        text += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(htmlCell(section.summary));
    if (section.tables.empty())
        text += QStringLiteral("<p><em>%1</em></p>\n").arg(htmlCell(section.empty));
    for (const tables::Table& table : section.tables)
        text += tables::html(table);
    return text + QStringLiteral("</section>\n");
}

} // namespace

QString htmlParagraphs(const QString& text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n"));
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString html;
    for (const QString& paragraph : normalised.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(htmlCell(paragraph.trimmed()));
    }
    return html;
}

QByteArray htmlExport(const Store& store, std::optional<InventoryObject> object, const DocumentOptions& options)
{
    const QString title = documentTitle(object, options);
    //: The language code of the exported HTML document (its lang attribute).
    const QString language = Tr::tr("en");
    QString text = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"Steward\">\n<title>%2</title>\n"
                                  "<style>\n%3</style>\n</head>\n<body>\n<h1>%2</h1>\n")
                       .arg(htmlCell(language), htmlCell(title), QString::fromUtf8(StyleSheet));
    const std::vector<InventoryObject> objects = object ? std::vector<InventoryObject>{*object} : documentObjects();
    for (InventoryObject each : objects) {
        if (each == InventoryObject::Policy)
            text += policySection(store);
        else if (each == InventoryObject::Audit)
            text += QStringLiteral("<p><em>%1</em></p>\n")
                        .arg(htmlCell(Tr::tr(
                            "The audit trail is exported as CSV: steward export FILE --format csv --object audit")));
        else
            text += tableSection(store, each);
    }
    text += QStringLiteral("</body>\n</html>\n");
    return text.toUtf8();
}

} // namespace steward::exports
