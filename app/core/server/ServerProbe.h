#pragma once

#include "net/ApiClient.h"

#include <QPointer>

namespace aipex {

struct ProbeResult
{
    Error error;
    ServerEndpoint endpoint; // the endpoint that answered, with /baas-api added if that was the fix
    bool prefixAdded = false;
};

// Finds an AIPEXBASE server at what the user typed: an unauthenticated
// POST <base>/admin/application/page answers envelope 401 on every generation.
// Anything else at the URL as given, but 401 at <url>/baas-api, means the user
// gave the nginx origin without the API prefix.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(ApiClient* client, QObject* parent = nullptr);

    void start(const ServerEndpoint& endpoint);
    void cancel();
    bool isRunning() const { return !m_request.isNull(); }

signals:
    void finished(const aipex::ProbeResult& result);

private:
    void send(const ServerEndpoint& endpoint, bool secondTry);
    static bool looksLikeAipexbase(const ApiResult& r);

    ApiClient* m_client;
    QPointer<ApiRequest> m_request;
    ServerEndpoint m_original;
    Error m_firstError;
};

} // namespace aipex

Q_DECLARE_METATYPE(aipex::ProbeResult)
