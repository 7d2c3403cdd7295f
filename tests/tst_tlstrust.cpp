#include "fakeserver/FakeServer.h"
#include "mcp/McpProbe.h"
#include "net/TlsTrust.h"
#include "server/AdminApi.h"
#include "server/ServerProbe.h"
#include "util/CannedHttpServer.h"
#include "util/TlsTestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace aipex;
using aipex::test::FakeServer;

Q_DECLARE_METATYPE(TlsTestServer::Issuer)

// Certificates the system does not trust: refused by default with the problem named,
// accepted only for a pinned fingerprint or a CA the user gave.
class TestTlsTrust : public QObject
{
    Q_OBJECT
private slots:
    void fingerprintFormats_data();
    void fingerprintFormats();
    void badCaFile();
    void selfSignedIsRefusedAndExplained();
    void pinnedCertificateIsAccepted();
    void anotherFingerprintDoesNotHelp();
    void testCaNeedsItsCaFile();
    void mcpProbeThroughPinnedTls();
    void redirectToPlainHttpIsRefused();
    void problemsAreNamed_data();
    void problemsAreNamed();

private:
    ProbeResult probe(int port, const TlsTrust& trust);
};

namespace {
const QByteArray kProbeAnswer = CannedHttpServer::json(R"({"code":401,"message":"auth","success":false})");
}

ProbeResult TestTlsTrust::probe(int port, const TlsTrust& trust)
{
    ApiClient client;
    client.setTimeoutMs(5000);
    client.setTrust(trust);
    ServerProbe p(&client);
    QSignalSpy spy(&p, &ServerProbe::finished);
    p.start(ServerEndpoint::parse(QStringLiteral("https://127.0.0.1:%1/baas-api").arg(port)));
    if (!spy.wait(10000))
        return {};
    return spy.at(0).at(0).value<ProbeResult>();
}

void TestTlsTrust::fingerprintFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    const QString hex = QStringLiteral("ab").repeated(32);
    QString colons;
    for (int i = 0; i < 32; ++i)
        colons += (i ? QStringLiteral(":") : QString()) + QStringLiteral("AB");
    QTest::newRow("plain") << hex << true;
    QTest::newRow("colons upper") << colons << true;
    QTest::newRow("prefixed") << QStringLiteral("sha256:") + hex << true;
    QTest::newRow("short") << hex.left(62) << false;
    QTest::newRow("not hex") << QStringLiteral("zz").repeated(32) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTlsTrust::fingerprintFormats()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    TlsTrust t;
    Error e;
    QCOMPARE(t.addFingerprint(text, &e), ok);
    if (!ok)
        QCOMPARE(e.code(), Error::InvalidConfig);
}

void TestTlsTrust::badCaFile()
{
    TlsTrust t;
    Error e;
    QVERIFY(!t.addCaFile(QStringLiteral("/nonexistent/ca.pem"), &e));
    QCOMPARE(e.code(), Error::InvalidConfig);
}

void TestTlsTrust::selfSignedIsRefusedAndExplained()
{
    TlsTestServer tls(kProbeAnswer);
    QVERIFY(tls.isReady());
    const ProbeResult r = probe(tls.port(), TlsTrust());
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY(r.error.details().value(QLatin1String("tls")).toBool());
    QCOMPARE(r.error.details().value(QLatin1String("certificate_sha256")).toString(), tls.fingerprint());
    QVERIFY2(r.error.message().contains(QLatin1String("self-signed")), qPrintable(r.error.message()));
    QVERIFY(r.error.hint().contains(QLatin1String("--trust-fingerprint")));
    QVERIFY(r.error.details()
                .value(QLatin1String("certificate"))
                .toString()
                .contains(QLatin1String("localhost")));
}

void TestTlsTrust::pinnedCertificateIsAccepted()
{
    TlsTestServer tls(kProbeAnswer);
    QVERIFY(tls.isReady());
    TlsTrust trust;
    Error e;
    QVERIFY(trust.addFingerprint(tls.fingerprint(), &e));
    const ProbeResult r = probe(tls.port(), trust);
    QVERIFY2(!r.error, qPrintable(r.error.toDisplayString()));
}

void TestTlsTrust::anotherFingerprintDoesNotHelp()
{
    TlsTestServer tls(kProbeAnswer);
    QVERIFY(tls.isReady());
    TlsTrust trust;
    Error e;
    QVERIFY(trust.addFingerprint(QStringLiteral("00").repeated(32), &e));
    QCOMPARE(probe(tls.port(), trust).error.code(), Error::ConnectionError);
}

void TestTlsTrust::testCaNeedsItsCaFile()
{
    TlsTestServer tls(kProbeAnswer, TlsTestServer::Issuer::TestCa);
    QVERIFY(tls.isReady());
    QCOMPARE(probe(tls.port(), TlsTrust()).error.code(), Error::ConnectionError);
    TlsTrust trust;
    Error e;
    QVERIFY2(trust.addCaFile(tls.caFile(), &e), qPrintable(e.message()));
    const ProbeResult r = probe(tls.port(), trust);
    QVERIFY2(!r.error, qPrintable(r.error.toDisplayString()));
}

void TestTlsTrust::mcpProbeThroughPinnedTls()
{
    FakeServer server;
    QVERIFY(server.listen());
    const QString appId = server.addApp(QStringLiteral("tls")).value(QLatin1String("appId")).toString();
    const QString key = server.addKey(appId, QStringLiteral("k")).value(QLatin1String("keyName")).toString();
    TlsTestServer tls({}, TlsTestServer::Issuer::SelfSigned, server.port());
    QVERIFY(tls.isReady());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/mcp/sse?token=%2").arg(tls.port()).arg(key));
    McpProbe probe;
    probe.setTimeoutMs(8000);
    QSignalSpy refused(&probe, &McpProbe::finished);
    probe.start(url);
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.at(0).at(0).value<McpProbeReport>().error.code(), Error::ConnectionError);
    TlsTrust trust;
    Error e;
    QVERIFY(trust.addFingerprint(tls.fingerprint(), &e));
    probe.setTrust(trust);
    QSignalSpy accepted(&probe, &McpProbe::finished);
    probe.start(url);
    QVERIFY(accepted.wait(10000));
    const McpProbeReport r = accepted.at(0).at(0).value<McpProbeReport>();
    QVERIFY2(r.ok(), qPrintable(r.error.toDisplayString()));
    QVERIFY(r.keyProven);
}

void TestTlsTrust::redirectToPlainHttpIsRefused()
{
    // A trusted https server that sends the sign-in on to plain http: the password must not follow.
    FakeServer plain;
    QVERIFY(plain.listen());
    const QByteArray redirect =
        "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:" + QByteArray::number(plain.port()) +
        "/admin/login\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    TlsTestServer tls(redirect);
    QVERIFY(tls.isReady());
    TlsTrust trust;
    Error e;
    QVERIFY(trust.addFingerprint(tls.fingerprint(), &e));
    ApiClient client;
    client.setTimeoutMs(5000);
    client.setTrust(trust);
    client.setEndpoint(ServerEndpoint::parse(QStringLiteral("https://127.0.0.1:%1").arg(tls.port())));
    AdminApi api(&client);
    ApiRequest* req = api.login(QStringLiteral("admin@example.com"), QStringLiteral("admin123"));
    QSignalSpy done(req, &ApiRequest::finished);
    QVERIFY(done.wait(10000));
    const ApiResult r = done.at(0).at(0).value<ApiResult>();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message().contains(QLatin1String("plain http://")),
             qPrintable(r.error.toDisplayString()));
    QCOMPARE(plain.requests().size(), 0);

    // The MCP check, which carries the key, refuses the same way.
    McpProbe probe;
    probe.setTrust(trust);
    probe.setTimeoutMs(5000);
    QSignalSpy finished(&probe, &McpProbe::finished);
    probe.start(QUrl(QStringLiteral("https://127.0.0.1:%1/mcp/sse?token=kf_api_x").arg(tls.port())));
    QVERIFY(finished.wait(10000));
    const McpProbeReport report = finished.at(0).at(0).value<McpProbeReport>();
    QVERIFY(!report.ok());
    QCOMPARE(plain.requests().size(), 0);
}

void TestTlsTrust::problemsAreNamed_data()
{
    QTest::addColumn<TlsTestServer::Issuer>("issuer");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("pinnable");
    QTest::newRow("self-signed") << TlsTestServer::Issuer::SelfSigned << QStringLiteral("self-signed")
                                 << true;
    QTest::newRow("expired") << TlsTestServer::Issuer::Expired << QStringLiteral("expired") << false;
    QTest::newRow("wrong host") << TlsTestServer::Issuer::WrongHost << QStringLiteral("host name") << true;
}

void TestTlsTrust::problemsAreNamed()
{
    QFETCH(TlsTestServer::Issuer, issuer);
    QFETCH(QString, named);
    QFETCH(bool, pinnable);
    TlsTestServer tls(kProbeAnswer, issuer);
    QVERIFY(tls.isReady());
    ProbeResult r = probe(tls.port(), TlsTrust());
    QCOMPARE(r.error.code(), Error::ConnectionError);
    QVERIFY2(r.error.message().contains(named), qPrintable(r.error.message()));
    QCOMPARE(r.error.details().value(QLatin1String("certificate_pinnable")).toBool(), pinnable);
    // Pinning that exact certificate excuses who it is, never that it expired.
    TlsTrust trust;
    Error e;
    QVERIFY(trust.addFingerprint(tls.fingerprint(), &e));
    r = probe(tls.port(), trust);
    QCOMPARE(!r.error, pinnable);
    if (!pinnable)
        QVERIFY(r.error.hint().contains(QLatin1String("would not help")));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
