#include "export/policymarkdown.h"

#include "domain/enums.h"
#include "export/markdowntext.h"

#include <QCoreApplication>

namespace steward {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::PolicyMarkdown)
};

QString statusLine(const Policy& p, const std::function<QString(Id)>& personName)
{
    QStringList parts;
    if (!p.version.isEmpty())
        parts.append(Tr::tr("Version %1").arg(markdown::inlineText(p.version)));
    if (p.status == PolicyStatus::Approved) {
        const QString approver = p.approvedBy ? personName(p.approvedBy) : QString();
        parts.append(approver.isEmpty() ? Tr::tr("approved on %1").arg(p.approvedOn.toString(Qt::ISODate))
                                        : Tr::tr("approved by %1 on %2")
                                              .arg(markdown::inlineText(approver), p.approvedOn.toString(Qt::ISODate)));
        if (p.effectiveOn.isValid())
            parts.append(Tr::tr("effective %1").arg(p.effectiveOn.toString(Qt::ISODate)));
    } else {
        parts.append(Tr::tr("draft"));
    }
    return QStringLiteral("*%1*").arg(parts.join(QStringLiteral(" · ")));
}

void appendList(QString& out, const QString& heading, const QStringList& items, const QString& none)
{
    out += QStringLiteral("## %1\n\n").arg(heading);
    if (items.isEmpty())
        out += QStringLiteral("*%1*\n\n").arg(none);
    for (const QString& item : items)
        out += QStringLiteral("- %1\n").arg(markdown::inlineText(item));
    if (!items.isEmpty())
        out += QLatin1Char('\n');
}

void appendProse(QString& out, const QString& heading, const QString& text)
{
    out += QStringLiteral("## %1\n\n").arg(heading);
    out += text.trimmed().isEmpty() ? QStringLiteral("*%1*\n\n").arg(Tr::tr("Not stated."))
                                    : markdown::proseText(text) + QStringLiteral("\n\n");
}

} // namespace

QString policyMarkdown(const Policy& p, const std::function<QString(Id)>& personName)
{
    QString out;
    const QString title = p.title.trimmed().isEmpty() ? Tr::tr("Acceptable-use policy") : p.title.trimmed();
    out += QStringLiteral("# %1\n\n%2\n\n").arg(markdown::inlineText(title), statusLine(p, personName));

    appendList(out, Tr::tr("Who may use the agent"), p.allowedGroups, Tr::tr("No group is named yet."));

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Data classes"));
    out += QStringLiteral("| %1 | %2 | %3 |\n| --- | --- | --- |\n")
               .arg(Tr::tr("Class"), Tr::tr("Use by agents"), Tr::tr("Condition"));
    for (const DataClassRule& rule : p.dataClasses)
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(label(rule.dataClass), label(rule.permission), markdown::cellText(rule.condition));
    out += QLatin1Char('\n');

    appendList(out, Tr::tr("Prohibited uses"), p.prohibitedUses, Tr::tr("None listed."));

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Review tiers"));
    out += QStringLiteral("| %1 | %2 | %3 |\n| --- | --- | --- |\n")
               .arg(Tr::tr("Tier"), Tr::tr("When"), Tr::tr("Control"));
    for (const ReviewTier& tier : p.reviewTiers)
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(QString::number(tier.tier), markdown::cellText(tier.rule), markdown::cellText(tier.control));
    out += QLatin1Char('\n');

    appendProse(out, Tr::tr("Training opt-out"), p.trainingOptOut);
    appendProse(out, Tr::tr("Retention"), p.retention);
    appendList(out, Tr::tr("Audit log fields"), p.auditFields, Tr::tr("None listed."));

    for (const PolicySection& section : p.sections) {
        const QString heading = section.title.trimmed().isEmpty() ? Tr::tr("Untitled section") : section.title;
        out += QStringLiteral("## %1\n\n%2\n\n")
                   .arg(markdown::inlineText(heading), markdown::containedBlock(section.body));
    }
    return out.trimmed() + QLatin1Char('\n');
}

} // namespace steward
