#include "server/ServerEndpoint.h"

#include <QTest>

using aipex::Error;
using aipex::ServerEndpoint;

class TestServerEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data();
    void normalise();
    void mcpUrl_data();
    void mcpUrl();
    void mcpOverride();
    void loopbackAndInsecure_data();
    void loopbackAndInsecure();
    void prefixHelpers();
};

void TestServerEndpoint::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base"); // empty = invalid
    QTest::addColumn<QString>("origin");

    QTest::newRow("reference default") << "http://localhost:8080/baas-api"
                                       << "http://localhost:8080/baas-api"
                                       << "http://localhost:8080";
    QTest::newRow("trailing slash") << "http://localhost:8080/baas-api/"
                                    << "http://localhost:8080/baas-api"
                                    << "http://localhost:8080";
    QTest::newRow("many trailing slashes") << "http://h:8081/baas-api///"
                                           << "http://h:8081/baas-api"
                                           << "http://h:8081";
    QTest::newRow("surrounding spaces") << "  \thttp://h:8080  \n"
                                        << "http://h:8080"
                                        << "http://h:8080";
    QTest::newRow("no scheme") << "example.com:8081/baas-api"
                               << "http://example.com:8081/baas-api"
                               << "http://example.com:8081";
    QTest::newRow("no scheme, bare host") << "aipex.local"
                                          << "http://aipex.local"
                                          << "http://aipex.local";
    QTest::newRow("https default port dropped") << "https://Api.Example.COM:443/baas-api"
                                                << "https://api.example.com/baas-api"
                                                << "https://api.example.com";
    QTest::newRow("http default port dropped") << "http://h:80"
                                               << "http://h"
                                               << "http://h";
    QTest::newRow("upper-case scheme") << "HTTPS://h"
                                       << "https://h"
                                       << "https://h";
    QTest::newRow("ipv4") << "http://192.168.1.20:8080"
                          << "http://192.168.1.20:8080"
                          << "http://192.168.1.20:8080";
    QTest::newRow("ipv6") << "http://[::1]:8080/baas-api"
                          << "http://[::1]:8080/baas-api"
                          << "http://[::1]:8080";
    QTest::newRow("ipv6 no scheme") << "[fe80::1]:9000"
                                    << "http://[fe80::1]:9000"
                                    << "http://[fe80::1]:9000";
    QTest::newRow("sub path with prefix") << "https://h/tools/baas-api"
                                          << "https://h/tools/baas-api"
                                          << "https://h/tools";
    QTest::newRow("pasted admin url") << "http://h:8081/baas-api/admin/login"
                                      << "http://h:8081/baas-api"
                                      << "http://h:8081";
    QTest::newRow("pasted mcp url") << "http://h:8081/mcp/sse?token=kf_api_x"
                                    << "http://h:8081"
                                    << "http://h:8081";
    QTest::newRow("query and fragment dropped") << "http://h/baas-api?x=1#top"
                                                << "http://h/baas-api"
                                                << "http://h";
    QTest::newRow("prefix not at end stays") << "http://h/baas-api-old"
                                             << "http://h/baas-api-old"
                                             << "http://h/baas-api-old";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("only spaces") << "   "
                                 << ""
                                 << "";
    QTest::newRow("space inside") << "http://my host:8080"
                                  << ""
                                  << "";
    QTest::newRow("ftp scheme") << "ftp://h/baas-api"
                                << ""
                                << "";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << ""
                                << "";
    QTest::newRow("user info") << "http://admin:pw@h:8080"
                               << ""
                               << "";
    QTest::newRow("port too big") << "http://h:70000"
                                  << ""
                                  << "";
    QTest::newRow("port zero") << "http://h:0"
                               << ""
                               << "";
    QTest::newRow("no host") << "http:///baas-api"
                             << ""
                             << "";
    QTest::newRow("garbage") << "%%%"
                             << ""
                             << "";
}

void TestServerEndpoint::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    QFETCH(QString, origin);
    Error error;
    const ServerEndpoint ep = ServerEndpoint::parse(input, &error);
    if (base.isEmpty()) {
        QVERIFY2(!ep.isValid(), qPrintable(ep.baseString()));
        QCOMPARE(error.code(), Error::InvalidConfig);
        QVERIFY(!error.message().isEmpty());
        return;
    }
    QVERIFY2(ep.isValid(), qPrintable(error.message()));
    QCOMPARE(error.code(), Error::None);
    QCOMPARE(ep.baseString(), base);
    QCOMPARE(ep.origin().toString(), origin);
    QCOMPARE(ep.adminUrl(QStringLiteral("/admin/login")).toString(), base + QStringLiteral("/admin/login"));
}

void TestServerEndpoint::mcpUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::newRow("prefix removed") << "http://localhost:8080/baas-api"
                                    << "kf_api_abc"
                                    << "http://localhost:8080/mcp/sse?token=kf_api_abc";
    QTest::newRow("no prefix") << "http://h:8080"
                               << "kf_api_abc"
                               << "http://h:8080/mcp/sse?token=kf_api_abc";
    QTest::newRow("https sub path") << "https://h/tools/baas-api"
                                    << "k1"
                                    << "https://h/tools/mcp/sse?token=k1";
    QTest::newRow("odd key encoded") << "http://h"
                                     << "a+b&c"
                                     << "http://h/mcp/sse?token=a%2Bb%26c";
}

void TestServerEndpoint::mcpUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(QString, url);
    const ServerEndpoint ep = ServerEndpoint::parse(input);
    QCOMPARE(ep.mcpUrl(key).toString(QUrl::FullyEncoded), url);
}

void TestServerEndpoint::mcpOverride()
{
    ServerEndpoint ep = ServerEndpoint::parse(QStringLiteral("http://h:8081/baas-api"));
    QUrl override;
    Error error;
    QVERIFY(ServerEndpoint::parseMcpOverride(QStringLiteral(" https://mcp.example.com/x/sse?token=old "),
                                             &override, &error));
    ep.setMcpOverride(override);
    QCOMPARE(ep.mcpUrl(QStringLiteral("kf_api_new")).toString(),
             QStringLiteral("https://mcp.example.com/x/sse?token=kf_api_new"));
    QVERIFY(!ServerEndpoint::parseMcpOverride(QStringLiteral("not a url"), &override, &error));
    QCOMPARE(error.code(), Error::InvalidConfig);
    QVERIFY(ServerEndpoint::parseMcpOverride(QString(), &override, &error));
    QVERIFY(override.isEmpty());
}

void TestServerEndpoint::loopbackAndInsecure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("localhost") << "http://localhost:8080" << true << false;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true << false;
    QTest::newRow("127.3.2.1") << "http://127.3.2.1" << true << false;
    QTest::newRow("::1") << "http://[::1]:1" << true << false;
    QTest::newRow("lan http") << "http://192.168.1.5:8080" << false << true;
    QTest::newRow("remote http") << "http://api.example.com" << false << true;
    QTest::newRow("remote https") << "https://api.example.com" << false << false;
}

void TestServerEndpoint::loopbackAndInsecure()
{
    QFETCH(QString, input);
    QFETCH(bool, loopback);
    QFETCH(bool, insecure);
    const ServerEndpoint ep = ServerEndpoint::parse(input);
    QVERIFY(ep.isValid());
    QCOMPARE(ep.isLoopback(), loopback);
    QCOMPARE(ep.isInsecureRemote(), insecure);
}

void TestServerEndpoint::prefixHelpers()
{
    const ServerEndpoint bare = ServerEndpoint::parse(QStringLiteral("http://h:8081"));
    QVERIFY(!bare.hasPrefix());
    const ServerEndpoint fixed = bare.withPrefix();
    QVERIFY(fixed.hasPrefix());
    QCOMPARE(fixed.baseString(), QStringLiteral("http://h:8081/baas-api"));
    QCOMPARE(fixed.withPrefix().baseString(), fixed.baseString());
    QCOMPARE(fixed.origin(), bare.origin());
}

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
