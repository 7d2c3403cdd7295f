#pragma once

#include "Error.h"

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

signals:
    void ready();
    void message(const QJsonObject& message);
    void failed(const aipex::Error& error);

protected:
    // An HTTP status the MCP endpoint answered, with what it most likely means.
    static Error httpError(int status, const QUrl& url);
    // A failed reply: the HTTP status if there was one, else the network error,
    // with any TLS certificate problems spelled out.
    static Error replyError(QNetworkReply* reply, const QUrl& url, const QStringList& sslProblems);
    // Gathers the reply's certificate problems as they are reported, for replyError().
    static std::shared_ptr<QStringList> collectSslProblems(QNetworkReply* reply, QObject* context);
};

} // namespace aipex
