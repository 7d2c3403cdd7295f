#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace aipex::test {

class FakeHttpConnection;
struct FakeHttpRequest;
struct FakeHttpResponse;
struct LoggedRequest;

// A stand-in for an AIPEXBASE server (either generation, optionally behind the nginx
// /baas-api prefix) on real loopback sockets, with the MCP SSE endpoint, a request log
// and switchable faults. It plays the contract app/core/server/AdminApi.h speaks, for both
// generations.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    enum class Flavor
    {
        V1,
        V2
    };
    Q_ENUM(Flavor)
    enum class Endpoint
    {
        Other,
        Login,
        AppPage,
        AppCreate,
        KeySave,
        KeyPage,
        UserInfo,
        McpSse,
        McpMessage,
        KeyDelete
    };
    Q_ENUM(Endpoint)
    enum class Fault
    {
        None,
        Http500,         // HTTP 500 with Spring's JSON error body; request NOT processed
        Html502,         // HTTP 502 with an nginx-style HTML page; request NOT processed
        MalformedJson,   // HTTP 200, body is not JSON; request processed
        TruncatedBody,   // HTTP 200, Content-Length larger than the bytes sent, then close; request processed
        ConnectionReset, // the socket is aborted (RST) without an answer; request NOT processed
        Hang,            // request processed, then no answer at all (until the client gives up)
        TokenExpired,    // envelope {"code":401,...}; request NOT processed
        RateLimited,     // envelope {"code":429,"message":"Too many requests"}; request NOT processed
        KeyLimit,        // only for KeySave: answer as if the app had the maximum of active keys
        // MCP faults: set on McpSse they shape the whole session, on McpMessage one message
        SseHangAfterEndpoint, // send the endpoint event, then never answer any JSON-RPC message
        SseMalformedEvent,    // answer JSON-RPC with a message event whose data is not JSON
        SseCloseEarly,        // send the endpoint event, then close the stream when a message is posted
        Http401,              // plain HTTP 401 (for McpSse: as a blank token would)
        Http404,              // plain HTTP 404
    };
    Q_ENUM(Fault)

    explicit FakeServer(QObject* parent = nullptr);
    ~FakeServer() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;   // origin + prefix, e.g. http://127.0.0.1:4321/baas-api
    QUrl originUrl() const; // http://127.0.0.1:4321

    void setFlavor(Flavor f); // default V2
    Flavor flavor() const;
    // "" (default) or e.g. "/baas-api": the admin API lives under it; MCP stays at the origin root.
    void setPrefix(const QString& p);
    QString prefix() const;
    void addUser(const QString& email, const QString& password); // default admin@example.com / admin123
    // The next `times` requests to e get fault f (-1 = until cleared); Endpoint::Other = every endpoint.
    void setFault(Endpoint e, Fault f, int times = -1);
    void clearFaults();
    void expireTokens();
    void setMaxActiveKeys(int n); // default 10
    // Masks listed keys whatever the flavor: a v1-style `true` save in front of a masked
    // listing, the combination that made the reference script write a useless key.
    void setMaskedKeyListing(bool mask);
    void setResponseDelayMs(int ms); // delays every answer, default 0

    QList<LoggedRequest> requests() const;
    int count(Endpoint e) const;
    void clearLog();
    QJsonArray apps() const;                     // AppInfo objects, newest first
    QJsonArray keys(const QString& appId) const; // key objects with the plain keyName
    QString lastIssuedToken() const;

    // Extras for test set-up without going through HTTP.
    QJsonObject addApp(const QString& name, const QString& ownerEmail = QStringLiteral("admin@example.com"));
    QJsonObject addKey(const QString& appId, const QString& name, const QString& expireAt = QString());
    bool setKeyStatus(const QString& keyName, const QString& status); // "ACTIVE" or "DISABLE"
    void setTables(const QString& appId, const QStringList& tables);  // what list_tables reports
    int activeMcpSessions() const;
    void closeMcpSessions(); // ends every open SSE stream from the server side

    static QString toString(Flavor f);
    static QString toString(Endpoint e);
    static QString toString(Fault f);
    // Case-insensitive, '-' and '_' ignored ("key-save", "KEY_SAVE", "KeySave").
    static Flavor flavorFromString(const QString& s, bool* ok = nullptr);
    static Endpoint endpointFromString(const QString& s, bool* ok = nullptr);
    static Fault faultFromString(const QString& s, bool* ok = nullptr);

signals:
    // After each request has been logged and processed (its answer may still be delayed).
    void requestLogged();

private:
    struct Private;

    void onNewConnection();
    void handleRequest(FakeHttpConnection* connection, const FakeHttpRequest& request);
    // errorPath: the path the answering component sees (prefix stripped for the backend).
    void route(FakeHttpConnection* connection, const FakeHttpRequest& request, Endpoint endpoint, Fault fault,
               const QString& errorPath, bool reachesBackend);
    void handleSse(FakeHttpConnection* connection, const FakeHttpRequest& request, Fault fault);
    void handleMessage(FakeHttpConnection* connection, const FakeHttpRequest& request, Fault fault);
    Fault takeFault(Endpoint e);
    // Sends the answer (after the configured delay), bent by a fault that lets the request through.
    void answer(FakeHttpConnection* connection, const FakeHttpResponse& response, Fault fault);
    void later(FakeHttpConnection* connection, std::function<void()> action);

    std::unique_ptr<Private> d;
};

struct LoggedRequest
{
    QByteArray method; // "GET", "POST"
    QString path;      // path without query, as received (including any prefix)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    FakeServer::Endpoint endpoint = FakeServer::Endpoint::Other;
    FakeServer::Fault fault = FakeServer::Fault::None; // the fault applied to this request
};

} // namespace aipex::test
