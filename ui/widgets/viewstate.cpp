#include "widgets/viewstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace steward::ui {

namespace {

QString splitterKey(const QString& group, const QSplitter* splitter)
{
    return group + QLatin1Char('/') + splitter->objectName();
}

QString headerKey(const QString& group, const QTableView* table)
{
    return group + QLatin1Char('/') + table->objectName() + QStringLiteral("/header");
}

} // namespace

void saveViewState(const QWidget* root, QSettings& settings, const QString& group)
{
    for (const QSplitter* splitter : root->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(group, splitter), splitter->saveState());
    }
    for (const QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->objectName().isEmpty())
            settings.setValue(headerKey(group, table), table->horizontalHeader()->saveState());
    }
}

void restoreViewState(QWidget* root, const QSettings& settings, const QString& group)
{
    for (QSplitter* splitter : root->findChildren<QSplitter*>()) {
        const QByteArray state = settings.value(splitterKey(group, splitter)).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    for (QTableView* table : root->findChildren<QTableView*>()) {
        const QByteArray state = settings.value(headerKey(group, table)).toByteArray();
        // A state saved when the table had other columns (an older Steward) is refused by Qt and
        // the defaults stay.
        if (!table->objectName().isEmpty() && !state.isEmpty())
            table->horizontalHeader()->restoreState(state);
    }
}

} // namespace steward::ui
