#pragma once

#include "net/ApiClient.h"

#include <QJsonArray>

namespace aipex {

// The admin calls by name. Absorbs the differences between server generations
// so callers see one shape: results are already mapped to the reference codes.
class AdminApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminApi)
public:
    explicit AdminApi(ApiClient* client, QObject* parent = nullptr);

    ApiClient* client() const { return m_client; }

    // On success the token is kept in the client; result.data is empty (the token is never handed out).
    ApiRequest* login(const QString& email, const QString& password);
    // result.data: the page object; records are AppInfo objects, newest first.
    ApiRequest* listApplications(int page, int pageSize, const QString& nameFilter = QString());
    // result.data: AppInfo with a non-empty appId, or error 2006.
    ApiRequest* createApplication(const QString& name, const QString& description);
    // result.data: the v2 key object (with the plain keyName) or true (v1: read it from the listing).
    // The key-limit answer (false / null) is error 2001.
    ApiRequest* createApiKey(const QString& appId, const QString& name, const QString& description,
                             const QString& expireAt);
    ApiRequest* listApiKeys(const QString& appId, int page, int pageSize);
    // v1 servers delete by keyName, v2 by id: pass whichever the listing has for that key.
    ApiRequest* deleteApiKey(const QString& appId, const QString& keyIdOrName);

    // A listed keyName that a v2 server masked cannot be used as a token.
    static bool isMaskedKey(const QString& keyName);
    // The key we just made among the listing: the largest id with that name. Empty when none.
    static QJsonObject pickNewestKey(const QJsonArray& records, const QString& name);

private:
    static bool isBusinessError(const ApiResult& r);
    // A business refusal re-labelled with the call's own code, keeping the server's words.
    static void recode(ApiResult& r, Error::Code code, const QString& message);
    static QString keysPath(const QString& appId, const char* action);
    ApiClient* m_client;
};

} // namespace aipex
