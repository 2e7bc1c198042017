// Every page of the editor, walked as a screen reader and a keyboard user would: each interactive
// widget that can be seen has a name to announce and an objectName ending in its class.
#include "editor/mainwindow.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "help/userguidewindow.h"
#include "preferences/preferencesdialog.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextEdit>
#include <QUndoStack>
#include <QtTest>

using namespace steward;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyVisibleControlIsNamed();
    void exchangeDialogsAreNamed();
    void preferencesAndGuideAreNamed();

private:
    QStringList problemsIn(QWidget* window);
    QSet<const QWidget*> m_checked;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("sample.steward"));
    auto store = Store::create(m_path);
    templates::fillSample(*store, QDate::currentDate());
}

namespace {

bool isControl(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QHeaderView*>(widget))
        return false; // Qt's own parts of a composite widget (a table's header, a tab bar's buttons…)
    // The line edit inside a spin box or an editable combo box is part of that widget.
    if (qobject_cast<const QLineEdit*>(widget) && (qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()) ||
                                                   qobject_cast<const QComboBox*>(widget->parentWidget())))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QTextEdit*>(widget);
}

// "ownerComboBox" for a PersonComboBox is fine: the name ends in the class or one of its bases.
bool nameEndsInClass(const QWidget* widget)
{
    for (const QMetaObject* meta = widget->metaObject(); meta; meta = meta->superClass()) {
        QString className = QString::fromLatin1(meta->className()).section(QStringLiteral("::"), -1);
        if (className.startsWith(QLatin1Char('Q')))
            className.remove(0, 1);
        if (widget->objectName().endsWith(className))
            return true;
        if (className == QLatin1String("Widget"))
            break;
    }
    return false;
}

} // namespace

QStringList TestAccessibility::problemsIn(QWidget* window)
{
    QStringList problems;
    QSet<const QWidget*> buddies; // widgets a label names (its Alt+letter goes to them)
    const auto labels = window->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        buddies.insert(label->buddy());
    const auto widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || !isControl(widget))
            continue;
        m_checked.insert(widget);
        const QString what = QStringLiteral("%1 \"%2\"")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (!nameEndsInClass(widget))
            problems.append(what + QStringLiteral(": objectName does not end in its class"));
        // A combo box would otherwise be announced by its current value, which names nothing.
        const bool needsOwnName = qobject_cast<const QComboBox*>(widget) != nullptr;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const bool named = needsOwnName ? !widget->accessibleName().isEmpty() || buddies.contains(widget)
                                        : accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty();
        if (!named)
            problems.append(what + QStringLiteral(": no accessible name"));
    }
    return problems;
}

void TestAccessibility::everyVisibleControlIsNamed()
{
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QStringList problems;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        const auto tabs = window.findChildren<QTabWidget*>();
        for (QTabWidget* tabWidget : tabs) {
            if (!tabWidget->isVisibleTo(&window))
                continue;
            for (int tab = 0; tab < tabWidget->count(); ++tab) {
                tabWidget->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                problems += problemsIn(&window);
            }
        }
        problems += problemsIn(&window);
    }
    problems.removeDuplicates();
    // The findings panel docked beside the pages is walked with them.
    for (const char* name : {"findingsTableView", "errorsToolButton", "findingsKindComboBox", "findingsToolButton"})
        QVERIFY2(m_checked.contains(window.findChild<QWidget*>(QString::fromLatin1(name))), name);
    QVERIFY2(m_checked.size() > 120, qPrintable(QString::number(m_checked.size()))); // every page was walked
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::exchangeDialogsAreNamed()
{
    QStringList problems;
    ui::ExportDialog exportDialog(m_path);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    exportDialog.setFormat(ui::ExportFormat::Csv); // every field in use
    problems += problemsIn(&exportDialog);
    QVERIFY(m_checked.contains(exportDialog.findChild<QWidget*>(QStringLiteral("excelCheckBox"))));

    const QString csv = m_dir->filePath(QStringLiteral("people.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,email,shoe size\nAda Lovelace,ada@example.org,38\n");
    file.close();
    auto store = Store::open(m_path);
    QUndoStack stack;
    ui::ImportDialog importDialog(store.get(), &stack);
    importDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&importDialog));
    importDialog.setInputPath(csv);
    QTRY_VERIFY_WITH_TIMEOUT(importDialog.isChecked() && !importDialog.isBusy(), 30000);
    problems += problemsIn(&importDialog);
    for (const char* name : {"previewTableView", "issuesListWidget", "objectComboBox", "importPushButton"})
        QVERIFY2(m_checked.contains(importDialog.findChild<QWidget*>(QString::fromLatin1(name))), name);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::preferencesAndGuideAreNamed()
{
    QStringList problems;
    auto store = Store::open(m_path);
    QUndoStack stack;
    ui::PreferencesDialog preferences(store.get(), &stack);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    problems += problemsIn(&preferences);
    for (const char* name : {"actorLineEdit", "languageComboBox", "forumFontScaleDoubleSpinBox",
                             "trayNotificationsCheckBox", "preferencesDueSoonDaysSpinBox", "okPushButton"})
        QVERIFY2(m_checked.contains(preferences.findChild<QWidget*>(QString::fromLatin1(name))), name);

    ui::UserGuideWindow guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    problems += problemsIn(&guide);
    for (const char* name : {"guideContentsListWidget", "guideTextBrowser"})
        QVERIFY2(m_checked.contains(guide.findChild<QWidget*>(QString::fromLatin1(name))), name);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
