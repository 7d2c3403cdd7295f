// Smoke test of the stand-in server itself, through a real QNetworkAccessManager.
#include "fakeserver/FakeServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopedPointer>
#include <QSignalSpy>
#include <QTest>

using aipex::test::FakeServer;

using Reply = QScopedPointer<QNetworkReply, QScopedPointerDeleteLater>;

class TestFakeServer : public QObject
{
    Q_OBJECT

private slots:
    void probeAnswersEnvelope401();
    void loginOkAndWrongPassword();
    void createAppAndKey_data();
    void createAppAndKey();
    void prefixIsRequired();
    void sseSendsEndpointEvent();
    void http500FaultCountsDown();
    void destroyWhileClientsWait();

private:
    static QUrl at(const QUrl& base, const QString& path);
    QNetworkReply* post(const QUrl& url, const QJsonObject& body, const QString& token = QString());
    static QJsonObject envelope(QNetworkReply* reply);
    QNetworkReply* login(FakeServer& server);

    QNetworkAccessManager m_nam;
};

QUrl TestFakeServer::at(const QUrl& base, const QString& path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

QNetworkReply* TestFakeServer::post(const QUrl& url, const QJsonObject& body, const QString& token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token.toLatin1());
    return m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject TestFakeServer::envelope(QNetworkReply* reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QNetworkReply* TestFakeServer::login(FakeServer& server)
{
    return post(at(server.baseUrl(), QStringLiteral("/admin/login")),
                QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@example.com")},
                            {QStringLiteral("password"), QStringLiteral("admin123")}});
}

void TestFakeServer::probeAnswersEnvelope401()
{
    FakeServer server;
    QVERIFY(server.listen());
    Reply reply(post(at(server.baseUrl(), QStringLiteral("/admin/application/page")), QJsonObject()));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = envelope(reply.get());
    QCOMPARE(answer.value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(answer.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(server.count(FakeServer::Endpoint::AppPage), 1);
}

void TestFakeServer::loginOkAndWrongPassword()
{
    FakeServer server;
    QVERIFY(server.listen());
    Reply ok(login(server));
    QTRY_VERIFY(ok->isFinished());
    const QString token = envelope(ok.get()).value(QStringLiteral("data")).toString();
    QCOMPARE(token.split(QLatin1Char('.')).size(), 3);
    QCOMPARE(token, server.lastIssuedToken());

    QNetworkRequest request(at(server.baseUrl(), QStringLiteral("/admin/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("en-US,en;q=0.9"));
    Reply wrong(
        m_nam.post(request, QByteArrayLiteral("{\"email\":\"admin@example.com\",\"password\":\"no\"}")));
    QTRY_VERIFY(wrong->isFinished());
    const QJsonObject answer = envelope(wrong.get());
    QCOMPARE(answer.value(QStringLiteral("code")).toInt(), 50000);
    QCOMPARE(answer.value(QStringLiteral("message")).toString(), QStringLiteral("Incorrect password"));
}

void TestFakeServer::createAppAndKey_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::newRow("v1") << FakeServer::Flavor::V1;
    QTest::newRow("v2") << FakeServer::Flavor::V2;
}

void TestFakeServer::createAppAndKey()
{
    QFETCH(FakeServer::Flavor, flavor);
    FakeServer server;
    server.setFlavor(flavor);
    QVERIFY(server.listen());
    Reply loggedIn(login(server));
    QTRY_VERIFY(loggedIn->isFinished());
    const QString token = envelope(loggedIn.get()).value(QStringLiteral("data")).toString();
    QVERIFY(!token.isEmpty());

    Reply created(post(at(server.baseUrl(), QStringLiteral("/admin/application")),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("demo")},
                                   {QStringLiteral("appName"), QStringLiteral("demo")}},
                       token));
    QTRY_VERIFY(created->isFinished());
    const QString appId = envelope(created.get())
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("appId"))
                              .toString();
    QCOMPARE(appId.size(), flavor == FakeServer::Flavor::V1 ? 21 : 13);
    QCOMPARE(server.apps().size(), 1);

    const QString keys = QStringLiteral("/admin/application/config/apikeys/") + appId;
    Reply saved(post(at(server.baseUrl(), keys + QStringLiteral("/save")),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("MCP")}}, token));
    QTRY_VERIFY(saved->isFinished());
    const QJsonValue data = envelope(saved.get()).value(QStringLiteral("data"));
    const QString plain = server.keys(appId).at(0).toObject().value(QStringLiteral("keyName")).toString();
    QVERIFY(plain.startsWith(QLatin1String("kf_api_")));
    QCOMPARE(plain.size(), 39);
    if (flavor == FakeServer::Flavor::V1)
        QCOMPARE(data, QJsonValue(true));
    else
        QCOMPARE(data.toObject().value(QStringLiteral("keyName")).toString(), plain);

    Reply listed(post(at(server.baseUrl(), keys + QStringLiteral("/page")),
                      QJsonObject{{QStringLiteral("current"), 1}, {QStringLiteral("pageSize"), 10}}, token));
    QTRY_VERIFY(listed->isFinished());
    const QJsonArray records = envelope(listed.get())
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    QCOMPARE(records.size(), 1);
    const QString shown = records.at(0).toObject().value(QStringLiteral("keyName")).toString();
    if (flavor == FakeServer::Flavor::V1)
        QCOMPARE(shown, plain);
    else
        QCOMPARE(shown, plain.left(11) + QString(22, QChar(0x2022)) + plain.right(4));
}

void TestFakeServer::prefixIsRequired()
{
    FakeServer server;
    server.setPrefix(QStringLiteral("/baas-api"));
    QVERIFY(server.listen());
    QCOMPARE(server.baseUrl().path(), QStringLiteral("/baas-api"));

    Reply withoutPrefix(
        post(at(server.originUrl(), QStringLiteral("/admin/application/page")), QJsonObject()));
    Reply withPrefix(post(at(server.baseUrl(), QStringLiteral("/admin/application/page")), QJsonObject()));
    QTRY_VERIFY(withoutPrefix->isFinished() && withPrefix->isFinished());
    QCOMPARE(withoutPrefix->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(envelope(withPrefix.get()).value(QStringLiteral("code")).toInt(), 401);
}

void TestFakeServer::sseSendsEndpointEvent()
{
    FakeServer server;
    server.setPrefix(QStringLiteral("/baas-api"));
    QVERIFY(server.listen());
    QUrl url = at(server.originUrl(), QStringLiteral("/mcp/sse"));
    url.setQuery(QStringLiteral("token=kf_api_anything"));
    Reply stream(m_nam.get(QNetworkRequest(url)));
    QByteArray received;
    connect(stream.get(), &QNetworkReply::readyRead, this,
            [&received, &stream] { received += stream->readAll(); });
    QTRY_VERIFY(received.contains("\n\n"));
    QVERIFY(received.startsWith("event: endpoint\ndata: /mcp/message?sessionId="));
    QVERIFY(received.contains("&token=kf_api_anything\n\n"));
    QVERIFY(stream->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1String("text/event-stream")));
    QCOMPARE(server.activeMcpSessions(), 1);
    stream->abort();
    QTRY_COMPARE(server.activeMcpSessions(), 0);
}

void TestFakeServer::http500FaultCountsDown()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setFault(FakeServer::Endpoint::Login, FakeServer::Fault::Http500, 1);
    Reply failed(login(server));
    QTRY_VERIFY(failed->isFinished());
    QCOMPARE(failed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    QCOMPARE(envelope(failed.get()).value(QStringLiteral("status")).toInt(), 500);
    QVERIFY(server.lastIssuedToken().isEmpty()); // not processed

    Reply succeeded(login(server));
    QTRY_VERIFY(succeeded->isFinished());
    QCOMPARE(envelope(succeeded.get()).value(QStringLiteral("code")).toInt(), 0);
    QCOMPARE(server.count(FakeServer::Endpoint::Login), 2);
    QCOMPARE(server.requests().at(0).fault, FakeServer::Fault::Http500);
}

void TestFakeServer::destroyWhileClientsWait()
{
    auto* server = new FakeServer;
    QVERIFY(server->listen());
    server->setFault(FakeServer::Endpoint::Other, FakeServer::Fault::Hang);
    QSignalSpy logged(server, &FakeServer::requestLogged);
    QUrl sse = at(server->originUrl(), QStringLiteral("/mcp/sse"));
    sse.setQuery(QStringLiteral("token=x"));
    Reply hanging(login(*server));
    Reply stream(m_nam.get(QNetworkRequest(sse)));
    QTRY_COMPARE(logged.size(), 2);
    delete server;
    QTRY_VERIFY(hanging->isFinished() && stream->isFinished());
    QVERIFY(hanging->error() != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
