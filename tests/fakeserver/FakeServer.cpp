#include "fakeserver/FakeServer.h"

#include "fakeserver/FakeAdminApi.h"
#include "fakeserver/FakeHttpConnection.h"
#include "fakeserver/FakeMcpSession.h"
#include "fakeserver/FakeStore.h"

#include <QMap>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace aipex::test {

namespace {

template<typename Enum>
QString enumKey(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

template<typename Enum>
Enum enumFromString(const QString& text, bool* ok)
{
    const auto simplified = [](QString s) {
        return s.remove(QLatin1Char('-')).remove(QLatin1Char('_')).trimmed().toLower();
    };
    const QString wanted = simplified(text);
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (simplified(QString::fromLatin1(meta.key(i))) == wanted) {
            if (ok)
                *ok = true;
            return static_cast<Enum>(meta.value(i));
        }
    }
    if (ok)
        *ok = false;
    return static_cast<Enum>(0);
}

FakeMcpSession::Mode sessionMode(FakeServer::Fault fault)
{
    switch (fault) {
    case FakeServer::Fault::SseHangAfterEndpoint:
        return FakeMcpSession::Mode::Silent;
    case FakeServer::Fault::SseMalformedEvent:
        return FakeMcpSession::Mode::Malformed;
    case FakeServer::Fault::SseCloseEarly:
        return FakeMcpSession::Mode::CloseOnNextMessage;
    default:
        return FakeMcpSession::Mode::Normal;
    }
}

} // namespace

struct FakeServer::Private
{
    struct Rule
    {
        Fault fault;
        int times;
    };

    QTcpServer tcp;
    FakeStore store;
    FakeAdminApi admin{&store};
    QString prefix;
    int delayMs = 0;
    QMap<Endpoint, Rule> faults;
    QList<LoggedRequest> log;
    QHash<QString, QPointer<FakeMcpSession>> sessions;
};

FakeServer::FakeServer(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->tcp, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer()
{
    d->tcp.close();
    // Connections (and the sessions they own) go first, while the state they use still exists.
    const auto connections = findChildren<FakeHttpConnection*>(QString(), Qt::FindDirectChildrenOnly);
    for (FakeHttpConnection* connection : connections) {
        QObject::disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

bool FakeServer::listen(const QHostAddress& address, quint16 port)
{
    return d->tcp.listen(address, port);
}

quint16 FakeServer::port() const
{
    return d->tcp.serverPort();
}

QUrl FakeServer::originUrl() const
{
    QHostAddress address = d->tcp.serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6 || address.isNull())
        address = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QUrl FakeServer::baseUrl() const
{
    QUrl url = originUrl();
    url.setPath(d->prefix);
    return url;
}

void FakeServer::setMaskedKeyListing(bool mask)
{
    d->admin.setMaskListing(mask);
}

void FakeServer::setFlavor(Flavor f)
{
    d->admin.setFlavor(f);
}

FakeServer::Flavor FakeServer::flavor() const
{
    return d->admin.flavor();
}

void FakeServer::setPrefix(const QString& p)
{
    QString prefix = p.trimmed();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(QLatin1Char('/')))
        prefix.prepend(QLatin1Char('/'));
    d->prefix = prefix;
}

QString FakeServer::prefix() const
{
    return d->prefix;
}

void FakeServer::addUser(const QString& email, const QString& password)
{
    d->store.addUser(email, password);
}

void FakeServer::setFault(Endpoint e, Fault f, int times)
{
    if (f == Fault::None || times == 0)
        d->faults.remove(e);
    else
        d->faults.insert(e, Private::Rule{f, times});
}

void FakeServer::clearFaults()
{
    d->faults.clear();
}

void FakeServer::expireTokens()
{
    d->store.expireTokens();
}

void FakeServer::setMaxActiveKeys(int n)
{
    d->store.setMaxActiveKeys(n);
}

void FakeServer::setResponseDelayMs(int ms)
{
    d->delayMs = std::max(0, ms);
}

QList<LoggedRequest> FakeServer::requests() const
{
    return d->log;
}

int FakeServer::count(Endpoint e) const
{
    return static_cast<int>(std::count_if(d->log.cbegin(), d->log.cend(),
                                          [e](const LoggedRequest& r) { return r.endpoint == e; }));
}

void FakeServer::clearLog()
{
    d->log.clear();
}

QJsonArray FakeServer::apps() const
{
    QJsonArray out;
    for (const FakeStore::App* app : d->store.appsNewestFirst())
        out.append(FakeStore::appJson(*app));
    return out;
}

QJsonArray FakeServer::keys(const QString& appId) const
{
    QList<FakeStore::Key*> keys = d->store.keysOf(appId);
    std::sort(keys.begin(), keys.end(),
              [](const FakeStore::Key* a, const FakeStore::Key* b) { return a->id < b->id; });
    QJsonArray out;
    for (const FakeStore::Key* key : keys)
        out.append(FakeStore::keyJson(*key, false));
    return out;
}

QString FakeServer::lastIssuedToken() const
{
    return d->store.lastIssuedToken();
}

QJsonObject FakeServer::addApp(const QString& name, const QString& ownerEmail)
{
    const FakeStore::User* owner = d->store.userByEmail(ownerEmail);
    if (!owner)
        return QJsonObject();
    const int idLength = flavor() == Flavor::V1 ? 16 : 8;
    return FakeStore::appJson(d->store.createApp(owner->id, name, QString(), idLength));
}

QJsonObject FakeServer::addKey(const QString& appId, const QString& name, const QString& expireAt)
{
    if (!d->store.app(appId))
        return QJsonObject();
    return FakeStore::keyJson(d->store.createKey(appId, name, QString(), expireAt), false);
}

bool FakeServer::setKeyStatus(const QString& keyName, const QString& status)
{
    FakeStore::Key* key = d->store.keyByName(keyName);
    if (!key)
        return false;
    key->status = status;
    return true;
}

void FakeServer::setTables(const QString& appId, const QStringList& tables)
{
    if (FakeStore::App* app = d->store.app(appId))
        app->tables = tables;
}

int FakeServer::activeMcpSessions() const
{
    return static_cast<int>(
        std::count_if(d->sessions.cbegin(), d->sessions.cend(),
                      [](const QPointer<FakeMcpSession>& s) { return s && s->isOpen(); }));
}

void FakeServer::closeMcpSessions()
{
    for (const QPointer<FakeMcpSession>& session : std::as_const(d->sessions)) {
        if (session)
            session->close();
    }
}

QString FakeServer::toString(Flavor f)
{
    return enumKey(f);
}

QString FakeServer::toString(Endpoint e)
{
    return enumKey(e);
}

QString FakeServer::toString(Fault f)
{
    return enumKey(f);
}

FakeServer::Flavor FakeServer::flavorFromString(const QString& s, bool* ok)
{
    return enumFromString<Flavor>(s, ok);
}

FakeServer::Endpoint FakeServer::endpointFromString(const QString& s, bool* ok)
{
    return enumFromString<Endpoint>(s, ok);
}

FakeServer::Fault FakeServer::faultFromString(const QString& s, bool* ok)
{
    return enumFromString<Fault>(s, ok);
}

void FakeServer::onNewConnection()
{
    while (QTcpSocket* socket = d->tcp.nextPendingConnection()) {
        auto* connection = new FakeHttpConnection(socket, this);
        connect(connection, &FakeHttpConnection::requestReceived, this,
                [this, connection](const FakeHttpRequest& request) { handleRequest(connection, request); });
    }
}

FakeServer::Fault FakeServer::takeFault(Endpoint e)
{
    const auto applies = [e](Fault f) {
        switch (f) {
        case Fault::KeyLimit:
            return e == Endpoint::KeySave;
        case Fault::SseHangAfterEndpoint:
        case Fault::SseMalformedEvent:
        case Fault::SseCloseEarly:
            return e == Endpoint::McpSse || e == Endpoint::McpMessage;
        default:
            return true;
        }
    };
    for (const Endpoint key : {e, Endpoint::Other}) {
        const auto it = d->faults.find(key);
        if (it == d->faults.end() || !applies(it->fault))
            continue;
        const Fault fault = it->fault;
        if (it->times > 0 && --it->times == 0)
            d->faults.erase(it);
        return fault;
    }
    return Fault::None;
}

void FakeServer::later(FakeHttpConnection* connection, std::function<void()> action)
{
    if (d->delayMs > 0)
        QTimer::singleShot(d->delayMs, connection, std::move(action));
    else
        action();
}

void FakeServer::answer(FakeHttpConnection* connection, const FakeHttpResponse& response, Fault fault)
{
    if (fault == Fault::Hang)
        return; // the connection stays busy until the client gives up
    QPointer<FakeHttpConnection> target(connection);
    later(connection, [target, response, fault] {
        if (!target)
            return;
        switch (fault) {
        case Fault::MalformedJson: {
            FakeHttpResponse broken = response;
            broken.status = 200;
            broken.contentType = QByteArrayLiteral("application/json");
            broken.body = QByteArrayLiteral("{\"code\":0,");
            target->respond(broken);
            break;
        }
        case Fault::TruncatedBody:
            target->respondTruncated(response);
            break;
        case Fault::ConnectionReset:
            target->resetConnection();
            break;
        default:
            target->respond(response);
            break;
        }
    });
}

void FakeServer::handleRequest(FakeHttpConnection* connection, const FakeHttpRequest& request)
{
    const QString path = QUrl::fromPercentEncoding(request.path.toUtf8());
    Endpoint endpoint = Endpoint::Other;
    QString backendPath; // what the Spring backend sees; empty for MCP and for nginx's own 404
    if (path == QLatin1String("/mcp/sse"))
        endpoint = Endpoint::McpSse;
    else if (path == QLatin1String("/mcp/message"))
        endpoint = Endpoint::McpMessage;
    else if (d->prefix.isEmpty())
        backendPath = path;
    else if (path.startsWith(d->prefix + QLatin1Char('/')))
        backendPath = path.mid(d->prefix.size());
    if (!backendPath.isEmpty())
        endpoint = FakeAdminApi::classify(backendPath);

    const Fault fault = takeFault(endpoint);
    d->log.append(LoggedRequest{request.method, request.path, request.query, request.headers, request.body,
                                endpoint, fault});
    route(connection, request, endpoint, fault, backendPath.isEmpty() ? path : backendPath,
          !backendPath.isEmpty() || endpoint != Endpoint::Other);
    // Last: a receiver may look at the state the request produced, or even destroy us.
    emit requestLogged();
}

void FakeServer::route(FakeHttpConnection* connection, const FakeHttpRequest& request, Endpoint endpoint,
                       Fault fault, const QString& errorPath, bool reachesBackend)
{
    switch (fault) {
    case Fault::Http500:
        answer(connection, FakeHttpResponse::springError(500, errorPath), Fault::None);
        return;
    case Fault::Html502:
        answer(connection, FakeHttpResponse::nginxError(502), Fault::None);
        return;
    case Fault::TokenExpired:
        answer(connection, d->admin.authFailure(request, errorPath), Fault::None);
        return;
    case Fault::RateLimited:
        answer(connection, FakeAdminApi::rateLimited(), Fault::None);
        return;
    case Fault::ConnectionReset:
        // Dropped before the backend saw it: Qt 6.4 re-sends a request whose connection
        // dies before any answer byte, so a reset after processing would duplicate it.
        answer(connection, FakeHttpResponse::nginxError(502), Fault::ConnectionReset);
        return;
    case Fault::Http401:
        answer(connection, FakeHttpResponse::springError(401, errorPath), Fault::None);
        return;
    case Fault::Http404:
        answer(connection, FakeHttpResponse::springError(404, errorPath), Fault::None);
        return;
    default:
        break;
    }

    if (endpoint == Endpoint::McpSse)
        handleSse(connection, request, fault);
    else if (endpoint == Endpoint::McpMessage)
        handleMessage(connection, request, fault);
    else if (!reachesBackend) // outside the prefix nginx serves its own 404 page
        answer(connection, FakeHttpResponse::nginxError(404), fault);
    else
        answer(connection, d->admin.handle(request, errorPath, fault == Fault::KeyLimit), fault);
}

void FakeServer::handleSse(FakeHttpConnection* connection, const FakeHttpRequest& request, Fault fault)
{
    const QString path = QStringLiteral("/mcp/sse");
    // The servlet's doPost only knows the message path, so any other method is a 404.
    if (request.method != "GET") {
        answer(connection, FakeHttpResponse::springError(404, path), fault);
        return;
    }
    const QString token = request.queryValue(QStringLiteral("token"));
    if (token.trimmed().isEmpty()) {
        answer(connection, FakeHttpResponse::springError(401, path), fault);
        return;
    }
    if (fault == Fault::MalformedJson || fault == Fault::TruncatedBody || fault == Fault::ConnectionReset ||
        fault == Fault::Hang) {
        answer(connection, FakeHttpResponse::envelopeOk(QJsonValue::Null), fault);
        return;
    }
    using Sessions = QHash<QString, QPointer<FakeMcpSession>>;
    d->sessions.removeIf([](Sessions::iterator it) { return !it.value() || !it.value()->isOpen(); });
    auto* session = new FakeMcpSession(connection, token, &d->store, sessionMode(fault));
    d->sessions.insert(session->id(), session);
    QPointer<FakeMcpSession> started(session);
    later(connection, [started] {
        if (started)
            started->start();
    });
}

void FakeServer::handleMessage(FakeHttpConnection* connection, const FakeHttpRequest& request, Fault fault)
{
    const QString path = QStringLiteral("/mcp/message");
    if (request.method != "POST") {
        answer(connection, FakeHttpResponse::springError(404, path), fault);
        return;
    }
    if (!request.query.hasQueryItem(QStringLiteral("sessionId"))) {
        answer(connection,
               FakeHttpResponse::json(QJsonObject{{QStringLiteral("message"),
                                                   QStringLiteral("Session ID missing in message endpoint")}},
                                      400),
               fault);
        return;
    }
    const QString sessionId = request.queryValue(QStringLiteral("sessionId"));
    FakeMcpSession* session = d->sessions.value(sessionId);
    if (!session || !session->isOpen()) {
        answer(
            connection,
            FakeHttpResponse::json(QJsonObject{{QStringLiteral("message"),
                                                QString(QStringLiteral("Session not found: ") + sessionId)}},
                                   404),
            fault);
        return;
    }
    const FakeHttpResponse response =
        session->post(request.body, request.queryValue(QStringLiteral("token")), sessionMode(fault));
    answer(connection, response, sessionMode(fault) != FakeMcpSession::Mode::Normal ? Fault::None : fault);
}

} // namespace aipex::test
