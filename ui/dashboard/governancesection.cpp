#include "dashboard/governancesection.h"

#include "dashboard/governancedialog.h"
#include "reviews/markrevieweddialog.h"
#include "rules/cadence.h"
#include "store/store.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace steward::ui {
namespace {

constexpr std::array<GovernanceKind, 4> kinds = {GovernanceKind::Policy, GovernanceKind::Workspaces,
                                                 GovernanceKind::Connectors, GovernanceKind::Skills};

// A red and an amber that read on the palette in use (the error labels' choice of shades).
QColor alertColour(const QWidget* widget, bool overdue)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    if (overdue)
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xa8, 0x5a, 0x00);
}

QString objectKey(GovernanceKind kind)
{
    return key(kind); // "policy", "workspaces"…: the stable part of object names
}

} // namespace

GovernanceSection::GovernanceSection(QWidget* parent)
    : QGroupBox(tr("Governance objects"), parent)
{
    setObjectName(QStringLiteral("governanceGroupBox"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    for (GovernanceKind kind : kinds) {
        Row& row = m_rows[std::size_t(kind)];
        const int line = int(kind);
        row.name = new QLabel(label(kind), this);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.summary = new QLabel(this);
        row.summary->setObjectName(objectKey(kind) + QStringLiteral("GovernanceLabel"));
        row.summary->setTextFormat(Qt::RichText);
        row.summary->setOpenExternalLinks(true);
        row.summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
        row.summary->setWordWrap(true);
        row.due = new QLabel(this);
        row.due->setObjectName(objectKey(kind) + QStringLiteral("DueLabel"));
        row.edit = new QPushButton(tr("Edit…"), this);
        row.edit->setObjectName(objectKey(kind) + QStringLiteral("EditPushButton"));
        row.edit->setAccessibleName(tr("Edit the %1 details").arg(nounInSentence(label(kind))));
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.summary, line, 1);
        grid->addWidget(row.due, line, 2);
        row.reviewed = new QPushButton(tr("Mark reviewed…"), this);
        row.reviewed->setObjectName(objectKey(kind) + QStringLiteral("ReviewedPushButton"));
        row.reviewed->setAccessibleName(tr("Mark the %1 reviewed").arg(nounInSentence(label(kind))));
        grid->addWidget(row.edit, line, 3);
        grid->addWidget(row.reviewed, line, 4);
        connect(row.reviewed, &QPushButton::clicked, this, [this, kind] {
            if (!m_store)
                return;
            const GovernanceObject object = m_store->governanceObject(kind);
            if (markReviewed(window(), m_store, m_undoStack, QStringLiteral("governance"), object.id, label(kind))) {
                reload();
                Q_EMIT edited();
            }
        });
        connect(row.edit, &QPushButton::clicked, this, [this, kind] {
            if (m_store && GovernanceDialog::editObject(window(), m_store, m_undoStack, kind)) {
                reload();
                Q_EMIT edited();
            }
        });
    }
}

void GovernanceSection::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    reload();
}

void GovernanceSection::reload()
{
    const QDate today = QDate::currentDate();
    const std::vector<NamedId> people = m_store ? m_store->personNames() : std::vector<NamedId>();
    auto nameOf = [&people](Id id) {
        for (const NamedId& person : people) {
            if (person.id == id)
                return person.name;
        }
        return QString();
    };
    const int dueSoonDays = m_store ? m_store->reviewSettings().dueSoonDays : 14;
    const QLocale locale;
    for (GovernanceKind kind : kinds) {
        Row& row = m_rows[std::size_t(kind)];
        row.edit->setEnabled(m_store != nullptr);
        row.reviewed->setEnabled(m_store && !m_store->isReadOnly());
        if (!m_store) {
            row.summary->clear();
            row.due->clear();
            continue;
        }
        const GovernanceObject object = m_store->governanceObject(kind);
        const QString owner = nameOf(object.ownerId);
        QStringList parts;
        parts << (owner.isEmpty() ? tr("<b>No owner</b>") : tr("Owner %1").arg(owner.toHtmlEscaped()));
        const QUrl url(object.location);
        if (object.location.isEmpty())
            parts << tr("where it lives is not recorded");
        else if (url.isValid() && !url.host().isEmpty())
            parts << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.host().toHtmlEscaped());
        else
            parts << object.location.toHtmlEscaped();
        row.summary->setText(parts.join(QStringLiteral(" · ")));

        const QDate due = rules::nextDue(object.review, today);
        const rules::DueState state = rules::dueState(object.review, today, dueSoonDays);
        QString dueText;
        if (!object.review.lastReviewedOn.isValid())
            dueText = tr("never reviewed");
        else if (state == rules::DueState::Overdue)
            dueText = tr("overdue since %1").arg(locale.toString(due, QLocale::ShortFormat));
        else
            dueText = tr("next %1").arg(locale.toString(due, QLocale::ShortFormat));
        row.due->setText(tr("%1 review, %2").arg(rules::cadenceText(object.review), dueText));
        QPalette palette = row.due->palette();
        palette.setColor(QPalette::WindowText, state == rules::DueState::NotDue
                                                   ? this->palette().color(QPalette::WindowText)
                                                   : alertColour(this, state == rules::DueState::Overdue));
        row.due->setPalette(palette);
        row.edit->setToolTip(m_store->isReadOnly() ? tr("The file is open read-only.") : QString());
    }
}

} // namespace steward::ui
