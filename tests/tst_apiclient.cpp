#include "fakeserver/FakeServer.h"
#include "server/AdminApi.h"
#include "util/CannedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace aipex;
using aipex::test::FakeServer;

Q_DECLARE_METATYPE(aipex::test::FakeServer::Fault)

namespace {

ApiResult waitFor(ApiRequest* req, int ms = 10000)
{
    QSignalSpy spy(req, &ApiRequest::finished);
    if (!spy.wait(ms))
        return {};
    return spy.at(0).at(0).value<ApiResult>();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void faults_data();
    void faults();
    void connectionRefused();
    void unknownHost();
    void headers();
    void sizeCap();
    void slowDripEndsAtDeadline();
    void byteADripEndsAtDeadline();
    void fiftyMebibytesAreCutOff();
    void hugeAndDeepAnswersUnderTheCap_data();
    void hugeAndDeepAnswersUnderTheCap();
    void cancel();
    void loginErrors_data();
    void loginErrors();
    void keyLimit_data();
    void keyLimit();
    void createWithoutAppId();
    void springNotFound();
    void generations_data();
    void generations();

private:
    ApiResult signIn();
    FakeServer* m_server = nullptr;
    ApiClient* m_client = nullptr;
    AdminApi* m_api = nullptr;
};

void TestApiClient::init()
{
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_client = new ApiClient(this);
    m_client->setEndpoint(ServerEndpoint::parse(m_server->baseUrl().toString()));
    m_client->setTimeoutMs(3000);
    m_api = new AdminApi(m_client, this);
}

void TestApiClient::cleanup()
{
    delete m_api;
    delete m_client;
    delete m_server;
}

ApiResult TestApiClient::signIn()
{
    return waitFor(m_api->login(QStringLiteral("admin@example.com"), QStringLiteral("admin123")));
}

void TestApiClient::faults_data()
{
    QTest::addColumn<FakeServer::Fault>("fault");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("HTTP 500") << FakeServer::Fault::Http500 << 5000 << 500;
    QTest::newRow("HTML 502") << FakeServer::Fault::Html502 << 5000 << 502;
    QTest::newRow("malformed JSON") << FakeServer::Fault::MalformedJson << 2002 << 200;
    QTest::newRow("truncated body") << FakeServer::Fault::TruncatedBody << 2002 << 200;
    QTest::newRow("connection reset") << FakeServer::Fault::ConnectionReset << 2004 << 0;
    QTest::newRow("hang") << FakeServer::Fault::Hang << 2003 << 0;
    QTest::newRow("token expired") << FakeServer::Fault::TokenExpired << 1004 << 200;
    QTest::newRow("rate limited") << FakeServer::Fault::RateLimited << 2001 << 200;
}

void TestApiClient::faults()
{
    QFETCH(FakeServer::Fault, fault);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QVERIFY(signIn().ok());
    m_client->setTimeoutMs(700);
    // Qt re-sends a request whose connection was reset before any answer: reset every try.
    m_server->setFault(FakeServer::Endpoint::AppPage, fault,
                       fault == FakeServer::Fault::ConnectionReset ? -1 : 1);
    const ApiResult r = waitFor(m_api->listApplications(1, 10));
    m_server->clearFaults();
    QCOMPARE(int(r.error.code()), code);
    QCOMPARE(r.error.httpStatus(), httpStatus);
    QVERIFY(!r.error.message().isEmpty());
    QCOMPARE(r.error.context().value(QLatin1String("endpoint")).toString(),
             m_server->prefix() + QStringLiteral("/admin/application/page"));
    if (fault == FakeServer::Fault::RateLimited)
        QVERIFY(r.error.details().value(QLatin1String("rate_limited")).toBool());
    // The fault was used up: the next call works on the same client.
    QVERIFY(waitFor(m_api->listApplications(1, 10)).ok());
}

void TestApiClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setEndpoint(ServerEndpoint::parse(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const ApiResult r = signIn();
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QCOMPARE(r.error.exitCode(), 4);
}

void TestApiClient::unknownHost()
{
    m_client->setEndpoint(ServerEndpoint::parse(QStringLiteral("http://no-such-host.invalid:8080")));
    const ApiResult r = signIn();
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.message().contains(QLatin1String("no-such-host.invalid")));
}

void TestApiClient::headers()
{
    m_client->setLanguage(ApiClient::acceptLanguageFor(QStringLiteral("zh_CN")));
    QVERIFY(signIn().ok());
    QVERIFY(waitFor(m_api->listApplications(1, 10)).ok());
    const auto log = m_server->requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).headers.value("accept-language"), QByteArray("zh-CN"));
    QVERIFY(!log.at(0).headers.contains("authorization")); // nothing to send before signing in
    QCOMPARE(log.at(1).headers.value("authorization"), "Bearer " + m_server->lastIssuedToken().toUtf8());
    QCOMPARE(log.at(1).headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(ApiClient::acceptLanguageFor(QStringLiteral("en")), QStringLiteral("en-US"));
}

void TestApiClient::sizeCap()
{
    QVERIFY(signIn().ok());
    for (int i = 0; i < 5; ++i)
        m_server->addApp(QStringLiteral("app %1").arg(i));
    m_client->setMaxResponseBytes(256);
    const ApiResult r = waitFor(m_api->listApplications(1, 10));
    QCOMPARE(r.error.code(), Error::InvalidResponse);
    QVERIFY(r.error.message().contains(QLatin1String("MiB")));
}

void TestApiClient::slowDripEndsAtDeadline()
{
    QVERIFY(signIn().ok());
    m_server->setResponseDelayMs(5000);
    m_client->setTimeoutMs(400);
    QElapsedTimer t;
    t.start();
    const ApiResult r = waitFor(m_api->listApplications(1, 10));
    QCOMPARE(r.error.code(), Error::Timeout);
    QCOMPARE(r.error.context().value(QLatin1String("timeout_ms")).toInt(), 400);
}

void TestApiClient::byteADripEndsAtDeadline()
{
    // Headers, then one byte of body every 100 ms: each byte would restart a transfer
    // timeout, the request's own deadline still ends it.
    QTcpServer drip;
    QVERIFY(drip.listen(QHostAddress::LocalHost));
    QTimer tick;
    QPointer<QTcpSocket> peer;
    connect(&drip, &QTcpServer::newConnection, this, [&] {
        peer = drip.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            peer->readAll();
            peer->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            tick.start(100);
        });
    });
    connect(&tick, &QTimer::timeout, this, [&] {
        if (peer)
            peer->write(" ");
    });
    m_client->setEndpoint(
        ServerEndpoint::parse(QStringLiteral("http://127.0.0.1:%1").arg(drip.serverPort())));
    m_client->setTimeoutMs(1000);
    const ApiResult r = signIn();
    QCOMPARE(r.error.code(), Error::Timeout);
}

void TestApiClient::fiftyMebibytesAreCutOff()
{
    // A 50 MiB answer (a misconfigured proxy, a hostile server): refused at the 8 MiB cap.
    QByteArray body = "{\"code\":0,\"data\":\"";
    body += QByteArray(50 * 1024 * 1024, 'x');
    body += "\"}";
    CannedHttpServer big(CannedHttpServer::json(body));
    m_client->setEndpoint(ServerEndpoint::parse(big.url().toString()));
    const ApiResult r = signIn();
    QCOMPARE(r.error.code(), Error::InvalidResponse);
    QVERIFY(r.error.message().contains(QLatin1String("8 MiB")));
}

void TestApiClient::hugeAndDeepAnswersUnderTheCap_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    // 60 000 applications (about 7 MiB): read in full.
    QByteArray records = "[";
    for (int i = 0; i < 60000; ++i) {
        if (i)
            records += ',';
        records += R"({"id":)" + QByteArray::number(i) + R"(,"appId":"baas_)" + QByteArray::number(i) +
                   R"(","appName":"app number )" + QByteArray::number(i) +
                   R"(","status":"draft","configJson":"{}"})";
    }
    records += ']';
    QTest::newRow("huge page") << QByteArray(R"({"records":)" + records +
                                             R"(,"total":60000,"pages":1,"current":1})")
                               << true;
    // Nesting far deeper than any parser's stack likes: refused, not a crash or a stall.
    QTest::newRow("deep arrays") << QByteArray(R"({"records":)" + QByteArray(2000000, '[') +
                                               QByteArray(2000000, ']') + "}")
                                 << false;
    QTest::newRow("deep objects") << QByteArray(R"({"records":[)" + QByteArray("{\"a\":").repeated(400000) +
                                                "1" + QByteArray(400000, '}') + "]}")
                                  << false;
}

void TestApiClient::hugeAndDeepAnswersUnderTheCap()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    CannedHttpServer server(CannedHttpServer::json(R"({"code":0,"message":"ok","data":)" + data + "}"));
    m_client->setEndpoint(ServerEndpoint::parse(server.url().toString()));
    m_client->setToken(QStringLiteral("t"));
    ApiRequest* req = m_api->listApplications(1, 10);
    QSignalSpy spy(req, &ApiRequest::finished);
    QVERIFY(spy.wait(20000));
    const ApiResult r = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.data.toObject().value(QLatin1String("records")).toArray().size(), 60000);
    else
        QCOMPARE(r.error.code(), Error::InvalidResponse);
}

void TestApiClient::cancel()
{
    QVERIFY(signIn().ok());
    m_server->setFault(FakeServer::Endpoint::AppPage, FakeServer::Fault::Hang, 1);
    ApiRequest* req = m_api->listApplications(1, 10);
    QSignalSpy spy(req, &ApiRequest::finished);
    QTimer::singleShot(50, req, &ApiRequest::abort);
    QVERIFY(spy.wait(3000));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<ApiResult>().error.code(), Error::Cancelled);
}

void TestApiClient::loginErrors_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("serverSays");
    QTest::newRow("wrong password en") << "admin@example.com"
                                       << "nope"
                                       << "en"
                                       << "Incorrect password";
    QTest::newRow("unknown user en") << "who@example.com"
                                     << "Secret-42"
                                     << "en"
                                     << "User does not exist";
    QTest::newRow("wrong password zh") << "admin@example.com"
                                       << "nope"
                                       << "zh_CN" << QString::fromUtf8("密码有误");
}

void TestApiClient::loginErrors()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, language);
    QFETCH(QString, serverSays);
    m_client->setLanguage(ApiClient::acceptLanguageFor(language));
    const ApiResult r = waitFor(m_api->login(email, password));
    QCOMPARE(r.error.code(), Error::InvalidCredentials);
    QCOMPARE(r.error.exitCode(), 3);
    QVERIFY2(r.error.message().contains(serverSays), qPrintable(r.error.message()));
    QVERIFY(!m_client->hasToken());
    QVERIFY(!QJsonDocument(r.error.toJson()).toJson().contains(password.toUtf8()));
}

void TestApiClient::keyLimit_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::newRow("v1 false") << FakeServer::Flavor::V1;
    QTest::newRow("v2 null") << FakeServer::Flavor::V2;
}

void TestApiClient::keyLimit()
{
    QFETCH(FakeServer::Flavor, flavor);
    m_server->setFlavor(flavor);
    QVERIFY(signIn().ok());
    const QString appId = m_server->addApp(QStringLiteral("full")).value(QLatin1String("appId")).toString();
    m_server->setFault(FakeServer::Endpoint::KeySave, FakeServer::Fault::KeyLimit, 1);
    const ApiResult r = waitFor(m_api->createApiKey(appId, QStringLiteral("k"), QString(), QString()));
    QCOMPARE(r.error.code(), Error::RequestFailed);
    QVERIFY(r.error.details().value(QLatin1String("key_limit")).toBool());
    QVERIFY(r.error.message().contains(QLatin1String("maximum")));
}

void TestApiClient::createWithoutAppId()
{
    CannedHttpServer canned(CannedHttpServer::json(R"({"code":0,"data":{"appName":"x"},"message":"ok"})"));
    m_client->setEndpoint(ServerEndpoint::parse(canned.url().toString()));
    m_client->setToken(QStringLiteral("t"));
    const ApiResult r = waitFor(m_api->createApplication(QStringLiteral("x"), QString()));
    QCOMPARE(r.error.code(), Error::AppCreationFailed);
}

void TestApiClient::springNotFound()
{
    // The admin API without its /baas-api prefix: Spring's own 404 JSON.
    m_server->setPrefix(QStringLiteral("/baas-api"));
    m_client->setEndpoint(ServerEndpoint::parse(m_server->originUrl().toString()));
    const ApiResult r = signIn();
    QCOMPARE(r.error.code(), Error::Http4xx);
    QCOMPARE(r.error.httpStatus(), 404);
    QCOMPARE(r.error.toJson().value(QLatin1String("http_status")).toInt(), 404);
}

void TestApiClient::generations_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::newRow("v1") << FakeServer::Flavor::V1;
    QTest::newRow("v2") << FakeServer::Flavor::V2;
}

void TestApiClient::generations()
{
    QFETCH(FakeServer::Flavor, flavor);
    m_server->setFlavor(flavor);
    QVERIFY(signIn().ok());
    const ApiResult app = waitFor(m_api->createApplication(QStringLiteral("demo"), QStringLiteral("d")));
    QVERIFY(app.ok());
    const QString appId = app.data.toObject().value(QLatin1String("appId")).toString();
    QVERIFY(appId.startsWith(QLatin1String("baas_")));
    const ApiResult key = waitFor(m_api->createApiKey(appId, QStringLiteral("k"), QString(), QString()));
    QVERIFY(key.ok());
    const ApiResult list = waitFor(m_api->listApiKeys(appId, 1, 10));
    QVERIFY(list.ok());
    const QJsonObject listed = AdminApi::pickNewestKey(
        list.data.toObject().value(QLatin1String("records")).toArray(), QStringLiteral("k"));
    const QString plain = m_server->keys(appId).at(0).toObject().value(QLatin1String("keyName")).toString();
    if (flavor == FakeServer::Flavor::V1) {
        QCOMPARE(key.data, QJsonValue(true));
        QCOMPARE(listed.value(QLatin1String("keyName")).toString(), plain);
    } else {
        QCOMPARE(key.data.toObject().value(QLatin1String("keyName")).toString(), plain);
        QVERIFY(AdminApi::isMaskedKey(listed.value(QLatin1String("keyName")).toString()));
    }
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
