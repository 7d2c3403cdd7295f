// SetupFlow's key steps (make, read back, recover after a lost answer), kept apart from
// server/SetupFlow.cpp so each file reads as one part of the flow.
#include "server/SetupFlow.h"

namespace aipex {

namespace {
constexpr int kKeyPageSize = 100;
} // namespace

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

} // namespace aipex
