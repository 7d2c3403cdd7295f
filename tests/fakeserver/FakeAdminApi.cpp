#include "fakeserver/FakeAdminApi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace aipex::test {

namespace {

qint64 integerField(const QJsonObject& body, const QString& name, qint64 fallback)
{
    // Jackson also accepts numbers sent as strings.
    bool ok = false;
    const qint64 value = body.value(name).toVariant().toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

// MyBatis-Plus serialises its Page object with these fields.
QJsonObject page(const QJsonArray& all, const QJsonObject& body)
{
    const qint64 current = integerField(body, QStringLiteral("current"), 1);
    const qint64 size = integerField(body, QStringLiteral("pageSize"), 10);
    const qint64 total = all.size();
    QJsonArray records;
    for (qint64 i = (current - 1) * size; i < std::min(total, current * size); ++i)
        records.append(all.at(i));
    return QJsonObject{{QStringLiteral("records"), records},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("current"), current},
                       {QStringLiteral("pages"), (total + size - 1) / size},
                       {QStringLiteral("orders"), QJsonArray()},
                       {QStringLiteral("optimizeCountSql"), true},
                       {QStringLiteral("searchCount"), true},
                       {QStringLiteral("maxLimit"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("countId"), QJsonValue(QJsonValue::Null)}};
}

QString stringField(const QJsonObject& body, const QString& name)
{
    const QJsonValue value = body.value(name);
    return value.isString() ? value.toString() : QString();
}

} // namespace

FakeAdminApi::FakeAdminApi(FakeStore* store)
    : m_store(store)
{}

FakeServer::Endpoint FakeAdminApi::classify(const QString& backendPath)
{
    static const QRegularExpression keySave(
        QStringLiteral("^/admin/application/config/apikeys/[^/]+/save/?$"));
    static const QRegularExpression keyPage(
        QStringLiteral("^/admin/application/config/apikeys/[^/]+/page/?$"));
    static const QRegularExpression keyDelete(
        QStringLiteral("^/admin/application/config/apikeys/[^/]+/(?!save$|page$|switch$)[^/]+/?$"));
    QString path = backendPath;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/admin/login"))
        return FakeServer::Endpoint::Login;
    if (path == QLatin1String("/admin/application/page"))
        return FakeServer::Endpoint::AppPage;
    if (path == QLatin1String("/admin/application"))
        return FakeServer::Endpoint::AppCreate;
    if (path == QLatin1String("/admin/getUserInfo"))
        return FakeServer::Endpoint::UserInfo;
    if (keySave.match(path).hasMatch())
        return FakeServer::Endpoint::KeySave;
    if (keyPage.match(path).hasMatch())
        return FakeServer::Endpoint::KeyPage;
    if (keyDelete.match(path).hasMatch())
        return FakeServer::Endpoint::KeyDelete;
    return FakeServer::Endpoint::Other;
}

FakeHttpResponse FakeAdminApi::handle(const FakeHttpRequest& request, const QString& backendPath,
                                      bool forceKeyLimit)
{
    struct Spec
    {
        QByteArray method;
        QRegularExpression pattern;
        Route route;
        bool v2Only;
    };
    static const QList<Spec> specs{
        {"POST", QRegularExpression(QStringLiteral("^/admin/login$")), Route::Login, false},
        {"POST", QRegularExpression(QStringLiteral("^/admin/application/page$")), Route::AppPage, false},
        {"POST", QRegularExpression(QStringLiteral("^/admin/application$")), Route::AppCreate, false},
        {"DELETE", QRegularExpression(QStringLiteral("^/admin/application/([^/]+)$")), Route::AppDelete,
         false},
        {"POST", QRegularExpression(QStringLiteral("^/admin/application/config/apikeys/([^/]+)/save$")),
         Route::KeySave, false},
        {"POST", QRegularExpression(QStringLiteral("^/admin/application/config/apikeys/([^/]+)/page$")),
         Route::KeyPage, false},
        {"POST", QRegularExpression(QStringLiteral("^/admin/application/config/apikeys/([^/]+)/switch$")),
         Route::KeySwitch, false},
        {"DELETE", QRegularExpression(QStringLiteral("^/admin/application/config/apikeys/([^/]+)/([^/]+)$")),
         Route::KeyDelete, false},
        {"GET", QRegularExpression(QStringLiteral("^/admin/getUserInfo$")), Route::UserInfo, true},
    };

    // Spring Boot 2 still matches a trailing slash.
    QString path = backendPath;
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);

    QByteArrayList allowed;
    const Spec* chosen = nullptr;
    QRegularExpressionMatch chosenMatch;
    for (const Spec& spec : specs) {
        if (spec.v2Only && m_flavor == FakeServer::Flavor::V1)
            continue;
        const QRegularExpressionMatch match = spec.pattern.match(path);
        if (!match.hasMatch())
            continue;
        allowed.append(spec.method);
        if (!chosen && spec.method == request.method) {
            chosen = &spec;
            chosenMatch = match;
        }
    }
    if (allowed.isEmpty())
        return FakeHttpResponse::springError(404, backendPath);

    // The token filter runs before Spring picks a handler, so it answers first.
    // Like the backend's TokenService, take the header with or without "Bearer ".
    qint64 user = 0;
    if (path != QLatin1String("/admin/login")) {
        QString token = QString::fromLatin1(request.header(QByteArrayLiteral("authorization")));
        if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
            token = token.mid(7).trimmed();
        user = m_store->tokenOwner(token);
        if (user == 0)
            return authFailure(request, backendPath);
    }
    if (!chosen) {
        FakeHttpResponse response = FakeHttpResponse::springError(405, backendPath);
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return response;
    }

    QJsonObject body;
    if (request.method == "POST") {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return FakeHttpResponse::springError(400, backendPath);
        body = document.object();
    }
    const Call call{request, body, user, chosenMatch.captured(1), chosenMatch.captured(2)};
    switch (chosen->route) {
    case Route::Login:
        return login(call);
    case Route::AppPage:
        return appPage(call);
    case Route::AppCreate:
        return appCreate(call);
    case Route::AppDelete:
        return appDelete(call);
    case Route::KeySave:
        return keySave(call, forceKeyLimit);
    case Route::KeyPage:
        return keyPage(call);
    case Route::KeySwitch:
        return keySwitch(call);
    case Route::KeyDelete:
        return keyDelete(call);
    case Route::UserInfo:
        return userInfo(call);
    }
    return FakeHttpResponse::springError(500, backendPath);
}

bool FakeAdminApi::english(const FakeHttpRequest& request) const
{
    const QString lang = request.queryValue(QStringLiteral("lang"));
    if (!lang.isEmpty())
        return lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
    return request.header(QByteArrayLiteral("accept-language")).trimmed().toLower().startsWith("en");
}

QString FakeAdminApi::text(const FakeHttpRequest& request, Text id) const
{
    const bool en = english(request);
    switch (id) {
    case Text::UserNotFound:
        return en ? QStringLiteral("User does not exist") : QStringLiteral("用户不存在");
    case Text::WrongPassword:
        return en ? QStringLiteral("Incorrect password") : QStringLiteral("密码有误");
    case Text::ParamsError:
        return en ? QStringLiteral("Parameter error") : QStringLiteral("参数错误");
    case Text::NotFound:
        return en ? QStringLiteral("Requested data not found") : QStringLiteral("请求数据不存在");
    case Text::NoPermission:
        return en ? QStringLiteral("No permission") : QStringLiteral("无权限");
    case Text::InvalidExpireAt:
        return en ? QStringLiteral("Invalid expiration time") : QStringLiteral("过期时间不合法");
    }
    return QString();
}

FakeHttpResponse FakeAdminApi::error(const FakeHttpRequest& request, int code, Text id) const
{
    return FakeHttpResponse::envelope(code, QJsonValue::Null, text(request, id));
}

FakeHttpResponse FakeAdminApi::authFailure(const FakeHttpRequest& request, const QString& backendPath) const
{
    const QString message =
        english(request)
            ? QStringLiteral("Request access: ") + backendPath +
                  QStringLiteral(", authentication failed, unable to access system resources")
            : QStringLiteral("请求访问：") + backendPath + QStringLiteral("，认证失败，无法访问系统资源");
    return FakeHttpResponse::envelope(401, QJsonValue::Null, message);
}

FakeHttpResponse FakeAdminApi::rateLimited()
{
    return FakeHttpResponse::envelope(429, QJsonValue::Null, QStringLiteral("Too many requests"));
}

FakeStore::App* FakeAdminApi::ownedApp(const Call& call, FakeHttpResponse* failure) const
{
    FakeStore::App* app = m_store->app(call.appId);
    if (!app)
        *failure = error(call.request, 40400, Text::NotFound);
    else if (app->owner != call.user)
        *failure = error(call.request, 40101, Text::NoPermission);
    else
        return app;
    return nullptr;
}

FakeHttpResponse FakeAdminApi::login(const Call& call)
{
    const FakeStore::User* user = m_store->userByEmail(stringField(call.body, QStringLiteral("email")));
    if (!user)
        return error(call.request, 50000, Text::UserNotFound);
    if (user->password != stringField(call.body, QStringLiteral("password")))
        return error(call.request, 50000, Text::WrongPassword);
    return FakeHttpResponse::envelopeOk(m_store->issueToken(user->id));
}

FakeHttpResponse FakeAdminApi::appPage(const Call& call)
{
    const QString name = stringField(call.body, QStringLiteral("name"));
    QJsonArray matching;
    for (const FakeStore::App* app : m_store->appsNewestFirst()) {
        if (app->owner == call.user && app->appName.contains(name, Qt::CaseInsensitive))
            matching.append(FakeStore::appJson(*app));
    }
    return FakeHttpResponse::envelopeOk(page(matching, call.body));
}

FakeHttpResponse FakeAdminApi::appCreate(const Call& call)
{
    const QString name = stringField(call.body, QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return error(call.request, 40000, Text::ParamsError);
    const QString appName = stringField(call.body, QStringLiteral("appName")).trimmed();
    const FakeStore::App& app = m_store->createApp(call.user, appName.isEmpty() ? name : appName,
                                                   stringField(call.body, QStringLiteral("description")),
                                                   m_flavor == FakeServer::Flavor::V1 ? 16 : 8);
    return FakeHttpResponse::envelopeOk(FakeStore::appJson(app));
}

FakeHttpResponse FakeAdminApi::appDelete(const Call& call)
{
    FakeHttpResponse failure;
    if (!ownedApp(call, &failure))
        return failure;
    return FakeHttpResponse::envelopeOk(m_store->removeApp(call.appId));
}

FakeHttpResponse FakeAdminApi::keySave(const Call& call, bool forceKeyLimit)
{
    FakeHttpResponse failure;
    if (!ownedApp(call, &failure))
        return failure;
    const QString name = stringField(call.body, QStringLiteral("name"));
    if (name.isEmpty())
        return error(call.request, -1, Text::ParamsError);
    const QString expireAt = stringField(call.body, QStringLiteral("expireAt"));
    if (!expireAt.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
        const bool valid = shape.match(expireAt).hasMatch() &&
                           QDateTime::fromString(expireAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid() &&
                           expireAt > FakeStore::now();
        if (!valid)
            return error(call.request, -1, Text::InvalidExpireAt);
    }
    const bool v1 = m_flavor == FakeServer::Flavor::V1;
    if (forceKeyLimit || m_store->atKeyLimit(call.appId))
        return FakeHttpResponse::envelopeOk(v1 ? QJsonValue(false) : QJsonValue(QJsonValue::Null));
    const QJsonValue description = call.body.value(QStringLiteral("description"));
    const FakeStore::Key& key = m_store->createKey(
        call.appId, name, description.isString() ? description.toString() : QString(), expireAt);
    if (v1)
        return FakeHttpResponse::envelopeOk(true);
    return FakeHttpResponse::envelopeOk(FakeStore::keyJson(key, false, false));
}

FakeHttpResponse FakeAdminApi::keyPage(const Call& call)
{
    FakeHttpResponse failure;
    if (!ownedApp(call, &failure))
        return failure;
    // No ORDER BY upstream: ordering by the random key text keeps clients from relying on id order.
    QList<FakeStore::Key*> keys = m_store->keysOf(call.appId);
    std::sort(keys.begin(), keys.end(),
              [](const FakeStore::Key* a, const FakeStore::Key* b) { return a->keyName < b->keyName; });
    QJsonArray records;
    for (const FakeStore::Key* key : keys)
        records.append(FakeStore::keyJson(*key, m_flavor == FakeServer::Flavor::V2 || m_maskListing));
    return FakeHttpResponse::envelopeOk(page(records, call.body));
}

FakeStore::Key* FakeAdminApi::keyFor(const Call& call, const QJsonValue& reference)
{
    FakeStore::Key* key = nullptr;
    if (m_flavor == FakeServer::Flavor::V1)
        key = m_store->keyByName(reference.toVariant().toString());
    else
        key = m_store->keyById(reference.toVariant().toLongLong());
    return key && key->appId == call.appId ? key : nullptr;
}

FakeHttpResponse FakeAdminApi::keySwitch(const Call& call)
{
    FakeHttpResponse failure;
    if (!ownedApp(call, &failure))
        return failure;
    const QString status = stringField(call.body, QStringLiteral("status"));
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("DISABLE"))
        return error(call.request, 40000, Text::ParamsError);
    const bool v1 = m_flavor == FakeServer::Flavor::V1;
    FakeStore::Key* key =
        keyFor(call, call.body.value(v1 ? QStringLiteral("keyName") : QStringLiteral("id")));
    if (!key)
        return error(call.request, 40000, Text::ParamsError);
    key->status = status;
    return FakeHttpResponse::envelopeOk(true);
}

FakeHttpResponse FakeAdminApi::keyDelete(const Call& call)
{
    FakeHttpResponse failure;
    if (!ownedApp(call, &failure))
        return failure;
    const FakeStore::Key* key = keyFor(call, QJsonValue(call.keyRef));
    return FakeHttpResponse::envelopeOk(key ? m_store->removeKey(key->id) : false);
}

FakeHttpResponse FakeAdminApi::userInfo(const Call& call)
{
    const FakeStore::User* user = m_store->userById(call.user);
    if (!user)
        return error(call.request, 40400, Text::NotFound);
    return FakeHttpResponse::envelopeOk(
        QJsonObject{{QStringLiteral("id"), user->id},
                    {QStringLiteral("email"), user->email},
                    {QStringLiteral("nickname"), user->email.section(QLatin1Char('@'), 0, 0)},
                    {QStringLiteral("avatar"), QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}});
}

} // namespace aipex::test
