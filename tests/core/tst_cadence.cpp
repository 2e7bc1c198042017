// Review cadence arithmetic: calendar-correct next due dates and the overdue / due-soon states.
#include "rules/cadence.h"

#include <QtTest>

using namespace steward;
using namespace steward::rules;

class TestCadence : public QObject
{
    Q_OBJECT

private slots:
    void addCadence_data();
    void addCadence();
    void neverReviewedIsDueNow();
    void customCadenceCountsDays();
    void dueState_data();
    void dueState();
};

void TestCadence::addCadence_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<Cadence>("cadence");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("weekly") << QDate(2026, 12, 29) << Cadence::Weekly << QDate(2027, 1, 5);
    QTest::newRow("monthly") << QDate(2026, 3, 15) << Cadence::Monthly << QDate(2026, 4, 15);
    QTest::newRow("31 Jan + month, common year") << QDate(2026, 1, 31) << Cadence::Monthly << QDate(2026, 2, 28);
    QTest::newRow("31 Jan + month, leap year") << QDate(2028, 1, 31) << Cadence::Monthly << QDate(2028, 2, 29);
    QTest::newRow("31 Mar + month") << QDate(2026, 3, 31) << Cadence::Monthly << QDate(2026, 4, 30);
    QTest::newRow("quarterly") << QDate(2026, 11, 30) << Cadence::Quarterly << QDate(2027, 2, 28);
    QTest::newRow("quarterly into leap Feb") << QDate(2027, 11, 30) << Cadence::Quarterly << QDate(2028, 2, 29);
    QTest::newRow("annual") << QDate(2026, 6, 1) << Cadence::Annual << QDate(2027, 6, 1);
    QTest::newRow("annual from 29 Feb") << QDate(2028, 2, 29) << Cadence::Annual << QDate(2029, 2, 28);
}

void TestCadence::addCadence()
{
    QFETCH(QDate, from);
    QFETCH(Cadence, cadence);
    QFETCH(QDate, expected);
    QCOMPARE(rules::addCadence(from, cadence), expected);
}

void TestCadence::neverReviewedIsDueNow()
{
    const QDate today(2026, 11, 22);
    QCOMPARE(nextDue(ReviewState{Cadence::Annual, QDate(), 0}, today), today);
    QVERIFY(rules::dueState(ReviewState{Cadence::Annual, QDate(), 0}, today) == DueState::DueSoon);
    QCOMPARE(nextDue(ReviewState{Cadence::Monthly, QDate(2026, 10, 31), 0}, today), QDate(2026, 11, 30));
}

void TestCadence::customCadenceCountsDays()
{
    QCOMPARE(rules::addCadence(QDate(2028, 2, 20), Cadence::Custom, 10), QDate(2028, 3, 1)); // over 29 Feb
    QCOMPARE(nextDue(ReviewState{Cadence::Custom, QDate(2026, 11, 1), 0, 45}, QDate(2026, 11, 22)),
             QDate(2026, 12, 16));
    // Days only count for a custom cadence.
    QCOMPARE(nextDue(ReviewState{Cadence::Weekly, QDate(2026, 11, 1), 0, 45}, QDate(2026, 11, 22)), QDate(2026, 11, 8));
}

void TestCadence::dueState_data()
{
    QTest::addColumn<QDate>("lastReviewed");
    QTest::addColumn<int>("expected");
    const auto overdue = int(DueState::Overdue);
    const auto soon = int(DueState::DueSoon);
    const auto notDue = int(DueState::NotDue);
    // Monthly; today 22 November 2026; due soon = within 14 days.
    QTest::newRow("due yesterday") << QDate(2026, 10, 21) << overdue;
    QTest::newRow("due today") << QDate(2026, 10, 22) << soon;
    QTest::newRow("due in 13 days") << QDate(2026, 11, 5) << soon;
    QTest::newRow("due in 14 days") << QDate(2026, 11, 6) << notDue;
    QTest::newRow("just reviewed") << QDate(2026, 11, 22) << notDue;
}

void TestCadence::dueState()
{
    QFETCH(QDate, lastReviewed);
    QFETCH(int, expected);
    const ReviewState review{Cadence::Monthly, lastReviewed, 1};
    QCOMPARE(int(rules::dueState(review, QDate(2026, 11, 22), 14)), expected);
}

QTEST_GUILESS_MAIN(TestCadence)
#include "tst_cadence.moc"
