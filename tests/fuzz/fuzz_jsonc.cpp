#include "FuzzCommon.h"
#include "formats/JsoncEditor.h"

// See fuzz::checkEditor: never a crash, install keeps the rest, uninstall removes only our entry.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::checkEditor<aipex::JsoncEditor>(data, size, QStringLiteral("mcpServers"));
}
