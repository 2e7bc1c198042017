// libFuzzer target: the readers of Claude's configuration files (steward reconcile). The first byte
// chooses the file name, which chooses the shape; the last name leaves it to the content.
#include "fuzzsupport.h"
#include "reconcile/claudeconfig.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    static const char* const names[] = {".mcp.json", "managed-mcp.json", "claude_desktop_config.json",
                                        "managed-settings.json", "settings.json"};
    if (size == 0)
        return 0;
    steward::fuzz::initialise();
    const QString name = QString::fromLatin1(names[data[0] % std::size(names)]);
    const auto parsed = steward::reconcile::parseConfig(name, steward::fuzz::bytes(data + 1, size - 1));
    // Either what the file holds or why not, never both and never an error without its text.
    for (const auto& error : parsed.errors)
        if (error.message.isEmpty())
            std::abort();
    (void)parsed.config.allowedEntries();
    (void)parsed.config.deniedEntries();
    return 0;
}
