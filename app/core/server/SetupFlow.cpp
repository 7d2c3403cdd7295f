#include "server/SetupFlow.h"

#include "Logging.h"
#include "Secrets.h"
#include "mcp/McpEntry.h"

namespace aipex {

namespace {
constexpr int kLookupPageSize = 50;
constexpr int kKeyPageSize = 100;
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
    ApiRequest* req = make();
    m_request = req;
    connect(req, &ApiRequest::finished, this, [=](const ApiResult& r) {
        m_request.clear();
        if (r.ok()) {
            onOk(r);
            return;
        }
        // The admin token can expire or vanish with a server restart; sign in again
        // once, silently, with the password we hold, and repeat the same call.
        if (r.error.code() == Error::TokenExpired && m_password.isEmpty()) {
            // The password is already forgotten: only the user can sign in again.
            m_signedIn = false;
            fail(Step::SignIn, r.error);
            return;
        }
        if (r.error.code() == Error::TokenExpired) {
            qCDebug(lcFlow) << "session expired during" << step << "- signing in again";
            emit progress(tr("The session expired; signing in again…"));
            m_signedIn = false;
            signIn([=] {
                ApiRequest* again = make();
                m_request = again;
                connect(again, &ApiRequest::finished, this, [=](const ApiResult& r2) {
                    m_request.clear();
                    if (r2.ok())
                        onOk(r2);
                    else if (r2.error.code() == Error::TokenExpired)
                        fail(Step::SignIn, r2.error);
                    else if (onError)
                        onError(r2.error);
                    else
                        fail(step, r2.error);
                });
            });
            return;
        }
        if (onError)
            onError(r.error);
        else
            fail(step, r.error);
    });
}

void SetupFlow::fail(Step step, const Error& error)
{
    qCDebug(lcFlow) << "step" << step << "failed with" << error.code();
    emit failed(step, error);
}

void SetupFlow::query(std::function<ApiRequest*()> make, std::function<void(const ApiResult&)> done)
{
    ApiRequest* req = make();
    m_query = req;
    connect(req, &ApiRequest::finished, this, [=](const ApiResult& r) {
        m_query.clear();
        if (r.error.code() != Error::TokenExpired || m_password.isEmpty()) {
            if (r.error.code() == Error::TokenExpired)
                m_signedIn = false; // only the user can sign in again
            done(r);
            return;
        }
        qCDebug(lcFlow) << "session expired during a query - signing in again";
        m_signedIn = false;
        signIn(
            [=] {
                ApiRequest* again = make();
                m_query = again;
                connect(again, &ApiRequest::finished, this, [=](const ApiResult& r2) {
                    m_query.clear();
                    done(r2);
                });
            },
            [=](const Error&) { done(r); });
    });
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

void SetupFlow::ensureKey()
{
    emit stepStarted(Step::ApiKey);
    if (m_keySaved) {
        readBackKey();
        return;
    }
    if (m_keyUncertain && (m_appCreatedHere || m_keyFloorKnown)) {
        emit progress(tr("Checking whether the key was already created…"));
        collectKeys(1, [this] { recoverKey(); });
        return;
    }
    if (!m_appCreatedHere && !m_keyFloorKnown) {
        // Keys made before this run are the user's own; remember where their ids end, so a
        // key whose answer gets lost can later be told apart from them.
        collectKeys(1, [this] {
            m_keyIdFloor = -1;
            for (const QJsonValue& v : std::as_const(m_keyRecords))
                m_keyIdFloor =
                    qMax(m_keyIdFloor, v.toObject().value(QLatin1String("id")).toVariant().toDouble());
            m_keyFloorKnown = true;
            createKey();
        });
        return;
    }
    createKey();
}

void SetupFlow::recoverKey()
{
    // Every key above the floor with our name came from our own unanswered saves.
    QJsonArray ours;
    for (const QJsonValue& v : std::as_const(m_keyRecords)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == m_keyName &&
            o.value(QLatin1String("id")).toVariant().toDouble() > m_keyIdFloor)
            ours.append(o);
    }
    const QJsonObject pick = AdminApi::pickNewestKey(ours, m_keyName);
    const QString key = pick.value(QLatin1String("keyName")).toString();
    if (!key.isEmpty() && !AdminApi::isMaskedKey(key)) {
        adoptKey(pick, key);
        return;
    }
    // A v2 server never shows a key again: the lost one is unusable, so delete it rather
    // than leave a second, unknown key that opens the backend.
    m_orphans.clear();
    for (const QJsonValue& v : std::as_const(ours))
        m_orphans.append(v.toObject().value(QLatin1String("id")).toVariant().toString());
    deleteOrphans();
}

void SetupFlow::deleteOrphans()
{
    if (m_orphans.isEmpty()) {
        createKey();
        return;
    }
    emit progress(tr("Deleting the key whose answer was lost…"));
    const QString appId = m_app.value(QLatin1String("appId")).toString();
    const QString id = m_orphans.first();
    send(
        Step::ApiKey, [this, appId, id] { return m_api.deleteApiKey(appId, id); },
        [this](const ApiResult&) {
            m_orphans.removeFirst();
            deleteOrphans();
        });
}

void SetupFlow::createKey()
{
    emit progress(tr("Creating API key \"%1\"…").arg(m_keyName));
    const QString appId = m_app.value(QLatin1String("appId")).toString();
    send(
        Step::ApiKey,
        [this, appId] { return m_api.createApiKey(appId, m_keyName, m_keyDescription, m_keyExpire); },
        [this](const ApiResult& r) {
            if (r.data.isObject()) {
                const QJsonObject info = r.data.toObject();
                adoptKey(info, info.value(QLatin1String("keyName")).toString());
                return;
            }
            // v1 answers just `true`: the key is only visible in the listing.
            m_keySaved = true;
            readBackKey();
        },
        [this](const Error& e) {
            if (mayHaveReachedServer(e))
                m_keyUncertain = true;
            fail(Step::ApiKey, e);
        });
}

void SetupFlow::collectKeys(int page, std::function<void()> then)
{
    if (page == 1)
        m_keyRecords = {};
    const QString appId = m_app.value(QLatin1String("appId")).toString();
    send(
        Step::ApiKey, [this, appId, page] { return m_api.listApiKeys(appId, page, kKeyPageSize); },
        [this, page, then](const ApiResult& r) {
            const QJsonObject data = r.data.toObject();
            for (const QJsonValue& v : data.value(QLatin1String("records")).toArray())
                m_keyRecords.append(v);
            const int pages = data.value(QLatin1String("pages")).toInt(1);
            if (page < pages && page < 50) {
                collectKeys(page + 1, then);
                return;
            }
            then();
        });
}

void SetupFlow::readBackKey()
{
    emit progress(tr("Reading the new key back…"));
    collectKeys(1, [this] {
        const QJsonObject pick = AdminApi::pickNewestKey(m_keyRecords, m_keyName);
        const QString key = pick.value(QLatin1String("keyName")).toString();
        if (key.isEmpty()) {
            Error e(Error::KeyNotFound,
                    tr("The key \"%1\" was created but is not in the key list.").arg(m_keyName));
            e.addContext(QStringLiteral("app_id"), m_app.value(QLatin1String("appId")));
            fail(Step::ApiKey, e);
            return;
        }
        if (AdminApi::isMaskedKey(key)) {
            // Never write a masked value into a config: it would look fine and never work.
            Error e(Error::KeyNotFound,
                    tr("The server only shows the new key masked (%1), so it cannot be used. Create a key in "
                       "the web console and copy it from there.")
                        .arg(key));
            e.addContext(QStringLiteral("app_id"), m_app.value(QLatin1String("appId")));
            fail(Step::ApiKey, e);
            return;
        }
        adoptKey(pick, key);
    });
}

void SetupFlow::adoptKey(const QJsonObject& info, const QString& key)
{
    m_key = key;
    m_keyInfo = info;
    m_keySaved = false;
    m_keyUncertain = false;
    emit stepSucceeded(Step::ApiKey);
    advance();
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
