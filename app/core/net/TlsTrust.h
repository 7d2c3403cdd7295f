#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

class QNetworkReply;
class QNetworkRequest;

namespace aipex {

// What this run trusts beyond the system's certificate authorities: extra CA files
// (a company CA) and exact certificates pinned by SHA-256 fingerprint (a self-signed
// server the user has looked at). Pinning vouches for who the server is, so for that exact
// certificate only the errors about its identity are ignored (self-signed, unknown issuer,
// another host name); an expired, not yet valid, revoked or badly signed one stays refused.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)
public:
    bool addCaFile(const QString& path, Error* error);
    bool addFingerprint(const QString& text, Error* error);
    bool isEmpty() const { return m_caCertificates.isEmpty() && m_fingerprints.isEmpty(); }

    // Before sending: the extra CAs join the system ones.
    void apply(QNetworkRequest* request) const;
    // On QNetworkReply::sslErrors: ignores these errors if the peer is a pinned certificate.
    bool handle(QNetworkReply* reply, const QList<QSslError>& errors) const;
    // The errors a pin excuses: the ones about who issued the certificate and for whom.
    static bool isIdentityError(QSslError::SslError error);

    static QByteArray fingerprint(const QSslCertificate& certificate); // SHA-256, lower-case hex
    static QString formatFingerprint(const QByteArray& hex);           // AB:CD:…
    // Subject, issuer, validity and fingerprint, for an error message the user can check.
    static QString describe(const QSslCertificate& certificate);

private:
    QList<QSslCertificate> m_caCertificates;
    QList<QByteArray> m_fingerprints;
};

} // namespace aipex
