#include "FuzzCommon.h"
#include "net/Envelope.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    aipex::Envelope env;
    QString why;
    if (aipex::Envelope::parse(fuzz::bytes(data, size), &env, &why) == why.isEmpty())
        return 0;
    fuzz::fail("a refused envelope must say why, an accepted one must not");
}
