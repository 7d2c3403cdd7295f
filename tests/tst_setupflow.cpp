#include "fakeserver/FakeServer.h"
#include "server/SetupFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace aipex;
using aipex::test::FakeServer;

Q_DECLARE_METATYPE(aipex::test::FakeServer::Fault)
Q_DECLARE_METATYPE(aipex::test::FakeServer::Endpoint)
Q_DECLARE_METATYPE(aipex::test::FakeServer::Flavor)

namespace {

struct Outcome
{
    bool reached = false;
    SetupFlow::Step failedStep = SetupFlow::Step::Done;
    Error error;
};

Outcome run(SetupFlow* flow, SetupFlow::Step target = SetupFlow::Step::Done)
{
    QSignalSpy reached(flow, &SetupFlow::reached);
    QSignalSpy failed(flow, &SetupFlow::failed);
    flow->runUntil(target);
    Outcome o;
    if (!QTest::qWaitFor([&] { return !reached.isEmpty() || !failed.isEmpty(); }, 15000))
        return o;
    if (!reached.isEmpty()) {
        o.reached = true;
        return o;
    }
    o.failedStep = failed.at(0).at(0).value<SetupFlow::Step>();
    o.error = failed.at(0).at(1).value<Error>();
    return o;
}

} // namespace

class TestSetupFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fullFlow_data();
    void fullFlow();
    void faultAtEveryStep_data();
    void faultAtEveryStep();
    void tokenExpiryReSignsInOnce();
    void reSignInThatFailsReturnsToSignIn();
    void nothingRepeatsAfterSuccess();
    void changingInputsInvalidates();
    void existingApplication();
    void lostKeyAnswerOnExistingApplication_data();
    void lostKeyAnswerOnExistingApplication();
    void pendingStateCarriesAcrossFlows();
    void keyLimitIsExplained();
    void cancelThenRetryMakesNoDuplicate();
    void serverRejectsExpiry();
    void maskedListingIsNeverUsed();

private:
    SetupFlow* makeFlow();
    FakeServer* m_server = nullptr;
    ApiClient* m_client = nullptr;
    SetupFlow* m_flow = nullptr;
};

void TestSetupFlow::init()
{
    qRegisterMetaType<Error>();
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
}

void TestSetupFlow::cleanup()
{
    delete m_flow;
    m_flow = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_server;
}

SetupFlow* TestSetupFlow::makeFlow()
{
    m_client = new ApiClient(this);
    m_client->setEndpoint(ServerEndpoint::parse(m_server->baseUrl().toString()));
    m_client->setTimeoutMs(600);
    m_flow = new SetupFlow(m_client, this);
    m_flow->setCredentials(QStringLiteral("admin@example.com"), QStringLiteral("admin123"));
    m_flow->setNewApplication(QStringLiteral("Shop"), QStringLiteral("online shop"));
    m_flow->setKeyRequest(QStringLiteral("MCP key"), QStringLiteral("for MCP"), QString());
    m_flow->setServerName(QStringLiteral("aipexbase-mcp-server"));
    return m_flow;
}

void TestSetupFlow::fullFlow_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("v1 direct") << FakeServer::Flavor::V1 << QString();
    QTest::newRow("v1 /baas-api") << FakeServer::Flavor::V1 << QStringLiteral("/baas-api");
    QTest::newRow("v2 direct") << FakeServer::Flavor::V2 << QString();
    QTest::newRow("v2 /baas-api") << FakeServer::Flavor::V2 << QStringLiteral("/baas-api");
}

void TestSetupFlow::fullFlow()
{
    QFETCH(FakeServer::Flavor, flavor);
    QFETCH(QString, prefix);
    m_server->setFlavor(flavor);
    m_server->setPrefix(prefix);
    makeFlow();
    const Outcome o = run(m_flow);
    QVERIFY2(o.reached, qPrintable(o.error.toDisplayString()));

    const SetupResult r = m_flow->result();
    QCOMPARE(m_server->apps().size(), 1);
    const QJsonObject app = m_server->apps().at(0).toObject();
    QCOMPARE(r.appId, app.value(QLatin1String("appId")).toString());
    QCOMPARE(r.appName, QStringLiteral("Shop"));
    const QJsonArray keys = m_server->keys(r.appId);
    QCOMPARE(keys.size(), 1);
    const QString plain = keys.at(0).toObject().value(QLatin1String("keyName")).toString();
    QCOMPARE(r.apiKey, plain);
    QVERIFY(!AdminApi::isMaskedKey(r.apiKey));
    QCOMPARE(r.apiKeyName, QStringLiteral("MCP key"));
    // The MCP endpoint sits at the origin root, whatever the admin prefix.
    QCOMPARE(r.mcpUrl.toString(),
             m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + plain);
    QCOMPARE(r.mcpConfig.value(QLatin1String("mcpServers"))
                 .toObject()
                 .value(QLatin1String("aipexbase-mcp-server"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             r.mcpUrl.toString());
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 1);
    // Only a v1 answer (`true`) needs the listing to learn the key.
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeyPage), flavor == FakeServer::Flavor::V1 ? 1 : 0);
    const QJsonObject json = r.toJson();
    for (const char* field : {"app_id", "app_name", "api_key", "api_key_name", "mcp_url", "mcp_config",
                              "app_info", "api_key_info"})
        QVERIFY2(json.contains(QLatin1String(field)), field);
}

void TestSetupFlow::faultAtEveryStep_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::addColumn<FakeServer::Endpoint>("endpoint");
    QTest::addColumn<FakeServer::Fault>("fault");
    QTest::addColumn<int>("code"); // 0: absorbed without the user noticing
    QTest::addColumn<int>("step");

    struct F
    {
        FakeServer::Fault fault;
        int code;
        const char* name;
    };
    const F faults[] = {
        {FakeServer::Fault::Http500, 5000, "500"},
        {FakeServer::Fault::Html502, 5000, "502"},
        {FakeServer::Fault::MalformedJson, 2002, "json"},
        {FakeServer::Fault::TruncatedBody, 2002, "truncated"},
        {FakeServer::Fault::ConnectionReset, 2004, "rst"},
        {FakeServer::Fault::Hang, 2003, "hang"},
        {FakeServer::Fault::TokenExpired, 0, "expired"},
        {FakeServer::Fault::RateLimited, 2001, "429"},
    };
    struct E
    {
        FakeServer::Endpoint endpoint;
        SetupFlow::Step step;
        const char* name;
    };
    const E endpoints[] = {
        {FakeServer::Endpoint::Login, SetupFlow::Step::SignIn, "login"},
        {FakeServer::Endpoint::AppCreate, SetupFlow::Step::Application, "create-app"},
        {FakeServer::Endpoint::KeySave, SetupFlow::Step::ApiKey, "save-key"},
        {FakeServer::Endpoint::KeyPage, SetupFlow::Step::ApiKey, "list-keys"},
    };
    for (const auto flavor : {FakeServer::Flavor::V1, FakeServer::Flavor::V2}) {
        for (const E& e : endpoints) {
            if (e.endpoint == FakeServer::Endpoint::KeyPage && flavor == FakeServer::Flavor::V2)
                continue; // v2 never needs the listing
            for (const F& f : faults) {
                int code = f.code;
                // On the sign-in itself an envelope 401 is "not signed in", not a session to renew.
                if (e.endpoint == FakeServer::Endpoint::Login && f.fault == FakeServer::Fault::TokenExpired)
                    code = 1003;
                QTest::addRow("%s %s %s", flavor == FakeServer::Flavor::V1 ? "v1" : "v2", e.name, f.name)
                    << flavor << e.endpoint << f.fault << code << int(e.step);
            }
        }
    }
}

void TestSetupFlow::faultAtEveryStep()
{
    QFETCH(FakeServer::Flavor, flavor);
    QFETCH(FakeServer::Endpoint, endpoint);
    QFETCH(FakeServer::Fault, fault);
    QFETCH(int, code);
    QFETCH(int, step);
    m_server->setFlavor(flavor);
    // Qt re-sends a request whose connection was reset before any answer: reset every try.
    m_server->setFault(endpoint, fault, fault == FakeServer::Fault::ConnectionReset ? -1 : 1);
    makeFlow();

    Outcome o = run(m_flow);
    if (code == 0) {
        QVERIFY2(o.reached, qPrintable(o.error.toDisplayString()));
        QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 2);
    } else {
        QVERIFY(!o.reached);
        QCOMPARE(int(o.error.code()), code);
        QCOMPARE(int(o.failedStep), step);
        m_server->clearFaults();
        // Retry, as the user or a script would.
        o = run(m_flow);
        QVERIFY2(o.reached, qPrintable(o.error.toDisplayString()));
    }
    const SetupResult r = m_flow->result();
    QCOMPARE(m_server->apps().size(), 1); // never a second application
    // Qt's own re-sends after a reset add sign-in attempts; none of them is a duplicate of anything.
    if (fault != FakeServer::Fault::ConnectionReset)
        QCOMPARE(m_server->count(FakeServer::Endpoint::Login), code == 0 || step == 0 ? 2 : 1);
    const QJsonArray keys = m_server->keys(r.appId);
    const bool lostV2Answer = flavor == FakeServer::Flavor::V2 && endpoint == FakeServer::Endpoint::KeySave &&
                              (fault == FakeServer::Fault::MalformedJson ||
                               fault == FakeServer::Fault::TruncatedBody || fault == FakeServer::Fault::Hang);
    // A v2 key whose only answer was lost cannot be read back (listings are masked): it is
    // deleted and a new one made, so the application still ends with exactly one key.
    QCOMPARE(keys.size(), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeyDelete), lostV2Answer ? 1 : 0);
    bool found = false;
    for (const QJsonValue& k : keys)
        found = found || k.toObject().value(QLatin1String("keyName")).toString() == r.apiKey;
    QVERIFY(found);
    QVERIFY(!AdminApi::isMaskedKey(r.apiKey));
}

void TestSetupFlow::tokenExpiryReSignsInOnce()
{
    makeFlow();
    QVERIFY(run(m_flow, SetupFlow::Step::SignIn).reached);
    m_server->expireTokens(); // e.g. the server restarted
    const Outcome o = run(m_flow);
    QVERIFY2(o.reached, qPrintable(o.error.toDisplayString()));
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 2);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 2); // the refused one and the retry
    QCOMPARE(m_server->apps().size(), 1);
}

void TestSetupFlow::reSignInThatFailsReturnsToSignIn()
{
    makeFlow();
    m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::TokenExpired);
    const Outcome o = run(m_flow);
    QVERIFY(!o.reached);
    QCOMPARE(o.failedStep, SetupFlow::Step::SignIn);
    QCOMPARE(o.error.code(), Error::TokenExpired);
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 2); // exactly one silent retry
}

void TestSetupFlow::nothingRepeatsAfterSuccess()
{
    makeFlow();
    QVERIFY(run(m_flow).reached);
    const int before = m_server->requests().size();
    // Back and Next in the wizard: the same inputs again.
    m_flow->setNewApplication(QStringLiteral("Shop"), QStringLiteral("online shop"));
    m_flow->setKeyRequest(QStringLiteral("MCP key"), QStringLiteral("for MCP"), QString());
    QVERIFY(run(m_flow, SetupFlow::Step::Application).reached);
    QVERIFY(run(m_flow).reached);
    QCOMPARE(m_server->requests().size(), before);
}

void TestSetupFlow::changingInputsInvalidates()
{
    makeFlow();
    QVERIFY(run(m_flow).reached);
    const QString firstKey = m_flow->result().apiKey;
    m_flow->setKeyRequest(QStringLiteral("second key"), QString(), QString());
    QVERIFY(run(m_flow).reached);
    QCOMPARE(m_server->apps().size(), 1);
    QVERIFY(m_flow->result().apiKey != firstKey);
    m_flow->setNewApplication(QStringLiteral("Other"), QString());
    QVERIFY(run(m_flow).reached);
    QCOMPARE(m_server->apps().size(), 2);
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 1);
}

void TestSetupFlow::existingApplication()
{
    const QJsonObject app = m_server->addApp(QStringLiteral("Existing"));
    makeFlow();
    m_flow->setExistingApplication(app);
    QVERIFY(run(m_flow).reached);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 0);
    QCOMPARE(m_flow->result().appId, app.value(QLatin1String("appId")).toString());
    QCOMPARE(m_server->keys(m_flow->result().appId).size(), 1);
}

void TestSetupFlow::lostKeyAnswerOnExistingApplication_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::newRow("v1") << FakeServer::Flavor::V1;
    QTest::newRow("v2") << FakeServer::Flavor::V2;
}

void TestSetupFlow::lostKeyAnswerOnExistingApplication()
{
    // The user's own key has the very name we use: it must survive our clean-up.
    QFETCH(FakeServer::Flavor, flavor);
    m_server->setFlavor(flavor);
    const QJsonObject app = m_server->addApp(QStringLiteral("Existing"));
    const QString appId = app.value(QLatin1String("appId")).toString();
    const QString theirs =
        m_server->addKey(appId, QString::fromUtf8("MCP 专用密钥")).value(QLatin1String("keyName")).toString();
    makeFlow();
    m_flow->setExistingApplication(app);
    m_flow->setKeyRequest(QString::fromUtf8("MCP 专用密钥"), QString(), QString());
    m_server->setFault(FakeServer::Endpoint::KeySave, FakeServer::Fault::TruncatedBody, 1);
    Outcome o = run(m_flow);
    QVERIFY(!o.reached);
    QCOMPARE(o.error.code(), Error::InvalidResponse);
    o = run(m_flow);
    QVERIFY2(o.reached, qPrintable(o.error.toDisplayString()));
    const QJsonArray keys = m_server->keys(appId);
    QCOMPARE(keys.size(), 2); // theirs and the one we hand out
    QStringList names;
    for (const QJsonValue& k : keys)
        names << k.toObject().value(QLatin1String("keyName")).toString();
    QVERIFY(names.contains(theirs));
    QVERIFY(names.contains(m_flow->result().apiKey));
    QVERIFY(m_flow->result().apiKey != theirs);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), flavor == FakeServer::Flavor::V1 ? 1 : 2);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeyDelete), flavor == FakeServer::Flavor::V1 ? 0 : 1);
}

void TestSetupFlow::pendingStateCarriesAcrossFlows()
{
    // A process that lost the create answer hands its state to the next one (the CLI's journal).
    makeFlow();
    m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::Hang, 1);
    m_client->setTimeoutMs(500);
    QVERIFY(!run(m_flow).reached);
    const QJsonObject state = m_flow->pendingState();
    QVERIFY(state.value(QLatin1String("app_uncertain")).toBool());
    const QByteArray text = QJsonDocument(state).toJson();
    QVERIFY(!text.contains("admin123"));
    QVERIFY(!text.contains(m_server->lastIssuedToken().toUtf8()));

    ApiClient client;
    client.setEndpoint(m_client->endpoint());
    SetupFlow next(&client);
    next.setCredentials(QStringLiteral("admin@example.com"), QStringLiteral("admin123"));
    next.setKeyRequest(QStringLiteral("k"), QString(), QString());
    next.setNewApplication(QStringLiteral("Other name"), QString());
    QVERIFY(!next.resumePending(state)); // not for another application
    next.setNewApplication(m_flow->applicationName(), QString());
    QVERIFY(next.resumePending(state));
    QVERIFY(run(&next).reached);
    QCOMPARE(m_server->apps().size(), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1);
    QVERIFY(next.pendingState().isEmpty());
}

void TestSetupFlow::keyLimitIsExplained()
{
    makeFlow();
    m_server->setFault(FakeServer::Endpoint::KeySave, FakeServer::Fault::KeyLimit, 1);
    const Outcome o = run(m_flow);
    QCOMPARE(o.error.code(), Error::RequestFailed);
    QCOMPARE(o.failedStep, SetupFlow::Step::ApiKey);
    QVERIFY(o.error.message().contains(QLatin1String("maximum")));
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 1); // no blind retry
}

void TestSetupFlow::cancelThenRetryMakesNoDuplicate()
{
    makeFlow();
    m_client->setTimeoutMs(10000);
    m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::Hang, 1);
    QSignalSpy failed(m_flow, &SetupFlow::failed);
    m_flow->runUntil(SetupFlow::Step::Done);
    QTRY_COMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1);
    QVERIFY(m_flow->isBusy());
    m_flow->cancel();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), Error::Cancelled);
    QVERIFY(!m_flow->isBusy());
    QVERIFY(run(m_flow).reached);
    QCOMPARE(m_server->apps().size(), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1);
}

void TestSetupFlow::serverRejectsExpiry()
{
    makeFlow();
    // Valid by our clock, refused by the server's: its message reaches the user.
    m_flow->setKeyRequest(QStringLiteral("k"), QString(), QStringLiteral("2000-01-01 00:00:00"));
    const Outcome o = run(m_flow);
    QCOMPARE(o.error.code(), Error::RequestFailed);
    QCOMPARE(o.failedStep, SetupFlow::Step::ApiKey);
    QVERIFY(!o.error.details().value(QLatin1String("server_message")).toString().isEmpty());
}

void TestSetupFlow::maskedListingIsNeverUsed()
{
    m_server->setFlavor(FakeServer::Flavor::V1);
    m_server->setMaskedKeyListing(true);
    makeFlow();
    const Outcome o = run(m_flow);
    QVERIFY(!o.reached);
    QCOMPARE(o.error.code(), Error::KeyNotFound);
    QCOMPARE(o.failedStep, SetupFlow::Step::ApiKey);
    QVERIFY(m_flow->result().apiKey.isEmpty());
    QVERIFY(m_flow->result().mcpConfig.isEmpty());
    // Retrying reads the listing again; it never creates a second key.
    QVERIFY(!run(m_flow).reached);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 1);
}

QTEST_GUILESS_MAIN(TestSetupFlow)
#include "tst_setupflow.moc"
