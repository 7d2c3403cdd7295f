#include "fakeserver/FakeServer.h"
#include "util/CliRunner.h"
#include "util/TlsTestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using aipex::test::FakeServer;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createFromEnvironment();
    void createFromDotEnvAndFlags();
    void envFileOption();
    void jsonResult();
    void defaultProjectNameAndOutputEnv();
    void missingConfig();
    void invalidValuesSendNothing_data();
    void invalidValuesSendNothing();
    void wrongPassword();
    void serverDown();
    void keyLimitExitCode();
    void missingPrefixIsDiagnosed();
    void languageReachesServer();
    void appsAndKeys();
    void configCommand();
    void batch();
    void verboseLeaksNoSecret();
    void versionAndHelp();
    void selfSignedServerNeedsItsFingerprint();
    void editorClients();
    void editorInstallRoundTrip();
    void editorInstallRunsTheCreateFlow();
    void editorUnknownClientCreatesNothing();
    void createVerifyAndVerify();
    void verifyFailures();
    void verifyPeers();
    void usageError();
    void typoIsNotAnApplication();
    void childProcessesDoNotInheritThePassword();
    void plainHttpToAnotherMachineIsWarned();

private:
    CliRun cli(const QStringList& args, const QByteArray& input = QByteArray(), bool withEnv = true);
    QProcessEnvironment baseEnv(bool withCredentials) const;
    void assertNoSecrets(const CliRun& r);

    FakeServer* m_server = nullptr;
    QTemporaryDir* m_dir = nullptr;
    QProcessEnvironment m_extraEnv;
};

void TestCli::init()
{
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_server->setPrefix(QStringLiteral("/baas-api"));
    m_dir = new QTemporaryDir;
    m_extraEnv = QProcessEnvironment();
}

void TestCli::cleanup()
{
    delete m_dir;
    delete m_server;
}

QProcessEnvironment TestCli::baseEnv(bool withCredentials) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (withCredentials) {
        env.insert(QStringLiteral("AIPEXBASE_BASE_URL"), m_server->baseUrl().toString());
        env.insert(QStringLiteral("AIPEXBASE_ADMIN_EMAIL"), QStringLiteral("admin@example.com"));
        env.insert(QStringLiteral("AIPEXBASE_ADMIN_PASSWORD"), QStringLiteral("admin123"));
    }
    for (const QString& k : m_extraEnv.keys())
        env.insert(k, m_extraEnv.value(k));
    return env;
}

CliRun TestCli::cli(const QStringList& args, const QByteArray& input, bool withEnv)
{
    return runCli(args, baseEnv(withEnv), m_dir->path(), input);
}

void TestCli::assertNoSecrets(const CliRun& r)
{
    QVERIFY2(!r.all().contains("admin123"), "the password was printed");
    const QString token = m_server->lastIssuedToken();
    if (!token.isEmpty())
        QVERIFY2(!r.all().contains(token.toUtf8()), "the admin token was printed");
}

void TestCli::createFromEnvironment()
{
    const CliRun r = cli({QStringLiteral("Shop"), QStringLiteral("my shop")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    assertNoSecrets(r);
    QCOMPARE(m_server->apps().size(), 1);
    const QJsonObject app = m_server->apps().at(0).toObject();
    QCOMPARE(app.value(QLatin1String("appName")).toString(), QStringLiteral("Shop"));
    const QString key = m_server->keys(app.value(QLatin1String("appId")).toString())
                            .at(0)
                            .toObject()
                            .value(QLatin1String("keyName"))
                            .toString();
    // The screen shows the key masked; the file has it in full, readable by the owner only.
    QVERIFY(!r.out.contains(key.toUtf8()));
    QVERIFY(r.out.contains(key.left(9).toUtf8()));
    const QString path = m_dir->filePath(QStringLiteral("mcp_config.json"));
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(cfg.value(QLatin1String("mcpServers"))
                 .toObject()
                 .value(QLatin1String("aipexbase-mcp-server"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + key);
    // The key's name and description are the reference script's defaults.
    const QJsonObject k = m_server->keys(app.value(QLatin1String("appId")).toString()).at(0).toObject();
    QCOMPARE(k.value(QLatin1String("name")).toString(), QString::fromUtf8("MCP 专用密钥"));
    QCOMPARE(k.value(QLatin1String("description")).toString(),
             QString::fromUtf8("用于 MCP 工具调用的 API 密钥"));
}

void TestCli::createFromDotEnvAndFlags()
{
    QFile env(m_dir->filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("AIPEXBASE_BASE_URL=http://127.0.0.1:1/wrong\nAIPEXBASE_ADMIN_EMAIL=admin@example.com\n"
              "AIPEXBASE_ADMIN_PASSWORD=not-this-one\nAIPEXBASE_API_KEY_NAME=from dotenv\n");
    env.close();
    // The flags win over .env; the password comes from standard input.
    const CliRun r =
        cli({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--password-stdin"),
             QStringLiteral("--server-name"), QStringLiteral("mine"), QStringLiteral("--json")},
            "admin123\n", false);
    QVERIFY2(r.exitCode == 0, r.all().constData());
    assertNoSecrets(r);
    const QJsonObject out = r.json();
    QCOMPARE(out.value(QLatin1String("api_key_name")).toString(), QStringLiteral("from dotenv"));
    QVERIFY(out.value(QLatin1String("mcp_config"))
                .toObject()
                .value(QLatin1String("mcpServers"))
                .toObject()
                .contains(QLatin1String("mine")));
}

void TestCli::envFileOption()
{
    const QString path = m_dir->filePath(QStringLiteral("custom.env"));
    QFile env(path);
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write(QStringLiteral("AIPEXBASE_BASE_URL=%1\nAIPEXBASE_ADMIN_EMAIL=admin@example.com\n"
                             "AIPEXBASE_ADMIN_PASSWORD=admin123\nAIPEXBASE_OUTPUT_FILE=out/cfg.json\n")
                  .arg(m_server->baseUrl().toString())
                  .toUtf8());
    env.close();
    const CliRun r = cli({QStringLiteral("--env-file"), path}, {}, false);
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("out/cfg.json"))));
    const CliRun missing =
        cli({QStringLiteral("--env-file"), m_dir->filePath(QStringLiteral("nope.env"))}, {}, false);
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::jsonResult()
{
    const CliRun r = cli({QStringLiteral("create"), QStringLiteral("J"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    for (const char* field : {"app_id", "app_name", "api_key", "api_key_name", "mcp_url", "mcp_config",
                              "app_info", "api_key_info"})
        QVERIFY2(o.contains(QLatin1String(field)), field);
    QVERIFY(o.value(QLatin1String("api_key")).toString().startsWith(QLatin1String("kf_api_")));
    QVERIFY(
        o.value(QLatin1String("mcp_url")).toString().endsWith(o.value(QLatin1String("api_key")).toString()));
    QVERIFY(r.err.isEmpty());
}

void TestCli::defaultProjectNameAndOutputEnv()
{
    m_extraEnv.insert(QStringLiteral("AIPEXBASE_OUTPUT_FILE"), QStringLiteral("x/my.json"));
    const CliRun r = cli({});
    QCOMPARE(r.exitCode, 0);
    const QString name = m_server->apps().at(0).toObject().value(QLatin1String("appName")).toString();
    QVERIFY2(QRegularExpression(QString::fromUtf8("^AI项目_\\d{8}_\\d{6}$")).match(name).hasMatch(),
             qPrintable(name));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("x/my.json"))));
}

void TestCli::missingConfig()
{
    const CliRun r = cli({QStringLiteral("--json")}, {}, false);
    QCOMPARE(r.exitCode, 2);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(QLatin1String("code")).toString(), QStringLiteral("3001"));
    QCOMPARE(e.value(QLatin1String("error_type")).toString(), QStringLiteral("ConfigurationError"));
    QCOMPARE(
        e.value(QLatin1String("context")).toObject().value(QLatin1String("missing_vars")).toArray().size(),
        3);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::invalidValuesSendNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--base-url"), QStringLiteral("ftp://x")};
    QTest::newRow("bad expire") << QStringList{QStringLiteral("--expire"), QStringLiteral("2099-01-01")};
    QTest::newRow("past expire") << QStringList{QStringLiteral("--expire"),
                                                QStringLiteral("2001-01-01 00:00:00")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")};
}

void TestCli::invalidValuesSendNothing()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("3002"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::wrongPassword()
{
    m_extraEnv.insert(QStringLiteral("AIPEXBASE_ADMIN_PASSWORD"), QStringLiteral("wrong-pass"));
    const CliRun r = cli({QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(QLatin1String("code")).toString(), QStringLiteral("1002"));
    QCOMPARE(e.value(QLatin1String("error_type")).toString(), QStringLiteral("AuthenticationError"));
    QVERIFY(!r.all().contains("wrong-pass"));
    const CliRun human = cli({});
    QCOMPARE(human.exitCode, 3);
    QVERIFY(human.err.contains("1002"));
    QVERIFY(human.out.isEmpty() || !human.out.contains("wrong-pass"));
}

void TestCli::serverDown()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const CliRun r = cli({QStringLiteral("--base-url"), url, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("2004"));
}

void TestCli::keyLimitExitCode()
{
    m_server->setFault(FakeServer::Endpoint::KeySave, FakeServer::Fault::KeyLimit);
    const CliRun r = cli({QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("2001"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("mcp_config.json"))));
}

void TestCli::missingPrefixIsDiagnosed()
{
    const CliRun r =
        cli({QStringLiteral("--base-url"), m_server->originUrl().toString(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject e = r.json();
    QCOMPARE(e.value(QLatin1String("code")).toString(), QStringLiteral("4000"));
    QCOMPARE(
        e.value(QLatin1String("details")).toObject().value(QLatin1String("suggested_base_url")).toString(),
        m_server->baseUrl().toString());
    QVERIFY(e.value(QLatin1String("message")).toString().contains(m_server->baseUrl().toString()));
    QCOMPARE(m_server->apps().size(), 0);
}

void TestCli::languageReachesServer()
{
    m_extraEnv.insert(QStringLiteral("AIPEXBASE_ADMIN_PASSWORD"), QStringLiteral("wrong-pass"));
    CliRun r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(m_server->requests().constLast().headers.value("accept-language"), QByteArray("zh-CN"));
    // The server answers in the language asked for, and the CLI passes its words on.
    QVERIFY2(r.json().value(QLatin1String("message")).toString().contains(QString::fromUtf8("密码有误")),
             r.out.constData());
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")});
    QCOMPARE(m_server->requests().constLast().headers.value("accept-language"), QByteArray("en-US"));
    QVERIFY(
        r.json().value(QLatin1String("message")).toString().contains(QLatin1String("Incorrect password")));
    m_extraEnv.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    r = cli({QStringLiteral("--json")});
    QCOMPARE(m_server->requests().constLast().headers.value("accept-language"), QByteArray("zh-CN"));
}

void TestCli::appsAndKeys()
{
    m_server->setFlavor(FakeServer::Flavor::V1); // plain keys in the listing: the CLI must mask them itself
    const QJsonObject a = m_server->addApp(QStringLiteral("alpha"));
    m_server->addApp(QStringLiteral("beta"));
    const QString appId = a.value(QLatin1String("appId")).toString();
    const QString key =
        m_server->addKey(appId, QStringLiteral("k1")).value(QLatin1String("keyName")).toString();

    CliRun r = cli({QStringLiteral("apps"), QStringLiteral("--search"), QStringLiteral("alp"),
                    QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray records = r.json().value(QLatin1String("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QLatin1String("appId")).toString(), appId);
    r = cli({QStringLiteral("apps")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("alpha") && r.out.contains("beta"));

    r = cli({QStringLiteral("keys"), appId, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(key.toUtf8()));
    QCOMPARE(r.json().value(QLatin1String("records")).toArray().size(), 1);
    r = cli({QStringLiteral("keys"), appId, QStringLiteral("--show-key")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(key.toUtf8()));
    r = cli({QStringLiteral("keys")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::configCommand()
{
    const QString url = QStringLiteral("http://h:8081/mcp/sse?token=kf_api_x");
    CliRun r = cli({QStringLiteral("config"), QStringLiteral("--url"), url}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()
                 .value(QLatin1String("mcpServers"))
                 .toObject()
                 .value(QLatin1String("aipexbase-mcp-server"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             url);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("mcp_config.json"))));
    r = cli({QStringLiteral("config"), QStringLiteral("--url"), url, QStringLiteral("-o"),
             QStringLiteral("c.json")},
            {}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFile::permissions(m_dir->filePath(QStringLiteral("c.json"))) & 0x0777, 0x0600);
    r = cli({QStringLiteral("config")}, {}, false);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::batch()
{
    QFile list(m_dir->filePath(QStringLiteral("projects.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(QString::fromUtf8("# projects\n电商系统|在线购物平台\n\n内容管理系统|CMS 后台\n用户反馈系统\n")
                   .toUtf8());
    list.close();
    // The second creation fails (and is not retried blindly): the batch goes on.
    int creates = 0;
    connect(m_server, &FakeServer::requestLogged, this, [&] {
        if (m_server->requests().constLast().endpoint == FakeServer::Endpoint::AppCreate && ++creates == 1)
            m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::Http500, 1);
    });
    const CliRun r = cli({QStringLiteral("batch"), QStringLiteral("projects.txt")});
    QCOMPARE(r.exitCode, 4);
    assertNoSecrets(r);
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 1);
    QCOMPARE(m_server->apps().size(), 2);
    const QString path = m_dir->filePath(QStringLiteral("batch_results.json"));
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray results = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("name")).toString(),
             QString::fromUtf8("内容管理系统"));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QVERIFY(results.at(2)
                .toObject()
                .value(QLatin1String("token"))
                .toString()
                .startsWith(QLatin1String("kf_api_")));
}

void TestCli::verboseLeaksNoSecret()
{
    const CliRun r = cli({QStringLiteral("--verbose"), QStringLiteral("V")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("aipexbase") || r.out.contains("/admin/login"), r.all().constData());
    assertNoSecrets(r);
    const QString appId = m_server->apps().at(0).toObject().value(QLatin1String("appId")).toString();
    const QString key = m_server->keys(appId).at(0).toObject().value(QLatin1String("keyName")).toString();
    QVERIFY(!r.all().contains(key.toUtf8()));
    QVERIFY(!r.all().toLower().contains("authorization"));
}

void TestCli::createVerifyAndVerify()
{
    CliRun r = cli({QStringLiteral("create"), QStringLiteral("Verified"), QStringLiteral("--verify"),
                    QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v = r.json().value(QLatin1String("verify")).toObject();
    QVERIFY2(v.value(QLatin1String("key_proven")).toBool(), r.out.constData());
    QCOMPARE(v.value(QLatin1String("summary")).toString(), QStringLiteral("key proven, 3 tools"));
    QVERIFY(r.json().contains(QLatin1String("api_key")));
    // verify with no URL reads ./mcp_config.json.
    r = cli({QStringLiteral("verify")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("key proven, 3 tools"));
    QVERIFY(r.out.contains("baas-mcp-server"));
    const QString key =
        r.out.isEmpty()
            ? QString()
            : m_server->keys(m_server->apps().at(0).toObject().value(QLatin1String("appId")).toString())
                  .at(0)
                  .toObject()
                  .value(QLatin1String("keyName"))
                  .toString();
    QVERIFY(!r.all().contains(key.toUtf8())); // masked on screen here too
}

void TestCli::verifyFailures()
{
    const QString base = m_server->originUrl().toString();
    CliRun r = cli({QStringLiteral("verify"), base + QStringLiteral("/mcp/sse?token=kf_api_wrong"),
                    QStringLiteral("--json")},
                   {}, false);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("2005"));
    QCOMPARE(r.json().value(QLatin1String("failed_step")).toString(), QStringLiteral("list_tables"));
    r = cli({QStringLiteral("verify"), base + QStringLiteral("/baas-api/mcp/sse?token=k")}, {}, false);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("/mcp/sse"));            // the fix is suggested
    r = cli({QStringLiteral("verify")}, {}, false); // no ./mcp_config.json here
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("verify"), QStringLiteral("ftp://x/mcp")}, {}, false);
    QCOMPARE(r.exitCode, 2);
}

void TestCli::verifyPeers()
{
    const QString peers = qEnvironmentVariable("AIPEXBASE_SOURCE_DIR") + QStringLiteral("/tests/peers");
    if (!QFile::exists(peers + QStringLiteral("/node_modules/mcp-remote/dist/proxy.js"))) {
        if (qEnvironmentVariableIntValue("AIPEXBASE_REQUIRE_PEERS"))
            QFAIL("tests/peers/node_modules is missing");
        QSKIP("Node.js peers not installed");
    }
    // Through the mcp-remote bridge, as Claude Desktop or Codex would run it.
    QVERIFY(cli({QStringLiteral("create"), QStringLiteral("Bridged")}).exitCode == 0);
    m_extraEnv.insert(QStringLiteral("MCP_REMOTE_CONFIG_DIR"), m_dir->filePath(QStringLiteral("mcp-auth")));
    CliRun r =
        cli({QStringLiteral("verify"), QStringLiteral("--bridge-command"),
             QStringLiteral("node ") + peers + QStringLiteral("/node_modules/mcp-remote/dist/proxy.js"),
             QStringLiteral("--json")},
            {}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QLatin1String("transport")).toString(), QStringLiteral("stdio"));
    QVERIFY(r.json().value(QLatin1String("key_proven")).toBool());
    // The official SDK's server: connected, but no key to check there.
    QProcess peer;
    peer.setWorkingDirectory(peers);
    peer.start(QStringLiteral("node"), {QStringLiteral("sdk-server.mjs"), QStringLiteral("sse")});
    QByteArray line;
    QVERIFY(QTest::qWaitFor(
        [&] {
            line += peer.readAllStandardOutput();
            return line.contains('\n');
        },
        20000));
    const QString url = QString::fromUtf8(line.trimmed().mid(10));
    r = cli({QStringLiteral("verify"), url}, {}, false);
    peer.kill();
    peer.waitForFinished();
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("connected, key not checkable, 2 tools"), r.out.constData());
}

void TestCli::editorClients()
{
    const CliRun r = cli({QStringLiteral("clients"), QStringLiteral("--json")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    const QJsonArray list =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("clients")).toArray();
    QVERIFY2(list.size() >= 17, r.out.constData());
    QStringList ids;
    for (const QJsonValue& v : list)
        ids << v.toObject().value(QLatin1String("id")).toString();
    for (const char* id : {"cursor", "claude-desktop", "claude-code", "vscode", "vscode-insiders", "windsurf",
                           "trae", "trae-cn", "cline", "roo", "gemini", "qwen", "codex", "zed", "kiro",
                           "lmstudio", "codebuddy", "continue", "generic"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    // Paths are computed from this HOME, never the real one.
    QVERIFY(r.out.contains(m_dir->path().toUtf8()));
}

void TestCli::editorInstallRoundTrip()
{
    const QString dir = m_dir->filePath(QStringLiteral(".config/Code/User"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/mcp.json");
    const QByteArray original =
        "// my servers\r\n{\r\n\t\"servers\": {\r\n\t\t/* keep */ \"other\": {\"type\": \"stdio\", "
        "\"command\": \"x\"},\r\n\t},\r\n\t\"inputs\": []\r\n}\r\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(original);
    f.close();
    const QString key = QStringLiteral("kf_api_abcdefghijklmnopqrstuvwxyz012345");
    const QString url = QStringLiteral("http://10.1.2.3:8080/mcp/sse?token=") + key;
    const QStringList base{QStringLiteral("--client"), QStringLiteral("vscode"), QStringLiteral("--url"),
                           url};

    CliRun r = cli(QStringList{QStringLiteral("install"), QStringLiteral("--dry-run")} + base, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("+"), r.out.constData());
    QVERIFY(!r.all().contains(key.toUtf8())); // the diff masks the key
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original); // a dry run writes nothing
    f.close();

    r = cli(QStringList{QStringLiteral("install")} + base, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray installed = f.readAll();
    f.close();
    QVERIFY(installed.contains(key.toUtf8()));
    QVERIFY(installed.contains("// my servers") && installed.contains("/* keep */") &&
            installed.contains("\r\n"));
    QVERIFY(!QDir(dir).entryList({QStringLiteral("mcp.json.bak-*")}).isEmpty());
    QVERIFY(r.out.contains(".bak-"));

    r = cli(QStringList{QStringLiteral("install")} + base, {}, false); // same entry again: nothing to do
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("install"), QStringLiteral("--client"), QStringLiteral("vscode"),
             QStringLiteral("--url"), QStringLiteral("http://other/mcp/sse?token=k")},
            {}, false);
    QCOMPARE(r.exitCode, 2); // a different entry of the same name needs --force
    QVERIFY(r.err.contains("--force"));

    r = cli({QStringLiteral("uninstall"), QStringLiteral("--client"), QStringLiteral("vscode")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original); // every byte back where it was
    f.close();

    r = cli({QStringLiteral("restore"), QStringLiteral("--client"), QStringLiteral("vscode")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), installed); // the newest backup: the state before the uninstall
    f.close();

    r = cli({QStringLiteral("config"), QStringLiteral("--client"), QStringLiteral("codex"),
             QStringLiteral("--url"), url},
            {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("mcp-remote"));
    QVERIFY(r.out.contains("--allow-http")); // plain http to another host
}

void TestCli::editorInstallRunsTheCreateFlow()
{
    const CliRun r = cli({QStringLiteral("install"), QStringLiteral("--client"), QStringLiteral("cursor"),
                          QStringLiteral("Installed app")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    assertNoSecrets(r);
    QCOMPARE(m_server->apps().size(), 1);
    const QString appId = m_server->apps().at(0).toObject().value(QLatin1String("appId")).toString();
    const QString key = m_server->keys(appId).at(0).toObject().value(QLatin1String("keyName")).toString();
    QFile f(m_dir->filePath(QStringLiteral(".cursor/mcp.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject cfg = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(cfg.value(QLatin1String("mcpServers"))
                 .toObject()
                 .value(QLatin1String("aipexbase-mcp-server"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + key);
    QCOMPARE(QFile::permissions(f.fileName()) & 0x0777, 0x0600);
}

void TestCli::editorUnknownClientCreatesNothing()
{
    CliRun r = cli({QStringLiteral("install"), QStringLiteral("--client"), QStringLiteral("notepad")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("install")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::selfSignedServerNeedsItsFingerprint()
{
    // The stand-in behind TLS with a self-signed certificate, as a small self-hosted server is.
    TlsTestServer tls({}, TlsTestServer::Issuer::SelfSigned, m_server->port());
    QVERIFY(tls.isReady());
    const QString base = QStringLiteral("https://127.0.0.1:%1/baas-api").arg(tls.port());
    CliRun r = cli({QStringLiteral("--base-url"), base, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("2004"));
    QCOMPARE(r.json()
                 .value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("certificate_sha256"))
                 .toString(),
             tls.fingerprint());
    QCOMPARE(m_server->requests().size(), 0); // nothing, not even the password, went to an untrusted peer
    r = cli({QStringLiteral("--base-url"), base, QStringLiteral("--trust-fingerprint"), tls.fingerprint(),
             QStringLiteral("--verify"), QStringLiteral("--mcp-url"),
             QStringLiteral("https://127.0.0.1:%1/mcp/sse").arg(tls.port()), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    QVERIFY(r.json().value(QLatin1String("verify")).toObject().value(QLatin1String("key_proven")).toBool());
    QCOMPARE(m_server->apps().size(), 1);
}

void TestCli::versionAndHelp()
{
    CliRun r = cli({QStringLiteral("--version")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(AIPEXBASE_VERSION));
    r = cli({QStringLiteral("--help")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--password-stdin"));
    QVERIFY(r.out.contains("batch"));
}

void TestCli::usageError()
{
    CliRun r = cli({QStringLiteral("--no-such-flag")}, {}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no-such-flag"));
    r = cli({QStringLiteral("create"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {},
            false);
    QCOMPARE(r.exitCode, 2);
}

void TestCli::typoIsNotAnApplication()
{
    CliRun r = cli({QStringLiteral("stauts")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Unknown command \"stauts\": did you mean \"status\"?"), r.all().constData());
    r = cli({QStringLiteral("Instal"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("3002"));
    QVERIFY(r.json().value(QLatin1String("message")).toString().contains(QLatin1String("\"install\"")));
    // Here the "--" is the description, not the end of the options.
    r = cli({QStringLiteral("--key-description"), QStringLiteral("--"), QStringLiteral("apss")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("did you mean \"apps\""), r.all().constData());
    QCOMPARE(m_server->requests().size(), 0);

    // Asked for in so many words, any name is a name.
    r = cli({QStringLiteral("create"), QStringLiteral("stauts")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    r = cli({QStringLiteral("--"), QStringLiteral("apps"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    const QJsonArray apps = m_server->apps(); // newest first
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.at(1).toObject().value(QLatin1String("appName")).toString(), QStringLiteral("stauts"));
    QCOMPARE(apps.at(0).toObject().value(QLatin1String("appName")).toString(), QStringLiteral("apps"));
    // After "--", "--json" is the description, not an option.
    QCOMPARE(apps.at(0).toObject().value(QLatin1String("description")).toString(), QStringLiteral("--json"));
}

void TestCli::childProcessesDoNotInheritThePassword()
{
    // The bridge runs third-party code (npx mcp-remote): the admin password read from the
    // environment is not in the environment it gets.
    QVERIFY(cli({QStringLiteral("create"), QStringLiteral("Bridged")}).exitCode == 0);
    const QString dump = m_dir->filePath(QStringLiteral("child-env"));
    const CliRun r = cli({QStringLiteral("verify"), QStringLiteral("--bridge-command"),
                          QStringLiteral("sh -c \"env > %1\"").arg(dump)});
    QVERIFY2(r.exitCode != 0, r.all().constData()); // env is not an MCP server
    QFile f(dump);
    QVERIFY2(f.open(QIODevice::ReadOnly), "the bridge command did not run");
    const QByteArray env = f.readAll();
    QVERIFY(env.contains("AIPEXBASE_ADMIN_EMAIL=admin@example.com")); // the rest is passed on
    QVERIFY(!env.contains("admin123"));
    QVERIFY(!env.contains("AIPEXBASE_ADMIN_PASSWORD"));
}

void TestCli::plainHttpToAnotherMachineIsWarned()
{
    // This machine's own network address stands in for another machine's.
    QHostAddress lan;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            lan = a;
    }
    if (lan.isNull())
        QSKIP("no non-loopback IPv4 address on this machine");
    FakeServer remote;
    QVERIFY(remote.listen(QHostAddress::AnyIPv4));
    const QString url = QStringLiteral("http://%1:%2").arg(lan.toString()).arg(remote.port());
    m_extraEnv.insert(QStringLiteral("AIPEXBASE_BASE_URL"), url);
    const CliRun r = cli({QStringLiteral("apps")});
    QVERIFY2(r.exitCode == 0, r.all().constData());
    // The warning names the address (it is printed before the flow starts).
    QVERIFY2(r.all().contains("uses plain http:// to another machine"), r.all().constData());
    QVERIFY(r.all().contains(url.toUtf8()));
    // Loopback is not another machine: no warning there.
    m_extraEnv.remove(QStringLiteral("AIPEXBASE_BASE_URL"));
    QVERIFY(!cli({QStringLiteral("apps")}).all().contains("plain http://"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
