#include "net/NetworkError.h"

#include "net/TlsTrust.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace aipex {

Error NetworkError::fromReply(const QNetworkReply* reply, const QUrl& url, bool gotHeaders)
{
    const QString detail = reply->errorString();
    const QString host = url.host();
    Error e;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        e = Error(Error::ConnectionError,
                  tr("Nothing is listening at %1 (connection refused).").arg(url.authority()));
        break;
    case QNetworkReply::HostNotFoundError:
        e = Error(Error::ConnectionError, tr("The host name \"%1\" could not be found.").arg(host));
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout reports itself like this
        e = Error(Error::Timeout, tr("The server did not answer in time."));
        break;
    case QNetworkReply::RemoteHostClosedError:
        e = gotHeaders
                ? Error(Error::InvalidResponse, tr("The server closed the connection before its answer was "
                                                   "complete."))
                : Error(Error::ConnectionError, tr("The server closed the connection without answering."));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e = Error(Error::ConnectionError, tr("The secure connection to %1 failed: %2").arg(host, detail));
        e.addDetail(QStringLiteral("tls"), true);
        break;
    case QNetworkReply::InsecureRedirectError:
        e = Error(Error::RequestFailed,
                  tr("The server redirected from https:// to plain http://; refused to follow."));
        break;
    case QNetworkReply::TooManyRedirectsError:
        e = Error(Error::RequestFailed, tr("The server redirected too many times."));
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e = Error(Error::InvalidResponse, tr("The server's answer broke the HTTP protocol: %1").arg(detail));
        break;
    default:
        e = Error(gotHeaders ? Error::InvalidResponse : Error::ConnectionError,
                  tr("Network error talking to %1: %2").arg(url.authority(), detail));
        break;
    }
    e.setOriginalError(detail);
    return e;
}

Error NetworkError::certificate(const QUrl& url, const QStringList& problems, const QSslCertificate& peer,
                                bool pinnable)
{
    QString text =
        tr("The certificate of %1 is not trusted: %2.").arg(url.host(), problems.join(QLatin1String("; ")));
    Error e(Error::ConnectionError, text);
    e.addDetail(QStringLiteral("tls"), true);
    e.addDetail(QStringLiteral("certificate_problems"), QJsonArray::fromStringList(problems));
    if (!peer.isNull()) {
        const QByteArray fp = TlsTrust::fingerprint(peer);
        e.addDetail(QStringLiteral("certificate"), TlsTrust::describe(peer));
        e.addDetail(QStringLiteral("certificate_sha256"), QString::fromLatin1(fp));
        e.addDetail(QStringLiteral("certificate_pinnable"), pinnable);
        if (!pinnable) {
            e.setHint(
                tr("Trusting this certificate would not help (%1): the server needs a valid certificate.")
                    .arg(TlsTrust::describe(peer)));
            return e;
        }
        e.setHint(
            tr("If this is your server's own certificate (%1), trust exactly it with --trust-fingerprint %2, "
               "or give its CA with --ca-file.")
                .arg(TlsTrust::describe(peer), QString::fromLatin1(fp)));
    }
    return e;
}

} // namespace aipex
