#include "clients/ClientLinks.h"
#include "util/EditorTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using aipex::ClientLinks;
using aipex::ClientProfile;
using aipex::NativeCommand;
using namespace editortest;

namespace {

// A token with the characters that break naive encoders, and a second query item.
const QUrl kUrl(QStringLiteral("http://192.168.1.5:8080/mcp/sse?token=kf_api_ab+c/d=e&x=1"));
const QString kName = QStringLiteral("aipex server");

const ClientProfile& profile(const char* id)
{
    return *ClientProfile::find(QLatin1String(id));
}

QByteArray decodeB64Param(const QString& link, const QString& key)
{
    // Split by hand: QUrlQuery would decode "+" in its own way.
    const QString query = link.mid(link.indexOf(u'?') + 1);
    for (const QString& pair : query.split(u'&')) {
        if (pair.startsWith(key + u'='))
            return QByteArray::fromBase64(
                QByteArray::fromPercentEncoding(pair.mid(key.size() + 1).toLatin1()),
                QByteArray::AbortOnBase64DecodingErrors);
    }
    return {};
}

QString param(const QString& link, const QString& key)
{
    const QString query = link.mid(link.indexOf(u'?') + 1);
    for (const QString& pair : query.split(u'&')) {
        if (pair.startsWith(key + u'='))
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(key.size() + 1).toLatin1()));
    }
    return {};
}

} // namespace

class TestClientLinks : public QObject
{
    Q_OBJECT
private slots:
    void cursor();
    void vsCode();
    void lmStudio();
    void noLink();
    void nativeCommands_data();
    void nativeCommands();
    void posixQuoting_data();
    void posixQuoting();
    void windowsQuoting();
};

void TestClientLinks::cursor()
{
    const QString link = ClientLinks::deeplink(profile("cursor"), kName, kUrl);
    QVERIFY(link.startsWith(
        QLatin1String("cursor://anysphere.cursor-deeplink/mcp/install?name=aipex%20server&config=")));
    // Only unreserved characters stay raw: no "+", "/" or "=" of base64, no "&" of the URL.
    const QString config = link.mid(link.indexOf(QLatin1String("config=")) + 7);
    QVERIFY(!config.contains(u'+') && !config.contains(u'/') && !config.contains(u'='));
    QCOMPARE(param(link, QStringLiteral("name")), kName);
    const QByteArray json = decodeB64Param(link, QStringLiteral("config"));
    QCOMPARE(json, QByteArray("{\"url\":\"http://192.168.1.5:8080/mcp/sse?token=kf_api_ab+c/d=e&x=1\"}"));
    QCOMPARE(QJsonDocument::fromJson(json).object(),
             profile("cursor").entryFor(kName, kUrl, aipex::ClientEnvironment::Os::Linux));
    QCOMPARE(QUrlQuery(QUrl(QJsonDocument::fromJson(json).object().value(QLatin1String("url")).toString()))
                 .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
             QUrlQuery(kUrl).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
}

void TestClientLinks::vsCode()
{
    for (const bool insiders : {false, true}) {
        const QString link =
            ClientLinks::deeplink(profile(insiders ? "vscode-insiders" : "vscode"), kName, kUrl);
        const QString prefix =
            insiders ? QStringLiteral("vscode-insiders:mcp/install?") : QStringLiteral("vscode:mcp/install?");
        QVERIFY(link.startsWith(prefix));
        const QString encoded = link.mid(prefix.size());
        QVERIFY(!encoded.contains(u'&') && !encoded.contains(u'?') && !encoded.contains(u'"'));
        const QJsonObject o =
            QJsonDocument::fromJson(QByteArray::fromPercentEncoding(encoded.toLatin1())).object();
        QCOMPARE(o, (QJsonObject{{QStringLiteral("name"), kName},
                                 {QStringLiteral("type"), QStringLiteral("sse")},
                                 {QStringLiteral("url"), kUrl.toString(QUrl::FullyEncoded)}}));
    }
}

void TestClientLinks::lmStudio()
{
    const QString link = ClientLinks::deeplink(profile("lmstudio"), kName, kUrl);
    QVERIFY(link.startsWith(QLatin1String("lmstudio://add_mcp?name=aipex%20server&config=")));
    QCOMPARE(QJsonDocument::fromJson(decodeB64Param(link, QStringLiteral("config"))).object(),
             (QJsonObject{{QStringLiteral("url"), kUrl.toString(QUrl::FullyEncoded)}}));
}

void TestClientLinks::noLink()
{
    for (const char* id : {"claude-desktop", "windsurf", "trae", "codex", "zed", "generic"})
        QVERIFY2(ClientLinks::deeplink(profile(id), kName, kUrl).isEmpty(), id);
    for (const char* id : {"cursor", "claude-desktop", "windsurf", "zed", "generic"})
        QVERIFY2(ClientLinks::nativeCommand(profile(id), kName, kUrl).isEmpty(), id);
}

void TestClientLinks::nativeCommands_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("project");
    QTest::addColumn<QStringList>("argv");
    const QString u = kUrl.toString(QUrl::FullyEncoded);
    auto words = [](const char* text) {
        return QString::fromLatin1(text).split(u' ');
    };
    QTest::newRow("claude") << "claude-code" << false
                            << words("claude mcp add --transport sse --scope user") + QStringList{kName, u};
    QTest::newRow("claude project") << "claude-code" << true
                                    << words("claude mcp add --transport sse --scope project") +
                                           QStringList{kName, u};
    QTest::newRow("gemini") << "gemini" << false
                            << words("gemini mcp add --transport sse -s user") + QStringList{kName, u};
    QTest::newRow("qwen") << "qwen" << false
                          << words("qwen mcp add --transport sse --scope user") + QStringList{kName, u};
    QTest::newRow("codex") << "codex" << false
                           << words("codex mcp add") + QStringList{kName} +
                                  words("-- npx -y mcp-remote@latest") + QStringList{u} +
                                  words("--transport sse-only --allow-http");
    const QString json =
        QStringLiteral("{\"name\":\"aipex server\",\"type\":\"sse\",\"url\":\"") + u + QStringLiteral("\"}");
    QTest::newRow("code") << "vscode" << false << words("code --add-mcp") + QStringList{json};
    QTest::newRow("code-insiders") << "vscode-insiders" << false
                                   << words("code-insiders --add-mcp") + QStringList{json};
}

void TestClientLinks::nativeCommands()
{
    QFETCH(QString, id);
    QFETCH(bool, project);
    QFETCH(QStringList, argv);
    const NativeCommand c =
        ClientLinks::nativeCommand(*ClientProfile::find(id), kName, kUrl,
                                   project ? aipex::ConfigScope::Project : aipex::ConfigScope::User);
    QCOMPARE(c.argv, argv);
    bool ok = false;
    QCOMPARE(shellSplit(c.posix(), &ok), argv);
    QVERIFY2(ok, qPrintable(c.posix()));
    QVERIFY(c.posix().contains(QLatin1String("token=kf_api_ab+c/d=e&x=1")));
}

void TestClientLinks::posixQuoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "mcp-remote@latest"
                           << "mcp-remote@latest";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("single quote") << "it's"
                                  << "'it'\\''s'";
    QTest::newRow("query") << "http://h/?a=1&b=2"
                           << "'http://h/?a=1&b=2'";
    QTest::newRow("json") << "{\"a\":\"$HOME\"}"
                          << "'{\"a\":\"$HOME\"}'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("unicode") << "知识库"
                             << "'知识库'";
}

void TestClientLinks::posixQuoting()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(ClientLinks::posixQuote(word), quoted);
    bool ok = false;
    QCOMPARE(shellSplit(quoted, &ok), QStringList{word});
    QVERIFY(ok);
}

void TestClientLinks::windowsQuoting()
{
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("mcp-remote@latest")),
             QStringLiteral("mcp-remote@latest"));
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("a b")), QStringLiteral("^\"a b^\""));
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("http://h/?a=1&b=2")),
             QStringLiteral("^\"http://h/?a=1^&b=2^\""));
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("{\"a\":1}")), QStringLiteral("^\"{\\^\"a\\^\":1}^\""));
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("C:\\dir\\")), QStringLiteral("C:\\dir\\"));
    QCOMPARE(ClientLinks::windowsQuote(QStringLiteral("a\\\"b")), QStringLiteral("^\"a\\\\\\^\"b^\""));
    const NativeCommand c = ClientLinks::nativeCommand(profile("claude-code"), kName, kUrl);
    QCOMPARE(c.windows(), QStringLiteral("claude mcp add --transport sse --scope user ^\"aipex server^\" "
                                         "^\"http://192.168.1.5:8080/mcp/sse?token=kf_api_ab+c/d=e^&x=1^\""));
}

QTEST_GUILESS_MAIN(TestClientLinks)
#include "tst_clientlinks.moc"
