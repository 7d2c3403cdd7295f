#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace aipex {

// The server entry an editor needs: for now the generic
// {"mcpServers": {NAME: {"url": URL}}} the reference script writes.
class McpEntry
{
public:
    static const QString kDefaultServerName; // aipexbase-mcp-server

    McpEntry(QString serverName, QUrl url);

    QString serverName() const { return m_name; }
    QUrl url() const { return m_url; }
    QJsonObject entry() const;
    QJsonObject config() const;
    QByteArray configJson() const;
    // The same text with the token masked, for screens and logs.
    QByteArray maskedConfigJson() const;

    static QString tokenOf(const QUrl& url);
    // kf_api_ab••••••1234: enough to recognise a key, not to use it.
    static QString maskToken(const QString& token);
    static QString maskedUrl(const QUrl& url);

private:
    QString m_name;
    QUrl m_url;
};

} // namespace aipex
