#include "mcp/McpEntry.h"

#include "mcp/KeyMask.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace aipex {

const QString McpEntry::kDefaultServerName = QStringLiteral("aipexbase-mcp-server");

McpEntry::McpEntry(QString serverName, QUrl url)
    : m_name(serverName.trimmed().isEmpty() ? kDefaultServerName : std::move(serverName))
    , m_url(std::move(url))
{}

QJsonObject McpEntry::entry() const
{
    return {{QStringLiteral("url"), m_url.toString(QUrl::FullyEncoded)}};
}

QJsonObject McpEntry::config() const
{
    return {{QStringLiteral("mcpServers"), QJsonObject{{m_name, entry()}}}};
}

QByteArray McpEntry::configJson() const
{
    return QJsonDocument(config()).toJson(QJsonDocument::Indented);
}

QByteArray McpEntry::maskedConfigJson() const
{
    return KeyMask(m_url).apply(configJson());
}

QString McpEntry::tokenOf(const QUrl& url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
}

QString McpEntry::maskToken(const QString& token)
{
    if (token.size() <= 8)
        return QString(token.size(), QChar(0x2022));
    const int head = qMin(9, int(token.size()) / 3);
    return token.left(head) + QString(6, QChar(0x2022)) + token.right(4);
}

QString McpEntry::maskedUrl(const QUrl& url)
{
    return KeyMask(url).apply(url.toString(QUrl::FullyEncoded));
}

} // namespace aipex
