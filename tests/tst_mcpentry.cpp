#include "SecureFile.h"
#include "mcp/McpEntry.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using aipex::McpEntry;

class TestMcpEntry : public QObject
{
    Q_OBJECT
private slots:
    void genericConfig();
    void masking();
    void secureFileModes();
};

void TestMcpEntry::genericConfig()
{
    const QUrl url(QStringLiteral("http://h:8080/mcp/sse?token=kf_api_abcdefghijklmnopqrstuvwxyz012345"));
    const McpEntry e(QString(), url);
    QCOMPARE(e.serverName(), QStringLiteral("aipexbase-mcp-server"));
    const QJsonObject expected{
        {QStringLiteral("mcpServers"), QJsonObject{{QStringLiteral("aipexbase-mcp-server"),
                                                    QJsonObject{{QStringLiteral("url"), url.toString()}}}}}};
    QCOMPARE(e.config(), expected);
    QCOMPARE(QJsonDocument::fromJson(e.configJson()).object(), expected);
    QCOMPARE(
        McpEntry(QStringLiteral("mine"), url).config().value(QLatin1String("mcpServers")).toObject().keys(),
        QStringList{QStringLiteral("mine")});
}

void TestMcpEntry::masking()
{
    const QString key = QStringLiteral("kf_api_ab3456789012345678901234567891234");
    QCOMPARE(McpEntry::maskToken(key),
             QStringLiteral("kf_api_ab") + QString(6, QChar(0x2022)) + QStringLiteral("1234"));
    QCOMPARE(McpEntry::maskToken(QStringLiteral("short")), QString(5, QChar(0x2022)));
    const QUrl url(QStringLiteral("http://h/mcp/sse?token=") + key);
    QVERIFY(!McpEntry::maskedUrl(url).contains(key));
    QVERIFY(McpEntry::maskedUrl(url).startsWith(QLatin1String("http://h/mcp/sse?token=kf_api_ab")));
    const McpEntry e(QString(), url);
    QVERIFY(!e.maskedConfigJson().contains(key.toUtf8()));
    QVERIFY(e.configJson().contains(key.toUtf8()));
    QCOMPARE(McpEntry::tokenOf(url), key);
}

void TestMcpEntry::secureFileModes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/mcp_config.json"));
    aipex::Error error;
    bool created = false;
    QVERIFY(aipex::SecureFile::write(path, "{}", &error, &created));
    QVERIFY(created);
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);
    // An existing file keeps its mode.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QVERIFY(aipex::SecureFile::write(path, "{\"a\":1}", &error, &created));
    QVERIFY(!created);
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0640);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"a\":1}"));
    // A symlink is followed, not replaced.
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(aipex::SecureFile::write(link, "{\"b\":2}", &error));
    QVERIFY(QFileInfo(link).isSymLink());
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"b\":2}"));
    // A folder in the way is a clear error.
    QVERIFY(!aipex::SecureFile::write(dir.path(), "x", &error));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
}

QTEST_GUILESS_MAIN(TestMcpEntry)
#include "tst_mcpentry.moc"
