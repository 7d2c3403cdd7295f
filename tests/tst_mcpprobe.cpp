#include "fakeserver/FakeServer.h"
#include "mcp/McpProbe.h"
#include "util/CannedHttpServer.h"
#include "util/NodePeer.h"
#include "util/TlsTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace aipex;
using aipex::test::FakeServer;

Q_DECLARE_METATYPE(aipex::test::FakeServer::Fault)

class TestMcpProbe : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keyProvenOnStandIn();
    void badKeyIsNamed();
    void blankKey();
    void wrongPathSuggestsFix();
    void faults_data();
    void faults();
    void connectionRefused();
    void unknownHost();
    void tlsToPlainPort();
    void jsonRpcError();
    void notAnEventStream();
    void selfSignedCertificateIsExplained();
    void cancel();
    void sdkPeer_data();
    void sdkPeer();
    void bridgeAgainstStandIn();

private:
    McpProbeReport run(const QUrl& url, int timeoutMs = 5000);
    McpProbeReport wait(McpProbe* probe, int ms = 30000);
    QUrl urlFor(const QString& key) const;
    QString makeKey();
    void requirePeers();

    FakeServer* m_server = nullptr;
    McpProbe* m_probe = nullptr;
};

void TestMcpProbe::init()
{
    m_server = new FakeServer(this);
    m_server->setPrefix(QStringLiteral("/baas-api"));
    QVERIFY(m_server->listen());
    m_probe = new McpProbe(this);
}

void TestMcpProbe::cleanup()
{
    delete m_probe;
    delete m_server;
}

void TestMcpProbe::requirePeers()
{
    if (!NodePeer::available()) {
        if (qEnvironmentVariableIntValue("AIPEXBASE_REQUIRE_PEERS"))
            QFAIL("tests/peers/node_modules is missing: run scripts/setup-deps.sh");
        QSKIP("Node.js peers not installed (scripts/setup-deps.sh installs them).");
    }
}

QString TestMcpProbe::makeKey()
{
    const QString appId = m_server->addApp(QStringLiteral("probe")).value(QLatin1String("appId")).toString();
    m_server->setTables(appId, {QStringLiteral("orders"), QStringLiteral("users")});
    return m_server->addKey(appId, QStringLiteral("k")).value(QLatin1String("keyName")).toString();
}

QUrl TestMcpProbe::urlFor(const QString& key) const
{
    return QUrl(m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + key);
}

McpProbeReport TestMcpProbe::wait(McpProbe* probe, int ms)
{
    QSignalSpy spy(probe, &McpProbe::finished);
    if (!spy.wait(ms))
        return {};
    return spy.at(0).at(0).value<McpProbeReport>();
}

McpProbeReport TestMcpProbe::run(const QUrl& url, int timeoutMs)
{
    m_probe->setTimeoutMs(timeoutMs);
    QSignalSpy spy(m_probe, &McpProbe::finished);
    m_probe->start(url);
    if (!spy.wait(timeoutMs + 5000))
        return {};
    return spy.at(0).at(0).value<McpProbeReport>();
}

void TestMcpProbe::keyProvenOnStandIn()
{
    const QString key = makeKey();
    QSignalSpy steps(m_probe, &McpProbe::stepStarted);
    const McpProbeReport r = run(urlFor(key));
    QVERIFY2(r.ok(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.transport, QStringLiteral("sse"));
    QCOMPARE(r.serverName, QStringLiteral("baas-mcp-server"));
    QCOMPARE(r.serverVersion, QStringLiteral("1.0.0"));
    QCOMPARE(r.protocolVersion, QStringLiteral("2024-11-05"));
    QCOMPARE(r.tools.size(), 3);
    QVERIFY(r.tools.contains(QStringLiteral("list_tables")));
    QVERIFY(r.promptCount > 0);
    QVERIFY(r.keyCheckable && r.keyProven);
    QCOMPARE(r.summary(), QStringLiteral("key proven, 3 tools"));
    QStringList names;
    for (const auto& s : r.steps)
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("connect"), QStringLiteral("initialize"),
                                 QStringLiteral("tools/list"), QStringLiteral("prompts/list"),
                                 QStringLiteral("list_tables")}));
    QVERIFY(steps.size() >= 5);
    // Nothing that changes data was called, and the handshake came first.
    QStringList methods;
    for (const auto& req : m_server->requests()) {
        const QString m =
            QJsonDocument::fromJson(req.body).object().value(QLatin1String("method")).toString();
        if (!m.isEmpty())
            methods << m;
        QVERIFY(!req.body.contains("execute_sql"));
    }
    QCOMPARE(methods.mid(0, 2),
             (QStringList{QStringLiteral("initialize"), QStringLiteral("notifications/initialized")}));
    QCOMPARE(r.toJson().value(QLatin1String("key_proven")).toBool(), true);
}

void TestMcpProbe::badKeyIsNamed()
{
    const McpProbeReport r = run(urlFor(QStringLiteral("kf_api_not_a_real_key_0000000000000000")));
    QVERIFY(!r.ok());
    QVERIFY(r.connected); // the server answered; only the key is wrong
    QCOMPARE(r.error.code(), Error::KeyNotFound);
    QCOMPARE(r.failedStep, QStringLiteral("list_tables"));
    QVERIFY(r.error.message().contains(QString::fromUtf8("无权访问")));
    // A disabled key is as wrong as an unknown one.
    const QString key = makeKey();
    m_server->setKeyStatus(key, QStringLiteral("DISABLE"));
    QCOMPARE(run(urlFor(key)).error.code(), Error::KeyNotFound);
}

void TestMcpProbe::blankKey()
{
    const McpProbeReport r = run(QUrl(m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=")));
    QCOMPARE(r.error.code(), Error::Http4xx);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(r.failedStep, QStringLiteral("connect"));
    QVERIFY(r.error.message().contains(QLatin1String("?token=")));
}

void TestMcpProbe::wrongPathSuggestsFix()
{
    const QString key = makeKey();
    const McpProbeReport r =
        run(QUrl(m_server->baseUrl().toString() + QStringLiteral("/mcp/sse?token=") + key));
    QCOMPARE(r.error.httpStatus(), 404);
    QCOMPARE(r.error.details().value(QLatin1String("suggested_url")).toString(), urlFor(key).toString());
    QVERIFY(!r.error.message().contains(key)); // the key stays out of messages
}

void TestMcpProbe::faults_data()
{
    QTest::addColumn<FakeServer::Fault>("fault");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("step");
    QTest::newRow("hang after endpoint") << FakeServer::Fault::SseHangAfterEndpoint << 2003 << "initialize";
    QTest::newRow("malformed event") << FakeServer::Fault::SseMalformedEvent << 2002 << "initialize";
    QTest::newRow("stream closes early") << FakeServer::Fault::SseCloseEarly << 2002 << "initialize";
    QTest::newRow("HTTP 401") << FakeServer::Fault::Http401 << 4000 << "connect";
    QTest::newRow("HTTP 500") << FakeServer::Fault::Http500 << 5000 << "connect";
}

void TestMcpProbe::faults()
{
    QFETCH(FakeServer::Fault, fault);
    QFETCH(int, code);
    QFETCH(QString, step);
    m_server->setFault(FakeServer::Endpoint::McpSse, fault);
    const McpProbeReport r = run(urlFor(makeKey()), 1500);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error.code()), code);
    QCOMPARE(r.failedStep, step);
    QVERIFY(!r.error.message().isEmpty());
    if (code == 2003)
        QVERIFY(r.error.message().contains(QLatin1String("initialize")));
}

void TestMcpProbe::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const McpProbeReport r = run(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp/sse?token=k").arg(port)));
    QCOMPARE(r.error.code(), Error::ConnectionError);
}

void TestMcpProbe::unknownHost()
{
    const McpProbeReport r = run(QUrl(QStringLiteral("http://no-such-host.invalid/mcp/sse?token=k")));
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.message().contains(QLatin1String("no-such-host.invalid")));
}

void TestMcpProbe::tlsToPlainPort()
{
    CannedHttpServer plain(CannedHttpServer::json("<html>400</html>", 400), false);
    const McpProbeReport r =
        run(QUrl(QStringLiteral("https://127.0.0.1:%1/mcp/sse?token=k").arg(plain.url().port())));
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.details().value(QLatin1String("tls")).toBool());
}

void TestMcpProbe::jsonRpcError()
{
    // Not an event stream, so the probe tries Streamable HTTP, whose answer is a JSON-RPC error.
    CannedHttpServer rpc(CannedHttpServer::json(
        R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"Server not ready"}})"));
    const McpProbeReport r = run(rpc.url(QStringLiteral("/mcp")));
    QCOMPARE(r.transport, QStringLiteral("streamable-http"));
    QCOMPARE(r.error.code(), Error::RequestFailed);
    QCOMPARE(r.error.details().value(QLatin1String("jsonrpc_code")).toInt(), -32000);
    QVERIFY(r.error.message().contains(QLatin1String("Server not ready")));
}

void TestMcpProbe::notAnEventStream()
{
    // A web page where the MCP endpoint should be: neither transport makes sense of it.
    CannedHttpServer page(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 24\r\nConnection: close"
        "\r\n\r\n<html>AIPEXBASE UI</html>");
    const McpProbeReport r = run(page.url(QStringLiteral("/mcp/sse?token=k")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code(), Error::InvalidResponse);
    QVERIFY(!r.connected);
}

void TestMcpProbe::selfSignedCertificateIsExplained()
{
    TlsTestServer tls(CannedHttpServer::json("{}")); // self-signed
    QVERIFY2(tls.isReady(), "openssl could not make a test certificate");
    const McpProbeReport r =
        run(QUrl(QStringLiteral("https://127.0.0.1:%1/mcp/sse?token=k").arg(tls.port())));
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.details().value(QLatin1String("tls")).toBool());
    const QJsonArray problems = r.error.details().value(QLatin1String("certificate_problems")).toArray();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(r.error.message().contains(QLatin1String("self-signed")), qPrintable(r.error.message()));
}

void TestMcpProbe::cancel()
{
    m_server->setFault(FakeServer::Endpoint::McpSse, FakeServer::Fault::SseHangAfterEndpoint);
    m_probe->setTimeoutMs(10000);
    QSignalSpy spy(m_probe, &McpProbe::finished);
    m_probe->start(urlFor(makeKey()));
    QTRY_VERIFY(m_server->count(FakeServer::Endpoint::McpMessage) >= 1);
    m_probe->cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<McpProbeReport>().error.code(), Error::Cancelled);
    QVERIFY(!m_probe->isRunning());
}

void TestMcpProbe::sdkPeer_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("transport");
    QTest::newRow("SDK legacy SSE") << "sse"
                                    << "sse";
    QTest::newRow("SDK Streamable HTTP") << "streamable"
                                         << "streamable-http";
}

void TestMcpProbe::sdkPeer()
{
    QFETCH(QString, mode);
    QFETCH(QString, transport);
    requirePeers();
    NodePeer peer;
    QVERIFY2(peer.start({QStringLiteral("sdk-server.mjs"), mode}),
             peer.process.readAllStandardError().constData());
    const McpProbeReport r = run(peer.url, 10000);
    QVERIFY2(r.ok(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.transport, transport);
    QCOMPARE(r.serverName, QStringLiteral("sdk-peer"));
    QCOMPARE(r.tools, (QStringList{QStringLiteral("echo"), QStringLiteral("add")}));
    QCOMPARE(r.promptCount, 1);
    QVERIFY(!r.keyCheckable);
    QCOMPARE(r.summary(), QStringLiteral("connected, key not checkable, 2 tools"));
}

void TestMcpProbe::bridgeAgainstStandIn()
{
    requirePeers();
    const QString key = makeKey();
    QTemporaryDir home; // mcp-remote keeps state under ~/.mcp-auth
    qputenv("MCP_REMOTE_CONFIG_DIR", home.path().toUtf8());
    m_probe->setTimeoutMs(20000);
    QSignalSpy spy(m_probe, &McpProbe::finished);
    m_probe->startStdio(QStringLiteral("node"), {NodePeer::mcpRemote(), urlFor(key).toString(),
                                                 QStringLiteral("--transport"), QStringLiteral("sse-only")});
    QVERIFY(spy.wait(30000));
    const McpProbeReport r = spy.at(0).at(0).value<McpProbeReport>();
    QVERIFY2(r.ok(),
             qPrintable(r.error.toDisplayString() + u' ' +
                        QString::fromUtf8(QJsonDocument(r.error.details()).toJson(QJsonDocument::Compact))));
    QCOMPARE(r.transport, QStringLiteral("stdio"));
    QVERIFY(r.keyProven);
    QCOMPARE(r.summary(), QStringLiteral("key proven, 3 tools"));
    // And through the bridge, a bad key is still caught.
    QSignalSpy again(m_probe, &McpProbe::finished);
    QUrl bad = urlFor(QStringLiteral("kf_api_wrong"));
    m_probe->startStdio(QStringLiteral("node"), {NodePeer::mcpRemote(), bad.toString(),
                                                 QStringLiteral("--transport"), QStringLiteral("sse-only")});
    QVERIFY(again.wait(30000));
    QCOMPARE(again.at(0).at(0).value<McpProbeReport>().error.code(), Error::KeyNotFound);
}

QTEST_GUILESS_MAIN(TestMcpProbe)
#include "tst_mcpprobe.moc"
