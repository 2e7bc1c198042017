#include "connectors/scopeseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward::ui {

ScopesEditor::ScopesEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add scope…"), this))
    , m_remove(new QPushButton(tr("Remove scope"), this))
{
    m_table->setObjectName(QStringLiteral("scopesTableWidget"));
    m_table->setAccessibleName(tr("OAuth scopes"));
    m_table->setHorizontalHeaderLabels({tr("Scope"), tr("Mode"), tr("Justification")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ScopeColumn, 220); // scope strings are long (URLs at Google)
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addScopePushButton"));
    m_add->setAccessibleName(tr("Add OAuth scope"));
    m_remove->setObjectName(QStringLiteral("removeScopePushButton"));
    m_remove->setAccessibleName(tr("Remove OAuth scope"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &ScopesEditor::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScopesEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ScopesEditor::askForScope);
    connect(m_remove, &QPushButton::clicked, this, &ScopesEditor::removeCurrentScope);
    updateButtons();
}

void ScopesEditor::setScopes(const std::vector<OAuthScope>& scopes, bool force)
{
    if (!force && scopes == m_scopes && m_table->rowCount() == int(scopes.size()))
        return; // keeps the cell being edited and the selection as they are
    m_loading = true;
    const int current = m_table->currentRow();
    m_scopes = scopes;
    m_table->setRowCount(int(scopes.size()));
    for (int row = 0; row < int(scopes.size()); ++row) {
        const OAuthScope& scope = scopes[std::size_t(row)];
        m_table->setItem(row, ScopeColumn, new QTableWidgetItem(scope.scope));
        m_table->setItem(row, JustificationColumn, new QTableWidgetItem(scope.justification));
        auto* mode = new QComboBox(m_table);
        mode->setObjectName(QStringLiteral("scopeModeComboBox"));
        mode->setAccessibleName(tr("Mode of scope %1").arg(scope.scope));
        mode->addItem(label(ScopeMode::Read), int(ScopeMode::Read));
        mode->addItem(label(ScopeMode::Write), int(ScopeMode::Write));
        mode->setCurrentIndex(scope.mode == ScopeMode::Write ? 1 : 0);
        mode->setEnabled(m_editable);
        connect(mode, &QComboBox::activated, this, [this, row](int index) { onModeChosen(row, index); });
        m_table->setCellWidget(row, ModeColumn, mode);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_loading = false;
    updateButtons();
}

void ScopesEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget* mode = m_table->cellWidget(row, ModeColumn))
            mode->setEnabled(editable);
    }
    updateButtons();
}

void ScopesEditor::addScope(const QString& scope)
{
    if (scope.trimmed().isEmpty())
        return;
    std::vector<OAuthScope> scopes = m_scopes;
    scopes.push_back({0, scope.trimmed(), ScopeMode::Read, {}});
    Q_EMIT edited(scopes);
}

void ScopesEditor::removeCurrentScope()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0 || row >= int(m_scopes.size()))
        return;
    std::vector<OAuthScope> scopes = m_scopes;
    scopes.erase(scopes.begin() + row);
    Q_EMIT edited(scopes);
}

void ScopesEditor::onItemChanged(QTableWidgetItem* item)
{
    if (m_loading || item->row() >= int(m_scopes.size()))
        return;
    std::vector<OAuthScope> scopes = m_scopes;
    OAuthScope& scope = scopes[std::size_t(item->row())];
    if (item->column() == ScopeColumn)
        scope.scope = item->text().trimmed();
    else if (item->column() == JustificationColumn)
        scope.justification = item->text();
    if (scopes != m_scopes)
        Q_EMIT edited(scopes);
}

void ScopesEditor::onModeChosen(int row, int index)
{
    if (row >= int(m_scopes.size()))
        return;
    std::vector<OAuthScope> scopes = m_scopes;
    scopes[std::size_t(row)].mode = index == 1 ? ScopeMode::Write : ScopeMode::Read;
    if (scopes != m_scopes)
        Q_EMIT edited(scopes);
}

void ScopesEditor::askForScope()
{
    bool ok = false;
    const QString scope = QInputDialog::getText(
        this, tr("Add OAuth scope"), tr("Scope, exactly as in the OAuth scope parameter:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addScope(scope);
}

void ScopesEditor::updateButtons()
{
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && m_table->currentRow() >= 0);
}

} // namespace steward::ui
