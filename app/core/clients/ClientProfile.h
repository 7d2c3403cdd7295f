#pragma once

#include "clients/ClientEnvironment.h"
#include "formats/FormatEditor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace aipex {

enum class ConfigScope
{
    User,
    Project
};

// One row of the table of MCP clients: where the client keeps its MCP servers,
// in which format and under which key, and what an entry for a remote SSE URL
// must look like for it. Facts that are best guesses have confirmed() false, and
// note() says what is unsure, so the UI can say so.
class ClientProfile
{
    Q_DECLARE_TR_FUNCTIONS(ClientProfile)
public:
    using Format = FileFormat;
    enum class EntryShape
    {
        Url,         // {"url": URL}
        ServerUrl,   // {"serverUrl": URL} (Windsurf)
        SseUrl,      // {"type": "sse", "url": URL}
        Bridge,      // stdio through mcp-remote
        UrlOrBridge, // {"url": URL} for https or loopback, else the bridge (Kiro)
        NamedSse     // {"name": NAME, "type": "sse", "url": URL} (Continue's list items)
    };
    enum class Deeplink
    {
        None,
        Cursor,
        VsCode,
        VsCodeInsiders,
        LmStudio
    };
    enum class Native
    {
        None,
        ClaudeCode,
        VsCode,
        VsCodeInsiders,
        Gemini,
        Qwen,
        Codex
    };

    static const QVector<ClientProfile>& all();
    static const ClientProfile* find(const QString& id);
    static QStringList ids();

    QString id() const { return m_id; }
    QString displayName() const { return m_name; }
    Format format() const { return m_format; }
    // Reads and edits files of this format in place.
    const FormatEditor& editor() const { return FormatEditor::of(m_format); }
    static QString formatName(Format format);
    QString topKey() const { return m_topKey; }
    EntryShape shape() const { return m_shape; }
    bool allowsComments() const { return m_format != Format::Json; }
    // JSON read by JSON.parse: never gains a comment or a trailing comma from us.
    bool strictJson() const { return m_format == Format::Json; }
    bool confirmed() const { return m_confirmed; }
    QString note() const;
    Deeplink deeplink() const { return m_deeplink; }
    Native native() const { return m_native; }
    // Processes that rewrite the file when they quit: edit only while they are closed.
    QStringList processNames() const { return m_processNames; }

    bool supportsScope(ConfigScope scope) const;
    // Empty when the client has no such file (or, for "generic", none at all).
    QString userConfigPath(const ClientEnvironment& env) const;
    QString projectConfigPath(const QString& projectDir, const QString& serverName = QString()) const;
    QString configPath(ConfigScope scope, const ClientEnvironment& env, const QString& projectDir,
                       const QString& serverName = QString()) const;
    // The folders (or files) whose presence suggests the client is installed.
    QStringList detectPaths(const ClientEnvironment& env) const;
    bool looksInstalled(const ClientEnvironment& env) const;

    // The value to store under topKey → NAME (for Continue: the whole list item).
    QJsonObject entryFor(const QString& serverName, const QUrl& url, ClientEnvironment::Os os) const;
    bool usesBridge(const QUrl& url) const;

    static QStringList bridgeArgs(const QUrl& url);
    static QJsonObject bridgeEntry(const QUrl& url, ClientEnvironment::Os os);
    // mcp-remote refuses plain HTTP except to localhost and 127.0.0.1.
    static bool needsAllowHttp(const QUrl& url);
    static QString urlText(const QUrl& url) { return url.toString(QUrl::FullyEncoded); }

private:
    ClientProfile() = default;
    QString expand(const QString& pathTemplate, const ClientEnvironment& env) const;
    QString osTemplate(const QStringList& perOs, ClientEnvironment::Os os) const;

    QString m_id, m_name, m_topKey;
    Format m_format = Format::Json;
    EntryShape m_shape = EntryShape::Url;
    QStringList m_userPath;    // one template for all systems, or Linux, macOS, Windows
    QString m_projectPath;     // relative to the project folder
    QStringList m_detectPaths; // templates; empty: the user file's folder
    Deeplink m_deeplink = Deeplink::None;
    Native m_native = Native::None;
    bool m_confirmed = true;
    const char* m_note = nullptr; // QT_TR_NOOP text, translated when asked
    QStringList m_processNames;
};

} // namespace aipex
