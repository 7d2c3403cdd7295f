#include "FuzzCommon.h"
#include "server/EnvConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList warnings;
    const auto values =
        aipex::EnvConfig::parseDotEnv(QString::fromUtf8(fuzz::bytes(data, size)), {}, &warnings);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'='))
            fuzz::fail("a key is empty or holds '='");
    }
    return 0;
}
