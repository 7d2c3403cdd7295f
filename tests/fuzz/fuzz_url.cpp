#include "FuzzCommon.h"
#include "server/ServerEndpoint.h"

// Whatever is typed: valid means http(s) with a host, and normalising twice changes nothing.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    aipex::Error error;
    const aipex::ServerEndpoint ep =
        aipex::ServerEndpoint::parse(QString::fromUtf8(fuzz::bytes(data, size)), &error);
    if (!ep.isValid()) {
        if (!error)
            fuzz::fail("an invalid address without an error");
        return 0;
    }
    const QString scheme = ep.baseUrl().scheme();
    if ((scheme != u"http" && scheme != u"https") || ep.baseUrl().host().isEmpty())
        fuzz::fail("accepted an address that is not http(s) with a host");
    if (aipex::ServerEndpoint::parse(ep.baseString()).baseString() != ep.baseString())
        fuzz::fail("normalising is not idempotent");
    (void)ep.mcpUrl(QStringLiteral("kf_api_x"));
    return 0;
}
