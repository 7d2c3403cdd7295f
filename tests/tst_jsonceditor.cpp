#include "formats/JsonText.h"
#include "formats/JsoncEditor.h"
#include "formats/JsoncParser.h"
#include "util/EditorTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using aipex::JsoncEditor;
using aipex::JsoncParser;
using aipex::JsonText;
using namespace editortest;

namespace {

const QString kName = QStringLiteral("aipexbase-mcp-server");

QJsonObject sseEntry()
{
    return {{QStringLiteral("type"), QStringLiteral("sse")},
            {QStringLiteral("url"),
             QStringLiteral("http://10.0.0.5:8080/mcp/sse?token=kf_api_abcdefghijklmnop1234")}};
}

QJsonObject bridgeEntry()
{
    return {{QStringLiteral("command"), QStringLiteral("npx")},
            {QStringLiteral("args"), QJsonArray{QStringLiteral("-y"), QStringLiteral("mcp-remote@latest"),
                                                QStringLiteral("http://h/mcp/sse?token=t"),
                                                QStringLiteral("--transport"), QStringLiteral("sse-only")}}};
}

QByteArray stripBom(const QByteArray& b)
{
    return b.startsWith("\xEF\xBB\xBF") ? b.mid(3) : b;
}

} // namespace

class TestJsoncEditor : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void replaceKeepsEverythingElse();
    void replaceOnOneLine();
    void emptyAndBlankFiles();
    void followsIndentation_data();
    void followsIndentation();
    void crlfAndBomVariants();
    void removeCases_data();
    void removeCases();
    void malformed_data();
    void malformed();
    void ambiguousOrWrongShape_data();
    void ambiguousOrWrongShape();
    void parserFlags();
    void jsonTextOrderAndEscapes();
};

void TestJsoncEditor::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("topKey");
    QTest::addColumn<bool>("hasTopKey");
    QTest::newRow("vscode comments, five servers") << "vscode-mcp-comments.jsonc"
                                                   << "servers" << true;
    QTest::newRow("cursor five servers") << "cursor-five-servers.json"
                                         << "mcpServers" << true;
    QTest::newRow("claude desktop 4 spaces") << "claude-desktop-4space.json"
                                             << "mcpServers" << true;
    QTest::newRow("cline tabs") << "cline-tabs.json"
                                << "mcpServers" << true;
    QTest::newRow("cline default, no final newline") << "cline-default.json"
                                                     << "mcpServers" << true;
    QTest::newRow("zed without context_servers") << "zed-settings.jsonc"
                                                 << "context_servers" << false;
    QTest::newRow("gemini CRLF") << "gemini-crlf.json"
                                 << "mcpServers" << true;
    QTest::newRow("windsurf BOM") << "windsurf-bom.json"
                                  << "mcpServers" << true;
    QTest::newRow("empty object") << "empty-object.json"
                                  << "mcpServers" << false;
    QTest::newRow("empty servers") << "empty-servers.json"
                                   << "mcpServers" << true;
    QTest::newRow("non-ASCII") << "non-ascii.json"
                               << "mcpServers" << true;
    QTest::newRow("minified one line") << "compact-minified.json"
                                       << "mcpServers" << true;
    QTest::newRow("claude code ~/.claude.json") << "claude-code.json"
                                                << "mcpServers" << true;
    QTest::newRow("3 spaces, trailing comment") << "three-space-trailing-comment.json"
                                                << "mcpServers" << true;
}

void TestJsoncEditor::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, topKey);
    QFETCH(bool, hasTopKey);
    const QByteArray before = readData(file);
    JsoncParser::Document doc;
    aipex::Error error;
    QVERIFY2(JsoncParser::parse(before, &doc, &error), qPrintable(error.message()));
    const bool strict = doc.isStrictJson();

    for (const QJsonObject& entry : {sseEntry(), bridgeEntry()}) {
        QByteArray after;
        QVERIFY2(JsoncEditor::upsert(before, topKey, kName, entry, &after, &error),
                 qPrintable(error.message()));

        // Every old byte is still there, in order; what was added is our member (and a comma).
        QByteArray extra;
        QVERIFY(onlyInserted(before, after, &extra));
        const QByteArray member = JsonText::quote(kName) + ':' + JsonText::compact(entry);
        const QByteArray expected =
            hasTopKey ? member : QByteArray(JsonText::quote(topKey) + ":{" + member + '}');
        // Commas are left out: where a greedy match puts them is ambiguous.
        QCOMPARE(QByteArray(extra).replace(',', ""), QByteArray(expected).replace(',', ""));

        // It parses as the client parses it, and holds our entry.
        JsoncParser::Document out;
        QVERIFY(JsoncParser::parse(after, &out, &error));
        if (strict) {
            QVERIFY(out.isStrictJson());
            QJsonParseError pe;
            const QJsonDocument strictDoc = QJsonDocument::fromJson(after, &pe);
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
            QCOMPARE(strictDoc.object().value(topKey).toObject().value(kName).toObject(), entry);
        }
        QJsonObject read;
        bool found = false;
        QVERIFY(JsoncEditor::read(after, topKey, kName, &read, &found, &error));
        QVERIFY(found);
        QCOMPARE(read, entry);
        QVERIFY(after.startsWith("\xEF\xBB\xBF") == before.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(after.contains("\r\n"), before.contains("\r\n"));
        if (before.contains("\r\n"))
            QCOMPARE(after.count('\n'), after.count("\r\n"));

        // Uninstall gives the file back byte for byte; a key we had to add stays, empty.
        QByteArray back;
        bool removed = false;
        QVERIFY(JsoncEditor::remove(after, topKey, kName, &back, &removed, &error));
        QVERIFY(removed);
        if (hasTopKey) {
            QCOMPARE(back, before);
        } else {
            QVERIFY(onlyInserted(before, back, &extra));
            QCOMPARE(extra.replace(',', ""), QByteArray(JsonText::quote(topKey) + ":{}"));
        }
        // Installing twice (with replace) is the same as installing once.
        QByteArray again;
        QVERIFY(JsoncEditor::upsert(after, topKey, kName, entry, &again, &error));
        QCOMPARE(again, after);
    }
}

void TestJsoncEditor::replaceKeepsEverythingElse()
{
    const QByteArray before = readData(QStringLiteral("existing-entry.json"));
    JsoncParser::Document doc;
    aipex::Error error;
    QVERIFY(JsoncParser::parse(before, &doc, &error));
    const auto* member = JsoncParser::membersNamed(doc.root.members.at(0).value, kName).front();
    const qsizetype start = member->value.start;
    const qsizetype end = member->value.end;

    QByteArray after;
    QVERIFY(JsoncEditor::upsert(before, QStringLiteral("mcpServers"), kName, bridgeEntry(), &after, &error));
    QCOMPARE(after.left(start), before.left(start));
    QVERIFY(after.endsWith(before.mid(end)));
    QVERIFY(!after.contains("OLDOLD"));
    const QByteArray replaced = after.mid(start, after.size() - start - (before.size() - end));
    QCOMPARE(replaced, QByteArray("{\n      \"command\": \"npx\",\n      \"args\": [\n        \"-y\",\n"
                                  "        \"mcp-remote@latest\",\n        \"http://h/mcp/sse?token=t\",\n"
                                  "        \"--transport\",\n        \"sse-only\"\n      ]\n    }"));
    QVERIFY(QJsonDocument::fromJson(after).isObject());

    // Removing an entry in the middle leaves its neighbours and their commas right.
    QByteArray removed;
    bool wasThere = false;
    QVERIFY(JsoncEditor::remove(before, QStringLiteral("mcpServers"), kName, &removed, &wasThere, &error));
    QVERIFY(wasThere);
    QCOMPARE(removed, QByteArray("{\n  \"mcpServers\": {\n    \"fetch\": {\n      \"command\": \"uvx\",\n"
                                 "      \"args\": [\"mcp-server-fetch\"]\n    },\n    \"memory\": {\n"
                                 "      \"command\": \"npx\",\n      \"args\": [\"-y\", "
                                 "\"@modelcontextprotocol/server-memory\"]\n    }\n  }\n}\n"));
}

void TestJsoncEditor::replaceOnOneLine()
{
    const QByteArray before =
        "{\"mcpServers\": {\"aipexbase-mcp-server\": {\"url\": \"http://old\"}, \"b\": {}}}";
    QByteArray after;
    aipex::Error error;
    QVERIFY(JsoncEditor::upsert(before, QStringLiteral("mcpServers"), kName, sseEntry(), &after, &error));
    QCOMPARE(after,
             QByteArray("{\"mcpServers\": {\"aipexbase-mcp-server\": {\"type\": \"sse\", \"url\": "
                        "\"http://10.0.0.5:8080/mcp/sse?token=kf_api_abcdefghijklmnop1234\"}, \"b\": {}}}"));
}

void TestJsoncEditor::emptyAndBlankFiles()
{
    aipex::Error error;
    const QByteArray created =
        "{\n  \"mcpServers\": {\n    \"aipexbase-mcp-server\": {\n      \"type\": \"sse\",\n"
        "      \"url\": \"http://10.0.0.5:8080/mcp/sse?token=kf_api_abcdefghijklmnop1234\"\n"
        "    }\n  }\n}\n";
    for (const QByteArray& blank : {QByteArray(), QByteArray("\n"), QByteArray("  \n\n")}) {
        QByteArray after;
        QVERIFY(JsoncEditor::upsert(blank, QStringLiteral("mcpServers"), kName, sseEntry(), &after, &error));
        QCOMPARE(after, created);
    }
    QCOMPARE(JsoncEditor::newDocument(QStringLiteral("mcpServers"), kName, sseEntry()), created);
    // Only comments: they stay, and the document follows them.
    QByteArray after;
    QVERIFY(JsoncEditor::upsert("// my settings\n", QStringLiteral("mcpServers"), kName, sseEntry(), &after,
                                &error));
    QCOMPARE(after, QByteArray("// my settings\n" + created));
    // A BOM alone stays in front.
    QVERIFY(
        JsoncEditor::upsert("\xEF\xBB\xBF", QStringLiteral("mcpServers"), kName, sseEntry(), &after, &error));
    QCOMPARE(after, QByteArray("\xEF\xBB\xBF" + created));
    bool found = true;
    QVERIFY(JsoncEditor::read(QByteArray(), QStringLiteral("mcpServers"), kName, nullptr, &found, &error));
    QVERIFY(!found);
}

void TestJsoncEditor::followsIndentation_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("tabs")
        << QByteArray("{\n\t\"mcpServers\": {\n\t\t\"a\": {}\n\t}\n}\n")
        << QByteArray("{\n\t\"mcpServers\": {\n\t\t\"a\": {},\n\t\t\"x\": {\n\t\t\t\"url\": \"u\"\n"
                      "\t\t}\n\t}\n}\n");
    QTest::newRow("4 spaces, empty object")
        << QByteArray("{\n    \"other\": 1,\n    \"mcpServers\": {}\n}\n")
        << QByteArray(
               "{\n    \"other\": 1,\n    \"mcpServers\": {\n        \"x\": {\n            \"url\": \"u\"\n"
               "        }\n    }\n}\n");
    QTest::newRow("3 spaces, new top key")
        << QByteArray("{\n   \"a\": true\n}")
        << QByteArray("{\n   \"a\": true,\n   \"mcpServers\": {\n      \"x\": {\n         \"url\": \"u\"\n"
                      "      }\n   }\n}");
    QTest::newRow("trailing commas kept as the file's style")
        << QByteArray("{\n  \"mcpServers\": {\n    \"a\": 1,\n  },\n}\n")
        << QByteArray("{\n  \"mcpServers\": {\n    \"a\": 1,\n    \"x\": {\n      \"url\": \"u\"\n    },\n  "
                      "},\n}\n");
    QTest::newRow("comment after the last member stays with it")
        << QByteArray("{\n  \"mcpServers\": {\n    \"a\": 1 // one\n  }\n}\n")
        << QByteArray(
               "{\n  \"mcpServers\": {\n    \"a\": 1, // one\n    \"x\": {\n      \"url\": \"u\"\n    }\n"
               "  }\n}\n");
    QTest::newRow("comment inside an empty object")
        << QByteArray("{\n  \"mcpServers\": {\n    // add servers here\n  }\n}\n")
        << QByteArray("{\n  \"mcpServers\": {\n    // add servers here\n    \"x\": {\n      \"url\": \"u\"\n"
                      "    }\n  }\n}\n");
    QTest::newRow("one line, no spaces") << QByteArray("{\"mcpServers\":{\"a\":1}}")
                                         << QByteArray("{\"mcpServers\":{\"a\":1,\"x\":{\"url\":\"u\"}}}");
    QTest::newRow("one line, spaces")
        << QByteArray("{ \"mcpServers\": { \"a\": 1, \"b\": 2 } }")
        << QByteArray("{ \"mcpServers\": { \"a\": 1, \"b\": 2, \"x\": {\"url\": \"u\"} } }");
}

void TestJsoncEditor::followsIndentation()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QJsonObject entry{{QStringLiteral("url"), QStringLiteral("u")}};
    QByteArray out;
    aipex::Error error;
    QVERIFY(
        JsoncEditor::upsert(before, QStringLiteral("mcpServers"), QStringLiteral("x"), entry, &out, &error));
    QCOMPARE(out, after);
    QByteArray back;
    bool removed = false;
    QVERIFY(
        JsoncEditor::remove(out, QStringLiteral("mcpServers"), QStringLiteral("x"), &back, &removed, &error));
    if (before.contains("mcpServers"))
        QCOMPARE(back, before);
}

void TestJsoncEditor::crlfAndBomVariants()
{
    // Every LF fixture again as CRLF and with a BOM: the edit follows both.
    for (const char* name : {"cursor-five-servers.json", "vscode-mcp-comments.jsonc", "cline-tabs.json"}) {
        QByteArray base = readData(QString::fromLatin1(name));
        QByteArray crlf = base;
        crlf.replace("\n", "\r\n");
        for (const QByteArray& before :
             {crlf, QByteArray("\xEF\xBB\xBF" + crlf), QByteArray("\xEF\xBB\xBF" + base)}) {
            const QString key =
                base.contains("\"servers\"") ? QStringLiteral("servers") : QStringLiteral("mcpServers");
            QByteArray after, back;
            aipex::Error error;
            QVERIFY(JsoncEditor::upsert(before, key, kName, sseEntry(), &after, &error));
            if (before.contains("\r\n"))
                QCOMPARE(after.count('\n'), after.count("\r\n"));
            QCOMPARE(after.startsWith("\xEF\xBB\xBF"), before.startsWith("\xEF\xBB\xBF"));
            bool removed = false;
            QVERIFY(JsoncEditor::remove(after, key, kName, &back, &removed, &error));
            QCOMPARE(back, before);
            if (!base.contains("//")) {
                QJsonParseError pe;
                QJsonDocument::fromJson(stripBom(after), &pe);
                QCOMPARE(pe.error, QJsonParseError::NoError);
            }
        }
    }
}

void TestJsoncEditor::removeCases_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("first of two") << QByteArray("{\"s\": {\n  \"x\": 1,\n  \"a\": 2\n}}")
                                  << QByteArray("{\"s\": {\n  \"a\": 2\n}}");
    QTest::newRow("last of two") << QByteArray("{\"s\": {\n  \"a\": 2,\n  \"x\": 1\n}}")
                                 << QByteArray("{\"s\": {\n  \"a\": 2\n}}");
    QTest::newRow("last with trailing comma")
        << QByteArray("{\"s\": {\n  \"a\": 2,\n  \"x\": 1,\n}}") << QByteArray("{\"s\": {\n  \"a\": 2,\n}}");
    QTest::newRow("only one") << QByteArray("{\"s\": {\n  \"x\": 1\n}}") << QByteArray("{\"s\": {}}");
    QTest::newRow("inline middle") << QByteArray("{\"s\": {\"a\": 1, \"x\": 2, \"b\": 3}}")
                                   << QByteArray("{\"s\": {\"a\": 1, \"b\": 3}}");
    QTest::newRow("inline last") << QByteArray("{\"s\": {\"a\": 1, \"x\": 2}}")
                                 << QByteArray("{\"s\": {\"a\": 1}}");
    QTest::newRow("with its own line comment") << QByteArray("{\"s\": {\n  \"x\": 1, // ours\n  \"a\": 2\n}}")
                                               << QByteArray("{\"s\": {\n  \"a\": 2\n}}");
    QTest::newRow("absent") << QByteArray("{\"s\": {\"a\": 1}}") << QByteArray("{\"s\": {\"a\": 1}}");
    QTest::newRow("no key") << QByteArray("{}") << QByteArray("{}");
}

void TestJsoncEditor::removeCases()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QByteArray out;
    bool removed = false;
    aipex::Error error;
    QVERIFY(JsoncEditor::remove(before, QStringLiteral("s"), QStringLiteral("x"), &out, &removed, &error));
    QCOMPARE(out, after);
    QCOMPARE(removed, before != after);
}

void TestJsoncEditor::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma (fixture)") << readData(QStringLiteral("malformed.json")) << 6 << 5;
    QTest::newRow("unclosed comment (fixture)")
        << readData(QStringLiteral("malformed-comment.jsonc")) << 3 << 5;
    QTest::newRow("truncated") << QByteArray("{\n  \"a\": [1, 2") << 2 << 13;
    QTest::newRow("single quotes") << QByteArray("{\n  'a': 1\n}") << 2 << 3;
    QTest::newRow("after a Chinese value") << QByteArray("{\"名字\": \"值\" x}") << 1 << 12;
    QTest::newRow("unquoted key") << QByteArray("{ a: 1 }") << 1 << 3;
    QTest::newRow("two documents") << QByteArray("{}\n{}") << 2 << 1;
    QTest::newRow("raw line break in string") << QByteArray("{\"a\": \"x\ny\"}") << 1 << 9;
}

void TestJsoncEditor::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    aipex::Error error;
    QByteArray out = "untouched";
    QVERIFY(!JsoncEditor::upsert(text, QStringLiteral("mcpServers"), kName, sseEntry(), &out, &error,
                                 QStringLiteral("/tmp/x.json")));
    QCOMPARE(out, QByteArray("untouched"));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QCOMPARE(error.context().value(QLatin1String("line")).toInt(), line);
    QCOMPARE(error.context().value(QLatin1String("column")).toInt(), column);
    QVERIFY2(error.message().contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
             qPrintable(error.message()));
    bool removed = false;
    QVERIFY(!JsoncEditor::remove(text, QStringLiteral("mcpServers"), kName, &out, &removed, &error));
}

void TestJsoncEditor::ambiguousOrWrongShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("root is a list") << QByteArray("[1, 2]");
    QTest::newRow("servers is a list") << QByteArray("{\"mcpServers\": []}");
    QTest::newRow("servers is null") << QByteArray("{\"mcpServers\": null}");
    QTest::newRow("servers twice") << QByteArray("{\"mcpServers\": {}, \"mcpServers\": {}}");
    QTest::newRow("entry twice") << QByteArray(
        "{\"mcpServers\": {\"aipexbase-mcp-server\": {}, \"aipexbase-mcp-server\": {}}}");
}

void TestJsoncEditor::ambiguousOrWrongShape()
{
    QFETCH(QByteArray, text);
    QByteArray out;
    aipex::Error error;
    QVERIFY(!JsoncEditor::upsert(text, QStringLiteral("mcpServers"), kName, sseEntry(), &out, &error));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QVERIFY(error.context().contains(QLatin1String("line")));
}

void TestJsoncEditor::parserFlags()
{
    JsoncParser::Document doc;
    aipex::Error error;
    QVERIFY(JsoncParser::parse("{\"a\": [1, 2.5e3, -0, true, null, \"\\u00e9\\n\"]}", &doc, &error));
    QVERIFY(doc.isStrictJson());
    QCOMPARE(doc.root.value.toObject().value(QLatin1String("a")).toArray().at(5).toString(),
             QStringLiteral("\u00e9\n"));
    QVERIFY(JsoncParser::parse("{\"a\": 1, /* c */ }", &doc, &error));
    QVERIFY(doc.hasComments && doc.hasTrailingCommas && !doc.isStrictJson());
    QVERIFY(JsoncParser::parse("\xEF\xBB\xBF{}", &doc, &error));
    QVERIFY(doc.hasBom && !doc.isStrictJson());
    QVERIFY(JsoncParser::parse("// only\n", &doc, &error));
    QVERIFY(!doc.hasRoot);
    QVERIFY(!JsoncParser::parse(QByteArray(600, '['), &doc, &error));
    QVERIFY(error.message().contains(QStringLiteral("nested")));
    // The key of a member is decoded; the offsets point at the raw text.
    QVERIFY(JsoncParser::parse("{\"a\\u0062\" : 1}", &doc, &error));
    QCOMPARE(doc.root.members.at(0).key, QStringLiteral("ab"));
    QCOMPARE(doc.root.members.at(0).keyEnd, 10);
}

void TestJsoncEditor::jsonTextOrderAndEscapes()
{
    const QJsonObject o{{QStringLiteral("url"), QStringLiteral("a/b\"c\\\u00e9\x01")},
                        {QStringLiteral("zeta"), 1},
                        {QStringLiteral("args"), QJsonArray{1.5, true}},
                        {QStringLiteral("command"), QStringLiteral("npx")},
                        {QStringLiteral("type"), QStringLiteral("sse")},
                        {QStringLiteral("name"), QStringLiteral("n")}};
    QCOMPARE(JsonText::compact(o),
             QByteArray("{\"name\":\"n\",\"type\":\"sse\",\"command\":\"npx\",\"args\":[1.5,true],"
                        "\"url\":\"a/b\\\"c\\\\\xC3\xA9\\u0001\",\"zeta\":1}"));
    QCOMPARE(QJsonDocument::fromJson(JsonText::compact(o)).object(), o);
    QCOMPARE(JsonText::pretty(QJsonObject(), "", "  ", "\n"), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestJsoncEditor)
#include "tst_jsonceditor.moc"
