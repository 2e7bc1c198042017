#pragma once

#include <QMessageBox>
#include <QString>

// Shared by the GUI tests.
namespace steward::test {

// Once the event loop runs (the code under test opened a modal message box), clicks `button` on
// that box and stores its text in *text. Fails the running test if no box appears.
void answerNextMessageBox(QObject* context, QMessageBox::StandardButton button, QString* text);

} // namespace steward::test
