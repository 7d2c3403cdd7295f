#include "mcp/SseParser.h"

#include <QTest>

using aipex::SseEvent;
using aipex::SseParser;

class TestSseParser : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void splitAnywhere();
    void retryAndId();
};

void TestSseParser::rules_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("events"); // "event|data"
    QTest::newRow("endpoint LF") << QByteArray("event: endpoint\ndata: /mcp/message?sessionId=1&token=k\n\n")
                                 << QStringList{QStringLiteral("endpoint|/mcp/message?sessionId=1&token=k")};
    QTest::newRow("CRLF") << QByteArray("event: message\r\ndata: {}\r\n\r\n")
                          << QStringList{QStringLiteral("message|{}")};
    QTest::newRow("CR only") << QByteArray("data: a\r\r") << QStringList{QStringLiteral("message|a")};
    QTest::newRow("multi-line data") << QByteArray("data: {\"a\":\ndata: 1}\n\n")
                                     << QStringList{QStringLiteral("message|{\"a\":\n1}")};
    QTest::newRow("comment and keep-alive")
        << QByteArray(": ping\n\n:\ndata: x\n\n") << QStringList{QStringLiteral("message|x")};
    QTest::newRow("no space after colon")
        << QByteArray("event:endpoint\ndata:/m\n\n") << QStringList{QStringLiteral("endpoint|/m")};
    QTest::newRow("only first space dropped")
        << QByteArray("data:  two\n\n") << QStringList{QStringLiteral("message| two")};
    QTest::newRow("empty data dispatches")
        << QByteArray("data:\n\n") << QStringList{QStringLiteral("message|")};
    QTest::newRow("no data no event") << QByteArray("event: x\n\n") << QStringList{};
    QTest::newRow("unfinished event held") << QByteArray("data: x\n") << QStringList{};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "data: b\n\n")
                         << QStringList{QStringLiteral("message|b")};
    QTest::newRow("unknown field ignored")
        << QByteArray("foo: bar\ndata: c\n\n") << QStringList{QStringLiteral("message|c")};
    QTest::newRow("event name resets") << QByteArray("event: e1\ndata: 1\n\ndata: 2\n\n")
                                       << QStringList{QStringLiteral("e1|1"), QStringLiteral("message|2")};
    QTest::newRow("utf8") << QByteArray("data: \xe6\x97\xa0\xe6\x9d\x83\xe8\xae\xbf\xe9\x97\xae\n\n")
                          << QStringList{QStringLiteral("message|") + QString::fromUtf8("无权访问")};
}

void TestSseParser::rules()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, events);
    SseParser p;
    QStringList got;
    for (const SseEvent& e : p.feed(stream))
        got << e.event + u'|' + e.data;
    QCOMPARE(got, events);
}

void TestSseParser::splitAnywhere()
{
    const QByteArray stream(
        "event: endpoint\r\ndata: /a\r\n\r\n: c\r\nevent: message\r\ndata: {\"x\":1}\r\n\r\n");
    for (int cut = 1; cut < stream.size(); ++cut) {
        SseParser p;
        QList<SseEvent> all = p.feed(stream.left(cut));
        all += p.feed(stream.mid(cut));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).event, QStringLiteral("endpoint"));
        QCOMPARE(all.at(1).data, QStringLiteral("{\"x\":1}"));
    }
    // One byte at a time.
    SseParser p;
    QList<SseEvent> all;
    for (const char c : stream)
        all += p.feed(QByteArray(1, c));
    QCOMPARE(all.size(), 2);
}

void TestSseParser::retryAndId()
{
    SseParser p;
    const auto events = p.feed("retry: 3000\nid: 7\ndata: x\n\nretry: soon\n\n");
    QCOMPARE(p.retryMs(), 3000);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).id, QStringLiteral("7"));
    QCOMPARE(p.lastEventId(), QStringLiteral("7"));
    p.feed(QByteArray(1000, 'x'));
    QCOMPARE(p.pendingBytes(), 1000);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
