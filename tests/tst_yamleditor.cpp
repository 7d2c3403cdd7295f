#include "formats/YamlEditor.h"
#include "util/EditorTestUtil.h"

#include <QFile>
#include <QTest>

using aipex::YamlEditor;
using namespace editortest;

namespace {

const QString kKey = QStringLiteral("mcpServers");
const QString kName = QStringLiteral("aipexbase-mcp-server");

QJsonObject item(const QString& url = QStringLiteral("https://h.example/mcp/sse?token=kf_api_abcdefgh1234"))
{
    return {{QStringLiteral("name"), kName},
            {QStringLiteral("type"), QStringLiteral("sse")},
            {QStringLiteral("url"), url}};
}

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void insertsAfterTheLastItem();
    void emptyFlowList();
    void missingKeyAndEmptyFile();
    void replaceExisting();
    void rendering();
    void refuses_data();
    void refuses();
    void fuzzFindings_data();
    void fuzzFindings();
};

void TestYamlEditor::corpus_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("exact"); // uninstall gives back every byte
    QTest::newRow("continue config with comments")
        << readData(QStringLiteral("continue-config.yaml")) << true;
    QTest::newRow("flow empty list with a comment")
        << readData(QStringLiteral("continue-flow-empty.yaml")) << true;
    QTest::newRow("list at column 0") << readData(QStringLiteral("continue-indent0.yaml")) << true;
    QTest::newRow("no mcpServers") << readData(QStringLiteral("continue-nokey.yaml")) << false;
    QByteArray crlf = readData(QStringLiteral("continue-config.yaml"));
    QTest::newRow("CRLF") << crlf.replace("\n", "\r\n") << true;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + readData(QStringLiteral("continue-config.yaml")))
                         << true;
    // Found by a byte-exact fuzz run: the item took a line break of its own, so uninstall
    // left one behind.
    QTest::newRow("[] without a final line break") << QByteArray("name: x\nmcpServers: [] # none") << true;
    QTest::newRow("list without a final line break")
        << QByteArray("mcpServers:\n  - name: a\n    url: b") << true;
    // Top-level keys that splitKey() does not know are still keys, not stray lines.
    QTest::newRow("unusual top-level keys")
        << QByteArray("--- # config\n$schema: https://example/s.json\n\"quoted key\": 1\nmy key.x: y\n"
                      "-n: 1\nmcpServers:\n  - name: a\nrules:\n- Be brief\n")
        << true;
}

void TestYamlEditor::corpus()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, exact);
    aipex::Error error;
    QByteArray after;
    QVERIFY2(YamlEditor::upsert(before, kKey, kName, item(), &after, &error), qPrintable(error.message()));
    QByteArray extra;
    QVERIFY(onlyInserted(before, after, &extra) || before.contains("[]"));
    if (before.contains("\r\n"))
        QCOMPARE(after.count('\n'), after.count("\r\n"));

    QJsonObject read;
    bool found = false;
    QVERIFY(YamlEditor::read(after, kKey, kName, &read, &found, &error));
    QVERIFY(found);
    QCOMPARE(read, item());

    QByteArray back;
    bool removed = false;
    QVERIFY(YamlEditor::remove(after, kKey, kName, &back, &removed, &error));
    QVERIFY(removed);
    if (exact)
        QCOMPARE(back, before);
    else
        QCOMPARE(back, QByteArray(before + "mcpServers: []\n"));

    QByteArray again;
    QVERIFY(YamlEditor::upsert(after, kKey, kName, item(), &again, &error));
    QCOMPARE(again, after);
}

void TestYamlEditor::insertsAfterTheLastItem()
{
    const QByteArray before = readData(QStringLiteral("continue-config.yaml"));
    QByteArray after;
    aipex::Error error;
    QVERIFY(YamlEditor::upsert(before, kKey, kName, item(), &after, &error));
    const QByteArray anchor = "    url: https://docs.example.com/sse # served by nginx\n";
    const qsizetype at = before.indexOf(anchor) + anchor.size();
    QCOMPARE(after, QByteArray(before.left(at) + YamlEditor::renderItem(item(), "  ") + before.mid(at)));
    // The other items are still read as they were.
    QJsonObject docs;
    bool found = false;
    QVERIFY(YamlEditor::read(after, kKey, QStringLiteral("Docs"), &docs, &found, &error));
    QVERIFY(found);
    QCOMPARE(docs.value(QLatin1String("url")).toString(), QStringLiteral("https://docs.example.com/sse"));
}

void TestYamlEditor::emptyFlowList()
{
    const QByteArray before = readData(QStringLiteral("continue-flow-empty.yaml"));
    QByteArray after;
    aipex::Error error;
    QVERIFY(YamlEditor::upsert(before, kKey, kName, item(), &after, &error));
    QCOMPARE(after, QByteArray("name: Local Assistant\nversion: 1.0.0\nschema: v1\nmcpServers: # none yet\n" +
                               YamlEditor::renderItem(item(), "  ") + "rules:\n  - Be brief\n"));
}

void TestYamlEditor::missingKeyAndEmptyFile()
{
    QByteArray after;
    aipex::Error error;
    QVERIFY(YamlEditor::upsert(QByteArray(), kKey, kName, item(), &after, &error, QString(), "name: x\n"));
    QCOMPARE(after, QByteArray("name: x\nmcpServers:\n" + YamlEditor::renderItem(item(), "  ")));
    QVERIFY(YamlEditor::upsert("a: 1", kKey, kName, item(), &after, &error));
    QCOMPARE(after, QByteArray("a: 1\nmcpServers:\n" + YamlEditor::renderItem(item(), "  ")));
}

void TestYamlEditor::replaceExisting()
{
    const QByteArray before = readData(QStringLiteral("continue-existing.yaml"));
    QByteArray after;
    aipex::Error error;
    QVERIFY(YamlEditor::upsert(before, kKey, kName, item(), &after, &error));
    QCOMPARE(after, QByteArray("name: Local Assistant\nversion: 1.0.0\nschema: v1\nmcpServers:\n" +
                               YamlEditor::renderItem(item(), "  ") +
                               "  - name: other\n    type: sse\n    url: https://other.example/sse\n"));
    QByteArray removed;
    bool was = false;
    QVERIFY(YamlEditor::remove(before, kKey, kName, &removed, &was, &error));
    QCOMPARE(removed, QByteArray("name: Local Assistant\nversion: 1.0.0\nschema: v1\nmcpServers:\n"
                                 "  - name: other\n    type: sse\n    url: https://other.example/sse\n"));
    // Removing the last item leaves an empty list, not a null.
    QVERIFY(YamlEditor::remove(removed, kKey, QStringLiteral("other"), &after, &was, &error));
    QCOMPARE(after, QByteArray("name: Local Assistant\nversion: 1.0.0\nschema: v1\nmcpServers: []\n"));
}

void TestYamlEditor::rendering()
{
    QCOMPARE(
        YamlEditor::renderItem(item(QStringLiteral("http://h/sse?token=a#b")), "  "),
        QByteArray("  - name: aipexbase-mcp-server\n    type: sse\n    url: \"http://h/sse?token=a#b\"\n"));
    QCOMPARE(YamlEditor::scalar(QStringLiteral("yes")), QByteArray("\"yes\""));
    QCOMPARE(YamlEditor::scalar(QStringLiteral("my server")), QByteArray("\"my server\""));
    QCOMPARE(YamlEditor::scalar(QStringLiteral("知识库")), QByteArray("\"知识库\""));
}

void TestYamlEditor::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("tabs (fixture)") << readData(QStringLiteral("continue-tabs.yaml")) << 3;
    QTest::newRow("flow list (fixture)") << readData(QStringLiteral("continue-flow.yaml")) << 2;
    QTest::newRow("a mapping, not a list") << QByteArray("mcpServers:\n  a:\n    url: x\n") << 2;
    QTest::newRow("twice") << QByteArray("mcpServers: []\nmcpServers: []\n") << 2;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 2;
    QTest::newRow("bad indentation") << QByteArray("mcpServers:\n    - name: a\n  - name: b\n") << 3;
    // Found by fuzz_yaml: an install here could not be read back.
    QTest::newRow("[] with lines under it")
        << QByteArray("name: x\nmcpServers: [] # none yet\n  - Be brief\n    url: \"http://old/mcp/sse\"\n")
        << 3;
    // Found by fuzz_yaml: uninstall after install left the entry behind.
    QTest::newRow("list item under no key")
        << QByteArray(
               "name: x\nmcpServers:\n  - name: aipexbase-mcp-server\n    type: sse\n- \" name: other\n")
        << 5;
    QTest::newRow("lone carriage return")
        << QByteArray("name: x\nmcpServers:\n  - name: a\r    url: b\n") << 3;
    QTest::newRow("control character") << QByteArray("mcpServers:\n\x1e - name: a\n") << 2;
    // Found by fuzzing: a stray top-level line ended the list for the edit, but the "- " items
    // after it were still taken as the list's; an uninstall could not be read back.
    QTest::newRow("stray line before items") << QByteArray("mcpServers:\n-n\n- name: a\n") << 2;
    QTest::newRow("stray colon before items")
        << QByteArray("mcpServers:\n  - name: aipexbase-mcp-server\n:\n- name: b\n") << 3;
    // Found by a byte-exact fuzz run: `key:  []` lost a space in install + uninstall.
    QTest::newRow("[] after two spaces") << QByteArray("mcpServers:  [] # none\n") << 1;
    // A quoted scalar was read as "no value" or as [], so our list went under it (fuzz_yaml's
    // property breaks on both).
    QTest::newRow("quoted empty value") << QByteArray("mcpServers: \"\"\n") << 1;
    QTest::newRow("quoted []") << QByteArray("name: x\nmcpServers: \"[]\"\n") << 2;
    QTest::newRow("complex key") << QByteArray("? mcpServers\n: []\n") << 1;
    QTest::newRow("document that is a scalar") << QByteArray("--- |\n  text\n") << 1;
    // Our key would go next to a list or an indented mapping: not YAML.
    QTest::newRow("a list, not a mapping") << QByteArray("- a\n- b\n") << 1;
    QTest::newRow("indented document") << QByteArray("# c\n  name: x\n") << 2;
    QTest::newRow("name twice")
        << QByteArray("mcpServers:\n  - name: aipexbase-mcp-server\n  - name: aipexbase-mcp-server\n") << 3;
}

void TestYamlEditor::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QByteArray out = "untouched";
    aipex::Error error;
    QVERIFY(!YamlEditor::upsert(text, kKey, kName, item(), &out, &error, QStringLiteral("/tmp/config.yaml")));
    QCOMPARE(out, QByteArray("untouched"));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QCOMPARE(error.context().value(QLatin1String("line")).toInt(), line);
    QVERIFY(error.message().contains(QStringLiteral("line %1").arg(line)));
}

void TestYamlEditor::fuzzFindings_data()
{
    // Inputs libFuzzer once crashed on (now named seeds of tests/fuzz/corpus/yaml): each is
    // refused before anything is produced, and the refusal names where.
    QTest::addColumn<QString>("seed");
    QTest::newRow("invalid UTF-8, short") << QStringLiteral("regression-invalid-utf8-short.yaml");
    QTest::newRow("dash lines under the key") << QStringLiteral("regression-dash-lines-under-key.yaml");
    QTest::newRow("invalid UTF-8 in an item") << QStringLiteral("regression-invalid-utf8-in-item.yaml");
}

void TestYamlEditor::fuzzFindings()
{
    QFETCH(QString, seed);
    QFile f(QStringLiteral(AIPEX_TEST_DATA "/../fuzz/corpus/yaml/") + seed);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QByteArray text = f.readAll();
    QByteArray out = "untouched";
    aipex::Error error;
    QVERIFY(!YamlEditor::upsert(text, kKey, kName, item(), &out, &error, QStringLiteral("/tmp/config.yaml")));
    QCOMPARE(out, QByteArray("untouched"));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QVERIFY(error.context().value(QLatin1String("line")).toInt() > 0);
    QVERIFY2(error.message().contains(QLatin1String("line")), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
