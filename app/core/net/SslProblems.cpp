#include "net/SslProblems.h"

#include "net/NetworkError.h"
#include "net/TlsTrust.h"

#include <QNetworkReply>
#include <QSslError>

namespace aipex {

Error SslProblems::toError(const QUrl& url) const
{
    return NetworkError::certificate(url, problems, peer.value(0), pinnable);
}

std::shared_ptr<SslProblems> SslProblems::watch(QNetworkReply* reply, const TlsTrust* trust, QObject* context)
{
    auto report = std::make_shared<SslProblems>();
    QObject::connect(reply, &QNetworkReply::sslErrors, context,
                     [reply, trust, report](const QList<QSslError>& errors) {
                         if (trust && trust->handle(reply, errors))
                             return;
                         for (const QSslError& e : errors) {
                             report->problems << e.errorString();
                             report->pinnable = report->pinnable && TlsTrust::isIdentityError(e.error());
                             if (report->peer.isEmpty() && !e.certificate().isNull())
                                 report->peer << e.certificate();
                         }
                     });
    return report;
}

} // namespace aipex
