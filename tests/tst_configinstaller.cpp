#include "clients/ConfigInstaller.h"
#include "clients/UnifiedDiff.h"
#include "formats/JsoncParser.h"
#include "mcp/McpEntry.h"
#include "util/EditorTestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using aipex::ClientProfile;
using aipex::ConfigChange;
using aipex::ConfigInstaller;
using namespace editortest;

namespace {

const QString kName = QStringLiteral("aipexbase-mcp-server");
const QString kToken = QStringLiteral("kf_api_ab3456789012345678901234567891234");
const QUrl kUrl(QStringLiteral("http://192.168.1.5:8080/mcp/sse?token=") + kToken);
const QUrl
    kNewUrl(QStringLiteral("https://mcp.example.com/mcp/sse?token=kf_api_zz9999999999999999999999999999999"));

const ClientProfile& profile(const QString& id)
{
    return *ClientProfile::find(id);
}

QFileDevice::Permissions mode(const QString& path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

const QFileDevice::Permissions k0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions k0644 = k0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

class TestConfigInstaller : public QObject
{
    Q_OBJECT
private slots:
    void vsCodeDoneWhen();
    void corpus_data();
    void corpus();
    void createsMissingFileAndFolder_data();
    void createsMissingFileAndFolder();
    void malformedIsNeverTouched_data();
    void malformedIsNeverTouched();
    void sameEntryIsNoChange();
    void restore();
    void symlinkFollowed();
    void backupNames();
    void dryRunAndMaskedDiff();
    void warnings();
    void refusesConcurrentChange();
    void scopes();
    void snippets();
};

void TestConfigInstaller::vsCodeDoneWhen()
{
    // A VS Code mcp.json full of comments with five other servers: install,
    // update (force), uninstall — every other byte where it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    const QByteArray original = readData(QStringLiteral("vscode-mcp-comments.jsonc"));
    QVERIFY(writeFile(path, original));
    QVERIFY(QFile::setPermissions(path, k0644));
    const ConfigInstaller installer(profile(QStringLiteral("vscode")), path,
                                    aipex::ClientEnvironment::Os::Linux);

    ConfigChange change;
    aipex::Error error;
    QVERIFY2(installer.install(kName, kUrl, false, &change, &error), qPrintable(error.message()));
    QVERIFY(change.written && !change.created && !change.entryExisted);
    const QByteArray installed = readFile(path);
    QByteArray extra;
    QVERIFY(onlyInserted(original, installed, &extra));
    QCOMPARE(extra.replace(',', ""),
             QByteArray("\"aipexbase-mcp-server\":{\"type\":\"sse\"\"url\":\"" + kUrl.toEncoded() + "\"}"));
    QCOMPARE(mode(path), k0644);
    QCOMPARE(readFile(change.backupPath), original);
    QCOMPARE(mode(change.backupPath), k0600);
    QVERIFY(QFileInfo(change.backupPath).fileName().startsWith(QLatin1String("mcp.json.bak-")));

    // A second install with another URL is refused unless asked to replace, and nothing moves;
    // the plan says so as a typed result (the front ends ask, or name their own flag).
    QVERIFY(!installer.install(kName, kNewUrl, false, &change, &error));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QVERIFY(error.message().contains(QLatin1String("already has a server named")));
    QCOMPARE(readFile(path), installed);
    ConfigChange planned;
    QVERIFY(installer.planInstall(kName, kNewUrl, &planned, &error));
    QVERIFY(planned.replacesOther && planned.entryExisted && planned.changed());
    QCOMPARE(readFile(path), installed);

    // Update: only the value of our entry changes.
    QVERIFY(installer.install(kName, kNewUrl, true, &change, &error));
    QVERIFY(change.entryExisted);
    const QByteArray updated = readFile(path);
    const qsizetype start = installed.indexOf("\"aipexbase-mcp-server\": ");
    QVERIFY(start > 0);
    const qsizetype valueEnd = installed.indexOf('}', start) + 1;
    QCOMPARE(updated.left(start), installed.left(start));
    QVERIFY(updated.endsWith(installed.mid(valueEnd)));
    QVERIFY(updated.contains(kNewUrl.toEncoded()));
    QVERIFY(!updated.contains(kToken.toUtf8()));
    QCOMPARE(readFile(change.backupPath), installed);

    // Uninstall: the original file, byte for byte.
    QVERIFY(installer.uninstall(kName, &change, &error));
    QVERIFY(change.entryExisted);
    QCOMPARE(readFile(path), original);
    QCOMPARE(mode(path), k0644);
    QCOMPARE(installer.backups().size(), 3);
    // Nothing left to remove: success, no change, no new backup.
    QVERIFY(installer.uninstall(kName, &change, &error));
    QVERIFY(!change.entryExisted && !change.changed() && change.backupPath.isEmpty());
    QCOMPARE(installer.backups().size(), 3);
}

void TestConfigInstaller::corpus_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("exactRoundTrip");
    QTest::newRow("cursor") << "cursor"
                            << "cursor-five-servers.json" << true;
    QTest::newRow("claude-desktop 4 spaces") << "claude-desktop"
                                             << "claude-desktop-4space.json" << true;
    QTest::newRow("claude-code ~/.claude.json") << "claude-code"
                                                << "claude-code.json" << true;
    QTest::newRow("cline tabs") << "cline"
                                << "cline-tabs.json" << true;
    QTest::newRow("cline default") << "cline"
                                   << "cline-default.json" << true;
    QTest::newRow("roo empty servers") << "roo"
                                       << "empty-servers.json" << true;
    QTest::newRow("gemini CRLF + comment") << "gemini"
                                           << "gemini-crlf.json" << true;
    QTest::newRow("windsurf BOM") << "windsurf"
                                  << "windsurf-bom.json" << true;
    QTest::newRow("kiro {}") << "kiro"
                             << "empty-object.json" << false;
    QTest::newRow("zed settings") << "zed"
                                  << "zed-settings.jsonc" << false;
    QTest::newRow("qwen non-ASCII") << "qwen"
                                    << "non-ascii.json" << true;
    QTest::newRow("lmstudio minified") << "lmstudio"
                                       << "compact-minified.json" << true;
    QTest::newRow("trae 3 spaces") << "trae"
                                   << "three-space-trailing-comment.json" << true;
    QTest::newRow("codebuddy empty file") << "codebuddy"
                                          << "empty.json" << false;
    QTest::newRow("codex toml") << "codex"
                                << "codex-config.toml" << true;
    QTest::newRow("codex toml CRLF") << "codex"
                                     << "codex-crlf.toml" << true;
    QTest::newRow("continue yaml") << "continue"
                                   << "continue-config.yaml" << true;
    QTest::newRow("continue yaml []") << "continue"
                                      << "continue-flow-empty.yaml" << true;
}

void TestConfigInstaller::corpus()
{
    QFETCH(QString, client);
    QFETCH(QString, fixture);
    QFETCH(bool, exactRoundTrip);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    const QByteArray original = readData(fixture);
    QVERIFY(writeFile(path, original));
    QVERIFY(QFile::setPermissions(path, k0644 | QFileDevice::WriteGroup));
    const ClientProfile& p = profile(client);
    const ConfigInstaller installer(p, path, aipex::ClientEnvironment::Os::Linux);

    ConfigChange change;
    aipex::Error error;
    QVERIFY2(installer.install(kName, kUrl, false, &change, &error), qPrintable(error.message()));
    const QByteArray installed = readFile(path);
    QCOMPARE(installed, change.after);
    QCOMPARE(mode(path), k0644 | QFileDevice::WriteGroup);
    QCOMPARE(readFile(change.backupPath), original);
    QVERIFY(installed.contains(kUrl.toEncoded()));

    // Parsed the way the client parses it.
    if (p.strictJson()) {
        aipex::JsoncParser::Document before;
        QVERIFY(aipex::JsoncParser::parse(original, &before, &error));
        if (before.isStrictJson()) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(installed, &pe);
            QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
            QCOMPARE(doc.object().value(p.topKey()).toObject().value(kName).toObject(),
                     p.entryFor(kName, kUrl, aipex::ClientEnvironment::Os::Linux));
        }
    }
    QJsonObject entry;
    bool found = false;
    QVERIFY(installer.readEntry(kName, &entry, &found, &error));
    QVERIFY(found);
    QCOMPARE(entry, p.entryFor(kName, kUrl, aipex::ClientEnvironment::Os::Linux));

    QVERIFY(installer.uninstall(kName, &change, &error));
    const QByteArray back = readFile(path);
    if (exactRoundTrip) {
        QCOMPARE(back, original);
    } else {
        // The key (or file) we had to create stays, empty; the rest is as it was.
        QVERIFY(installer.readEntry(kName, &entry, &found, &error));
        QVERIFY(!found);
        QByteArray extra;
        QVERIFY(onlyInserted(original, back, &extra));
    }
}

void TestConfigInstaller::createsMissingFileAndFolder_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("file");
    QTest::newRow("claude-desktop") << "claude-desktop"
                                    << "Claude/claude_desktop_config.json";
    QTest::newRow("vscode") << "vscode"
                            << "Code/User/mcp.json";
    QTest::newRow("codex") << "codex"
                           << ".codex/config.toml";
    QTest::newRow("continue") << "continue"
                              << ".continue/config.yaml";
}

void TestConfigInstaller::createsMissingFileAndFolder()
{
    QFETCH(QString, client);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const ConfigInstaller installer(profile(client), path, aipex::ClientEnvironment::Os::Linux);
    ConfigChange change;
    aipex::Error error;
    QVERIFY2(installer.install(kName, kUrl, false, &change, &error), qPrintable(error.message()));
    QVERIFY(change.created && change.backupPath.isEmpty());
    QCOMPARE(mode(path), k0600);
    const QByteArray text = readFile(path);
    if (client == u"claude-desktop" || client == u"vscode") {
        QVERIFY(QJsonDocument::fromJson(text).isObject());
        QVERIFY(text.startsWith("{\n  \""));
    }
    if (client == u"continue")
        QVERIFY2(
            text.startsWith("name: \"Local Assistant\"\nversion: 1.0.0\nschema: v1\nmcpServers:\n  - name: "),
            text.constData());
    if (client == u"codex")
        QVERIFY(text.startsWith("[mcp_servers.aipexbase-mcp-server]\ncommand = \"npx\"\n"));
    bool found = false;
    QVERIFY(installer.readEntry(kName, nullptr, &found, &error));
    QVERIFY(found);
    // Restore has nothing to go back to: the file did not exist.
    QVERIFY(!installer.restore(&change, &error));
    QCOMPARE(error.code(), aipex::Error::MissingConfig);
}

void TestConfigInstaller::malformedIsNeverTouched_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line");
    QTest::newRow("json") << "cursor"
                          << "malformed.json" << 6;
    QTest::newRow("jsonc") << "vscode"
                           << "malformed-comment.jsonc" << 3;
    QTest::newRow("toml") << "codex"
                          << "codex-malformed.toml" << 5;
    QTest::newRow("toml dotted") << "codex"
                                 << "codex-dotted.toml" << 2;
    QTest::newRow("yaml tabs") << "continue"
                               << "continue-tabs.yaml" << 3;
    QTest::newRow("yaml flow") << "continue"
                               << "continue-flow.yaml" << 2;
}

void TestConfigInstaller::malformedIsNeverTouched()
{
    QFETCH(QString, client);
    QFETCH(QString, fixture);
    QFETCH(int, line);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    const QByteArray original = readData(fixture);
    QVERIFY(writeFile(path, original));
    const QDateTime modified = QFileInfo(path).lastModified();
    const ConfigInstaller installer(profile(client), path);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(!installer.install(kName, kUrl, true, &change, &error));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QCOMPARE(error.context().value(QLatin1String("line")).toInt(), line);
    QVERIFY2(error.message().contains(QStringLiteral("line %1").arg(line)), qPrintable(error.message()));
    QVERIFY(!installer.uninstall(kName, &change, &error));
    QCOMPARE(readFile(path), original);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(installer.backups().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestConfigInstaller::sameEntryIsNoChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    QVERIFY(writeFile(path, readData(QStringLiteral("cursor-five-servers.json"))));
    const ConfigInstaller installer(profile(QStringLiteral("cursor")), path);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(installer.install(kName, kUrl, false, &change, &error));
    QCOMPARE(installer.backups().size(), 1);
    QVERIFY(installer.install(kName, kUrl, false, &change, &error));
    QVERIFY(change.entryExisted && !change.changed() && !change.written);
    QCOMPARE(installer.backups().size(), 1);
}

void TestConfigInstaller::restore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    const QByteArray original = readData(QStringLiteral("gemini-crlf.json"));
    QVERIFY(writeFile(path, original));
    const ConfigInstaller installer(profile(QStringLiteral("gemini")), path);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(!installer.restore(&change, &error)); // no backup yet
    QVERIFY(installer.install(kName, kUrl, false, &change, &error));
    const QByteArray installed = readFile(path);
    QVERIFY(installer.restore(&change, &error));
    QCOMPARE(change.restoredFrom, installer.backups().value(1));
    QCOMPARE(readFile(path), original);
    // The restore itself was backed up: restoring again undoes it.
    QCOMPARE(readFile(change.backupPath), installed);
    QCOMPARE(installer.backups().value(0), change.backupPath);
    QVERIFY(installer.restore(&change, &error));
    QCOMPARE(readFile(path), installed);
    // A named backup.
    QVERIFY(installer.restore(&change, &error, installer.backups().constLast()));
    QCOMPARE(readFile(path), original);
}

void TestConfigInstaller::symlinkFollowed()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("dotfiles"))));
    const QString target = dir.filePath(QStringLiteral("dotfiles/mcp.json"));
    const QString link = dir.filePath(QStringLiteral("mcp.json"));
    QVERIFY(writeFile(target, "{}\n"));
    QVERIFY(QFile::link(target, link));
    const ConfigInstaller installer(profile(QStringLiteral("cursor")), link);
    QCOMPARE(installer.target(), QFileInfo(target).canonicalFilePath());
    ConfigChange change;
    aipex::Error error;
    QVERIFY(installer.install(kName, kUrl, false, &change, &error));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(readFile(target).contains(kUrl.toEncoded()));
    QCOMPARE(QFileInfo(change.backupPath).absolutePath(), QFileInfo(target).canonicalPath());
}

void TestConfigInstaller::backupNames()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.json"));
    const QDateTime when(QDate(2025, 3, 4), QTime(5, 6, 7));
    const QString first = ConfigInstaller::backupPathFor(file, when);
    QCOMPARE(first, file + QStringLiteral(".bak-20250304-050607"));
    QVERIFY(writeFile(first, "1"));
    const QString second = ConfigInstaller::backupPathFor(file, when);
    QCOMPARE(second, first + QStringLiteral("-2"));
    QVERIFY(writeFile(second, "2"));
    for (int i = 3; i <= 10; ++i)
        QVERIFY(writeFile(ConfigInstaller::backupPathFor(file, when), QByteArray::number(i)));
    QVERIFY(writeFile(ConfigInstaller::backupPathFor(file, when.addDays(-1)), "old"));
    QVERIFY(writeFile(file + QStringLiteral(".bak-junk"), "x"));
    const ConfigInstaller installer(profile(QStringLiteral("cursor")), file);
    const QStringList all = installer.backups();
    QCOMPARE(all.size(), 11);
    QCOMPARE(readFile(all.first()), QByteArray("10")); // -10 is newer than -9 and -2
    QCOMPARE(readFile(all.last()), QByteArray("old"));
}

void TestConfigInstaller::dryRunAndMaskedDiff()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    const QByteArray original = readData(QStringLiteral("cursor-five-servers.json"));
    QVERIFY(writeFile(path, original));
    const ConfigInstaller installer(profile(QStringLiteral("cursor")), path);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(installer.planInstall(kName, kUrl, &change, &error));
    QCOMPARE(readFile(path), original);
    QVERIFY(installer.backups().isEmpty());
    QVERIFY(change.changed() && !change.written);
    const QString diff =
        aipex::UnifiedDiff::make(change.before, change.after, QStringLiteral("mcp.json"), {kToken});
    QVERIFY(diff.startsWith(QLatin1String("--- a/mcp.json\n+++ b/mcp.json\n@@ ")));
    QVERIFY(!diff.contains(kToken));
    QVERIFY(diff.contains(aipex::McpEntry::maskToken(kToken)));
    QVERIFY2(diff.contains(QLatin1String("\n+    \"aipexbase-mcp-server\": {\n")), qPrintable(diff));
    QVERIFY(diff.contains(QLatin1String("\n@@ -29,6 +29,9 @@\n")));
}

void TestConfigInstaller::warnings()
{
    QTemporaryDir dir;
    const QString proc = dir.filePath(QStringLiteral("proc"));
    QVERIFY(QDir().mkpath(proc + QStringLiteral("/self")));
    QVERIFY(QDir().mkpath(proc + QStringLiteral("/42")));
    QVERIFY(writeFile(proc + QStringLiteral("/42/comm"), "Claude\n"));
    const QString path = dir.filePath(QStringLiteral("claude_desktop_config.json"));
    ConfigInstaller desktop(profile(QStringLiteral("claude-desktop")), path);
    desktop.setProcRoot(proc);
    QCOMPARE(desktop.appState(), aipex::ProcessCheck::State::Running);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(desktop.planInstall(kName, kUrl, &change, &error));
    QVERIFY(change.warnings.join(u' ').contains(QLatin1String("quit it first")));
    desktop.setProcRoot(dir.filePath(QStringLiteral("none")));
    QVERIFY(desktop.planInstall(kName, kUrl, &change, &error));
    QVERIFY(change.warnings.join(u' ').contains(QLatin1String("not running")));
    // A strict-JSON client whose file already has comments: said, not "fixed".
    QVERIFY(writeFile(path, "{\n  // mine\n  \"mcpServers\": {}\n}\n"));
    ConfigInstaller cursor(profile(QStringLiteral("cursor")), path);
    QVERIFY(cursor.planInstall(kName, kUrl, &change, &error));
    QVERIFY(change.warnings.join(u' ').contains(QLatin1String("strict JSON")));
    QVERIFY(change.after.contains("// mine"));
    // A best guess says so.
    ConfigInstaller trae(profile(QStringLiteral("trae")), dir.filePath(QStringLiteral("t.json")));
    QVERIFY(trae.planInstall(kName, kUrl, &change, &error));
    QVERIFY(change.warnings.join(u' ').contains(QLatin1String("Best guess")));
}

void TestConfigInstaller::refusesConcurrentChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    QVERIFY(writeFile(path, "{}\n"));
    const ConfigInstaller installer(profile(QStringLiteral("cursor")), path);
    ConfigChange change;
    aipex::Error error;
    QVERIFY(installer.planInstall(kName, kUrl, &change, &error));
    QVERIFY(writeFile(path, "{\"other\": 1}\n"));
    QVERIFY(!installer.apply(&change, &error));
    QVERIFY(error.message().contains(QLatin1String("changed")));
    QCOMPARE(readFile(path), QByteArray("{\"other\": 1}\n"));
    QVERIFY(installer.backups().isEmpty());
}

void TestConfigInstaller::scopes()
{
    aipex::ClientEnvironment env;
    env.home = QStringLiteral("/home/u");
    QString path;
    aipex::Error error;
    QVERIFY(ConfigInstaller::pathFor(profile(QStringLiteral("cursor")), aipex::ConfigScope::Project, env,
                                     QStringLiteral("/p"), kName, &path, &error));
    QCOMPARE(path, QStringLiteral("/p/.cursor/mcp.json"));
    QVERIFY(!ConfigInstaller::pathFor(profile(QStringLiteral("windsurf")), aipex::ConfigScope::Project, env,
                                      QStringLiteral("/p"), kName, &path, &error));
    QCOMPARE(error.code(), aipex::Error::InvalidConfig);
    QVERIFY(!ConfigInstaller::pathFor(profile(QStringLiteral("generic")), aipex::ConfigScope::User, env,
                                      QString(), kName, &path, &error));
    QVERIFY(!ConfigInstaller::pathFor(profile(QStringLiteral("cursor")), aipex::ConfigScope::Project, env,
                                      QString(), kName, &path, &error));
    QCOMPARE(error.code(), aipex::Error::MissingConfig);
}

void TestConfigInstaller::snippets()
{
    const ConfigInstaller windsurf(profile(QStringLiteral("windsurf")), QString(),
                                   aipex::ClientEnvironment::Os::Linux);
    QCOMPARE(windsurf.snippet(kName, kUrl),
             QByteArray("{\n  \"mcpServers\": {\n    \"aipexbase-mcp-server\": {\n      \"serverUrl\": \"" +
                        kUrl.toEncoded() + "\"\n    }\n  }\n}\n"));
    const ConfigInstaller codex(profile(QStringLiteral("codex")), QString(),
                                aipex::ClientEnvironment::Os::Windows);
    QVERIFY(codex.snippet(kName, kUrl).contains("command = \"cmd\"\nargs = [\"/c\", \"npx\", \"-y\""));
    const ConfigInstaller cont(profile(QStringLiteral("continue")), QString());
    QVERIFY(
        cont.snippet(kName, kUrl).startsWith("mcpServers:\n  - name: aipexbase-mcp-server\n    type: sse\n"));
}

QTEST_GUILESS_MAIN(TestConfigInstaller)
#include "tst_configinstaller.moc"
