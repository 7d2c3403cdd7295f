#include "fakeserver/FakeServer.h"
#include "server/ServerProbe.h"
#include "util/CannedHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace aipex;
using aipex::test::FakeServer;

class TestServerProbe : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void findsServer_data();
    void findsServer();
    void notAipexbase();
    void unreachable();
    void timeout();
    void tlsBroken();
    void cancel();

private:
    ProbeResult probe(const QString& url, int timeoutMs = 3000);
    ApiClient* m_client = nullptr;
    ServerProbe* m_probe = nullptr;
};

void TestServerProbe::init()
{
    m_client = new ApiClient(this);
    m_probe = new ServerProbe(m_client, this);
}

void TestServerProbe::cleanup()
{
    delete m_probe;
    delete m_client;
}

ProbeResult TestServerProbe::probe(const QString& url, int timeoutMs)
{
    m_client->setTimeoutMs(timeoutMs);
    QSignalSpy spy(m_probe, &ServerProbe::finished);
    m_probe->start(ServerEndpoint::parse(url));
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<ProbeResult>();
}

void TestServerProbe::findsServer_data()
{
    QTest::addColumn<QString>("serverPrefix");
    QTest::addColumn<bool>("typedPrefix");
    QTest::addColumn<bool>("prefixAdded");
    QTest::newRow("nginx, typed with prefix") << "/baas-api" << true << false;
    QTest::newRow("nginx, prefix forgotten") << "/baas-api" << false << true;
    QTest::newRow("backend directly") << "" << false << false;
}

void TestServerProbe::findsServer()
{
    QFETCH(QString, serverPrefix);
    QFETCH(bool, typedPrefix);
    QFETCH(bool, prefixAdded);
    for (const auto flavor : {FakeServer::Flavor::V1, FakeServer::Flavor::V2}) {
        FakeServer server;
        server.setFlavor(flavor);
        server.setPrefix(serverPrefix);
        QVERIFY(server.listen());
        const QUrl typed = typedPrefix ? server.baseUrl() : server.originUrl();
        const ProbeResult r = probe(typed.toString() + QStringLiteral("/"));
        QVERIFY2(!r.error, qPrintable(r.error.toDisplayString()));
        QCOMPARE(r.prefixAdded, prefixAdded);
        QCOMPARE(r.endpoint.baseString(), server.baseUrl().toString());
        // The probe is unauthenticated and sends nothing secret.
        for (const auto& req : server.requests())
            QVERIFY(!req.headers.contains("authorization"));
    }
}

void TestServerProbe::notAipexbase()
{
    CannedHttpServer web(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
        "<html></html>");
    const ProbeResult r = probe(web.url().toString());
    QCOMPARE(r.error.code(), Error::InvalidResponse);
    QVERIFY(r.error.message().contains(web.url().toString()));
    QCOMPARE(web.hits(), 2); // as typed, then with /baas-api
}

void TestServerProbe::unreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const ProbeResult r = probe(url);
    QCOMPARE(r.error.code(), Error::ConnectionError);
}

void TestServerProbe::timeout()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setFault(FakeServer::Endpoint::AppPage, FakeServer::Fault::Hang);
    const ProbeResult r = probe(server.baseUrl().toString(), 300);
    QCOMPARE(r.error.code(), Error::Timeout);
    QCOMPARE(server.count(FakeServer::Endpoint::AppPage), 1); // an unreachable server is not probed twice
}

void TestServerProbe::tlsBroken()
{
    // https:// to a port that speaks plain HTTP: the handshake fails and the user is told so.
    CannedHttpServer plain(
        CannedHttpServer::json("<html>400 The plain HTTP request was sent to HTTPS port</html>", 400), false);
    const ProbeResult r = probe(QStringLiteral("https://127.0.0.1:%1").arg(plain.url().port()));
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.details().value(QLatin1String("tls")).toBool());
    QVERIFY2(r.error.message().contains(QLatin1String("secure connection")), qPrintable(r.error.message()));
}

void TestServerProbe::cancel()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setFault(FakeServer::Endpoint::AppPage, FakeServer::Fault::Hang);
    QSignalSpy spy(m_probe, &ServerProbe::finished);
    m_probe->start(ServerEndpoint::parse(server.baseUrl().toString()));
    QVERIFY(m_probe->isRunning());
    QTRY_COMPARE(server.count(FakeServer::Endpoint::AppPage), 1);
    m_probe->cancel();
    QVERIFY(!m_probe->isRunning());
    QTest::qWait(100);
    QCOMPARE(spy.size(), 0); // a cancelled probe reports nothing
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
