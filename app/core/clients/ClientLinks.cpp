#include "clients/ClientLinks.h"

#include "formats/JsonText.h"

#include <QRegularExpression>

namespace aipex {

namespace {

QString percent(const QByteArray& bytes)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(bytes)));
}

QString percent(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString NativeCommand::posix() const
{
    QStringList words;
    for (const QString& a : argv)
        words << ClientLinks::posixQuote(a);
    return words.join(u' ');
}

QString NativeCommand::windows() const
{
    QStringList words;
    for (const QString& a : argv)
        words << ClientLinks::windowsQuote(a);
    return words.join(u' ');
}

QString ClientLinks::posixQuote(const QString& word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString ClientLinks::windowsQuote(const QString& word)
{
    QString arg;
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@+=:,./\\\\-]+$"));
    if (plain.match(word).hasMatch()) {
        arg = word;
    } else {
        // CommandLineToArgvW: backslashes are literal unless they precede a quote.
        arg = QStringLiteral("\"");
        int slashes = 0;
        for (const QChar c : word) {
            if (c == u'\\') {
                ++slashes;
                continue;
            }
            if (c == u'"') {
                arg += QString(slashes * 2 + 1, u'\\') + u'"';
            } else {
                arg += QString(slashes, u'\\') + c;
            }
            slashes = 0;
        }
        arg += QString(slashes * 2, u'\\') + u'"';
    }
    // cmd.exe reads the line before the program does: escape what it would act on.
    QString out;
    for (const QChar c : std::as_const(arg)) {
        if (QStringLiteral("()%!^\"<>&|").contains(c))
            out += u'^';
        out += c;
    }
    return out;
}

QString ClientLinks::cursorLink(const QString& serverName, const QJsonObject& entry)
{
    return QStringLiteral("cursor://anysphere.cursor-deeplink/mcp/install?name=") + percent(serverName) +
           QStringLiteral("&config=") + percent(JsonText::compact(entry).toBase64());
}

QString ClientLinks::vsCodeLink(const QString& serverName, const QUrl& url, bool insiders)
{
    const QJsonObject o{{QStringLiteral("name"), serverName},
                        {QStringLiteral("type"), QStringLiteral("sse")},
                        {QStringLiteral("url"), ClientProfile::urlText(url)}};
    return (insiders ? QStringLiteral("vscode-insiders:mcp/install?")
                     : QStringLiteral("vscode:mcp/install?")) +
           percent(JsonText::compact(o));
}

QString ClientLinks::lmStudioLink(const QString& serverName, const QJsonObject& entry)
{
    return QStringLiteral("lmstudio://add_mcp?name=") + percent(serverName) + QStringLiteral("&config=") +
           percent(JsonText::compact(entry).toBase64());
}

QString ClientLinks::deeplink(const ClientProfile& profile, const QString& serverName, const QUrl& url,
                              ClientEnvironment::Os os)
{
    switch (profile.deeplink()) {
    case ClientProfile::Deeplink::None:
        return {};
    case ClientProfile::Deeplink::Cursor:
        return cursorLink(serverName, profile.entryFor(serverName, url, os));
    case ClientProfile::Deeplink::VsCode:
        return vsCodeLink(serverName, url, false);
    case ClientProfile::Deeplink::VsCodeInsiders:
        return vsCodeLink(serverName, url, true);
    case ClientProfile::Deeplink::LmStudio:
        return lmStudioLink(serverName, profile.entryFor(serverName, url, os));
    }
    return {};
}

NativeCommand ClientLinks::nativeCommand(const ClientProfile& profile, const QString& serverName,
                                         const QUrl& url, ConfigScope scope)
{
    const QString u = ClientProfile::urlText(url);
    const QString scopeName = scope == ConfigScope::User ? QStringLiteral("user") : QStringLiteral("project");
    const QString sse = QStringLiteral("sse");
    const QString add = QStringLiteral("add");
    const QString mcp = QStringLiteral("mcp");
    const QString transport = QStringLiteral("--transport");
    NativeCommand c;
    switch (profile.native()) {
    case ClientProfile::Native::None:
        break;
    case ClientProfile::Native::ClaudeCode:
        c.argv = {QStringLiteral("claude"),  mcp,       add,        transport, sse,
                  QStringLiteral("--scope"), scopeName, serverName, u};
        break;
    case ClientProfile::Native::VsCode:
    case ClientProfile::Native::VsCodeInsiders: {
        const QJsonObject o{
            {QStringLiteral("name"), serverName}, {QStringLiteral("type"), sse}, {QStringLiteral("url"), u}};
        c.argv = {profile.native() == ClientProfile::Native::VsCode ? QStringLiteral("code")
                                                                    : QStringLiteral("code-insiders"),
                  QStringLiteral("--add-mcp"), QString::fromUtf8(JsonText::compact(o))};
        break;
    }
    case ClientProfile::Native::Gemini:
        c.argv = {QStringLiteral("gemini"), mcp,       add,        transport, sse,
                  QStringLiteral("-s"),     scopeName, serverName, u};
        break;
    case ClientProfile::Native::Qwen:
        c.argv = {QStringLiteral("qwen"),    mcp,       add,        transport, sse,
                  QStringLiteral("--scope"), scopeName, serverName, u};
        break;
    case ClientProfile::Native::Codex:
        c.argv = QStringList{QStringLiteral("codex"), mcp, add, serverName, QStringLiteral("--"),
                             QStringLiteral("npx")} +
                 ClientProfile::bridgeArgs(url);
        break;
    }
    return c;
}

} // namespace aipex
