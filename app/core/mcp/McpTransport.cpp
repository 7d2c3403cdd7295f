#include "mcp/McpTransport.h"

#include "net/NetworkError.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace aipex {

Error McpTransport::httpError(int status, const QUrl& url)
{
    Error e = Error::fromHttpStatus(status, tr("The MCP endpoint answered HTTP %1.").arg(status));
    if (status == 401 || status == 403) {
        e = Error::fromHttpStatus(status,
                                  tr("The MCP endpoint refused the connection (HTTP %1): the key in the URL "
                                     "is missing or blank. The URL must end in ?token=<your API key>.")
                                      .arg(status));
    } else if (status == 404) {
        QString hint = tr("Nothing answers at %1 (HTTP 404): the path is wrong.").arg(url.path());
        const QString path = url.path();
        QUrl fixed;
        if (path.contains(QLatin1String("/baas-api/mcp"))) {
            fixed = url;
            fixed.setPath(QString(path).replace(QLatin1String("/baas-api/mcp"), QLatin1String("/mcp")));
            hint += u' ' + tr("The MCP endpoint sits at the server's root, not under /baas-api: try %1.")
                               .arg(fixed.toString(QUrl::RemoveQuery));
        } else if (!path.endsWith(QLatin1String("/sse"))) {
            hint += u' ' + tr("An AIPEXBASE server serves MCP at <server>/mcp/sse?token=<key>.");
        }
        e = Error(Error::Http4xx, hint);
        e.setHttpStatus(404);
        if (fixed.isValid())
            e.addDetail(QStringLiteral("suggested_url"), fixed.toString(QUrl::FullyEncoded));
    }
    e.addContext(QStringLiteral("url"), url.toString(QUrl::RemoveQuery));
    return e;
}

std::shared_ptr<SslProblems> McpTransport::watchSsl(QNetworkReply* reply)
{
    return SslProblems::watch(reply, m_trust, this);
}

void McpTransport::prepare(QNetworkRequest* request) const
{
    request->setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_trust)
        m_trust->apply(request);
}

Error McpTransport::replyError(QNetworkReply* reply, const QUrl& url, const SslProblems& ssl)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return httpError(status, url);
    Error e = NetworkError::fromReply(reply, url, status != 0);
    if (!ssl.isEmpty())
        e = ssl.toError(url);
    e.addContext(QStringLiteral("url"), url.toString(QUrl::RemoveQuery));
    return e;
}

} // namespace aipex
