#include "formats/TomlEditor.h"
#include "util/EditorTestUtil.h"

#include <QJsonArray>
#include <QTest>

using aipex::TomlEditor;
using namespace editortest;

namespace {

const QString kTable = QStringLiteral("mcp_servers");
const QString kName = QStringLiteral("aipexbase-mcp-server");

QJsonObject
bridge(const QString& url = QStringLiteral("http://10.0.0.5:8080/mcp/sse?token=kf_api_abcdefgh1234"))
{
    return {{QStringLiteral("command"), QStringLiteral("npx")},
            {QStringLiteral("args"), QJsonArray{QStringLiteral("-y"), QStringLiteral("mcp-remote@latest"),
                                                url, QStringLiteral("--transport"),
                                                QStringLiteral("sse-only"), QStringLiteral("--allow-http")}}};
}

} // namespace

class TestTomlEditor : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void rendering();
    void replaceExisting();
    void removeWithSubTable();
    void readsOtherTables();
    void refuses_data();
    void refuses();
};

void TestTomlEditor::corpus_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::newRow("codex config with comments, strings, arrays")
        << readData(QStringLiteral("codex-config.toml"));
    QTest::newRow("CRLF") << readData(QStringLiteral("codex-crlf.toml"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one line") << QByteArray("model = \"o3\"\n");
    QTest::newRow("ends with a comment") << QByteArray("[x]\na = 1\n# the end\n");
    QTest::newRow("non-ASCII") << QByteArray(
        "# 配置\nmodel = \"o3\" # 模型\n[mcp_servers.\"知识库\"]\ncommand = \"kb\"\n");
}

void TestTomlEditor::corpus()
{
    QFETCH(QByteArray, before);
    aipex::Error error;
    QByteArray after;
    QVERIFY2(TomlEditor::upsert(before, kTable, kName, bridge(), &after, &error),
             qPrintable(error.message()));
    QVERIFY(after.startsWith(before));
    const QByteArray eol = before.contains("\r\n") ? "\r\n" : "\n";
    QVERIFY(after.endsWith(TomlEditor::renderTable(kTable, kName, bridge(), eol)));
    if (before.contains("\r\n"))
        QCOMPARE(after.count('\n'), after.count("\r\n"));

    QJsonObject entry;
    bool found = false;
    QVERIFY2(TomlEditor::read(after, kTable, kName, &entry, &found, &error), qPrintable(error.message()));
    QVERIFY(found);
    QCOMPARE(entry, bridge());

    QByteArray back;
    bool removed = false;
    QVERIFY(TomlEditor::remove(after, kTable, kName, &back, &removed, &error));
    QVERIFY(removed);
    QCOMPARE(back, before);

    QByteArray again;
    QVERIFY(TomlEditor::upsert(after, kTable, kName, bridge(), &again, &error));
    QCOMPARE(again, after);
}

void TestTomlEditor::rendering()
{
    QCOMPARE(
        TomlEditor::renderTable(kTable, kName, bridge(QStringLiteral("http://h/sse?token=a\"b"))),
        QByteArray(
            "[mcp_servers.aipexbase-mcp-server]\ncommand = \"npx\"\nargs = [\"-y\", \"mcp-remote@latest\", "
            "\"http://h/sse?token=a\\\"b\", \"--transport\", \"sse-only\", \"--allow-http\"]\n"));
    QCOMPARE(TomlEditor::quoteKey(QStringLiteral("my server")), QByteArray("\"my server\""));
    QCOMPARE(TomlEditor::quoteKey(QStringLiteral("a.b")), QByteArray("\"a.b\""));
    // A quoted name reads back.
    QByteArray out;
    aipex::Error error;
    QVERIFY(TomlEditor::upsert("", kTable, QStringLiteral("my.server"), bridge(), &out, &error));
    QVERIFY(out.startsWith("[mcp_servers.\"my.server\"]\n"));
    bool found = false;
    QVERIFY(TomlEditor::read(out, kTable, QStringLiteral("my.server"), nullptr, &found, &error));
    QVERIFY(found);
}

void TestTomlEditor::replaceExisting()
{
    const QByteArray before = readData(QStringLiteral("codex-existing.toml"));
    QByteArray after;
    aipex::Error error;
    QVERIFY(TomlEditor::upsert(before, kTable, kName, bridge(), &after, &error));
    const QByteArray expected =
        "model = \"o3\"\n\n[mcp_servers.aipexbase-mcp-server]\n" +
        TomlEditor::renderTable(kTable, kName, bridge()).mid(35) +
        "\n[mcp_servers.aipexbase-mcp-server.env]\nNODE_OPTIONS = \"--max-old-space-size=256\"\n\n"
        "[profiles.fast]\nmodel = \"gpt-4.1-mini\"\n";
    QCOMPARE(after, expected);
    QJsonObject entry;
    bool found = false;
    QVERIFY(TomlEditor::read(after, kTable, kName, &entry, &found, &error));
    QCOMPARE(entry, bridge());
}

void TestTomlEditor::removeWithSubTable()
{
    const QByteArray before = readData(QStringLiteral("codex-existing.toml"));
    QByteArray after;
    bool removed = false;
    aipex::Error error;
    QVERIFY(TomlEditor::remove(before, kTable, kName, &after, &removed, &error));
    QVERIFY(removed);
    // The .env sub-table goes too: left alone it would define a server without a command.
    QCOMPARE(after, QByteArray("model = \"o3\"\n\n[profiles.fast]\nmodel = \"gpt-4.1-mini\"\n"));
    const QByteArray once = after;
    QVERIFY(TomlEditor::remove(once, kTable, kName, &after, &removed, &error));
    QVERIFY(!removed);
}

void TestTomlEditor::readsOtherTables()
{
    const QByteArray text = readData(QStringLiteral("codex-config.toml"));
    QJsonObject entry;
    bool found = false;
    aipex::Error error;
    QVERIFY(TomlEditor::read(text, kTable, QStringLiteral("github"), &entry, &found, &error));
    QVERIFY(found);
    QCOMPARE(entry.value(QLatin1String("args")).toArray(),
             (QJsonArray{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}));
    QVERIFY(TomlEditor::read(text, kTable, QStringLiteral("docs search"), &entry, &found, &error));
    QVERIFY(found);
    QCOMPARE(entry.value(QLatin1String("command")).toString(), QStringLiteral("uvx"));
    QVERIFY(TomlEditor::read(text, kTable, kName, &entry, &found, &error));
    QVERIFY(!found);
}

void TestTomlEditor::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed array (fixture)") << readData(QStringLiteral("codex-malformed.toml")) << 5;
    QTest::newRow("dotted definition (fixture)") << readData(QStringLiteral("codex-dotted.toml")) << 2;
    QTest::newRow("inline table under [mcp_servers]")
        << QByteArray("[mcp_servers]\naipexbase-mcp-server = { command = \"npx\" }\n") << 2;
    QTest::newRow("whole table inline") << QByteArray("mcp_servers = {}\n") << 1;
    QTest::newRow("array of tables") << QByteArray("[[mcp_servers]]\nname = \"x\"\n") << 1;
    QTest::newRow("table twice") << QByteArray("[a]\nx = 1\n[a]\ny = 2\n") << 3;
    QTest::newRow("no =") << QByteArray("model \"o3\"\n") << 1;
    QTest::newRow("unclosed string") << QByteArray("a = \"x\n") << 1;
    QTest::newRow("unclosed multi-line string") << QByteArray("a = \"\"\"\nxx\n") << 1;
    QTest::newRow("bad header") << QByteArray("[a\nx = 1\n") << 1;
}

void TestTomlEditor::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QByteArray out = "untouched";
    aipex::Error error;
    QVERIFY(
        !TomlEditor::upsert(text, kTable, kName, bridge(), &out, &error, QStringLiteral("/tmp/config.toml")));
    QCOMPARE(out, QByteArray("untouched"));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QCOMPARE(error.context().value(QLatin1String("line")).toInt(), line);
    QVERIFY(error.message().contains(QStringLiteral("line %1").arg(line)));
    bool removed = false;
    QVERIFY(!TomlEditor::remove(text, kTable, kName, &out, &removed, &error));
}

QTEST_GUILESS_MAIN(TestTomlEditor)
#include "tst_tomleditor.moc"
