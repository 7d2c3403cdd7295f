#include "net/ApiClient.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace aipex {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{}

QNetworkAccessManager* ApiClient::network()
{
    // Created on first use: a command that never talks to the server pays nothing.
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
    }
    return m_nam;
}

QString ApiClient::acceptLanguageFor(const QString& uiLanguage)
{
    // The server only has zh_CN and en_US bundles, and a bare "en" may fall back
    // to its Chinese default, so always send the region.
    if (uiLanguage.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh-CN");
    return QStringLiteral("en-US");
}

QNetworkRequest ApiClient::makeRequest(const QUrl& url, bool authenticated) const
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    req.setRawHeader(QByteArrayLiteral("Accept-Language"), m_language.toLatin1());
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("aipexbase-setup/" AIPEXBASE_VERSION));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setTransferTimeout(m_timeoutMs);
    m_trust.apply(&req);
    if (authenticated && !m_token.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8());
    return req;
}

ApiRequest* ApiClient::track(QNetworkReply* reply, const QUrl& url, bool authenticated)
{
    return new ApiRequest(reply, url, authenticated && !m_token.isEmpty(), m_timeoutMs, m_maxBytes, &m_trust,
                          this);
}

ApiRequest* ApiClient::post(const QString& path, const QJsonObject& body, bool authenticated)
{
    return postTo(m_endpoint.adminUrl(path), body, authenticated);
}

ApiRequest* ApiClient::postTo(const QUrl& url, const QJsonObject& body, bool authenticated)
{
    return postJson(url, body, authenticated, false);
}

ApiRequest* ApiClient::postSecret(const QString& path, const QJsonObject& body)
{
    return postJson(m_endpoint.adminUrl(path), body, false, true);
}

ApiRequest* ApiClient::postJson(const QUrl& url, const QJsonObject& body, bool authenticated, bool closeAfter)
{
    qCDebug(lcApi).noquote() << "POST" << url.toString(QUrl::RemoveQuery);
    QNetworkRequest request = makeRequest(url, authenticated);
    if (closeAfter)
        request.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = network()->post(request, payload);
    return track(reply, url, authenticated);
}

void ApiClient::releaseConnections()
{
    if (m_nam)
        m_nam->clearConnectionCache();
}

ApiRequest* ApiClient::deleteResource(const QString& path)
{
    const QUrl url = m_endpoint.adminUrl(path);
    qCDebug(lcApi).noquote() << "DELETE" << url.toString(QUrl::RemoveQuery);
    QNetworkReply* reply = network()->deleteResource(makeRequest(url, true));
    return track(reply, url, true);
}

} // namespace aipex
