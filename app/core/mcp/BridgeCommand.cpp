#include "mcp/BridgeCommand.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace aipex {

QStringList BridgeCommand::defaultLauncher()
{
    return {QStringLiteral("npx"), QStringLiteral("-y"), QStringLiteral("mcp-remote@latest")};
}

bool BridgeCommand::needsAllowHttp(const QUrl& url)
{
    // Not a loopback test: mcp-remote exempts exactly these two host names from needing
    // --allow-http, so 127.0.0.2 or [::1] still need the flag.
    const QString host = url.host().toLower();
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && host != u"localhost" &&
           host != u"127.0.0.1";
}

QStringList BridgeCommand::forUrl(const QUrl& url, const QStringList& launcher)
{
    QStringList command = launcher.isEmpty() ? defaultLauncher() : launcher;
    command << url.toString(QUrl::FullyEncoded) << QStringLiteral("--transport")
            << QStringLiteral("sse-only");
    if (needsAllowHttp(url))
        command << QStringLiteral("--allow-http");
    return command;
}

bool BridgeCommand::findProgram(const QString& program, Error* error)
{
    if (!QStandardPaths::findExecutable(program).isEmpty() || QFileInfo(program).isExecutable())
        return true;
    *error =
        Error(Error::MissingConfig, tr("\"%1\" was not found. The bridge needs Node.js %2 or later, which "
                                       "provides npx: install it from your distribution or nodejs.org.")
                                        .arg(program)
                                        .arg(kMinimumNodeMajor));
    return false;
}

} // namespace aipex
