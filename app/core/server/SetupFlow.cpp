#include "server/SetupFlow.h"

#include "Logging.h"
#include "Secrets.h"
#include "mcp/McpEntry.h"

namespace aipex {

namespace {
constexpr int kLookupPageSize = 50;
} // namespace

SetupFlow::SetupFlow(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_api(client)
{}

void SetupFlow::setCredentials(const QString& email, const QString& password)
{
    if (password != m_password) {
        Secrets::wipe(m_password);
        m_password = password;
    }
    if (email.trimmed() == m_email)
        return;
    m_email = email.trimmed();
    if (m_signedIn && m_signedInAs != m_email) {
        // Another account owns other applications: nothing of the old one carries over.
        m_signedIn = false;
        m_api.client()->clearToken();
        m_existingApp = {};
        m_app = {};
        m_appName.clear();
        m_appCreatedHere = m_appUncertain = false;
        forgetKey(true);
    }
}

void SetupFlow::forgetPassword()
{
    Secrets::wipe(m_password);
}

void SetupFlow::setNewApplication(const QString& name, const QString& description)
{
    if (m_existingApp.isEmpty() && name == m_appName && description == m_appDescription)
        return;
    m_existingApp = {};
    m_appName = name;
    m_appDescription = description;
    m_app = {};
    m_appCreatedHere = false;
    m_appUncertain = false;
    forgetKey(true);
}

void SetupFlow::setExistingApplication(const QJsonObject& appInfo)
{
    const QString id = appInfo.value(QLatin1String("appId")).toString();
    if (!m_existingApp.isEmpty() && id == m_existingApp.value(QLatin1String("appId")).toString())
        return;
    m_existingApp = appInfo;
    m_appName.clear();
    m_appDescription.clear();
    m_appUncertain = false;
    if (m_app.value(QLatin1String("appId")).toString() != id || id.isEmpty()) {
        m_app = {};
        m_appCreatedHere = false;
        forgetKey(true);
    }
}

bool SetupFlow::hasApplicationFor(const QString& name, const QString& description) const
{
    return isDone(Step::Application) && m_appName == name && m_appDescription == description;
}

bool SetupFlow::hasKeyFor(const QString& name, const QString& description, const QString& expireAt) const
{
    return isDone(Step::ApiKey) && name == m_keyName && description == m_keyDescription &&
           expireAt == m_keyExpire;
}

void SetupFlow::setKeyRequest(const QString& name, const QString& description, const QString& expireAt)
{
    if (name == m_keyName && description == m_keyDescription && expireAt == m_keyExpire)
        return;
    m_keyName = name;
    m_keyDescription = description;
    m_keyExpire = expireAt;
    forgetKey(false);
}

void SetupFlow::forgetKey(bool otherApplication)
{
    m_key.clear();
    m_keyInfo = {};
    m_keySaved = m_keyUncertain = false;
    if (otherApplication) {
        m_keyIdFloor = -1;
        m_keyFloorKnown = false;
    }
}

bool SetupFlow::isDone(Step step) const
{
    switch (step) {
    case Step::SignIn:
        return m_signedIn;
    case Step::Application:
        return !m_app.isEmpty();
    case Step::ApiKey:
    case Step::Done:
        return !m_key.isEmpty();
    }
    return false;
}

void SetupFlow::runUntil(Step target)
{
    if (isBusy())
        return;
    m_target = target;
    advance();
}

void SetupFlow::cancel()
{
    if (m_request)
        m_request->abort();
}

void SetupFlow::advance()
{
    if (!m_signedIn) {
        emit stepStarted(Step::SignIn);
        emit progress(tr("Signing in as %1…").arg(m_email));
        signIn([this] {
            emit stepSucceeded(Step::SignIn);
            advance();
        });
        return;
    }
    if (m_target >= Step::Application && m_app.isEmpty()) {
        ensureApplication();
        return;
    }
    if (m_target >= Step::ApiKey && m_key.isEmpty()) {
        ensureKey();
        return;
    }
    emit reached(m_target);
}

void SetupFlow::signIn(std::function<void()> then, std::function<void(const Error&)> onError)
{
    if (m_email.isEmpty() || m_password.isEmpty()) {
        Error e(Error::MissingConfig, tr("Enter the administrator email and password."));
        onError ? onError(e) : fail(Step::SignIn, e);
        return;
    }
    ApiRequest* req = m_api.login(m_email, m_password);
    m_request = req;
    connect(req, &ApiRequest::finished, this, [this, then, onError](const ApiResult& r) {
        m_request.clear();
        if (!r.ok()) {
            Error e = r.error;
            e.addContext(QStringLiteral("email"), m_email);
            onError ? onError(e) : fail(Step::SignIn, e);
            return;
        }
        // The sign-in's bytes, password included, must not stay in a pooled socket buffer.
        m_api.client()->releaseConnections();
        m_signedIn = true;
        m_signedInAs = m_email;
        then();
    });
}

void SetupFlow::send(Step step, std::function<ApiRequest*()> make, std::function<void(const ApiResult&)> onOk,
                     std::function<void(const Error&)> onError)
{
    callRenewing(
        &m_request, std::move(make),
        [=](const ApiResult& r) {
            if (r.ok())
                onOk(r);
            else if (r.error.code() == Error::TokenExpired)
                fail(Step::SignIn, r.error); // only the user can sign in again
            else if (onError)
                onError(r.error);
            else
                fail(step, r.error);
        },
        [=](const ApiResult&, const Error& signInError) { fail(Step::SignIn, signInError); });
}

void SetupFlow::callRenewing(QPointer<ApiRequest>* slot, std::function<ApiRequest*()> make,
                             std::function<void(const ApiResult&)> done,
                             std::function<void(const ApiResult&, const Error&)> onSignInError)
{
    ApiRequest* req = make();
    *slot = req;
    connect(req, &ApiRequest::finished, this, [=](const ApiResult& r) {
        slot->clear();
        if (r.error.code() != Error::TokenExpired) {
            done(r);
            return;
        }
        // The admin token can expire or vanish with a server restart; sign in again
        // once, silently, with the password we hold, and repeat the same call.
        m_signedIn = false;
        if (m_password.isEmpty()) {
            done(r); // the password is already forgotten
            return;
        }
        qCDebug(lcFlow) << "session expired - signing in again";
        emit progress(tr("The session expired; signing in again…"));
        signIn(
            [=] {
                ApiRequest* again = make();
                *slot = again;
                connect(again, &ApiRequest::finished, this, [=](const ApiResult& r2) {
                    slot->clear();
                    done(r2);
                });
            },
            [=](const Error& e) { onSignInError(r, e); });
    });
}

void SetupFlow::fail(Step step, const Error& error)
{
    qCDebug(lcFlow) << "step" << step << "failed with" << error.code();
    emit failed(step, error);
}

void SetupFlow::query(std::function<ApiRequest*()> make, std::function<void(const ApiResult&)> done)
{
    // A listing whose session cannot be renewed reports the expiry itself.
    callRenewing(&m_query, std::move(make), done,
                 [=](const ApiResult& original, const Error&) { done(original); });
}

void SetupFlow::cancelQuery()
{
    if (m_query)
        m_query->abort();
    else if (m_request)
        m_request->abort(); // the sign-in that renews the query's session
}

bool SetupFlow::mayHaveReachedServer(const Error& e)
{
    // A business answer (envelope code) means the server decided and did nothing;
    // anything else — timeout, reset, garbled answer, cancel — may hide a success.
    return !e.details().contains(QLatin1String("envelope_code")) && e.code() != Error::TokenExpired &&
           e.code() != Error::TokenMissing;
}

void SetupFlow::ensureApplication()
{
    emit stepStarted(Step::Application);
    if (!m_existingApp.isEmpty()) {
        m_app = m_existingApp;
        m_appCreatedHere = false;
        emit stepSucceeded(Step::Application);
        advance();
        return;
    }
    if (!m_appUncertain) {
        createApplication();
        return;
    }
    emit progress(tr("Checking whether \"%1\" was already created…").arg(m_appName));
    send(
        Step::Application, [this] { return m_api.listApplications(1, kLookupPageSize, m_appName); },
        [this](const ApiResult& r) {
            QJsonObject found;
            double bestId = -1;
            const QJsonArray records = r.data.toObject().value(QLatin1String("records")).toArray();
            for (const QJsonValue& v : records) {
                const QJsonObject o = v.toObject();
                const double id = o.value(QLatin1String("id")).toVariant().toDouble();
                if (o.value(QLatin1String("appName")).toString() == m_appName && id > bestId) {
                    bestId = id;
                    found = o;
                }
            }
            if (found.isEmpty()) {
                createApplication();
                return;
            }
            qCDebug(lcFlow) << "adopting the application an unanswered create made";
            m_app = found;
            m_appCreatedHere = true;
            m_appUncertain = false;
            emit stepSucceeded(Step::Application);
            advance();
        });
}

void SetupFlow::createApplication()
{
    emit progress(tr("Creating application \"%1\"…").arg(m_appName));
    send(
        Step::Application, [this] { return m_api.createApplication(m_appName, m_appDescription); },
        [this](const ApiResult& r) {
            m_app = r.data.toObject();
            m_appCreatedHere = true;
            m_appUncertain = false;
            emit stepSucceeded(Step::Application);
            advance();
        },
        [this](const Error& e) {
            if (mayHaveReachedServer(e))
                m_appUncertain = true;
            fail(Step::Application, e);
        });
}

QJsonObject SetupFlow::pendingState() const
{
    // An application made for this run but still without its key counts too: a rerun
    // should finish it rather than make another.
    const bool appAwaitsKey = m_appCreatedHere && !m_app.isEmpty() && m_key.isEmpty();
    if (!m_appUncertain && !m_keyUncertain && !m_keySaved && !appAwaitsKey)
        return {};
    QJsonObject s{{QStringLiteral("app_name"), m_appName},
                  {QStringLiteral("app_uncertain"), m_appUncertain},
                  {QStringLiteral("key_name"), m_keyName},
                  {QStringLiteral("key_uncertain"), m_keyUncertain},
                  {QStringLiteral("key_saved"), m_keySaved}};
    if (!m_app.isEmpty()) {
        s.insert(QStringLiteral("app"), m_app);
        s.insert(QStringLiteral("app_created_here"), m_appCreatedHere);
    }
    if (m_keyFloorKnown)
        s.insert(QStringLiteral("key_id_floor"), m_keyIdFloor);
    return s;
}

bool SetupFlow::resumePending(const QJsonObject& state)
{
    const QJsonObject app = state.value(QLatin1String("app")).toObject();
    const QString appId = app.value(QLatin1String("appId")).toString();
    const bool sameApp =
        m_existingApp.isEmpty()
            ? !m_appName.isEmpty() && state.value(QLatin1String("app_name")).toString() == m_appName
            : !appId.isEmpty() && appId == m_existingApp.value(QLatin1String("appId")).toString();
    if (!sameApp || isBusy())
        return false;
    m_appUncertain = m_existingApp.isEmpty() && state.value(QLatin1String("app_uncertain")).toBool();
    if (!appId.isEmpty() && m_existingApp.isEmpty()) {
        m_app = app;
        m_appCreatedHere = state.value(QLatin1String("app_created_here")).toBool();
    }
    if (appId.isEmpty() || state.value(QLatin1String("key_name")).toString() != m_keyName)
        return true;
    m_keyUncertain = state.value(QLatin1String("key_uncertain")).toBool();
    m_keySaved = state.value(QLatin1String("key_saved")).toBool();
    if (state.contains(QLatin1String("key_id_floor"))) {
        m_keyIdFloor = state.value(QLatin1String("key_id_floor")).toDouble(-1);
        m_keyFloorKnown = true;
    }
    return true;
}

SetupResult SetupFlow::result() const
{
    SetupResult r;
    r.appId = m_app.value(QLatin1String("appId")).toString();
    r.appName = m_app.value(QLatin1String("appName")).toString();
    if (r.appName.isEmpty())
        r.appName = m_appName;
    r.apiKey = m_key;
    r.apiKeyName = m_keyInfo.value(QLatin1String("name")).toString(m_keyName);
    r.appInfo = m_app;
    r.apiKeyInfo = m_keyInfo;
    if (!m_key.isEmpty()) {
        r.mcpUrl = m_api.client()->endpoint().mcpUrl(m_key);
        r.mcpConfig = McpEntry(m_serverName, r.mcpUrl).config();
    }
    return r;
}

} // namespace aipex
