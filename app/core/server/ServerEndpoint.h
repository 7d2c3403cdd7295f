#pragma once

#include "Error.h"

#include <QString>
#include <QUrl>

namespace aipex {

// What the user typed as "the server", normalised once, plus every URL derived
// from it. Admin calls go under the base as given; the MCP endpoint lives at
// the origin root (a trailing /baas-api is the nginx front end's prefix).
class ServerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerEndpoint)
public:
    static const QString kPrefix; // "/baas-api"

    ServerEndpoint() = default;
    // Trims, adds a missing scheme (http), drops default ports, trailing slashes,
    // query and fragment, and anything from /admin/ or /mcp/ on (a pasted API or
    // MCP URL). Refuses other schemes, user info, spaces inside, bad ports.
    static ServerEndpoint parse(const QString& input, Error* error = nullptr);

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    QString baseString() const { return m_base.toString(); }
    QUrl adminUrl(const QString& path) const;
    QUrl origin() const;
    bool hasPrefix() const;
    ServerEndpoint withPrefix() const;

    // The MCP SSE URL for a key: the override if one is set, else <origin>/mcp/sse.
    QUrl mcpUrl(const QString& key) const;
    void setMcpOverride(const QUrl& url) { m_mcpOverride = url; }
    QUrl mcpOverride() const { return m_mcpOverride; }
    static bool parseMcpOverride(const QString& input, QUrl* out, Error* error);

    bool isHttps() const;
    bool isLoopback() const;
    // The one loopback test of the project: localhost, *.localhost, 127.0.0.0/8, ::1.
    static bool isLoopbackHost(const QString& host);
    // Plain http:// to a host that is not this machine: the password crosses the network in clear.
    bool isInsecureRemote() const { return isValid() && !isHttps() && !isLoopback(); }

private:
    QUrl m_base;
    QUrl m_mcpOverride;
};

} // namespace aipex
