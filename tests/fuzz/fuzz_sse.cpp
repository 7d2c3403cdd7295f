#include "FuzzCommon.h"
#include "mcp/SseParser.h"

// Any stream, cut anywhere: the same events as when fed whole.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray all = fuzz::bytes(data, size);
    aipex::SseParser whole;
    const QList<aipex::SseEvent> expected = whole.feed(all);
    aipex::SseParser pieces;
    QList<aipex::SseEvent> got;
    const qsizetype step = size ? qsizetype(data[0] % 7) + 1 : 1;
    for (qsizetype i = 0; i < all.size(); i += step)
        got += pieces.feed(all.mid(i, step));
    if (got.size() != expected.size())
        fuzz::fail("chunking changed the number of events");
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got.at(i).data != expected.at(i).data || got.at(i).event != expected.at(i).event)
            fuzz::fail("chunking changed an event");
    }
    return 0;
}
