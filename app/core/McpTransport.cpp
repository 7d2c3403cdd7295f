#include "McpTransport.h"

#include "NetworkError.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSslError>

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

std::shared_ptr<QStringList> McpTransport::collectSslProblems(QNetworkReply* reply, QObject* context)
{
    auto problems = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, context, [problems](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            *problems << e.errorString();
    });
    return problems;
}

Error McpTransport::replyError(QNetworkReply* reply, const QUrl& url, const QStringList& sslProblems)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return httpError(status, url);
    Error e = NetworkError::fromReply(reply, url, status != 0);
    if (!sslProblems.isEmpty()) {
        e = Error(Error::ConnectionError, tr("The certificate of %1 is not trusted: %2")
                                              .arg(url.host(), sslProblems.join(QLatin1String("; "))));
        e.addDetail(QStringLiteral("tls"), true);
        e.addDetail(QStringLiteral("certificate_problems"), QJsonArray::fromStringList(sslProblems));
    }
    e.addContext(QStringLiteral("url"), url.toString(QUrl::RemoveQuery));
    return e;
}

} // namespace aipex
