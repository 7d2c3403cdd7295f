#include "mcp/KeyMask.h"

#include "mcp/McpEntry.h"

namespace aipex {

KeyMask::KeyMask(const QUrl& mcpUrl)
{
    const QString token = McpEntry::tokenOf(mcpUrl);
    if (token.isEmpty())
        return;
    m_secrets << token;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(token));
    if (encoded != token)
        m_secrets << encoded;
}

KeyMask::KeyMask(const QStringList& secrets)
{
    for (const QString& s : secrets) {
        if (!s.isEmpty())
            m_secrets << s;
    }
}

QString KeyMask::apply(QString text) const
{
    for (const QString& s : m_secrets)
        text.replace(s, McpEntry::maskToken(s));
    return text;
}

QByteArray KeyMask::apply(QByteArray text) const
{
    for (const QString& s : m_secrets)
        text.replace(s.toUtf8(), McpEntry::maskToken(s).toUtf8());
    return text;
}

} // namespace aipex
