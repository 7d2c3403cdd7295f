#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace aipex::test {

// The backend's tables (users, login tokens, applications, API keys) and the rules
// that do not depend on HTTP: shared by the admin API and the MCP sessions.
class FakeStore
{
public:
    struct User
    {
        qint64 id = 0;
        QString email;
        QString password;
    };
    struct App
    {
        qint64 id = 0;
        QString appId;
        QString appName;
        QString description;
        qint64 owner = 0;
        QStringList tables;
    };
    struct Key
    {
        qint64 id = 0;
        QString appId;
        QString name;
        QString keyName;
        QString description; // null in JSON when the client sent none
        QString status;
        QString createAt;
        QString lastUsedAt; // null in JSON until an MCP tool ran with it
        QString expireAt;
    };

    FakeStore();

    // The server's local clock in the backend's "yyyy-MM-dd HH:mm:ss" form, compared as strings.
    static QString now();
    static QString neverExpires();
    static QString randomAlnum(int length, bool lowerCaseOnly = false);

    void addUser(const QString& email, const QString& password);
    const User* userByEmail(const QString& email) const;
    const User* userById(qint64 id) const;

    QString issueToken(qint64 userId);
    qint64 tokenOwner(const QString& token) const; // 0 when unknown or expired
    void expireTokens();
    QString lastIssuedToken() const { return m_lastToken; }

    App& createApp(qint64 owner, const QString& name, const QString& description, int appIdLength);
    App* app(const QString& appId);
    const App* app(const QString& appId) const;
    QList<const App*> appsNewestFirst() const;
    bool removeApp(const QString& appId);

    void setMaxActiveKeys(int n) { m_maxActiveKeys = n; }
    bool atKeyLimit(const QString& appId) const;
    Key& createKey(const QString& appId, const QString& name, const QString& description,
                   const QString& expireAt);
    QList<Key*> keysOf(const QString& appId);
    Key* keyByName(const QString& keyName);
    Key* keyById(qint64 id);
    bool removeKey(qint64 id);
    // The app a key may act for: exists, ACTIVE, unexpired, app present; else nullptr.
    App* appForUsableKey(const QString& keyName);

    static QJsonObject appJson(const App& app);
    // v2 masks keyName in listings: first 11 chars, 22 bullets, last 4.
    static QJsonObject keyJson(const Key& key, bool masked, bool withLastUsedAt = true);
    static QString maskKeyName(const QString& keyName);

private:
    QList<User> m_users;
    QHash<QString, qint64> m_tokens;
    QList<App> m_apps;
    QList<Key> m_keys;
    QString m_lastToken;
    qint64 m_nextUserId = 1;
    qint64 m_nextAppId = 1;
    qint64 m_nextKeyId = 1;
    int m_maxActiveKeys = 10;
};

} // namespace aipex::test
