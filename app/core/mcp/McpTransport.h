#pragma once

#include "Error.h"
#include "net/SslProblems.h"
#include "net/TlsTrust.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace aipex {

// One way of carrying MCP's JSON-RPC messages: the legacy HTTP+SSE transport, Streamable
// HTTP, or a child process's stdin/stdout (the mcp-remote bridge). McpProbe speaks the
// protocol over any of them.
class McpTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual void open() = 0;
    virtual void send(const QJsonObject& message) = 0;
    virtual void close() = 0;
    // Extra CAs and pinned certificates (owned by the caller, who outlives the transport).
    void setTrust(const TlsTrust* trust) { m_trust = trust; }

private:
    const TlsTrust* m_trust = nullptr;

signals:
    void ready();
    void message(const QJsonObject& message);
    void failed(const aipex::Error& error);

protected:
    // An HTTP status the MCP endpoint answered, with what it most likely means.
    static Error httpError(int status, const QUrl& url);
    // A failed reply: the HTTP status if there was one, else the network error,
    // with any TLS certificate problems spelled out.
    static Error replyError(QNetworkReply* reply, const QUrl& url, const SslProblems& ssl);
    // Lets the trust settings accept a pinned certificate, and otherwise gathers the
    // certificate problems as they are reported, for replyError().
    std::shared_ptr<SslProblems> watchSsl(QNetworkReply* reply);
    void prepare(QNetworkRequest* request) const;
};

} // namespace aipex
