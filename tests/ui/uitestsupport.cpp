#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
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

} // namespace steward::test
