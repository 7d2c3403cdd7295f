#include "net/ApiRequest.h"

#include "Logging.h"
#include "net/Envelope.h"
#include "net/NetworkError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace aipex {

namespace {

QString endpointPath(const QUrl& url)
{
    return url.path();
}

// Spring and proxies explain an HTTP error in their body; keep a short, safe excerpt.
QJsonValue bodyExcerpt(const QByteArray& body)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    return QString::fromUtf8(body.left(512));
}

} // namespace

ApiRequest::ApiRequest(QNetworkReply* reply, const QUrl& url, bool sentToken, int timeoutMs, qint64 maxBytes,
                       const TlsTrust* trust, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_url(url)
    , m_sentToken(sentToken)
    , m_timeoutMs(timeoutMs)
    , m_maxBytes(maxBytes)
{
    m_clock.start();
    reply->setParent(this);
    m_deadline.setSingleShot(true);
    // The transfer timeout on the request restarts on every byte; this deadline does
    // not, so a server that drips one byte a second still ends in time.
    connect(&m_deadline, &QTimer::timeout, this, [this] { stop(Stop::TimedOut); });
    m_deadline.start(timeoutMs);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant len = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > m_maxBytes)
            stop(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBytes)
            stop(Stop::TooLarge);
    });
    m_ssl = SslProblems::watch(reply, trust, this);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
}

ApiRequest::~ApiRequest()
{
    if (m_reply && m_reply->isRunning()) {
        m_done = true; // nobody is listening any more
        m_reply->abort();
    }
}

void ApiRequest::abort()
{
    stop(Stop::Cancelled);
}

void ApiRequest::stop(Stop why)
{
    if (m_done || m_stop != Stop::None)
        return;
    m_stop = why;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows synchronously or soon
    else
        onFinished();
}

void ApiRequest::onFinished()
{
    if (m_done)
        return;
    emitOnce(evaluate());
}

void ApiRequest::emitOnce(ApiResult r)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    r.elapsedMs = m_clock.elapsed();
    if (m_transform)
        m_transform(r);
    if (r.error)
        r.error.addContext(QStringLiteral("endpoint"), endpointPath(m_url));
    qCDebug(lcApi).noquote() << "answer" << m_url.toString(QUrl::RemoveQuery) << "->"
                             << (r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("-")) << "code"
                             << r.envelopeCode << r.elapsedMs << "ms"
                             << (r.error ? r.error.codeString() : QStringLiteral("ok"));
    emit finished(r);
    deleteLater();
}

ApiResult ApiRequest::evaluate()
{
    ApiResult r;
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    r.httpStatus = status;

    switch (m_stop) {
    case Stop::Cancelled:
        r.error = Error(Error::Cancelled, tr("The request was cancelled."));
        return r;
    case Stop::TimedOut:
        r.error = Error(Error::Timeout, tr("The server did not answer within %n second(s).", nullptr,
                                           (m_timeoutMs + 999) / 1000));
        r.error.addContext(QStringLiteral("timeout_ms"), m_timeoutMs);
        return r;
    case Stop::TooLarge:
        r.error = Error(Error::InvalidResponse,
                        tr("The server's answer is larger than %1 MiB; it is not an AIPEXBASE answer.")
                            .arg(m_maxBytes / (1024 * 1024)));
        return r;
    case Stop::None:
        break;
    }
    if (!m_reply) {
        r.error = Error(Error::Unknown, tr("The request ended unexpectedly."));
        return r;
    }

    const QByteArray body = m_reply->readAll();
    const QNetworkReply::NetworkError netErr = m_reply->error();
    if (status >= 300 && netErr != QNetworkReply::InsecureRedirectError &&
        netErr != QNetworkReply::TooManyRedirectsError) {
        if (netErr == QNetworkReply::NoError || netErr > QNetworkReply::UnknownProxyError) {
            r.error = Error::fromHttpStatus(
                status, tr("The server answered HTTP %1 %2.")
                            .arg(status)
                            .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
            r.error.addDetail(QStringLiteral("response"), bodyExcerpt(body));
            return r;
        }
    }
    if (netErr != QNetworkReply::NoError)
        return mapNetworkError(status, status != 0);

    Envelope env;
    QString why;
    if (!Envelope::parse(body, &env, &why)) {
        r.error = Error(Error::InvalidResponse, tr("The server's answer could not be read: %1.").arg(why));
        r.error.addDetail(QStringLiteral("response_excerpt"), QString::fromUtf8(body.left(200)));
        r.error.setHttpStatus(status);
        return r;
    }
    r.envelopeCode = env.code;
    r.message = env.message;
    r.data = env.data;
    if (env.isSuccess())
        return r;

    if (env.code == 401) {
        r.error = m_sentToken ? Error(Error::TokenExpired,
                                      tr("The sign-in session expired or was rejected: %1").arg(env.message))
                              : Error(Error::TokenMissing, tr("Not signed in: %1").arg(env.message));
    } else if (env.code == 429) {
        r.error =
            Error(Error::RequestFailed,
                  tr("The server is limiting how fast requests may arrive (%1). Wait a moment and retry.")
                      .arg(env.message));
        r.error.addDetail(QStringLiteral("rate_limited"), true);
    } else {
        r.error = Error(Error::RequestFailed, tr("The server refused the request: %1").arg(env.message));
    }
    r.error.setHttpStatus(status);
    r.error.addDetail(QStringLiteral("envelope_code"), env.code);
    r.error.addDetail(QStringLiteral("server_message"), env.message);
    return r;
}

ApiResult ApiRequest::mapNetworkError(int httpStatus, bool gotHeaders)
{
    ApiResult r;
    r.httpStatus = httpStatus;
    r.error = NetworkError::fromReply(m_reply, m_url, gotHeaders);
    if (!m_ssl->isEmpty()) {
        r.error = m_ssl->toError(m_url);
        r.error.setOriginalError(m_reply->errorString());
    }
    if (httpStatus)
        r.error.setHttpStatus(httpStatus);
    return r;
}

} // namespace aipex
