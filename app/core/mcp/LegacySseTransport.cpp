#include "mcp/LegacySseTransport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace aipex {

namespace {
constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
}

LegacySseTransport::LegacySseTransport(QNetworkAccessManager* network, const QUrl& url, QObject* parent)
    : McpTransport(parent)
    , m_network(network)
    , m_url(url)
{}

LegacySseTransport::~LegacySseTransport()
{
    close();
}

void LegacySseTransport::open()
{
    QNetworkRequest req(m_url);
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    req.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    prepare(&req);
    // Long-lived: no transfer timeout here; McpProbe's overall deadline ends a silent stream.
    m_stream = m_network->get(req);
    m_sslProblems = watchSsl(m_stream);
    connect(m_stream, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_checked || !m_stream)
            return;
        m_checked = true;
        const int status = m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString type = m_stream->header(QNetworkRequest::ContentTypeHeader).toString();
        if (status == 200 && type.startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive))
            return;
        QNetworkReply* reply = m_stream;
        m_stream.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        // A Streamable HTTP endpoint answers a GET with a JSON body or 400/405/406; anything
        // else (401, 404, 5xx...) says something definite about this URL.
        const bool maybeNewer =
            status == 200 || status == 400 || status == 405 || status == 406 || status == 415;
        if (maybeNewer)
            emit notAnEventStream(status, type);
        else
            fail(httpError(status, m_url));
    });
    connect(m_stream, &QNetworkReply::readyRead, this, [this] {
        if (!m_stream)
            return;
        onEvents(m_parser.feed(m_stream->readAll()));
        if (m_parser.pendingBytes() > kMaxLineBytes)
            fail(Error(Error::InvalidResponse, tr("The event stream sent a line longer than 4 MiB.")));
    });
    connect(m_stream, &QNetworkReply::finished, this, [this] {
        if (!m_stream || m_closing)
            return;
        QNetworkReply* reply = m_stream;
        m_stream.clear();
        reply->deleteLater();
        // A close after the stream began is the server ending it; before any answer
        // (no status line) the connection itself failed.
        const bool streamBegan = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (reply->error() != QNetworkReply::NoError &&
            (reply->error() != QNetworkReply::RemoteHostClosedError || !streamBegan)) {
            fail(replyError(reply, m_url, *m_sslProblems));
            return;
        }
        fail(Error(Error::InvalidResponse, tr("The server closed the event stream early.")));
    });
}

void LegacySseTransport::onEvents(const QList<SseEvent>& events)
{
    for (const SseEvent& ev : events) {
        if (ev.event == QLatin1String("endpoint")) {
            const QUrl target = m_url.resolved(QUrl(ev.data.trimmed()));
            if (!target.isValid() || target.host() != m_url.host() || target.scheme() != m_url.scheme()) {
                // A message URL on another origin would receive the key: refuse it.
                fail(
                    Error(Error::InvalidResponse,
                          tr("The server named a message address on another host (%1).").arg(target.host())));
                return;
            }
            const bool first = m_post.isEmpty();
            m_post = target;
            if (first)
                emit ready();
            continue;
        }
        if (ev.event != QLatin1String("message"))
            continue;
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(ev.data.toUtf8(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(Error(
                Error::InvalidResponse,
                tr("The server sent an event that is not a JSON-RPC message: %1")
                    .arg(perr.error != QJsonParseError::NoError ? perr.errorString() : tr("not an object"))));
            return;
        }
        emit message(doc.object());
    }
}

void LegacySseTransport::send(const QJsonObject& message)
{
    if (m_post.isEmpty())
        return;
    QNetworkRequest req(m_post);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    prepare(&req);
    QNetworkReply* reply = m_network->post(req, QJsonDocument(message).toJson(QJsonDocument::Compact));
    const auto problems = watchSsl(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, problems] {
        reply->deleteLater();
        if (m_closing)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            return;
        fail(replyError(reply, m_post, *problems));
    });
}

void LegacySseTransport::close()
{
    m_closing = true;
    if (m_stream) {
        QNetworkReply* reply = m_stream;
        m_stream.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void LegacySseTransport::fail(const Error& e)
{
    if (m_closing)
        return;
    close();
    emit failed(e);
}

} // namespace aipex
