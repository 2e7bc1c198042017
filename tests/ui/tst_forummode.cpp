// Forum mode over a real inventory: the slides in the seed's agenda order, the presenter's keys,
// the type size, a dual-review decision recorded live, and the minutes read back from the PDF.
#include "editor/mainwindow.h"
#include "forummode/agendaslide.h"
#include "forummode/decisionpanel.h"
#include "forummode/forummodewindow.h"
#include "forummode/meetingslide.h"
#include "forummode/minutesslide.h"
#include "templates/templates.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace steward;

class TestForumMode : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void slidesFollowTheAgenda();
    void keysNavigateEverySlide();
    void typeIsLargeAndScales();
    void emptySlideSaysSoInOneLine();
    void tierThreeDecisionNeedsTwoDeciders();
    void chosenRequestShowsItsReasonAndRow();
    void aLongReasonLeavesTheButtonsOnTheSlide();
    void figuresFitANarrowScreen();
    void minutesPdfHoldsTheDecisions();
    void meetingReviewsTheGovernanceObjects();
    void f11OpensItFromTheEditor();
    void everyControlIsNamed();

private:
    void openWindow();
    void press(Qt::Key key);
    // A restricted-data connector (tier 3 by the seed's routing) and an open request for it.
    Id addTierThreeRequest();
    // Ticks the first two people as attendees and records the meeting.
    void recordMeeting();
    static QString pdfText(const QString& path);

    std::unique_ptr<ui::ForumModeWindow> m_window;
    std::vector<Id> m_attendees;
};

void TestForumMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_forummode"));
}

void TestForumMode::init()
{
    QSettings().clear();
    createStore();
}

void TestForumMode::cleanup()
{
    m_window.reset();
    destroyStore();
}

void TestForumMode::openWindow()
{
    m_window = std::make_unique<ui::ForumModeWindow>(m_store.get(), m_stack.get());
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestForumMode::press(Qt::Key key)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, key);
}

Id TestForumMode::addTierThreeRequest()
{
    Connector connector;
    connector.name = QStringLiteral("HR records");
    connector.system = QStringLiteral("Workday");
    connector.sensitivity = DataClass::Restricted;
    connector.tier = 3;
    connector.status = ApprovalStatus::Requested;
    const Id connectorId = m_store->addConnector(connector);
    ForumRequest request;
    request.kind = RequestKind::Connector;
    request.title = QStringLiteral("HR records connector for leave questions");
    request.description = QStringLiteral("Answer leave-balance questions from the employee's own record.");
    request.requestedOn = QDate::currentDate().addDays(-3);
    request.connectorId = connectorId;
    return m_store->addRequest(request);
}

void TestForumMode::recordMeeting()
{
    ui::MeetingSlide* meeting = m_window->meetingSlide();
    QVERIFY(meeting);
    const std::vector<NamedId> people = m_store->personNames();
    QVERIFY(people.size() >= 3);
    m_attendees = {people[0].id, people[1].id, people[2].id};
    meeting->setAttendees(m_attendees);
    auto* record = meeting->findChild<QPushButton*>(QStringLiteral("recordMeetingPushButton"));
    QVERIFY(record && record->isEnabled());
    record->click();
    QTRY_VERIFY(m_window->session().meetingId != 0);
    QTest::qWait(50); // the slides are rebuilt after the command
    const std::optional<ForumMeeting> stored = m_store->lastForumMeeting();
    QVERIFY(stored);
    QCOMPARE(stored->heldOn, QDate::currentDate());
    QCOMPARE(stored->attendees, m_attendees);
}

QString TestForumMode::pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestForumMode::slidesFollowTheAgenda()
{
    templates::fillSample(*m_store, QDate::currentDate());
    openWindow();
    QStringList keys;
    for (int i = 0; i < m_window->slideCount(); ++i)
        keys.append(m_window->slide(i)->key());
    // Seed 004's standing agenda, in its order, between the meeting and the minutes.
    const QStringList expected = {QStringLiteral("meeting"),
                                  QStringLiteral("usage"),
                                  QStringLiteral("incidents"),
                                  QStringLiteral("connector-requests"),
                                  QStringLiteral("skill-requests"),
                                  QStringLiteral("training-opt-out"),
                                  QStringLiteral("retention"),
                                  QStringLiteral("overdue-reviews"),
                                  QStringLiteral("connector-changes"),
                                  QStringLiteral("raci"),
                                  QStringLiteral("minutes")};
    QCOMPARE(keys, expected);
    // The sample has open requests: the connector slide lists them with a decision panel.
    auto* requests = qobject_cast<ui::AgendaSlide*>(m_window->slide(QStringLiteral("connector-requests")));
    QVERIFY(requests && requests->table());
    QVERIFY(requests->table()->model()->rowCount() >= 1);
    QVERIFY(m_window->decisionPanel(QStringLiteral("connector-requests")));
    // The RACI slide is the seed's matrix: five activities, one A in each.
    auto* raci = qobject_cast<ui::AgendaSlide*>(m_window->slide(QStringLiteral("raci")));
    QVERIFY(raci && raci->table());
    QCOMPARE(raci->table()->model()->rowCount(), 5);
}

void TestForumMode::keysNavigateEverySlide()
{
    templates::fillSample(*m_store, QDate::currentDate());
    openWindow();
    const int count = m_window->slideCount();
    QCOMPARE(m_window->currentSlide(), 0);
    // The focus may sit in the attendee list on the first slide: Page Down still turns it.
    press(Qt::Key_PageDown);
    QCOMPARE(m_window->currentSlide(), 1);
    for (int i = 2; i < count; ++i) {
        press(i % 2 ? Qt::Key_Space : Qt::Key_Right);
        QCOMPARE(m_window->currentSlide(), i);
    }
    press(Qt::Key_Right); // past the end: stays
    QCOMPARE(m_window->currentSlide(), count - 1);
    press(Qt::Key_Left);
    QCOMPARE(m_window->currentSlide(), count - 2);
    press(Qt::Key_PageUp);
    QCOMPARE(m_window->currentSlide(), count - 3);
    press(Qt::Key_Home);
    QCOMPARE(m_window->currentSlide(), 0);
    press(Qt::Key_End);
    QCOMPARE(m_window->currentSlide(), count - 1);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("forumFooterLabel"))
                ->text()
                .startsWith(QStringLiteral("%1 / %1").arg(count)));

    QSignalSpy left(m_window.get(), &ui::ForumModeWindow::left);
    press(Qt::Key_Escape);
    QCOMPARE(left.count(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestForumMode::typeIsLargeAndScales()
{
    templates::fillSample(*m_store, QDate::currentDate());
    openWindow();
    QCOMPARE(m_window->height(), 1080);
    QVERIFY(m_window->bodyPointSize() >= 28.0);
    auto* usage = qobject_cast<ui::AgendaSlide*>(m_window->slide(QStringLiteral("usage")));
    QVERIFY(usage && usage->table());
    QVERIFY2(usage->table()->font().pointSizeF() >= 28.0,
             qPrintable(QString::number(usage->table()->font().pointSizeF())));

    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_window->fontScale() > 1.05);
    QVERIFY(usage->table()->font().pointSizeF() > 30.0);
    QCOMPARE(QSettings().value(QStringLiteral("forum/fontScale")).toDouble(), m_window->fontScale());
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_window->fontScale() < 1.0);

    // The scale is remembered (another helper's Preferences dialog edits the same key).
    m_window.reset();
    QSettings().setValue(QStringLiteral("forum/fontScale"), 1.5);
    openWindow();
    QCOMPARE(m_window->fontScale(), 1.5);
    QVERIFY(m_window->bodyPointSize() >= 42.0);
}

void TestForumMode::emptySlideSaysSoInOneLine()
{
    templates::fillSeed(*m_store); // no incident, no request
    openWindow();
    for (const char* key : {"incidents", "connector-requests", "skill-requests"}) {
        auto* slide = qobject_cast<ui::AgendaSlide*>(m_window->slide(QString::fromLatin1(key)));
        QVERIFY2(slide, key);
        QVERIFY2(!slide->table(), key);
        QVERIFY2(slide->emptyLabel() && !slide->emptyLabel()->text().isEmpty(), key);
        QVERIFY2(!slide->emptyLabel()->text().contains(QLatin1Char('\n')), key);
    }
    QVERIFY(!m_window->decisionPanel(QStringLiteral("connector-requests")));
    // The seed's RACI is there all the same.
    auto* raci = qobject_cast<ui::AgendaSlide*>(m_window->slide(QStringLiteral("raci")));
    QVERIFY(raci && raci->table() && !raci->emptyLabel());
}

void TestForumMode::tierThreeDecisionNeedsTwoDeciders()
{
    templates::fillSample(*m_store, QDate::currentDate());
    const Id requestId = addTierThreeRequest();
    QCOMPARE(m_store->requiredDeciders(*m_store->request(requestId)), 2);
    openWindow();
    recordMeeting();
    m_window->showSlide(m_window->slideIndex(QStringLiteral("connector-requests")));
    ui::DecisionPanel* panel = m_window->decisionPanel(QStringLiteral("connector-requests"));
    QVERIFY(panel);
    panel->selectRequest(requestId);
    QCOMPARE(panel->currentRequest(), requestId);
    auto* approve = panel->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
    QVERIFY(approve);
    panel->setDeciders({m_attendees[0]});
    QVERIFY(!approve->isEnabled()); // one decider is not a dual review
    QVERIFY2(!panel->message().isEmpty(), qPrintable(panel->message()));
    // Even asked directly, the store refuses and nothing is written.
    QVERIFY(!panel->decide(RequestDecision::Approve).isEmpty());
    QCOMPARE(m_store->request(requestId)->status, RequestStatus::Open);

    panel->setDeciders({m_attendees[0], m_attendees[1]});
    QVERIFY(approve->isEnabled());
    const QPointer<ui::DecisionPanel> guard = panel;
    approve->click();
    QTRY_COMPARE(m_store->request(requestId)->status, RequestStatus::Approved);
    const ForumRequest decided = *m_store->request(requestId);
    QCOMPARE(decided.deciders, (std::vector<Id>{m_attendees[0], m_attendees[1]}));
    QCOMPARE(decided.decidedOn, QDate::currentDate());
    // Approving a connector request approves the connector, by the first decider.
    const Connector connector = *m_store->connector(decided.connectorId);
    QCOMPARE(connector.status, ApprovalStatus::Approved);
    QCOMPARE(connector.approvedBy, m_attendees[0]);
    // The slide no longer offers the decided request; the minutes slide lists it.
    QTRY_VERIFY(guard.isNull());
    auto* minutes = m_window->minutesSlide();
    QVERIFY(minutes && minutes->findChild<QTableWidget*>(QStringLiteral("decisionsTableWidget")));

    // One undo takes the decision back, connector approval included.
    m_window->activateWindow();
    m_stack->undo();
    QCOMPARE(m_store->request(requestId)->status, RequestStatus::Open);
    QCOMPARE(m_store->connector(decided.connectorId)->status, ApprovalStatus::Requested);
    m_stack->redo();
    QCOMPARE(m_store->request(requestId)->status, RequestStatus::Approved);
}

void TestForumMode::chosenRequestShowsItsReasonAndRow()
{
    templates::fillSample(*m_store, QDate::currentDate());
    const auto requestsSlide = [this]() -> ui::AgendaSlide* {
        m_window->showSlide(m_window->slideIndex(QStringLiteral("connector-requests")));
        const auto slides = m_window->findChildren<ui::AgendaSlide*>();
        for (ui::AgendaSlide* slide : slides)
            if (slide->key() == QStringLiteral("connector-requests"))
                return slide;
        return nullptr;
    };
    openWindow();
    ui::AgendaSlide* slide = requestsSlide();
    QVERIFY(slide && slide->table());
    QTableView* table = slide->table();
    QCOMPARE(table->model()->rowCount(), 2); // the sample's two connector requests
    // The reason is read in the panel, in full; the table keeps the columns that fit a row.
    const int why = table->model()->columnCount() - 1;
    QVERIFY(table->isColumnHidden(why));
    ui::DecisionPanel* panel = m_window->decisionPanel(QStringLiteral("connector-requests"));
    QVERIFY(panel);
    auto* reason = panel->findChild<QLabel*>(QStringLiteral("decisionWhyLabel"));
    QVERIFY(reason);
    QCOMPARE(reason->text(), table->model()->index(0, why).data().toString().simplified());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
    // Both requests fit the slide at 1920 × 1080: neither is cut off below the table.
    const QRect last = table->visualRect(table->model()->index(table->model()->rowCount() - 1, 0));
    QVERIFY2(last.top() >= 0 && last.bottom() <= table->viewport()->height(),
             qPrintable(QStringLiteral("%1 > %2").arg(last.bottom()).arg(table->viewport()->height())));

    // Choosing another request shows its reason and marks its row.
    m_window.reset();
    const Id requestId = addTierThreeRequest();
    openWindow();
    slide = requestsSlide();
    QVERIFY(slide && slide->table());
    table = slide->table();
    panel = m_window->decisionPanel(QStringLiteral("connector-requests"));
    reason = panel->findChild<QLabel*>(QStringLiteral("decisionWhyLabel"));
    panel->selectRequest(requestId);
    const std::vector<Id>& ids = slide->item().requestIds;
    const int row = int(std::find(ids.begin(), ids.end(), requestId) - ids.begin());
    QVERIFY(row > 0 && row < table->model()->rowCount());
    QCOMPARE(reason->text(), QStringLiteral("Answer leave-balance questions from the employee's own record."));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);

    // A click on a row chooses that request, so the panel decides what the slide points at.
    const int other = row > 0 ? row - 1 : row + 1;
    table->scrollTo(table->model()->index(other, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(other, 0)).center());
    QCOMPARE(panel->currentRequest(), ids[std::size_t(other)]);
    QCOMPARE(reason->text(), m_store->request(ids[std::size_t(other)])->description.simplified());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), other);
}

void TestForumMode::aLongReasonLeavesTheButtonsOnTheSlide()
{
    templates::fillSample(*m_store, QDate::currentDate());
    const Id requestId = addTierThreeRequest();
    ForumRequest request = *m_store->request(requestId);
    QString reason;
    while (reason.size() < 2000)
        reason += QStringLiteral("Answer leave-balance questions from the employee's own record, and more. ");
    request.description = reason;
    m_store->updateRequest(request);
    openWindow();
    m_window->showSlide(m_window->slideIndex(QStringLiteral("connector-requests")));
    ui::DecisionPanel* panel = m_window->decisionPanel(QStringLiteral("connector-requests"));
    QVERIFY(panel);
    panel->selectRequest(requestId);
    auto* why = panel->findChild<QLabel*>(QStringLiteral("decisionWhyLabel"));
    QVERIFY(why);
    QVERIFY2(why->text().size() < 300 && why->text().endsWith(QStringLiteral("…")), qPrintable(why->text()));
    QCOMPARE(why->toolTip(), reason.simplified()); // the whole of it, on hover
    QCoreApplication::processEvents();
    auto* approve = panel->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
    QVERIFY(approve);
    const QRect onWindow(approve->mapTo(m_window.get(), QPoint(0, 0)), approve->size());
    QVERIFY2(m_window->rect().contains(onWindow), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                 .arg(onWindow.x())
                                                                 .arg(onWindow.y())
                                                                 .arg(onWindow.width())
                                                                 .arg(onWindow.height())));
}

void TestForumMode::figuresFitANarrowScreen()
{
    templates::fillSample(*m_store, QDate::currentDate());
    // Built for the screen it will fill (the offscreen test screen is 800 pixels wide): the long
    // captions of the figures go on two lines, so the row of figures fits that screen.
    m_window = std::make_unique<ui::ForumModeWindow>(m_store.get(), m_stack.get());
    QVERIFY(m_window->screen()->geometry().width() < 1000);
    ui::AgendaSlide* usage = nullptr;
    for (ui::AgendaSlide* slide : m_window->findChildren<ui::AgendaSlide*>())
        if (slide->key() == QStringLiteral("usage"))
            usage = slide;
    QVERIFY(usage);
    const auto captions = [usage] {
        QStringList texts;
        for (const QLabel* label : usage->findChildren<QLabel*>())
            if (label->property("forumRole").toString() == QStringLiteral("muted") && label->objectName().isEmpty())
                texts.append(label->text());
        return texts;
    };
    QVERIFY2(captions().join(QLatin1Char('|')).contains(QLatin1Char('\n')),
             qPrintable(captions().join(QLatin1Char('|'))));
    // Shown at 1920 pixels, each caption is on one line again.
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSlide(m_window->slideIndex(QStringLiteral("usage")));
    QTRY_VERIFY(usage->isVisible() && usage->width() > 1800);
    QTRY_VERIFY2(!captions().join(QLatin1Char('|')).contains(QLatin1Char('\n')),
                 qPrintable(captions().join(QLatin1Char('|'))));
}

void TestForumMode::minutesPdfHoldsTheDecisions()
{
    templates::fillSample(*m_store, QDate::currentDate());
    const Id requestId = addTierThreeRequest();
    openWindow();
    recordMeeting();
    ui::DecisionPanel* panel = m_window->decisionPanel(QStringLiteral("connector-requests"));
    QVERIFY(panel);
    panel->selectRequest(requestId);
    panel->setDeciders({m_attendees[1], m_attendees[2]});
    QCOMPARE(panel->decide(RequestDecision::Reject), QString());
    QCOMPARE(m_store->request(requestId)->status, RequestStatus::Rejected);

    const QString markdown = m_dir->filePath(QStringLiteral("minutes.md"));
    QCOMPARE(m_window->writeMinutes(markdown, QPageSize::A4), QString());
    const QString pdf = m_dir->filePath(QStringLiteral("minutes.pdf"));
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QString simplified = text.simplified();
    QVERIFY2(simplified.contains(QStringLiteral("HR records connector")), qPrintable(text.left(2000)));
    QVERIFY(simplified.contains(QStringLiteral("Rejected")));
    const QString second = m_store->person(m_attendees[1])->name;
    const QString third = m_store->person(m_attendees[2])->name;
    QVERIFY2(simplified.contains(second) && simplified.contains(third), qPrintable(text.left(2000)));
    QVERIFY(simplified.contains(QStringLiteral("Attendees")));
    QVERIFY(simplified.contains(QStringLiteral("Training-opt-out posture")));

    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(md.readAll());
    QVERIFY(mdText.startsWith(QStringLiteral("# Governance forum, ")));
    QVERIFY(mdText.contains(QStringLiteral("| HR records connector for leave questions |")));

    // Letter paper for the US: pdfinfo reads the page size back.
    QCOMPARE(m_window->writeMinutes(markdown, QPageSize::Letter), QString());
    QProcess info;
    info.start(QStringLiteral("/usr/bin/pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("612 x 792")));
}

void TestForumMode::meetingReviewsTheGovernanceObjects()
{
    templates::fillSample(*m_store, QDate::currentDate().addDays(-200));
    openWindow();
    recordMeeting();
    QCOMPARE(m_window->markGovernanceReviewed(), QString());
    for (const GovernanceObject& object : m_store->governanceObjects())
        QCOMPARE(object.review.lastReviewedOn, QDate::currentDate());
    m_stack->undo();
    for (const GovernanceObject& object : m_store->governanceObjects())
        QVERIFY(object.review.lastReviewedOn != QDate::currentDate());
}

void TestForumMode::f11OpensItFromTheEditor()
{
    templates::fillSample(*m_store, QDate::currentDate());
    destroyStore(); // the window opens the file itself
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_path));
    QTest::keyClick(&window, Qt::Key_F11);
    ui::ForumModeWindow* forum = nullptr;
    QTRY_VERIFY((forum = window.findChild<ui::ForumModeWindow*>()) != nullptr);
    QTRY_VERIFY(forum->isVisible());
    QVERIFY(forum->windowState() & Qt::WindowFullScreen);
    QTest::keyClick(forum, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<ui::ForumModeWindow*>());
}

void TestForumMode::everyControlIsNamed()
{
    templates::fillSample(*m_store, QDate::currentDate());
    openWindow();
    recordMeeting(); // the decision panels show their deciders
    QStringList problems;
    int checked = 0;
    for (int i = 0; i < m_window->slideCount(); ++i) {
        m_window->showSlide(i);
        const auto widgets = m_window->slide(i)->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
                                 qobject_cast<QAbstractSpinBox*>(widget);
            if (!control || qobject_cast<QHeaderView*>(widget) || !widget->isVisibleTo(m_window.get()) ||
                widget->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QLineEdit*>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit*>(widget) && (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                                                     qobject_cast<QComboBox*>(widget->parentWidget())))
                continue;
            ++checked;
            const QString className = QString::fromLatin1(widget->metaObject()->className()).mid(1);
            if (!widget->objectName().endsWith(className))
                problems.append(widget->objectName() + QStringLiteral(": objectName does not end in ") + className);
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                problems.append(widget->objectName() + QStringLiteral(": no accessible name"));
        }
    }
    QVERIFY2(checked > 15, qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestForumMode)
#include "tst_forummode.moc"
