#include "BridgeCommand.h"

#include <QHostAddress>

namespace aipex {

QStringList BridgeCommand::defaultLauncher()
{
    return {QStringLiteral("npx"), QStringLiteral("-y"), QStringLiteral("mcp-remote@latest")};
}

bool BridgeCommand::needsAllowHttp(const QUrl& url)
{
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    const QHostAddress address(host);
    return host != u"localhost" && !(address.protocol() == QAbstractSocket::IPv4Protocol &&
                                     address == QHostAddress(QHostAddress::LocalHost));
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

} // namespace aipex
