// Edit › Preferences as a user meets it: the name typed there is the one the next change records
// in the audit trail, the inventory's review settings change in the file (one undo takes them
// back), and the user's preferences are kept in QSettings for the next start.
#include "editor/mainwindow.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace steward;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theActorIsRecordedWithTheNextChange();
    void aReopenedFileRecordsTheSavedActor();
    void reviewSettingsChangeTheFileAsOneStep();
    void preferencesAreKeptForTheNextStart();
    void cancelChangesNothing();
    void readOnlyInventoryKeepsItsSettings();

private:
    // Opens Edit › Preferences in `window`, lets `fill` set the dialog's fields, then presses OK
    // (or Cancel).
    void editPreferences(ui::MainWindow& window, const std::function<void(ui::PreferencesDialog*)>& fill,
                         bool ok = true);
    // The actors of the audit rows written after `after`.
    static QStringList actorsAfter(const Store* store, qint64 after);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    auto store = Store::create(m_path);
    templates::fillSeed(*store);
}

void TestPreferences::editPreferences(ui::MainWindow& window, const std::function<void(ui::PreferencesDialog*)>& fill,
                                      bool ok)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ui::PreferencesDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::PreferencesDialog*>(QApplication::activeModalWidget());
        fill(dialog);
        auto* button =
            dialog->findChild<QPushButton*>(ok ? QStringLiteral("okPushButton") : QStringLiteral("cancelPushButton"));
        QVERIFY(button);
        button->click();
        answered = true;
    });
    action->trigger();
    QVERIFY(answered);
}

QStringList TestPreferences::actorsAfter(const Store* store, qint64 after)
{
    QStringList actors;
    for (const AuditEntry& entry : store->auditTrail())
        if (entry.seq > after)
            actors.append(entry.actor);
    actors.removeDuplicates();
    return actors;
}

void TestPreferences::theActorIsRecordedWithTheNextChange()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    QCOMPARE(window.store()->actor(), QStringLiteral("test-runner")); // $STEWARD_ACTOR while none is set

    editPreferences(window, [](ui::PreferencesDialog* dialog) {
        auto* actor = dialog->findChild<QLineEdit*>(QStringLiteral("actorLineEdit"));
        QVERIFY(actor);
        QCOMPARE(actor->placeholderText(), QStringLiteral("test-runner")); // what an empty field records
        actor->setText(QStringLiteral("  Dana Okafor "));
    });
    QCOMPARE(QSettings().value(QStringLiteral("audit/actor")).toString(), QStringLiteral("Dana Okafor"));

    const qint64 before = window.store()->auditHead();
    QVERIFY(test::showPage(&window, QStringLiteral("Connectors")));
    auto* add = window.findChild<QAction*>(QStringLiteral("addAction"));
    QTRY_VERIFY(add->isEnabled());
    add->trigger();
    QVERIFY(window.store()->auditHead() > before);
    QCOMPARE(actorsAfter(window.store(), before), QStringList{QStringLiteral("Dana Okafor")});

    // Emptied again: the default actor is back for the change after that.
    editPreferences(window, [](ui::PreferencesDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("actorLineEdit"))->clear();
    });
    const qint64 middle = window.store()->auditHead();
    add->trigger();
    QCOMPARE(actorsAfter(window.store(), middle), QStringList{QStringLiteral("test-runner")});
    QCOMPARE(window.store()->verify(), QStringList());
}

void TestPreferences::aReopenedFileRecordsTheSavedActor()
{
    QSettings().setValue(QStringLiteral("audit/actor"), QStringLiteral("Marcus Lindqvist"));
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    QCOMPARE(window.store()->actor(), QStringLiteral("Marcus Lindqvist"));
    const qint64 before = window.store()->auditHead();
    QVERIFY(test::showPage(&window, QStringLiteral("People")));
    auto* add = window.findChild<QAction*>(QStringLiteral("addAction"));
    QTRY_VERIFY(add->isEnabled());
    add->trigger();
    QCOMPARE(actorsAfter(window.store(), before), QStringList{QStringLiteral("Marcus Lindqvist")});
}

void TestPreferences::reviewSettingsChangeTheFileAsOneStep()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    const ReviewSettings before = window.store()->reviewSettings();
    QCOMPARE(before, ReviewSettings());
    editPreferences(window, [](ui::PreferencesDialog* dialog) {
        auto* group = dialog->findChild<QGroupBox*>(QStringLiteral("inventorySettingsGroupBox"));
        QVERIFY(group);
        QVERIFY(group->title().contains(QStringLiteral("inventory.steward")));
        auto* dueSoon = dialog->findChild<QSpinBox*>(QStringLiteral("preferencesDueSoonDaysSpinBox"));
        auto* pilot = dialog->findChild<QSpinBox*>(QStringLiteral("preferencesPilotWeeksSpinBox"));
        QVERIFY(dueSoon && pilot && dueSoon->isEnabled() && pilot->isEnabled());
        QCOMPARE(dueSoon->value(), 14);
        QCOMPARE(pilot->value(), 12);
        dueSoon->setValue(30);
        pilot->setValue(8);
    });
    QCOMPARE(window.store()->reviewSettings().dueSoonDays, 30);
    QCOMPARE(window.store()->reviewSettings().pilotWeeks, 8);
    // In the file, for everyone: another Store reading it sees the same.
    QCOMPARE(Store::open(m_path, Store::Mode::ReadOnly)->reviewSettings().dueSoonDays, 30);
    QCOMPARE(QSettings().contains(QStringLiteral("reviews/dueSoonDays")), false);

    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(window.store()->reviewSettings(), before);
}

void TestPreferences::preferencesAreKeptForTheNextStart()
{
    ui::MainWindow window;
    window.show();
    editPreferences(window, [](ui::PreferencesDialog* dialog) {
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        QVERIFY(language);
        // The system's language first, then each embedded translation (this test embeds English).
        QCOMPARE(language->itemData(0).toString(), QString());
        const int english = language->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        QCOMPARE(language->itemText(english), QStringLiteral("English"));
        language->setCurrentIndex(english);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("forumFontScaleDoubleSpinBox"))->setValue(1.5);
        auto* tray = dialog->findChild<QCheckBox*>(QStringLiteral("trayNotificationsCheckBox"));
        QVERIFY(tray->isChecked()); // on by default
        tray->setChecked(false);
        // No file open: nothing of an inventory to change.
        QVERIFY(!dialog->findChild<QSpinBox*>(QStringLiteral("preferencesDueSoonDaysSpinBox"))->isEnabled());
    });
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(settings.value(QStringLiteral("forum/fontScale")).toDouble(), 1.5);
    QCOMPARE(settings.value(QStringLiteral("notifications/tray")).toBool(), false);
    const ui::Preferences loaded = ui::Preferences::load();
    QCOMPARE(loaded.language, QStringLiteral("en"));
    QCOMPARE(loaded.forumFontScale, 1.5);
    QCOMPARE(loaded.trayNotifications, false);

    // The dialog opens on what was saved.
    ui::PreferencesDialog again(nullptr, nullptr);
    QCOMPARE(again.preferences(), loaded);
}

void TestPreferences::cancelChangesNothing()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    editPreferences(
        window,
        [](ui::PreferencesDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("actorLineEdit"))->setText(QStringLiteral("Nobody"));
            dialog->findChild<QSpinBox*>(QStringLiteral("preferencesDueSoonDaysSpinBox"))->setValue(60);
        },
        false);
    QVERIFY(!QSettings().contains(QStringLiteral("audit/actor")));
    QCOMPARE(window.store()->actor(), QStringLiteral("test-runner"));
    QCOMPARE(window.store()->reviewSettings().dueSoonDays, 14);
    QCOMPARE(window.undoStack()->count(), 0);
}

void TestPreferences::readOnlyInventoryKeepsItsSettings()
{
    auto store = Store::open(m_path, Store::Mode::ReadOnly);
    QUndoStack stack;
    ui::PreferencesDialog dialog(store.get(), &stack);
    auto* dueSoon = dialog.findChild<QSpinBox*>(QStringLiteral("preferencesDueSoonDaysSpinBox"));
    QVERIFY(dueSoon);
    QVERIFY(!dueSoon->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("actorLineEdit"))->isEnabled());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
