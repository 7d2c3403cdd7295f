#pragma once

#include "net/ApiResult.h"
#include "net/SslProblems.h"
#include "net/TlsTrust.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace aipex {

// One admin call in flight. Emits finished() exactly once (also after abort())
// and then deletes itself, so callers never own it.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    using Transform = std::function<void(ApiResult&)>;

    ApiRequest(QNetworkReply* reply, const QUrl& url, bool sentToken, int timeoutMs, qint64 maxBytes,
               const TlsTrust* trust, QObject* parent);
    ~ApiRequest() override;

    // Runs before finished(), on success and failure alike: lets AdminApi turn a
    // generic answer into a call-specific result or error.
    void setTransform(Transform t) { m_transform = std::move(t); }
    void abort();
    QUrl url() const { return m_url; }

signals:
    void finished(const aipex::ApiResult& result);

private:
    enum class Stop
    {
        None,
        Cancelled,
        TimedOut,
        TooLarge
    };
    void stop(Stop why);
    void onFinished();
    ApiResult evaluate();
    ApiResult mapNetworkError(int httpStatus, bool gotHeaders);
    void emitOnce(ApiResult r);

    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    bool m_sentToken;
    int m_timeoutMs;
    qint64 m_maxBytes;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    Stop m_stop = Stop::None;
    bool m_done = false;
    Transform m_transform;
    std::shared_ptr<SslProblems> m_ssl;
};

} // namespace aipex
