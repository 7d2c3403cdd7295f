#include "clients/ClientProfile.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using aipex::ClientEnvironment;
using aipex::ClientProfile;
using Os = ClientEnvironment::Os;

namespace {

ClientEnvironment env(Os os)
{
    ClientEnvironment e;
    e.os = os;
    switch (os) {
    case Os::Linux:
        e.home = QStringLiteral("/home/u");
        break;
    case Os::MacOS:
        e.home = QStringLiteral("/Users/u");
        break;
    case Os::Windows:
        e.home = QStringLiteral("C:/Users/u");
        e.userProfile = QStringLiteral("C:\\Users\\u");
        e.appData = QStringLiteral("C:\\Users\\u\\AppData\\Roaming");
        e.localAppData = QStringLiteral("C:\\Users\\u\\AppData\\Local");
        break;
    }
    return e;
}

QString path(const char* id, const ClientEnvironment& e)
{
    return ClientProfile::find(QLatin1String(id))->userConfigPath(e);
}

} // namespace

class TestClientProfile : public QObject
{
    Q_OBJECT
private slots:
    void table();
    void userPaths_data();
    void userPaths();
    void environmentOverrides();
    void claudeDesktopMsix();
    void projectPaths();
    void entries();
    void bridge();
    void looksInstalled();
};

void TestClientProfile::table()
{
    const QStringList ids = ClientProfile::ids();
    for (const char* id : {"cursor", "claude-desktop", "claude-code", "vscode", "vscode-insiders", "windsurf",
                           "trae", "trae-cn", "cline", "roo", "gemini", "qwen", "codex", "zed", "kiro",
                           "lmstudio", "codebuddy", "continue", "generic"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QCOMPARE(QStringList(ids).removeDuplicates(), 0);
    QVERIFY(ClientProfile::find(QStringLiteral(" Cursor ")));
    QVERIFY(!ClientProfile::find(QStringLiteral("emacs")));
    const auto* vs = ClientProfile::find(QStringLiteral("vscode"));
    QCOMPARE(vs->topKey(), QStringLiteral("servers"));
    QVERIFY(vs->allowsComments());
    QCOMPARE(ClientProfile::find(QStringLiteral("zed"))->topKey(), QStringLiteral("context_servers"));
    QCOMPARE(ClientProfile::find(QStringLiteral("codex"))->topKey(), QStringLiteral("mcp_servers"));
    QCOMPARE(ClientProfile::find(QStringLiteral("codex"))->format(), ClientProfile::Format::Toml);
    QCOMPARE(ClientProfile::find(QStringLiteral("continue"))->format(), ClientProfile::Format::Yaml);
    for (const char* id : {"cline", "roo", "claude-desktop", "claude-code", "cursor", "windsurf"})
        QVERIFY2(ClientProfile::find(QLatin1String(id))->strictJson(), id);
    QVERIFY(!ClientProfile::find(QStringLiteral("trae"))->confirmed());
    QVERIFY(!ClientProfile::find(QStringLiteral("trae"))->note().isEmpty());
    QVERIFY(ClientProfile::find(QStringLiteral("vscode"))->confirmed());
    QCOMPARE(ClientProfile::find(QStringLiteral("claude-desktop"))->processNames(),
             (QStringList{QStringLiteral("Claude"), QStringLiteral("claude-desktop")}));
}

void TestClientProfile::userPaths_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* id, Os os, const char* expected) {
        QTest::addRow("%s %d", id, int(os))
            << QString::fromLatin1(id) << int(os) << QString::fromUtf8(expected);
    };
    row("cursor", Os::Linux, "/home/u/.cursor/mcp.json");
    row("cursor", Os::MacOS, "/Users/u/.cursor/mcp.json");
    row("cursor", Os::Windows, "C:/Users/u/.cursor/mcp.json");
    row("claude-desktop", Os::Linux, "/home/u/.config/Claude/claude_desktop_config.json");
    row("claude-desktop", Os::MacOS,
        "/Users/u/Library/Application Support/Claude/claude_desktop_config.json");
    row("claude-desktop", Os::Windows, "C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json");
    row("claude-code", Os::Linux, "/home/u/.claude.json");
    row("claude-code", Os::Windows, "C:/Users/u/.claude.json");
    row("vscode", Os::Linux, "/home/u/.config/Code/User/mcp.json");
    row("vscode", Os::MacOS, "/Users/u/Library/Application Support/Code/User/mcp.json");
    row("vscode", Os::Windows, "C:/Users/u/AppData/Roaming/Code/User/mcp.json");
    row("vscode-insiders", Os::Linux, "/home/u/.config/Code - Insiders/User/mcp.json");
    row("vscode-insiders", Os::Windows, "C:/Users/u/AppData/Roaming/Code - Insiders/User/mcp.json");
    row("windsurf", Os::Linux, "/home/u/.codeium/windsurf/mcp_config.json");
    row("windsurf", Os::Windows, "C:/Users/u/.codeium/windsurf/mcp_config.json");
    row("trae", Os::Linux, "/home/u/.config/Trae/User/mcp.json");
    row("trae", Os::MacOS, "/Users/u/Library/Application Support/Trae/User/mcp.json");
    row("trae", Os::Windows, "C:/Users/u/AppData/Roaming/Trae/User/mcp.json");
    row("trae-cn", Os::MacOS, "/Users/u/Library/Application Support/Trae CN/User/mcp.json");
    row("trae-cn", Os::Windows, "C:/Users/u/AppData/Roaming/Trae CN/User/mcp.json");
    row("cline", Os::Linux,
        "/home/u/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json");
    row("cline", Os::MacOS,
        "/Users/u/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/"
        "cline_mcp_settings.json");
    row("cline", Os::Windows,
        "C:/Users/u/AppData/Roaming/Code/User/globalStorage/saoudrizwan.claude-dev/settings/"
        "cline_mcp_settings.json");
    row("roo", Os::Linux,
        "/home/u/.config/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json");
    row("roo", Os::Windows,
        "C:/Users/u/AppData/Roaming/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/"
        "mcp_settings.json");
    row("gemini", Os::Linux, "/home/u/.gemini/settings.json");
    row("gemini", Os::Windows, "C:/Users/u/.gemini/settings.json");
    row("qwen", Os::MacOS, "/Users/u/.qwen/settings.json");
    row("codex", Os::Linux, "/home/u/.codex/config.toml");
    row("codex", Os::Windows, "C:/Users/u/.codex/config.toml");
    row("zed", Os::Linux, "/home/u/.config/zed/settings.json");
    row("zed", Os::MacOS, "/Users/u/.config/zed/settings.json");
    row("zed", Os::Windows, "C:/Users/u/AppData/Roaming/Zed/settings.json");
    row("kiro", Os::Linux, "/home/u/.kiro/settings/mcp.json");
    row("kiro", Os::Windows, "C:/Users/u/.kiro/settings/mcp.json");
    row("lmstudio", Os::MacOS, "/Users/u/.lmstudio/mcp.json");
    row("lmstudio", Os::Windows, "C:/Users/u/.lmstudio/mcp.json");
    row("codebuddy", Os::Linux, "/home/u/.codebuddy.json");
    row("continue", Os::Linux, "/home/u/.continue/config.yaml");
    row("continue", Os::Windows, "C:/Users/u/.continue/config.yaml");
    row("generic", Os::Linux, "");
}

void TestClientProfile::userPaths()
{
    QFETCH(QString, id);
    QFETCH(int, os);
    QFETCH(QString, expected);
    QCOMPARE(ClientProfile::find(id)->userConfigPath(env(Os(os))), expected);
}

void TestClientProfile::environmentOverrides()
{
    ClientEnvironment linux = env(Os::Linux);
    linux.xdgConfigHome = QStringLiteral("/xdg");
    linux.codexHome = QStringLiteral("/opt/codex");
    QCOMPARE(path("vscode", linux), QStringLiteral("/xdg/Code/User/mcp.json"));
    QCOMPARE(path("zed", linux), QStringLiteral("/xdg/zed/settings.json"));
    QCOMPARE(path("claude-desktop", linux), QStringLiteral("/xdg/Claude/claude_desktop_config.json"));
    QCOMPARE(path("codex", linux), QStringLiteral("/opt/codex/config.toml"));
    QCOMPARE(path("cursor", linux), QStringLiteral("/home/u/.cursor/mcp.json"));
    linux.xdgConfigHome = QStringLiteral("relative/ignored");
    QCOMPARE(path("vscode", linux), QStringLiteral("/home/u/.config/Code/User/mcp.json"));
    // macOS Zed keeps ~/.config even with XDG_CONFIG_HOME set.
    ClientEnvironment mac = env(Os::MacOS);
    mac.xdgConfigHome = QStringLiteral("/xdg");
    QCOMPARE(path("zed", mac), QStringLiteral("/Users/u/.config/zed/settings.json"));
    // Windows without APPDATA falls back to the profile's Roaming folder.
    ClientEnvironment win = env(Os::Windows);
    win.appData.clear();
    win.codexHome = QStringLiteral("D:\\codex");
    QCOMPARE(path("vscode", win), QStringLiteral("C:/Users/u/AppData/Roaming/Code/User/mcp.json"));
    QCOMPARE(path("codex", win), QStringLiteral("D:/codex/config.toml"));
    QCOMPARE(ClientEnvironment::osId(Os::MacOS), QStringLiteral("macos"));
}

void TestClientProfile::claudeDesktopMsix()
{
    QTemporaryDir dir;
    ClientEnvironment win = env(Os::Windows);
    win.localAppData = dir.path();
    QCOMPARE(path("claude-desktop", win),
             QStringLiteral("C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json"));
    const QString virtualised =
        dir.filePath(QStringLiteral("Packages/Claude_pzs8sxrjxfjjc/LocalCache/Roaming/Claude"));
    QVERIFY(QDir().mkpath(virtualised));
    QCOMPARE(path("claude-desktop", win), virtualised + QStringLiteral("/claude_desktop_config.json"));
}

void TestClientProfile::projectPaths()
{
    auto project = [](const char* id, const QString& name = QString()) {
        return ClientProfile::find(QLatin1String(id))->projectConfigPath(QStringLiteral("/work/app"), name);
    };
    QCOMPARE(project("cursor"), QStringLiteral("/work/app/.cursor/mcp.json"));
    QCOMPARE(project("claude-code"), QStringLiteral("/work/app/.mcp.json"));
    QCOMPARE(project("vscode"), QStringLiteral("/work/app/.vscode/mcp.json"));
    QCOMPARE(project("trae"), QStringLiteral("/work/app/.trae/mcp.json"));
    QCOMPARE(project("roo"), QStringLiteral("/work/app/.roo/mcp.json"));
    QCOMPARE(project("gemini"), QStringLiteral("/work/app/.gemini/settings.json"));
    QCOMPARE(project("qwen"), QStringLiteral("/work/app/.qwen/settings.json"));
    QCOMPARE(project("codex"), QStringLiteral("/work/app/.codex/config.toml"));
    QCOMPARE(project("zed"), QStringLiteral("/work/app/.zed/settings.json"));
    QCOMPARE(project("kiro"), QStringLiteral("/work/app/.kiro/settings/mcp.json"));
    QCOMPARE(project("codebuddy"), QStringLiteral("/work/app/.mcp.json"));
    QCOMPARE(project("continue", QStringLiteral("my/server")),
             QStringLiteral("/work/app/.continue/mcpServers/my_server.yaml"));
    for (const char* none : {"claude-desktop", "windsurf", "cline", "lmstudio", "generic"}) {
        QVERIFY2(project(none).isEmpty(), none);
        QVERIFY(!ClientProfile::find(QLatin1String(none))->supportsScope(aipex::ConfigScope::Project));
    }
}

void TestClientProfile::entries()
{
    const QUrl url(QStringLiteral("https://h.example/mcp/sse?token=kf_api_abc"));
    const QString u = url.toString(QUrl::FullyEncoded);
    auto entry = [&](const char* id) {
        return ClientProfile::find(QLatin1String(id))->entryFor(QStringLiteral("n"), url, Os::Linux);
    };
    const QJsonObject plain{{QStringLiteral("url"), u}};
    const QJsonObject sse{{QStringLiteral("type"), QStringLiteral("sse")}, {QStringLiteral("url"), u}};
    QCOMPARE(entry("cursor"), plain);
    QCOMPARE(entry("trae"), plain);
    QCOMPARE(entry("qwen"), plain);
    QCOMPARE(entry("lmstudio"), plain);
    QCOMPARE(entry("generic"), plain);
    QCOMPARE(entry("kiro"), plain);
    for (const char* id : {"claude-code", "vscode", "cline", "roo", "gemini", "codebuddy"})
        QCOMPARE(entry(id), sse);
    QCOMPARE(entry("windsurf"), (QJsonObject{{QStringLiteral("serverUrl"), u}}));
    QCOMPARE(entry("continue"), (QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                             {QStringLiteral("type"), QStringLiteral("sse")},
                                             {QStringLiteral("url"), u}}));
    for (const char* id : {"claude-desktop", "codex", "zed"})
        QCOMPARE(entry(id).value(QLatin1String("command")).toString(), QStringLiteral("npx"));
    // Kiro takes plain http only on this machine; elsewhere it needs the bridge.
    const auto* kiro = ClientProfile::find(QStringLiteral("kiro"));
    QVERIFY(!kiro->usesBridge(QUrl(QStringLiteral("http://localhost:8080/mcp/sse"))));
    QVERIFY(!kiro->usesBridge(QUrl(QStringLiteral("http://127.0.0.1:8080/mcp/sse"))));
    QVERIFY(kiro->usesBridge(QUrl(QStringLiteral("http://192.168.1.5:8080/mcp/sse"))));
    // A host name that merely starts with "127." is not this machine (the one loopback test).
    QVERIFY(kiro->usesBridge(QUrl(QStringLiteral("http://127.example.com:8080/mcp/sse"))));
    QVERIFY(!kiro->usesBridge(QUrl(QStringLiteral("http://127.0.0.2:8080/mcp/sse"))));
    QVERIFY(!kiro->usesBridge(QUrl(QStringLiteral("http://[::1]:8080/mcp/sse"))));
    QVERIFY(!kiro->usesBridge(QUrl(QStringLiteral("http://app.localhost:8080/mcp/sse"))));
}

void TestClientProfile::bridge()
{
    const QUrl lan(QStringLiteral("http://192.168.1.5:8080/mcp/sse?token=kf_api_abc"));
    const QStringList base = {QStringLiteral("-y"), QStringLiteral("mcp-remote@latest"),
                              QStringLiteral("http://192.168.1.5:8080/mcp/sse?token=kf_api_abc"),
                              QStringLiteral("--transport"), QStringLiteral("sse-only")};
    QCOMPARE(ClientProfile::bridgeArgs(lan), base + QStringList{QStringLiteral("--allow-http")});
    QCOMPARE(ClientProfile::bridgeEntry(lan, Os::Linux),
             (QJsonObject{{QStringLiteral("command"), QStringLiteral("npx")},
                          {QStringLiteral("args"),
                           QJsonArray::fromStringList(base + QStringList{QStringLiteral("--allow-http")})}}));
    QCOMPARE(
        ClientProfile::bridgeEntry(lan, Os::Windows),
        (QJsonObject{{QStringLiteral("command"), QStringLiteral("cmd")},
                     {QStringLiteral("args"),
                      QJsonArray::fromStringList(QStringList{QStringLiteral("/c"), QStringLiteral("npx")} +
                                                 base + QStringList{QStringLiteral("--allow-http")})}}));
    QVERIFY(!ClientProfile::needsAllowHttp(QUrl(QStringLiteral("http://localhost:8080/mcp/sse"))));
    QVERIFY(!ClientProfile::needsAllowHttp(QUrl(QStringLiteral("http://127.0.0.1/mcp/sse"))));
    QVERIFY(!ClientProfile::needsAllowHttp(QUrl(QStringLiteral("https://h.example/mcp/sse"))));
    QVERIFY(ClientProfile::needsAllowHttp(QUrl(QStringLiteral("HTTP://h.example/mcp/sse"))));
}

void TestClientProfile::looksInstalled()
{
    QTemporaryDir dir;
    ClientEnvironment e = env(Os::Linux);
    e.home = dir.path();
    const auto* cursor = ClientProfile::find(QStringLiteral("cursor"));
    const auto* cline = ClientProfile::find(QStringLiteral("cline"));
    const auto* code = ClientProfile::find(QStringLiteral("claude-code"));
    QVERIFY(!cursor->looksInstalled(e));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".cursor"))));
    QVERIFY(cursor->looksInstalled(e));
    // VS Code alone does not mean Cline is there.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".config/Code/User"))));
    QVERIFY(ClientProfile::find(QStringLiteral("vscode"))->looksInstalled(e));
    QVERIFY(!cline->looksInstalled(e));
    QVERIFY(QDir().mkpath(
        dir.filePath(QStringLiteral(".config/Code/User/globalStorage/saoudrizwan.claude-dev"))));
    QVERIFY(cline->looksInstalled(e));
    // The home folder itself always exists: Claude Code is detected by its own folder or file.
    QVERIFY(!code->looksInstalled(e));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".claude"))));
    QVERIFY(code->looksInstalled(e));
    QVERIFY(!ClientProfile::find(QStringLiteral("generic"))->looksInstalled(e));
}

QTEST_GUILESS_MAIN(TestClientProfile)
#include "tst_clientprofile.moc"
