#include "fakeserver/FakeStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace aipex::test {

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonValue nullable(const QString& s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

FakeStore::FakeStore()
{
    addUser(QStringLiteral("admin@example.com"), QStringLiteral("admin123"));
}

QString FakeStore::now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString FakeStore::neverExpires()
{
    return QStringLiteral("2099-12-31 23:59:59");
}

QString FakeStore::randomAlnum(int length, bool lowerCaseOnly)
{
    static const QLatin1String mixed("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    static const QLatin1String lower("abcdefghijklmnopqrstuvwxyz0123456789");
    const QLatin1String& alphabet = lowerCaseOnly ? lower : mixed;
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size())));
    return out;
}

void FakeStore::addUser(const QString& email, const QString& password)
{
    for (User& user : m_users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0) {
            user.password = password;
            return;
        }
    }
    m_users.append(User{m_nextUserId++, email, password});
}

const FakeStore::User* FakeStore::userByEmail(const QString& email) const
{
    // MySQL's default collation compares case-insensitively.
    for (const User& user : m_users) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const FakeStore::User* FakeStore::userById(qint64 id) const
{
    for (const User& user : m_users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

QString FakeStore::issueToken(qint64 userId)
{
    // Shaped like the backend's JJWT token: {"alg":"HS512"} . {"login_user_key":uuid} . signature
    const QByteArray payload = QByteArrayLiteral("{\"login_user_key\":\"") +
                               QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
                               QByteArrayLiteral("\"}");
    QByteArray signature(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()),
                                          signature.size() / static_cast<int>(sizeof(quint32)));
    const QByteArray token = base64Url(QByteArrayLiteral("{\"alg\":\"HS512\"}")) + '.' + base64Url(payload) +
                             '.' + base64Url(signature);
    m_lastToken = QString::fromLatin1(token);
    m_tokens.insert(m_lastToken, userId);
    return m_lastToken;
}

qint64 FakeStore::tokenOwner(const QString& token) const
{
    return m_tokens.value(token, 0);
}

void FakeStore::expireTokens()
{
    m_tokens.clear();
}

FakeStore::App& FakeStore::createApp(qint64 owner, const QString& name, const QString& description,
                                     int appIdLength)
{
    App app;
    app.id = m_nextAppId++;
    app.appId = QStringLiteral("baas_") + randomAlnum(appIdLength, true);
    app.appName = name;
    app.description = description;
    app.owner = owner;
    m_apps.append(app);
    return m_apps.last();
}

FakeStore::App* FakeStore::app(const QString& appId)
{
    for (App& app : m_apps) {
        if (app.appId == appId)
            return &app;
    }
    return nullptr;
}

const FakeStore::App* FakeStore::app(const QString& appId) const
{
    return const_cast<FakeStore*>(this)->app(appId);
}

QList<const FakeStore::App*> FakeStore::appsNewestFirst() const
{
    QList<const App*> out;
    for (const App& app : m_apps)
        out.append(&app);
    std::sort(out.begin(), out.end(), [](const App* a, const App* b) { return a->id > b->id; });
    return out;
}

bool FakeStore::removeApp(const QString& appId)
{
    m_keys.removeIf([&appId](const Key& key) { return key.appId == appId; });
    return m_apps.removeIf([&appId](const App& app) { return app.appId == appId; }) > 0;
}

bool FakeStore::atKeyLimit(const QString& appId) const
{
    const QString current = now();
    const auto active = std::count_if(m_keys.cbegin(), m_keys.cend(), [&](const Key& key) {
        return key.appId == appId && key.status == QLatin1String("ACTIVE") && key.expireAt > current;
    });
    // Upstream refuses only when more than the limit are active (`count > 10`).
    return active > m_maxActiveKeys;
}

FakeStore::Key& FakeStore::createKey(const QString& appId, const QString& name, const QString& description,
                                     const QString& expireAt)
{
    Key key;
    key.id = m_nextKeyId++;
    key.appId = appId;
    key.name = name;
    key.keyName = QStringLiteral("kf_api_") + randomAlnum(32);
    key.description = description;
    key.status = QStringLiteral("ACTIVE");
    key.createAt = now();
    key.expireAt = expireAt.isEmpty() ? neverExpires() : expireAt;
    m_keys.append(key);
    return m_keys.last();
}

QList<FakeStore::Key*> FakeStore::keysOf(const QString& appId)
{
    QList<Key*> out;
    for (Key& key : m_keys) {
        if (key.appId == appId)
            out.append(&key);
    }
    return out;
}

FakeStore::Key* FakeStore::keyByName(const QString& keyName)
{
    for (Key& key : m_keys) {
        if (key.keyName == keyName)
            return &key;
    }
    return nullptr;
}

FakeStore::Key* FakeStore::keyById(qint64 id)
{
    for (Key& key : m_keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

bool FakeStore::removeKey(qint64 id)
{
    return m_keys.removeIf([id](const Key& key) { return key.id == id; }) > 0;
}

FakeStore::App* FakeStore::appForUsableKey(const QString& keyName)
{
    const Key* key = keyByName(keyName);
    if (!key || key->status != QLatin1String("ACTIVE") || key->expireAt <= now())
        return nullptr;
    return app(key->appId);
}

QJsonObject FakeStore::appJson(const App& app)
{
    return QJsonObject{{QStringLiteral("id"), app.id},
                       {QStringLiteral("appId"), app.appId},
                       {QStringLiteral("appName"), app.appName},
                       {QStringLiteral("iconUrl"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("needAuth"), false},
                       {QStringLiteral("authTable"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("enablePermission"), false},
                       {QStringLiteral("enableWebConsole"), false},
                       {QStringLiteral("status"), QStringLiteral("draft")},
                       {QStringLiteral("description"), app.description},
                       {QStringLiteral("configJson"), QStringLiteral("{}")},
                       {QStringLiteral("owner"), app.owner}};
}

QJsonObject FakeStore::keyJson(const Key& key, bool masked, bool withLastUsedAt)
{
    QJsonObject json{{QStringLiteral("id"), key.id},
                     {QStringLiteral("appId"), key.appId},
                     {QStringLiteral("name"), key.name},
                     {QStringLiteral("keyName"), masked ? maskKeyName(key.keyName) : key.keyName},
                     {QStringLiteral("description"), nullable(key.description)},
                     {QStringLiteral("status"), key.status},
                     {QStringLiteral("createAt"), key.createAt},
                     {QStringLiteral("expireAt"), key.expireAt}};
    if (withLastUsedAt)
        json.insert(QStringLiteral("lastUsedAt"), nullable(key.lastUsedAt));
    return json;
}

QString FakeStore::maskKeyName(const QString& keyName)
{
    if (keyName.size() <= 15)
        return keyName;
    return keyName.left(11) + QString(22, QChar(0x2022)) + keyName.right(4);
}

} // namespace aipex::test
