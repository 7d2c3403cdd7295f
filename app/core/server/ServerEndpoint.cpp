#include "server/ServerEndpoint.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace aipex {

const QString ServerEndpoint::kPrefix = QStringLiteral("/baas-api");

namespace {

Error invalid(const QString& input, const QString& why)
{
    Error e(Error::InvalidConfig, why);
    e.addContext(QStringLiteral("value"), input);
    e.addContext(QStringLiteral("setting"), QStringLiteral("AIPEXBASE_BASE_URL"));
    return e;
}

bool hasScheme(const QString& s)
{
    const int colon = s.indexOf(QLatin1String("://"));
    if (colon <= 0)
        return false;
    for (int i = 0; i < colon; ++i) {
        const QChar c = s.at(i);
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

QString cutAtApiPath(QString path)
{
    // A pasted admin or MCP URL: keep what comes before the API part.
    static const QString markers[] = {QStringLiteral("/admin/"), QStringLiteral("/mcp/")};
    for (const QString& m : markers) {
        QString probe = path + u'/';
        const int at = probe.indexOf(m);
        if (at >= 0)
            path = path.left(at);
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

ServerEndpoint ServerEndpoint::parse(const QString& rawInput, Error* error)
{
    const QString input = rawInput.trimmed();
    auto fail = [&](const QString& why) {
        if (error)
            *error = invalid(rawInput, why);
        return ServerEndpoint();
    };
    if (input.isEmpty())
        return fail(tr("The server address is empty."));
    for (const QChar c : input) {
        if (c.isSpace())
            return fail(tr("The server address contains a space."));
    }

    const QString withScheme = hasScheme(input) ? input : QStringLiteral("http://") + input;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid address: %2").arg(input, url.errorString()));

    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return fail(tr("Only http:// and https:// addresses are supported, not %1://.").arg(scheme));
    if (url.host().isEmpty())
        return fail(tr("\"%1\" has no host name.").arg(input));
    if (!url.userInfo().isEmpty())
        return fail(tr("Do not put a user name or password in the address; enter them when signing in."));
    if (url.port() == 0)
        return fail(tr("Port 0 is not a valid port."));

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        base.setPort(url.port());
    base.setPath(cutAtApiPath(url.path(QUrl::FullyDecoded)));
    if (!base.isValid())
        return fail(tr("\"%1\" is not a valid address.").arg(input));

    if (error)
        *error = Error();
    ServerEndpoint ep;
    ep.m_base = base;
    return ep;
}

QUrl ServerEndpoint::adminUrl(const QString& path) const
{
    QUrl u = m_base;
    const QString rel = path.startsWith(u'/') ? path : u'/' + path;
    u.setPath(m_base.path() + rel);
    return u;
}

bool ServerEndpoint::hasPrefix() const
{
    return m_base.path().endsWith(kPrefix);
}

QUrl ServerEndpoint::origin() const
{
    QUrl u = m_base;
    QString p = u.path();
    if (p.endsWith(kPrefix))
        p.chop(kPrefix.size());
    u.setPath(p);
    return u;
}

ServerEndpoint ServerEndpoint::withPrefix() const
{
    ServerEndpoint ep = *this;
    if (!hasPrefix())
        ep.m_base.setPath(m_base.path() + kPrefix);
    return ep;
}

QUrl ServerEndpoint::mcpUrl(const QString& key) const
{
    QUrl u = m_mcpOverride.isValid() && !m_mcpOverride.isEmpty() ? m_mcpOverride : origin();
    if (!(m_mcpOverride.isValid() && !m_mcpOverride.isEmpty()))
        u.setPath(u.path() + QStringLiteral("/mcp/sse"));
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("token"));
    // Keys are [A-Za-z0-9_]; encode anyway so an odd value cannot break the URL.
    q.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(key)));
    u.setQuery(q);
    return u;
}

bool ServerEndpoint::parseMcpOverride(const QString& input, QUrl* out, Error* error)
{
    const QString t = input.trimmed();
    if (t.isEmpty()) {
        *out = QUrl();
        return true;
    }
    QUrl u(t, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        if (error) {
            *error = Error(Error::InvalidConfig,
                           tr("The MCP address \"%1\" must be a full http:// or https:// URL.").arg(t));
            error->addContext(QStringLiteral("value"), t);
        }
        return false;
    }
    *out = u;
    return true;
}

bool ServerEndpoint::isHttps() const
{
    return m_base.scheme() == u"https";
}

bool ServerEndpoint::isLoopback() const
{
    return isLoopbackHost(m_base.host());
}

bool ServerEndpoint::isLoopbackHost(const QString& hostName)
{
    // A name is loopback only by RFC 6761 (localhost, *.localhost); anything else must be an
    // address: "127.example.com" is an ordinary host name.
    const QString host = hostName.toLower();
    if (host == u"localhost" || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

} // namespace aipex
