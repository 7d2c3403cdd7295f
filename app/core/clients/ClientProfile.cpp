#include "clients/ClientProfile.h"

#include "mcp/BridgeCommand.h"
#include "mcp/McpEntry.h"
#include "server/ServerEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace aipex {

namespace {

// Placeholders: ~ home (USERPROFILE on Windows), $CONFIG the desktop-app settings
// folder of the system, $XDG ~/.config or XDG_CONFIG_HOME, $CODEX CODEX_HOME or
// ~/.codex, $NAME the server name (file-name safe).
QString vsCodeUser(const char* folder)
{
    return QStringLiteral("$CONFIG/") + QLatin1String(folder) + QStringLiteral("/User");
}

} // namespace

const QVector<ClientProfile>& ClientProfile::all()
{
    static const QVector<ClientProfile> table = [] {
        QVector<ClientProfile> t;
        t.reserve(32); // rows are edited through references right after they are added
        auto row = [&t](const char* id, const char* name, Format format, const char* topKey, EntryShape shape,
                        QStringList userPath, const char* projectPath) -> ClientProfile& {
            ClientProfile p;
            p.m_id = QLatin1String(id);
            p.m_name = QString::fromUtf8(name);
            p.m_format = format;
            p.m_topKey = QLatin1String(topKey);
            p.m_shape = shape;
            p.m_userPath = std::move(userPath);
            p.m_projectPath = QLatin1String(projectPath);
            t.append(p);
            return t.last();
        };
        const QString vscode = vsCodeUser("Code");
        const QString insiders = vsCodeUser("Code - Insiders");

        auto& cursor = row("cursor", "Cursor", Format::Json, "mcpServers", EntryShape::Url,
                           {QStringLiteral("~/.cursor/mcp.json")}, ".cursor/mcp.json");
        cursor.m_deeplink = Deeplink::Cursor;
        cursor.m_note =
            QT_TR_NOOP("Whether Cursor accepts comments in mcp.json is not confirmed: strict JSON "
                       "is written.");

        auto& desktop =
            row("claude-desktop", "Claude Desktop", Format::Json, "mcpServers", EntryShape::Bridge,
                {QStringLiteral("$CONFIG/Claude/claude_desktop_config.json")}, "");
        desktop.m_processNames = {QStringLiteral("Claude"), QStringLiteral("claude-desktop")};
        desktop.m_note =
            QT_TR_NOOP("Linux builds of Claude Desktop are unofficial. Quit Claude Desktop before "
                       "the change: it rewrites this file when it exits.");

        auto& code = row("claude-code", "Claude Code", Format::Json, "mcpServers", EntryShape::SseUrl,
                         {QStringLiteral("~/.claude.json")}, ".mcp.json");
        code.m_native = Native::ClaudeCode;
        code.m_detectPaths = {QStringLiteral("~/.claude"), QStringLiteral("~/.claude.json")};

        auto& vs = row("vscode", "VS Code", Format::Jsonc, "servers", EntryShape::SseUrl,
                       {vscode + QStringLiteral("/mcp.json")}, ".vscode/mcp.json");
        vs.m_deeplink = Deeplink::VsCode;
        vs.m_native = Native::VsCode;
        vs.m_detectPaths = {vscode};

        auto& vsi = row("vscode-insiders", "VS Code Insiders", Format::Jsonc, "servers", EntryShape::SseUrl,
                        {insiders + QStringLiteral("/mcp.json")}, ".vscode/mcp.json");
        vsi.m_deeplink = Deeplink::VsCodeInsiders;
        vsi.m_native = Native::VsCodeInsiders;
        vsi.m_detectPaths = {insiders};

        auto& windsurf = row("windsurf", "Windsurf", Format::Json, "mcpServers", EntryShape::ServerUrl,
                             {QStringLiteral("~/.codeium/windsurf/mcp_config.json")}, "");
        windsurf.m_note = QT_TR_NOOP("Whether Windsurf accepts comments is not confirmed: strict JSON is "
                                     "written.");

        auto& trae = row("trae", "Trae", Format::Json, "mcpServers", EntryShape::Url,
                         {QStringLiteral("$CONFIG/Trae/User/mcp.json")}, ".trae/mcp.json");
        trae.m_confirmed = false;
        trae.m_note =
            QT_TR_NOOP("Best guess: the Linux path and whether Trae wants \"type\": \"sse\" are not "
                       "confirmed.");
        auto& traeCn = row("trae-cn", "Trae CN", Format::Json, "mcpServers", EntryShape::Url,
                           {QStringLiteral("$CONFIG/Trae CN/User/mcp.json")}, ".trae/mcp.json");
        traeCn.m_confirmed = false;
        traeCn.m_note = trae.m_note;

        row("cline", "Cline", Format::Json, "mcpServers", EntryShape::SseUrl,
            {vscode +
             QStringLiteral("/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json")},
            "")
            .m_detectPaths = {vscode + QStringLiteral("/globalStorage/saoudrizwan.claude-dev")};

        row("roo", "Roo Code", Format::Json, "mcpServers", EntryShape::SseUrl,
            {vscode + QStringLiteral("/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json")},
            ".roo/mcp.json")
            .m_detectPaths = {vscode + QStringLiteral("/globalStorage/rooveterinaryinc.roo-cline")};

        row("gemini", "Gemini CLI", Format::Jsonc, "mcpServers", EntryShape::SseUrl,
            {QStringLiteral("~/.gemini/settings.json")}, ".gemini/settings.json")
            .m_native = Native::Gemini;

        auto& qwen = row("qwen", "Qwen Code", Format::Jsonc, "mcpServers", EntryShape::Url,
                         {QStringLiteral("~/.qwen/settings.json")}, ".qwen/settings.json");
        qwen.m_native = Native::Qwen;

        auto& codex = row("codex", "OpenAI Codex CLI", Format::Toml, "mcp_servers", EntryShape::Bridge,
                          {QStringLiteral("$CODEX/config.toml")}, ".codex/config.toml");
        codex.m_native = Native::Codex;
        codex.m_note =
            QT_TR_NOOP("Codex cannot reach an SSE server itself: it starts mcp-remote, which needs "
                       "Node.js 18 or later. A project's .codex/config.toml is read only for "
                       "trusted projects.");

        auto& zed =
            row("zed", "Zed", Format::Jsonc, "context_servers", EntryShape::Bridge,
                {QStringLiteral("$XDG/zed/settings.json"), QStringLiteral("~/.config/zed/settings.json"),
                 QStringLiteral("$CONFIG/Zed/settings.json")},
                ".zed/settings.json");
        zed.m_note = QT_TR_NOOP("Zed speaks stdio or streamable HTTP, not SSE: it starts mcp-remote, which "
                                "needs Node.js 18 or later.");

        auto& kiro = row("kiro", "Kiro", Format::Json, "mcpServers", EntryShape::UrlOrBridge,
                         {QStringLiteral("~/.kiro/settings/mcp.json")}, ".kiro/settings/mcp.json");
        kiro.m_detectPaths = {QStringLiteral("~/.kiro")};
        kiro.m_note = QT_TR_NOOP("Kiro takes a remote URL only over https or on this machine; otherwise it "
                                 "starts mcp-remote (Node.js 18 or later).");

        auto& lm = row("lmstudio", "LM Studio", Format::Json, "mcpServers", EntryShape::Url,
                       {QStringLiteral("~/.lmstudio/mcp.json")}, "");
        lm.m_deeplink = Deeplink::LmStudio;
        lm.m_confirmed = false;
        lm.m_note =
            QT_TR_NOOP("Best guess: whether LM Studio speaks SSE to a \"url\" entry is not confirmed.");

        auto& buddy = row("codebuddy", "CodeBuddy", Format::Json, "mcpServers", EntryShape::SseUrl,
                          {QStringLiteral("~/.codebuddy.json")}, ".mcp.json");
        buddy.m_detectPaths = {QStringLiteral("~/.codebuddy"), QStringLiteral("~/.codebuddy.json")};

        row("continue", "Continue", Format::Yaml, "mcpServers", EntryShape::NamedSse,
            {QStringLiteral("~/.continue/config.yaml")}, ".continue/mcpServers/$NAME.yaml");

        auto& generic =
            row("generic", "Generic (copy and paste)", Format::Json, "mcpServers", EntryShape::Url, {}, "");
        generic.m_note = QT_TR_NOOP("No file of its own: choose the file to write, or copy the entry.");
        return t;
    }();
    return table;
}

const ClientProfile* ClientProfile::find(const QString& id)
{
    for (const ClientProfile& p : all()) {
        if (p.m_id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QStringList ClientProfile::ids()
{
    QStringList out;
    for (const ClientProfile& p : all())
        out << p.m_id;
    return out;
}

QString ClientProfile::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Jsonc:
        return QStringLiteral("jsonc");
    case Format::Toml:
        return QStringLiteral("toml");
    case Format::Yaml:
        return QStringLiteral("yaml");
    }
    return {};
}

QString ClientProfile::note() const
{
    return m_note ? tr(m_note) : QString();
}

QString ClientProfile::osTemplate(const QStringList& perOs, ClientEnvironment::Os os) const
{
    if (perOs.size() < 3)
        return perOs.value(0);
    return perOs.at(os == ClientEnvironment::Os::Linux ? 0 : os == ClientEnvironment::Os::MacOS ? 1 : 2);
}

QString ClientProfile::expand(const QString& pathTemplate, const ClientEnvironment& env) const
{
    struct Var
    {
        const char* name;
        QString value;
    };
    const Var vars[] = {{"~/", env.homeDir()},
                        {"$CONFIG/", env.appConfigDir()},
                        {"$XDG/", env.xdgConfigDir()},
                        {"$CODEX/", env.codexDir()}};
    for (const Var& v : vars) {
        if (pathTemplate.startsWith(QLatin1String(v.name)))
            return env.join(v.value, pathTemplate.mid(int(qstrlen(v.name))));
    }
    return env.join(QString(), pathTemplate);
}

bool ClientProfile::supportsScope(ConfigScope scope) const
{
    return scope == ConfigScope::User ? !m_userPath.isEmpty() : !m_projectPath.isEmpty();
}

QString ClientProfile::userConfigPath(const ClientEnvironment& env) const
{
    if (m_userPath.isEmpty())
        return {};
    if (m_id == u"claude-desktop" && env.os == ClientEnvironment::Os::Windows) {
        // MSIX installs see %APPDATA% through a per-package virtual folder: the
        // app reads that copy, not the roaming one.
        const QDir packages(env.join(env.localAppDataDir(), QStringLiteral("Packages")));
        const QStringList found = packages.entryList({QStringLiteral("Claude_*")}, QDir::Dirs, QDir::Name);
        for (const QString& dir : found) {
            const QString virtualised = packages.filePath(dir) + QStringLiteral("/LocalCache/Roaming/Claude");
            if (QFileInfo(virtualised).isDir())
                return virtualised + QStringLiteral("/claude_desktop_config.json");
        }
    }
    return expand(osTemplate(m_userPath, env.os), env);
}

QString ClientProfile::projectConfigPath(const QString& projectDir, const QString& serverName) const
{
    if (m_projectPath.isEmpty() || projectDir.isEmpty())
        return {};
    QString relative = m_projectPath;
    if (relative.contains(QLatin1String("$NAME"))) {
        QString safe = serverName.trimmed().isEmpty() ? McpEntry::kDefaultServerName : serverName;
        for (QChar& c : safe) {
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
                c = u'_';
        }
        relative.replace(QLatin1String("$NAME"), safe);
    }
    return QDir::cleanPath(projectDir + u'/' + relative);
}

QString ClientProfile::configPath(ConfigScope scope, const ClientEnvironment& env, const QString& projectDir,
                                  const QString& serverName) const
{
    return scope == ConfigScope::User ? userConfigPath(env) : projectConfigPath(projectDir, serverName);
}

QStringList ClientProfile::detectPaths(const ClientEnvironment& env) const
{
    QStringList out;
    for (const QString& t : m_detectPaths)
        out << expand(t, env);
    if (out.isEmpty()) {
        const QString user = userConfigPath(env);
        if (!user.isEmpty())
            out << QFileInfo(user).path();
    }
    return out;
}

bool ClientProfile::looksInstalled(const ClientEnvironment& env) const
{
    for (const QString& p : detectPaths(env)) {
        if (QFileInfo::exists(p))
            return true;
    }
    return false;
}

bool ClientProfile::needsAllowHttp(const QUrl& url)
{
    return BridgeCommand::needsAllowHttp(url);
}

QStringList ClientProfile::bridgeArgs(const QUrl& url)
{
    // The arguments after "npx": the same command the connection check runs.
    return BridgeCommand::forUrl(url).mid(1);
}

QJsonObject ClientProfile::bridgeEntry(const QUrl& url, ClientEnvironment::Os os)
{
    QStringList args = bridgeArgs(url);
    if (os == ClientEnvironment::Os::Windows) {
        // npx is npx.cmd there, which clients that spawn without a shell cannot start.
        args.prepend(QStringLiteral("npx"));
        args.prepend(QStringLiteral("/c"));
        return {{QStringLiteral("command"), QStringLiteral("cmd")},
                {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    }
    return {{QStringLiteral("command"), QStringLiteral("npx")},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
}

bool ClientProfile::usesBridge(const QUrl& url) const
{
    if (m_shape == EntryShape::Bridge)
        return true;
    if (m_shape != EntryShape::UrlOrBridge)
        return false;
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 &&
           !ServerEndpoint::isLoopbackHost(url.host());
}

QJsonObject ClientProfile::entryFor(const QString& serverName, const QUrl& url,
                                    ClientEnvironment::Os os) const
{
    const QString u = urlText(url);
    const QString sse = QStringLiteral("sse");
    if (usesBridge(url))
        return bridgeEntry(url, os);
    switch (m_shape) {
    case EntryShape::Url:
    case EntryShape::UrlOrBridge:
    case EntryShape::Bridge:
        return {{QStringLiteral("url"), u}};
    case EntryShape::ServerUrl:
        return {{QStringLiteral("serverUrl"), u}};
    case EntryShape::SseUrl:
        return {{QStringLiteral("type"), sse}, {QStringLiteral("url"), u}};
    case EntryShape::NamedSse:
        return {
            {QStringLiteral("name"), serverName}, {QStringLiteral("type"), sse}, {QStringLiteral("url"), u}};
    }
    return {};
}

} // namespace aipex
