#include "fuzzsupport.h"

#include "templates/templates.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

namespace steward::fuzz {

namespace {

QTemporaryDir* scratchDir()
{
    // Lives as long as the process: libFuzzer exits through exit(), which runs its destructor.
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/steward-fuzz-XXXXXX"));
    return &dir;
}

QString pristinePath()
{
    return scratchPath(QStringLiteral("pristine.steward"));
}

} // namespace

void initialise()
{
    static int argc = 1;
    static char name[] = "steward-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = nullptr;
    if (app)
        return;
    app = new QCoreApplication(argc, argv);
    qputenv("STEWARD_ACTOR", "fuzzer");
    if (!scratchDir()->isValid())
        std::abort();
    auto store = Store::create(pristinePath(), QStringLiteral("fuzzer"));
    templates::fillSeed(*store);
    templates::fillSample(*store, QDate(2026, 12, 1));
}

std::unique_ptr<Store> pristineStore()
{
    const QString copy = scratchPath(QStringLiteral("input.steward"));
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    if (!QFile::copy(pristinePath(), copy))
        std::abort();
    return Store::open(copy);
}

QString scratchPath(const QString& name)
{
    return scratchDir()->filePath(name);
}

QByteArray bytes(const uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace steward::fuzz
