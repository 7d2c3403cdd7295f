#pragma once

#include "Error.h"

#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace aipex {

// What a failed QNetworkReply means for the user, in the reference codes: shared by
// the admin API client and the MCP probe so both say the same about the same failure.
class NetworkError
{
    Q_DECLARE_TR_FUNCTIONS(NetworkError)
public:
    // gotHeaders: an answer had started, so a closed connection means a cut-off answer.
    static Error fromReply(const QNetworkReply* reply, const QUrl& url, bool gotHeaders);
    // An untrusted certificate: what is wrong, what the certificate is, and how to trust it.
    // pinnable: every problem is one --trust-fingerprint may excuse (see TlsTrust).
    static Error certificate(const QUrl& url, const QStringList& problems, const QSslCertificate& peer,
                             bool pinnable);
};

} // namespace aipex
