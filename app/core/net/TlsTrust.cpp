#include "net/TlsTrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace aipex {

bool TlsTrust::addCaFile(const QString& path, Error* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Error(Error::InvalidConfig,
                       tr("The CA file %1 could not be read: %2").arg(path, f.errorString()));
        return false;
    }
    const QByteArray data = f.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        *error = Error(Error::InvalidConfig, tr("%1 holds no PEM or DER certificate.").arg(path));
        return false;
    }
    m_caCertificates += certs;
    return true;
}

bool TlsTrust::addFingerprint(const QString& text, Error* error)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QRegularExpression(QStringLiteral("^sha-?256[:=]?")));
    hex.remove(u':');
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    if (!shape.match(hex).hasMatch()) {
        *error = Error(
            Error::InvalidConfig,
            tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).").arg(text));
        return false;
    }
    m_fingerprints << hex.toLatin1();
    return true;
}

void TlsTrust::apply(QNetworkRequest* request) const
{
    if (m_caCertificates.isEmpty())
        return;
    QSslConfiguration config = request->sslConfiguration();
    QList<QSslCertificate> cas = config.caCertificates();
    cas += m_caCertificates;
    config.setCaCertificates(cas);
    request->setSslConfiguration(config);
}

bool TlsTrust::handle(QNetworkReply* reply, const QList<QSslError>& errors) const
{
    if (m_fingerprints.isEmpty() || errors.isEmpty())
        return false;
    const QSslCertificate peer = errors.first().certificate().isNull()
                                     ? reply->sslConfiguration().peerCertificate()
                                     : errors.first().certificate();
    if (peer.isNull() || !m_fingerprints.contains(fingerprint(peer)))
        return false;
    for (const QSslError& e : errors) {
        // Only problems of that very certificate; a revoked or blacklisted one stays refused.
        if (!e.certificate().isNull() && e.certificate() != peer)
            return false;
        if (!isIdentityError(e.error()))
            return false;
    }
    reply->ignoreSslErrors(errors);
    return true;
}

bool TlsTrust::isIdentityError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QByteArray TlsTrust::fingerprint(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsTrust::formatFingerprint(const QByteArray& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(u':');
}

QString TlsTrust::describe(const QSslCertificate& c)
{
    return tr("subject %1, issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(c.subjectDisplayName(), c.issuerDisplayName(), c.effectiveDate().toString(Qt::ISODate),
             c.expiryDate().toString(Qt::ISODate), formatFingerprint(fingerprint(c)));
}

} // namespace aipex
