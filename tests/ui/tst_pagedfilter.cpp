// Lazily loaded tables: the first page opens at once, but a filter or a sort covers every row of
// the table, not only the rows loaded so far.
#include "connectors/connectorspage.h"
#include "connectors/connectortablemodel.h"
#include "people/peoplepage.h"
#include "people/persontablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "widgets/collatingfilterproxy.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace steward;
using ui::ConnectorsPage;
using ui::ConnectorTableModel;
using ui::PeoplePage;
using ui::PersonTableModel;

namespace {

constexpr int rows = 1200; // more than two pages of PagedTableModelBase::PageSize

// Clicks the header of `column`, as a person choosing a sort order does.
void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QString textAt(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestPagedFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchAllLoadsTheRestInOneGo();
    void connectorFilterFindsRowsBeyondTheFirstPage();
    void connectorSortOrdersRowsBeyondTheFirstPage();
    void personFilterFindsRowsBeyondTheFirstPage();
    void personSortOrdersRowsBeyondTheFirstPage();

private:
    // `rows` connectors: all of system "Middle" but two far beyond the first page.
    void addConnectors();
    // `rows` people: all in team "Middle" but two far beyond the first page.
    void addPeople();
    template <typename Page> std::unique_ptr<Page> showPage()
    {
        auto page = std::make_unique<Page>();
        page->setStore(m_store.get(), m_stack.get());
        page->resize(1200, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
        return page;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestPagedFilter::init()
{
    m_dir = test::makeTempDir();
    m_store = Store::create(m_dir->filePath(QStringLiteral("inventory.steward")));
    m_stack = std::make_unique<QUndoStack>();
}

void TestPagedFilter::cleanup()
{
    m_stack.reset();
    m_store.reset();
}

void TestPagedFilter::addConnectors()
{
    m_store->transaction([&] {
        for (int i = 0; i < rows; ++i) {
            Connector c;
            c.name = QStringLiteral("Connector %1").arg(i);
            c.system = i == 1100   ? QStringLiteral("Aardvark")
                       : i == 1150 ? QStringLiteral("Zulu")
                                   : QStringLiteral("Middle");
            m_store->addConnector(c);
        }
    });
}

void TestPagedFilter::addPeople()
{
    m_store->transaction([&] {
        for (int i = 0; i < rows; ++i) {
            Person p;
            p.name = QStringLiteral("Person %1").arg(i);
            p.team = i == 1100   ? QStringLiteral("Aardvark")
                     : i == 1150 ? QStringLiteral("Zulu")
                                 : QStringLiteral("Middle");
            m_store->addPerson(p);
        }
    });
}

void TestPagedFilter::fetchAllLoadsTheRestInOneGo()
{
    addConnectors();
    ConnectorTableModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), ConnectorTableModel::PageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchAll();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!model.canFetchMore({}));
    model.fetchAll(); // nothing left: nothing happens
    QCOMPARE(inserted.count(), 1);
}

void TestPagedFilter::connectorFilterFindsRowsBeyondTheFirstPage()
{
    addConnectors();
    auto page = showPage<ConnectorsPage>();
    QCOMPARE(page->model()->rowCount(), ConnectorTableModel::PageSize); // the first open stays lazy
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("aardv"));
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(textAt(page->proxy(), 0, ConnectorTableModel::Name), QStringLiteral("Connector 1100"));
    filter->clear();
    QCOMPARE(page->proxy()->rowCount(), rows);
}

void TestPagedFilter::connectorSortOrdersRowsBeyondTheFirstPage()
{
    addConnectors();
    auto page = showPage<ConnectorsPage>();
    auto* table = page->findChild<QTableView*>(QStringLiteral("connectorsTableView"));
    QVERIFY(table);
    clickHeader(table, ConnectorTableModel::System);
    QCOMPARE(page->proxy()->rowCount(), rows);
    const bool ascending = table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
    QCOMPARE(textAt(page->proxy(), 0, ConnectorTableModel::System),
             ascending ? QStringLiteral("Aardvark") : QStringLiteral("Zulu"));
    clickHeader(table, ConnectorTableModel::System);
    QCOMPARE(textAt(page->proxy(), 0, ConnectorTableModel::System),
             ascending ? QStringLiteral("Zulu") : QStringLiteral("Aardvark"));
    QCOMPARE(textAt(page->proxy(), rows - 1, ConnectorTableModel::System),
             ascending ? QStringLiteral("Aardvark") : QStringLiteral("Zulu"));
}

void TestPagedFilter::personFilterFindsRowsBeyondTheFirstPage()
{
    addPeople();
    auto page = showPage<PeoplePage>();
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("peopleTableView"));
    QVERIFY(filter && table);
    QCOMPARE(table->model()->rowCount(), PersonTableModel::PageSize);
    QTest::keyClicks(filter, QStringLiteral("zulu"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(textAt(table->model(), 0, PersonTableModel::Name), QStringLiteral("Person 1150"));
}

void TestPagedFilter::personSortOrdersRowsBeyondTheFirstPage()
{
    addPeople();
    auto page = showPage<PeoplePage>();
    auto* table = page->findChild<QTableView*>(QStringLiteral("peopleTableView"));
    QVERIFY(table);
    clickHeader(table, PersonTableModel::Team);
    QCOMPARE(table->model()->rowCount(), rows);
    const bool ascending = table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
    QCOMPARE(textAt(table->model(), 0, PersonTableModel::Team),
             ascending ? QStringLiteral("Aardvark") : QStringLiteral("Zulu"));
    clickHeader(table, PersonTableModel::Team);
    QCOMPARE(textAt(table->model(), 0, PersonTableModel::Team),
             ascending ? QStringLiteral("Zulu") : QStringLiteral("Aardvark"));
}

QTEST_MAIN(TestPagedFilter)
#include "tst_pagedfilter.moc"
