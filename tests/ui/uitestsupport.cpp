#include "uitestsupport.h"

#include "pages/page.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QtTest>

namespace steward::test {

void answerNextMessageBox(QObject* context, QMessageBox::StandardButton button, QString* text)
{
    QTimer::singleShot(0, context, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        *text = box->text();
        box->button(button)->click();
    });
}

int pageRow(const QListWidget* navigation, const QString& title)
{
    for (int row = 0; navigation && row < navigation->count(); ++row) {
        const QString text = navigation->item(row)->text();
        if (text == title || text.startsWith(title + QStringLiteral(" (")))
            return row;
    }
    qWarning("no page %s in the navigation", qPrintable(title));
    return -1;
}

QString pageText(const QListWidget* navigation, const QString& title)
{
    const int row = pageRow(navigation, title);
    return row >= 0 ? navigation->item(row)->text() : QString();
}

bool showPage(const QWidget* window, const QString& title)
{
    auto* navigation = findChild<QListWidget>(window, QStringLiteral("navigationListWidget"));
    const int row = pageRow(navigation, title);
    if (row < 0)
        return false;
    navigation->setCurrentRow(row);
    return true;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void commitText(QLineEdit* edit, const QString& text)
{
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

void commitDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date);
    Q_EMIT edit->editingFinished();
}

void choose(QComboBox* combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void chooseData(QComboBox* combo, int data)
{
    choose(combo, combo->findData(data));
}

void StoreTest::createStore()
{
    m_dir = makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    m_store = Store::create(m_path);
    m_stack = std::make_unique<QUndoStack>();
    m_lastMessage.clear();
}

void StoreTest::destroyStore()
{
    m_stack.reset();
    m_store.reset();
}

void StoreTest::showPage(ui::Page* page, QSize size)
{
    page->setStore(m_store.get(), m_stack.get());
    page->resize(size);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
}

void StoreTest::reopenReadOnly(ui::Page* page)
{
    page->setStore(nullptr, nullptr);
    m_store.reset();
    m_store = Store::open(m_path, Store::Mode::ReadOnly);
    page->setStore(m_store.get(), m_stack.get());
}

void StoreTest::answerNextMessageBox(QMessageBox::StandardButton button)
{
    test::answerNextMessageBox(this, button, &m_lastMessage);
}

} // namespace steward::test
