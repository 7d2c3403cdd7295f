#pragma once

#include "Error.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkReply;
class QObject;

namespace aipex {

class TlsTrust;

// The certificate problems one reply met, gathered as Qt reports them, for the error the
// user sees (NetworkError::certificate). The one collector of the admin calls
// (net/ApiRequest) and the MCP transports (mcp/McpTransport).
struct SslProblems
{
    QStringList problems;
    // Empty until a problem names a certificate: constructing a QSslCertificate starts the
    // TLS backend, which a plain http:// run never needs.
    QList<QSslCertificate> peer;
    bool pinnable = true; // every problem is one a pinned fingerprint may excuse

    bool isEmpty() const { return problems.isEmpty(); }
    Error toError(const QUrl& url) const;

    // Lets `trust` accept a pinned certificate, and otherwise gathers the problems as the
    // reply reports them; `context` bounds the connection.
    static std::shared_ptr<SslProblems> watch(QNetworkReply* reply, const TlsTrust* trust, QObject* context);
};

} // namespace aipex
