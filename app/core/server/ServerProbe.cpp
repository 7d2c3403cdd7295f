#include "server/ServerProbe.h"

namespace aipex {

ServerProbe::ServerProbe(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void ServerProbe::start(const ServerEndpoint& endpoint)
{
    cancel();
    m_original = endpoint;
    m_firstError = Error();
    send(endpoint, false);
}

void ServerProbe::cancel()
{
    if (m_request) {
        ApiRequest* r = m_request;
        m_request.clear();
        disconnect(r, nullptr, this, nullptr);
        r->abort();
    }
}

bool ServerProbe::looksLikeAipexbase(const ApiResult& r)
{
    return r.envelopeCode == 401;
}

void ServerProbe::send(const ServerEndpoint& endpoint, bool secondTry)
{
    ApiRequest* req =
        m_client->postTo(endpoint.adminUrl(QStringLiteral("/admin/application/page")), {}, false);
    m_request = req;
    connect(req, &ApiRequest::finished, this, [this, endpoint, secondTry](const ApiResult& r) {
        m_request.clear();
        ProbeResult out;
        if (looksLikeAipexbase(r)) {
            out.endpoint = endpoint;
            out.prefixAdded = secondTry;
            emit finished(out);
            return;
        }
        const Error::Code c = r.error.code();
        const bool unreachable = c == Error::ConnectionError || c == Error::Timeout || c == Error::Cancelled;
        // AIPEXBASE's own rate limiter answered: the address is right, the server is busy.
        if (r.envelopeCode == 429) {
            out.error = r.error;
            out.error.addContext(QStringLiteral("base_url"), m_original.baseString());
            emit finished(out);
            return;
        }
        if (!secondTry && !unreachable && !m_original.hasPrefix()) {
            m_firstError = r.error;
            send(m_original.withPrefix(), true);
            return;
        }
        const Error& first = secondTry ? m_firstError : r.error;
        if (unreachable && !secondTry) {
            out.error = r.error;
        } else if (first.code() == Error::Http5xx) {
            // Something is there but failing (a 500 from the backend, a 502 from its proxy):
            // say that, rather than that the address is wrong.
            out.error = first;
        } else {
            out.error = Error(Error::InvalidResponse,
                              tr("%1 answered, but not like an AIPEXBASE server. Check the address: it is "
                                 "usually the web console's address followed by /baas-api, or the backend's "
                                 "own port.")
                                  .arg(m_original.baseString()));
            out.error.addDetail(QStringLiteral("answer"), first.toDisplayString());
            if (first.httpStatus())
                out.error.setHttpStatus(first.httpStatus());
        }
        out.error.addContext(QStringLiteral("base_url"), m_original.baseString());
        emit finished(out);
    });
}

} // namespace aipex
