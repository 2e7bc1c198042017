// The Reconcile page: Claude configuration files of each shape, opened from a folder, listed with
// their shape or their error; the differences with the inventory as a filterable table, the same the
// core (and `steward reconcile`) finds; a deployed server the inventory lacks added as a requested
// connector in one undoable step; a malformed file changes nothing.
#include "commands/storecommand.h"
#include "editor/mainwindow.h"
#include "pages/inventorypage.h"
#include "reconcile/configset.h"
#include "reconcile/differencemodel.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcilepage.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

using namespace steward;
using ui::DifferenceModel;

class TestReconcilePage : public test::PageTest<ui::ReconcilePage>
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsWhatToDoUntilAFileIsOpened();
    void listsEachShapeAndFindsWhatTheCoreFinds();
    void filtersBySeverityAndText();
    void malformedFileShowsItsErrorAndChangesNothing();
    void addsAnUnknownServerAsRequestedUndoably();
    void comparesAgainWhenTheInventoryChanges();
    void readOnlyInventoryAddsNothing();
    void doubleClickShowsTheConnector();
    void remembersTheFilesForTheNextSession();
    void filesDroppedOnThePageAreCompared();
    void everyControlIsNamed();

private:
    Id addConnector(const QString& name, ApprovalStatus status, const McpServer& server);
    QString writeFile(const QString& relativePath, const QByteArray& text);
    void writeEveryShape();
    QStringList summary() const; // "RULE SUBJECT" per difference, in the model's order
    int rowOf(const QString& ruleId, const QString& subject) const;

    QStringList m_files;
    Id m_github = 0;
    Id m_linear = 0;
    Id m_box = 0;
};

namespace {

McpServer stdio(const QString& command, const QStringList& args)
{
    McpServer server;
    server.transport = Transport::Stdio;
    server.command = command;
    server.args = args;
    return server;
}

McpServer remote(Transport transport, const QString& url)
{
    McpServer server;
    server.transport = transport;
    server.url = url;
    return server;
}

} // namespace

void TestReconcilePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reconcilepage"));
    QSettings().clear();
}

void TestReconcilePage::init()
{
    QSettings().remove(QStringLiteral("reconcile"));
    createPage({1200, 800});
    m_github = addConnector(
        QStringLiteral("GitHub"), ApprovalStatus::Approved,
        stdio(QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}));
    m_linear = addConnector(QStringLiteral("Linear"), ApprovalStatus::Approved,
                            remote(Transport::Sse, QStringLiteral("https://mcp.linear.app/sse")));
    m_box = addConnector(QStringLiteral("Box"), ApprovalStatus::Requested,
                         remote(Transport::Http, QStringLiteral("https://mcp.box.com")));
    addConnector(QStringLiteral("Slack notifier"), ApprovalStatus::Revoked,
                 remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/slack-notifier")));
    m_page->reload();
    m_files.clear();
}

void TestReconcilePage::cleanup()
{
    destroyPage();
}

Id TestReconcilePage::addConnector(const QString& name, ApprovalStatus status, const McpServer& server)
{
    Connector c;
    c.name = name;
    c.status = status;
    c.server = server;
    // Exactly as given: the test sets up an inventory, it does not exercise the approval rules.
    return m_store->addConnector(c, Store::WriteMode::Restore);
}

QString TestReconcilePage::writeFile(const QString& relativePath, const QByteArray& text)
{
    const QString path = m_dir->filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    test::writeBytes(path, text);
    return path;
}

// One file of each of the four shapes, as they are deployed.
void TestReconcilePage::writeEveryShape()
{
    m_files = {
        writeFile(QStringLiteral("project/.mcp.json"), R"({
  "mcpServers": {
    "github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]},
    "filesystem": {"command": "npx", "args": ["-y", "server-filesystem", "/srv"], "env": {"FS_ROOT": "/srv"}}
  }
}
)"),
        writeFile(QStringLiteral("etc/managed-mcp.json"), R"({
  "mcpServers": {
    "box": {"type": "http", "url": "https://mcp.box.com"}
  }
}
)"),
        writeFile(QStringLiteral("desktop/claude_desktop_config.json"), R"({
  "mcpServers": {
    "notes": {"command": "uvx", "args": ["notes-mcp"]}
  }
}
)"),
        writeFile(QStringLiteral("etc/managed-settings.json"), R"({
  "allowedMcpServers": [
    {"serverCommand": ["npx", "-y", "@modelcontextprotocol/server-github"]},
    {"serverUrl": "https://mcp.linear.app/*"},
    {"serverName": "wiki"}
  ],
  "deniedMcpServers": [{"serverUrl": "https://mcp.fernhill.io/slack-notifier"}],
  "allowManagedMcpServersOnly": true
}
)"),
    };
}

QStringList TestReconcilePage::summary() const
{
    QStringList lines;
    for (const reconcile::Difference& d : m_page->model()->differences())
        lines.append(d.finding.ruleId + QLatin1Char(' ') + d.finding.subject);
    return lines;
}

int TestReconcilePage::rowOf(const QString& ruleId, const QString& subject) const
{
    const auto& all = m_page->model()->differences();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].finding.ruleId == ruleId && all[i].finding.subject == subject)
            return int(i);
    }
    return -1;
}

void TestReconcilePage::showsWhatToDoUntilAFileIsOpened()
{
    auto* stack = child<QStackedWidget>(QStringLiteral("reconcileStackedWidget"));
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(child<QPushButton>(QStringLiteral("emptyOpenFilesPushButton"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("reconcileEmptyLabel"))->text().contains(QStringLiteral("managed-mcp.json")));
    QCOMPARE(m_page->count(), -1); // no count in the navigation while nothing is compared
    writeEveryShape();
    m_page->addFiles({m_files.front()});
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY(m_page->count() > 0);
    // Removing the last file brings the empty state back.
    auto* files = child<QTreeWidget>(QStringLiteral("configFilesTreeWidget"));
    files->topLevelItem(0)->setSelected(true);
    QVERIFY(child<QPushButton>(QStringLiteral("removeFilesPushButton"))->isEnabled());
    child<QPushButton>(QStringLiteral("removeFilesPushButton"))->click();
    QCOMPARE(stack->currentIndex(), 0);
    QCOMPARE(m_page->count(), -1);
}

void TestReconcilePage::listsEachShapeAndFindsWhatTheCoreFinds()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    auto* files = child<QTreeWidget>(QStringLiteral("configFilesTreeWidget"));
    QCOMPARE(files->topLevelItemCount(), 4);
    // The names are unique, so each file is named by its name alone.
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral(".mcp.json"));
    QCOMPARE(files->topLevelItem(0)->text(1), ui::shapeText(reconcile::ConfigKind::McpJson));
    QCOMPARE(files->topLevelItem(1)->text(1), ui::shapeText(reconcile::ConfigKind::ManagedMcp));
    QCOMPARE(files->topLevelItem(2)->text(1), ui::shapeText(reconcile::ConfigKind::ClaudeDesktop));
    QCOMPARE(files->topLevelItem(3)->text(1), ui::shapeText(reconcile::ConfigKind::ManagedSettings));
    QVERIFY2(files->topLevelItem(0)->text(2).contains(QStringLiteral("filesystem")),
             qPrintable(files->topLevelItem(0)->text(2)));
    QVERIFY2(files->topLevelItem(3)->text(2).contains(QStringLiteral("managed servers only")),
             qPrintable(files->topLevelItem(3)->text(2)));
    QVERIFY(!child<QLabel>(QStringLiteral("unreadableErrorLabel"))->isVisible());

    // What the core finds for the same files and connectors, difference for difference.
    std::vector<reconcile::ConfigFile> configs;
    for (const QString& path : m_files) {
        const reconcile::ParsedConfig parsed =
            reconcile::parseConfig(QFileInfo(path).fileName(), test::fileBytes(path));
        QVERIFY(parsed.ok());
        configs.push_back(parsed.config);
    }
    const reconcile::ReconcileResult expected = reconcile::reconcile(m_store->connectors(), configs);
    QCOMPARE(int(m_page->model()->differences().size()), int(expected.differences.size()));
    for (std::size_t i = 0; i < expected.differences.size(); ++i) {
        const reconcile::Difference& d = m_page->model()->differences()[i];
        QCOMPARE(d.finding.ruleId, expected.differences[i].finding.ruleId);
        QCOMPARE(d.finding.message, expected.differences[i].finding.message);
        QCOMPARE(d.place, expected.differences[i].place);
    }
    // Each kind this inventory and these files make.
    const QStringList found = summary();
    for (const char* line :
         {"reconcile.unknown-server filesystem", "reconcile.unknown-server notes", "reconcile.unapproved-deployed Box",
          "reconcile.allow-entry-unmatched serverName \"wiki\"", "reconcile.approved-not-deployed Linear"})
        QVERIFY2(found.contains(QString::fromUtf8(line)), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(!found.contains(QStringLiteral("reconcile.unknown-server github"))); // GitHub is the inventory's

    // The table shows each difference's kind, server, connector, place and fix.
    const int unknown = rowOf(QStringLiteral("reconcile.unknown-server"), QStringLiteral("filesystem"));
    const auto cell = [&](int row, int column) {
        return m_page->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(unknown, DifferenceModel::SeverityColumn), QStringLiteral("Error"));
    QCOMPARE(cell(unknown, DifferenceModel::KindColumn), QStringLiteral("Not in the inventory"));
    QCOMPARE(cell(unknown, DifferenceModel::ServerColumn), QStringLiteral("filesystem"));
    QCOMPARE(cell(unknown, DifferenceModel::ConnectorColumn), QString());
    QCOMPARE(cell(unknown, DifferenceModel::PlaceColumn), QStringLiteral(".mcp.json:4:19"));
    QVERIFY(!cell(unknown, DifferenceModel::FixColumn).isEmpty());
    const int box = rowOf(QStringLiteral("reconcile.unapproved-deployed"), QStringLiteral("Box"));
    QCOMPARE(cell(box, DifferenceModel::ConnectorColumn), QStringLiteral("Box"));
    QCOMPARE(cell(box, DifferenceModel::ServerColumn), QStringLiteral("box"));
    QCOMPARE(m_page->count(), qint64(expected.differences.size()));
    // "%n difference(s)": the English plurals are not loaded here.
    const QString countText = child<QLabel>(QStringLiteral("differencesCountLabel"))->text();
    QVERIFY2(countText.startsWith(QStringLiteral("%1 difference").arg(expected.differences.size())),
             qPrintable(countText));
    QCOMPARE(child<QToolButton>(QStringLiteral("reconcileErrorsToolButton"))->text(),
             QStringLiteral("Errors (%1)").arg(expected.count(FindingSeverity::Error)));
}

void TestReconcilePage::filtersBySeverityAndText()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    const int total = m_page->model()->rowCount();
    const int errors = m_page->model()->count(FindingSeverity::Error);
    QVERIFY(errors > 0 && errors < total);
    auto* table = child<QTableView>(QStringLiteral("differencesTableView"));
    QCOMPARE(table->model()->rowCount(), total);
    child<QToolButton>(QStringLiteral("reconcileErrorsToolButton"))->click();
    QCOMPARE(table->model()->rowCount(), total - errors);
    const QString shown = child<QLabel>(QStringLiteral("differencesCountLabel"))->text();
    QVERIFY2(shown.startsWith(QStringLiteral("%1 of %2 difference").arg(total - errors).arg(total)) &&
                 shown.endsWith(QStringLiteral(" shown")),
             qPrintable(shown));
    child<QToolButton>(QStringLiteral("reconcileErrorsToolButton"))->click();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("differencesFilterLineEdit")), QStringLiteral("filesystem"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("differencesFilterLineEdit")), QStringLiteral("nothing such"));
    QCOMPARE(table->model()->rowCount(), 0);
    auto* message = child<QLabel>(QStringLiteral("differencesMessageLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No difference matches the filters."));
}

void TestReconcilePage::malformedFileShowsItsErrorAndChangesNothing()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    const QStringList before = summary();
    const QByteArray inventoryBefore = test::fileBytes(m_path);

    const QString broken =
        writeFile(QStringLiteral("team/team-servers.json"), "{\n  \"mcpServers\": {\n    \"a\": ,\n");
    const QString foreign =
        writeFile(QStringLiteral("team/package.json"), "{\"name\": \"app\", \"version\": \"1.0\"}\n");
    const QString wrongType =
        writeFile(QStringLiteral("team/.mcp.json"), "{\"mcpServers\": {\"x\": {\"command\": 5}}}\n");
    m_page->addFiles({broken, foreign, wrongType});

    auto* files = child<QTreeWidget>(QStringLiteral("configFilesTreeWidget"));
    QCOMPARE(files->topLevelItemCount(), 7);
    // Two .mcp.json now: each is named by its folder too.
    QCOMPARE(files->topLevelItem(0)->text(0), QDir::toNativeSeparators(QStringLiteral("project/.mcp.json")));
    QCOMPARE(files->topLevelItem(6)->text(0), QDir::toNativeSeparators(QStringLiteral("team/.mcp.json")));
    for (int row : {4, 5, 6})
        QCOMPARE(files->topLevelItem(row)->text(1), QStringLiteral("Not compared"));
    const QString brokenError = files->topLevelItem(4)->text(2);
    QVERIFY2(brokenError.startsWith(QStringLiteral("team-servers.json:3:")), qPrintable(brokenError));
    QVERIFY2(files->topLevelItem(5)->text(2).contains(QStringLiteral("no Claude configuration")),
             qPrintable(files->topLevelItem(5)->text(2)));
    const QString typeError = files->topLevelItem(6)->text(2);
    QVERIFY2(typeError.startsWith(QDir::toNativeSeparators(QStringLiteral("team/.mcp.json:1:"))),
             qPrintable(typeError));
    auto* unreadable = child<QLabel>(QStringLiteral("unreadableErrorLabel"));
    QVERIFY(unreadable->isVisible());
    QVERIFY2(unreadable->text().startsWith(QStringLiteral("3 file")), qPrintable(unreadable->text()));
    QVERIFY(unreadable->text().contains(brokenError));

    // Nothing changed: the comparison is the good files' (theirs renamed), the inventory as it was.
    QCOMPARE(summary(), before);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(test::fileBytes(m_path), inventoryBefore);
    QCOMPARE(test::fileBytes(broken), QByteArray("{\n  \"mcpServers\": {\n    \"a\": ,\n"));

    // Corrected on disk, Reload compares it.
    test::writeBytes(broken,
                     "{\"mcpServers\": {\"wiki\": {\"type\": \"http\", \"url\": \"https://wiki.example.com/mcp\"}}}");
    child<QPushButton>(QStringLiteral("reloadFilesPushButton"))->click();
    QCOMPARE(files->topLevelItem(4)->text(1), ui::shapeText(reconcile::ConfigKind::McpJson));
    QVERIFY(summary().contains(QStringLiteral("reconcile.unknown-server wiki")));
    QVERIFY2(unreadable->text().startsWith(QStringLiteral("2 file")), qPrintable(unreadable->text()));
}

void TestReconcilePage::addsAnUnknownServerAsRequestedUndoably()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    auto* add = child<QPushButton>(QStringLiteral("addRequestedPushButton"));
    // Only a deployed server the inventory lacks can be added.
    m_page->selectDifference(rowOf(QStringLiteral("reconcile.unapproved-deployed"), QStringLiteral("Box")));
    QVERIFY(!add->isEnabled());
    m_page->selectDifference(rowOf(QStringLiteral("reconcile.unknown-server"), QStringLiteral("filesystem")));
    QVERIFY(add->isEnabled());
    const std::size_t connectorsBefore = m_store->connectors().size();

    add->click();
    QCOMPARE(m_stack->count(), 1); // one undoable step
    QCOMPARE(m_store->connectors().size(), connectorsBefore + 1);
    const auto stored = [&]() -> std::optional<Connector> {
        for (const Connector& c : m_store->connectors()) {
            if (c.name == QLatin1String("filesystem"))
                return c;
        }
        return std::nullopt;
    };
    const auto added = stored();
    QVERIFY(added);
    QCOMPARE(added->status, ApprovalStatus::Requested); // never approved
    QCOMPARE(added->approvedBy, Id(0));
    QCOMPARE(added->access, Access::ReadOnly);
    QCOMPARE(added->server.command, QStringLiteral("npx"));
    QCOMPARE(added->server.args,
             QStringList({QStringLiteral("-y"), QStringLiteral("server-filesystem"), QStringLiteral("/srv")}));
    QVERIFY2(added->notes.contains(QStringLiteral(".mcp.json:4:19")), qPrintable(added->notes));
    QVERIFY(added->notes.contains(QStringLiteral("FS_ROOT")));
    // Compared again at once: known now, and deployed without approval.
    QStringList found = summary();
    QVERIFY(!found.contains(QStringLiteral("reconcile.unknown-server filesystem")));
    QVERIFY2(found.contains(QStringLiteral("reconcile.unapproved-deployed filesystem")),
             qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(child<QLabel>(QStringLiteral("reconcileNoticeLabel"))->text().contains(QStringLiteral("requested")));
    QCOMPARE(m_store->verify(), QStringList());

    m_stack->undo();
    QVERIFY(!stored());
    QCOMPARE(m_store->connectors().size(), connectorsBefore);
    QVERIFY(summary().contains(QStringLiteral("reconcile.unknown-server filesystem")));

    m_stack->redo();
    const auto restored = stored();
    QVERIFY(restored);
    QCOMPARE(restored->id, added->id);
    QCOMPARE(restored->status, ApprovalStatus::Requested);
    QCOMPARE(restored->server, added->server);
    QVERIFY(summary().contains(QStringLiteral("reconcile.unapproved-deployed filesystem")));
    QCOMPARE(m_store->verify(), QStringList());
}

void TestReconcilePage::comparesAgainWhenTheInventoryChanges()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    QVERIFY(summary().contains(QStringLiteral("reconcile.unapproved-deployed Box")));
    // Another page approves Box: the comparison follows the undo stack.
    Store* store = m_store.get();
    Connector box = *m_store->connector(m_box);
    Connector approved = box;
    approved.status = ApprovalStatus::Approved;
    const QString error = ui::StoreCommand::push(
        m_stack.get(), new ui::StoreCommand(
                           QStringLiteral("Approve Box"),
                           [store, approved] { store->updateConnector(approved, Store::WriteMode::Restore); },
                           [store, box] { store->updateConnector(box, Store::WriteMode::Restore); }));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!summary().contains(QStringLiteral("reconcile.unapproved-deployed Box")));
    m_stack->undo();
    QVERIFY(summary().contains(QStringLiteral("reconcile.unapproved-deployed Box")));
}

void TestReconcilePage::readOnlyInventoryAddsNothing()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    reopenReadOnly();
    QVERIFY(!m_page->configs().isEmpty()); // the files stay: they are about what is deployed
    m_page->selectDifference(rowOf(QStringLiteral("reconcile.unknown-server"), QStringLiteral("filesystem")));
    QVERIFY(!child<QPushButton>(QStringLiteral("addRequestedPushButton"))->isEnabled());
    QCOMPARE(m_page->addAsRequested(), Id(0));
}

void TestReconcilePage::doubleClickShowsTheConnector()
{
    // Through the main window, as the findings panel does, on the sample inventory.
    const QString path = m_dir->filePath(QStringLiteral("sample.steward"));
    templates::fillSample(*Store::create(path), QDate(2026, 11, 22));
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(test::showPage(&window, QStringLiteral("Reconcile")));
    auto* page = window.findChild<ui::ReconcilePage*>(QStringLiteral("reconcilePage"));
    QVERIFY(page && page->isVisible());
    writeEveryShape();
    page->addFiles(m_files);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Reconcile")),
             QStringLiteral("Reconcile (%1)").arg(page->model()->rowCount()));

    const auto& all = page->model()->differences();
    const auto box = std::find_if(all.begin(), all.end(), [](const reconcile::Difference& d) {
        return d.finding.subject == QLatin1String("Box") && d.finding.subjectType == QLatin1String("connector");
    });
    QVERIFY(box != all.end());
    const Id boxId = box->finding.subjectId;
    page->selectDifference(int(box - all.begin()));
    auto* table = page->findChild<QTableView*>(QStringLiteral("differencesTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return); // activated, as a double-click
    auto* connectors = window.findChild<ui::InventoryPage*>(QStringLiteral("connectorsPage"));
    QTRY_VERIFY(connectors->isVisible());
    QCOMPARE(connectors->selectedId(), boxId);

    // Adding from the window: one step on its undo stack, and the page compares again on undo.
    QVERIFY(test::showPage(&window, QStringLiteral("Reconcile")));
    const auto& now = page->model()->differences();
    const auto notes = std::find_if(now.begin(), now.end(), [](const reconcile::Difference& d) {
        return d.finding.ruleId == QLatin1String("reconcile.unknown-server") &&
               d.finding.subject == QLatin1String("notes");
    });
    QVERIFY(notes != now.end());
    page->selectDifference(int(notes - now.begin()));
    const Id added = page->addAsRequested();
    QVERIFY(added != 0);
    QCOMPARE(window.store()->connector(added)->status, ApprovalStatus::Requested);
    window.undoStack()->undo();
    QVERIFY(!window.store()->connector(added));
    QVERIFY(std::any_of(page->model()->differences().begin(), page->model()->differences().end(),
                        [](const reconcile::Difference& d) { return d.finding.subject == QLatin1String("notes"); }));
}

void TestReconcilePage::remembersTheFilesForTheNextSession()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    const QStringList before = summary();
    ui::ReconcilePage next;
    QVERIFY(next.configs().isEmpty()); // read with the first inventory it shows
    next.setStore(m_store.get(), m_stack.get());
    QCOMPARE(int(next.configs().files().size()), 4);
    QCOMPARE(next.configs().files().front().path, QFileInfo(m_files.front()).absoluteFilePath());
    QStringList restored;
    for (const reconcile::Difference& d : next.model()->differences())
        restored.append(d.finding.ruleId + QLatin1Char(' ') + d.finding.subject);
    QCOMPARE(restored, before);
    next.setStore(nullptr, nullptr);

    // Emptied, the list stays empty next time.
    auto* files = child<QTreeWidget>(QStringLiteral("configFilesTreeWidget"));
    files->selectAll();
    m_page->removeSelectedFiles();
    ui::ReconcilePage empty;
    empty.setStore(m_store.get(), m_stack.get());
    QVERIFY(empty.configs().isEmpty());
    empty.setStore(nullptr, nullptr);
}

void TestReconcilePage::filesDroppedOnThePageAreCompared()
{
    writeEveryShape();
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : m_files)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    const QPoint centre = m_page->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(int(m_page->configs().files().size()), 4);
    QVERIFY(summary().contains(QStringLiteral("reconcile.unknown-server notes")));
    delete mime;
}

// What tst_accessibility checks on the window, for the page with files loaded (it walks the empty state).
void TestReconcilePage::everyControlIsNamed()
{
    writeEveryShape();
    m_page->addFiles(m_files);
    QStringList problems;
    int checked = 0;
    const auto widgets = m_page->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget);
        if (!control || !widget->isVisibleTo(m_page.get()) || widget->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QHeaderView*>(widget))
            continue;
        ++checked;
        QString className = QString::fromLatin1(widget->metaObject()->className()).section(QStringLiteral("::"), -1);
        className.remove(0, 1); // the Q
        if (!widget->objectName().endsWith(className))
            problems.append(widget->objectName() + QStringLiteral(": objectName does not end in ") + className);
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(widget->objectName() + QStringLiteral(": no accessible name"));
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestReconcilePage)
#include "tst_reconcilepage.moc"
