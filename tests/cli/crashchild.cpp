// The child of tst_cli_crash: an endless series of edits through the store, each reported on
// stdout only once Store has returned (committed), until the test kills it with SIGKILL.
//
//   steward_crashchild FILE [COUNT [PAUSE]]
//       edits: a person "crash-N" added, then (every other one) a connector's notes and the
//       person's title changed; prints "committed N" after each whole step; stops after COUNT
//       steps when given (tst_cli_concurrency), else runs until killed; PAUSE milliseconds
//       between steps, as between a person's edits
#include "store/store.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace steward;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || argc > 4)
        return 2;
    const int count = argc >= 3 ? std::atoi(argv[2]) : -1;
    const int pause = argc == 4 ? std::atoi(argv[3]) : 0;
    auto store = Store::open(QString::fromLocal8Bit(argv[1]));
    // Numbering continues where the last (killed) child stopped: the names already in the file.
    int next = 0;
    for (const Person& person : store->people()) {
        if (person.name.startsWith(QLatin1String("crash-")))
            next = std::max(next, person.name.mid(6).toInt() + 1);
    }
    const auto connectors = store->connectors();
    for (int n = next; count < 0 || n < next + count; ++n) {
        Person person;
        person.name = QStringLiteral("crash-%1").arg(n);
        person.team = QStringLiteral("Crash test");
        person.id = store->addPerson(person);
        if (n % 2 == 0 && !connectors.empty()) {
            Connector connector = *store->connector(connectors[std::size_t(n) % connectors.size()].id);
            connector.notes = QStringLiteral("edited by step %1").arg(n);
            store->updateConnector(connector);
            person.title = QStringLiteral("title %1").arg(n);
            store->updatePerson(person);
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
        if (pause > 0)
            QThread::msleep(ulong(pause));
    }
    return 0;
}
