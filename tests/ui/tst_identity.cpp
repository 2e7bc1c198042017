// The application's identity as the desktop sees it: one application id for the desktop file
// and the icon, settings kept under it, and the settings of an earlier build taken over once.
#include "editor/editorapp.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsLiveUnderTheApplicationId();
    void anEarlierBuildsSettingsAreTakenOverOnce();
};

void TestIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
    QSettings(QStringLiteral("io.github.steward_app"), QStringLiteral("Steward")).clear();
    QSettings legacy(QStringLiteral("Steward"), QStringLiteral("Steward"));
    legacy.clear();
    legacy.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/srv/fernhill.steward")});
    legacy.setValue(QStringLiteral("audit/actor"), QStringLiteral("Dana Okafor"));
    legacy.sync();
    steward::ui::prepareApplication(*qApp);
}

void TestIdentity::settingsLiveUnderTheApplicationId()
{
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("io.github.steward_app.Steward"));
    QCOMPARE(QString::fromLatin1(steward::ui::applicationId), QStringLiteral("io.github.steward_app.Steward"));
    const QString path = QSettings().fileName();
    QVERIFY2(path.endsWith(QStringLiteral("/io.github.steward_app/Steward.conf")), qPrintable(path));
    QVERIFY(!QApplication::windowIcon().isNull());
    QCOMPARE(QApplication::applicationVersion(), QStringLiteral(STEWARD_VERSION));
}

void TestIdentity::anEarlierBuildsSettingsAreTakenOverOnce()
{
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("audit/actor")).toString(), QStringLiteral("Dana Okafor"));
    QCOMPARE(settings.value(QStringLiteral("recentFiles")).toStringList(),
             QStringList{QStringLiteral("/srv/fernhill.steward")});
    // Once there are settings of its own, the old ones no longer overwrite them.
    settings.setValue(QStringLiteral("audit/actor"), QStringLiteral("Marcus Lindqvist"));
    settings.sync();
    steward::ui::prepareApplication(*qApp);
    QCOMPARE(QSettings().value(QStringLiteral("audit/actor")).toString(), QStringLiteral("Marcus Lindqvist"));
}

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
