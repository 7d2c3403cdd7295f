#pragma once

#include "net/ApiRequest.h"
#include "net/TlsTrust.h"
#include "server/ServerEndpoint.h"

#include <QJsonObject>
#include <QObject>

#include <QNetworkRequest>

class QNetworkAccessManager;

namespace aipex {

// The one place that talks HTTP to the admin API: envelope, bearer token,
// Accept-Language, a deadline and a size cap on every call, no https→http redirects.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxResponseBytes = 8 * 1024 * 1024;

    explicit ApiClient(QObject* parent = nullptr);

    void setEndpoint(const ServerEndpoint& endpoint) { m_endpoint = endpoint; }
    const ServerEndpoint& endpoint() const { return m_endpoint; }
    // The admin token lives only here, in memory.
    void setToken(const QString& token) { m_token = token; }
    void clearToken() { m_token.clear(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms > 0 ? ms : kDefaultTimeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    // A BCP 47 tag such as "zh-CN" or "en-US"; the server localises its messages by it.
    void setLanguage(const QString& tag) { m_language = tag; }
    // Extra CAs and pinned certificates; see TlsTrust.
    void setTrust(const TlsTrust& trust) { m_trust = trust; }

    ApiRequest* post(const QString& path, const QJsonObject& body, bool authenticated = true);
    ApiRequest* deleteResource(const QString& path);
    // For a body that holds a secret (the sign-in): the connection is closed after the
    // answer, so a pooled socket's buffer does not keep the request's bytes alive.
    ApiRequest* postSecret(const QString& path, const QJsonObject& body);
    // Drops the pooled connections, and with them the socket buffers that still hold the
    // last request written on each (Qt keeps a drained chunk for reuse). Call when no
    // request of this client is running, e.g. right after the sign-in answered.
    void releaseConnections();
    // For a probe of a URL other than the configured endpoint.
    ApiRequest* postTo(const QUrl& url, const QJsonObject& body, bool authenticated);

    QNetworkAccessManager* network();

    static QString acceptLanguageFor(const QString& uiLanguage);

private:
    QNetworkRequest makeRequest(const QUrl& url, bool authenticated) const;
    ApiRequest* track(QNetworkReply* reply, const QUrl& url, bool authenticated);
    ApiRequest* postJson(const QUrl& url, const QJsonObject& body, bool authenticated, bool closeAfter);

    QNetworkAccessManager* m_nam = nullptr;
    ServerEndpoint m_endpoint;
    QString m_token;
    QString m_language = QStringLiteral("en-US");
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxResponseBytes;
    TlsTrust m_trust;
};

} // namespace aipex
