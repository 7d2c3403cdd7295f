#include "server/EnvConfig.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using aipex::EnvConfig;
using aipex::Error;

class TestEnvConfig : public QObject
{
    Q_OBJECT
private slots:
    void dotenv();
    void dotenvWarnings();
    void environmentWinsOverFile();
    void missingExplicitFile();
    void required();
    void expire_data();
    void expire();
    void defaults();
};

void TestEnvConfig::dotenv()
{
    const QString text =
        QString::fromUtf8("\xef\xbb\xbf# comment\r\n"
                          "AIPEXBASE_BASE_URL=http://localhost:8080/baas-api\r\n"
                          "export AIPEXBASE_ADMIN_EMAIL = admin@example.com   # inline comment\n"
                          "AIPEXBASE_ADMIN_PASSWORD='p#ss w\"rd'\n"
                          "AIPEXBASE_API_KEY_NAME=MCP 专用密钥\n"
                          "QUOTED=\"line1\\nline2 \\\"q\\\"\"\n"
                          "MULTI=\"a\nb\"\n"
                          "EMPTY=\n"
                          "HOST=example.com\n"
                          "URL=http://${HOST}:1/${MISSING:-dflt}\n"
                          "LITERAL='${HOST}'\n");
    const auto v = EnvConfig::parseDotEnv(text);
    QCOMPARE(v.value(QStringLiteral("AIPEXBASE_BASE_URL")), QStringLiteral("http://localhost:8080/baas-api"));
    QCOMPARE(v.value(QStringLiteral("AIPEXBASE_ADMIN_EMAIL")), QStringLiteral("admin@example.com"));
    QCOMPARE(v.value(QStringLiteral("AIPEXBASE_ADMIN_PASSWORD")), QStringLiteral("p#ss w\"rd"));
    QCOMPARE(v.value(QStringLiteral("AIPEXBASE_API_KEY_NAME")), QString::fromUtf8("MCP 专用密钥"));
    QCOMPARE(v.value(QStringLiteral("QUOTED")), QStringLiteral("line1\nline2 \"q\""));
    QCOMPARE(v.value(QStringLiteral("MULTI")), QStringLiteral("a\nb"));
    QVERIFY(v.contains(QStringLiteral("EMPTY")));
    QCOMPARE(v.value(QStringLiteral("EMPTY")), QString());
    QCOMPARE(v.value(QStringLiteral("URL")), QStringLiteral("http://example.com:1/dflt"));
    QCOMPARE(v.value(QStringLiteral("LITERAL")), QStringLiteral("${HOST}"));
}

void TestEnvConfig::dotenvWarnings()
{
    QStringList warnings;
    const auto v = EnvConfig::parseDotEnv(
        QStringLiteral("GOOD=1\njust words\nBAD KEY=2\nOPEN=\"never closed\n"), {}, &warnings);
    QCOMPARE(v.value(QStringLiteral("GOOD")), QStringLiteral("1"));
    QCOMPARE(v.size(), 1);
    QCOMPARE(warnings.size(), 3);
    QVERIFY(warnings.at(0).contains(QLatin1String("2")));
}

void TestEnvConfig::environmentWinsOverFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my.env"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("AIPEXBASE_BASE_URL=http://from-file\nAIPEXBASE_ADMIN_EMAIL=file@example.com\n");
    f.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("AIPEXBASE_BASE_URL"), QStringLiteral("http://from-env"));
    env.insert(QStringLiteral("UNRELATED"), QStringLiteral("x"));
    Error error;
    const EnvConfig cfg = EnvConfig::load(path, true, env, &error);
    QVERIFY(!error);
    QCOMPARE(cfg.value(EnvConfig::kBaseUrl), QStringLiteral("http://from-env"));
    QCOMPARE(cfg.value(EnvConfig::kEmail), QStringLiteral("file@example.com"));
    QVERIFY(!cfg.has(QStringLiteral("UNRELATED")));
    QCOMPARE(cfg.envFilePath(), QFileInfo(path).absoluteFilePath());
}

void TestEnvConfig::missingExplicitFile()
{
    Error error;
    EnvConfig::load(QStringLiteral("/nonexistent/dir/.env"), true, {}, &error);
    QCOMPARE(error.code(), Error::InvalidConfig);
    Error none;
    // An implicit ./.env that does not exist is simply absent.
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    EnvConfig::load(QString(), false, {}, &none);
    QVERIFY(!none);
}

void TestEnvConfig::required()
{
    EnvConfig cfg;
    cfg.set(EnvConfig::kBaseUrl, QStringLiteral("http://h"));
    const Error e = cfg.checkRequired();
    QCOMPARE(e.code(), Error::MissingConfig);
    QCOMPARE(e.exitCode(), 2);
    const QJsonArray missing = e.context().value(QLatin1String("missing_vars")).toArray();
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).toString(), EnvConfig::kEmail);
    QCOMPARE(missing.at(1).toString(), EnvConfig::kPassword);
    cfg.set(EnvConfig::kEmail, QStringLiteral("a@b"));
    cfg.set(EnvConfig::kPassword, QStringLiteral("x"));
    QVERIFY(!cfg.checkRequired());
}

void TestEnvConfig::expire_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty means never") << "" << true;
    QTest::newRow("future") << "2099-12-31 23:59:59" << true;
    QTest::newRow("past") << "2020-01-01 00:00:00" << false;
    QTest::newRow("date only") << "2099-12-31" << false;
    QTest::newRow("iso T") << "2099-12-31T23:59:59" << false;
    QTest::newRow("bad month") << "2099-13-01 00:00:00" << false;
    QTest::newRow("words") << "next year" << false;
}

void TestEnvConfig::expire()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const Error e = EnvConfig::checkExpireAt(value);
    QCOMPARE(!e, ok);
    if (!ok)
        QCOMPARE(e.code(), Error::InvalidConfig);
}

void TestEnvConfig::defaults()
{
    QCOMPARE(EnvConfig::defaultProjectName(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7))),
             QString::fromUtf8("AI项目_20260304_050607"));
    QCOMPARE(EnvConfig::kDefaultKeyName, QString::fromUtf8("MCP 专用密钥"));
    QCOMPARE(EnvConfig::kDefaultOutputFile, QStringLiteral("mcp_config.json"));
    QVERIFY(EnvConfig::parseBool(QStringLiteral("TRUE")));
    QVERIFY(!EnvConfig::parseBool(QStringLiteral("false")));
}

QTEST_GUILESS_MAIN(TestEnvConfig)
#include "tst_envconfig.moc"
