// libFuzzer target: opening a file as an inventory (steward FILE, steward verify). Whatever the
// bytes, opening either works or throws OpenError; an opened file can be read and verified.
#include "fuzzsupport.h"
#include "store/errors.h"

#include <QFile>
#include <cstdlib>

namespace {

void tryOpen(const QString& path, steward::Store::Mode mode)
{
    try {
        auto store = steward::Store::open(path, mode);
        (void)store->verify();
        (void)store->connectors();
        (void)store->people();
    } catch (const steward::OpenError& e) {
        if (e.message().isEmpty())
            std::abort();
    } catch (const steward::StoreError&) {
        // A file that opened but whose rows break a rule it was written under: a refusal with a
        // message, as the editor shows it, not a crash.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    steward::fuzz::initialise();
    const QString path = steward::fuzz::scratchPath(QStringLiteral("opened.steward"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    tryOpen(path, steward::Store::Mode::ReadOnly);
    tryOpen(path, steward::Store::Mode::ReadWrite);
    return 0;
}
