#include "server/AdminApi.h"

#include <QJsonObject>

namespace aipex {

AdminApi::AdminApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

QString AdminApi::keysPath(const QString& appId, const char* action)
{
    return QStringLiteral("/admin/application/config/apikeys/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)), QLatin1String(action));
}

ApiRequest* AdminApi::login(const QString& email, const QString& password)
{
    m_client->clearToken();
    ApiRequest* req =
        m_client->postSecret(QStringLiteral("/admin/login"),
                             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    ApiClient* client = m_client;
    req->setTransform([client](ApiResult& r) {
        // An envelope error on login means the credentials were refused; keep the
        // server's own words (they tell a wrong password from an unknown user).
        if (isBusinessError(r)) {
            recode(r, Error::InvalidCredentials, tr("Sign-in refused: %1").arg(r.message));
            return;
        }
        if (!r.ok())
            return;
        const QString token = r.data.toString();
        r.data = QJsonValue();
        if (token.isEmpty()) {
            r.error = Error(Error::LoginFailed, tr("The server accepted the sign-in but sent no token."));
            return;
        }
        client->setToken(token);
    });
    return req;
}

ApiRequest* AdminApi::listApplications(int page, int pageSize, const QString& nameFilter)
{
    QJsonObject body{{QStringLiteral("current"), page}, {QStringLiteral("pageSize"), pageSize}};
    if (!nameFilter.isEmpty())
        body.insert(QStringLiteral("name"), nameFilter);
    ApiRequest* req = m_client->post(QStringLiteral("/admin/application/page"), body);
    req->setTransform([](ApiResult& r) {
        if (r.ok() && !r.data.toObject().value(QLatin1String("records")).isArray())
            r.error =
                Error(Error::InvalidResponse, tr("The application list from the server has no records."));
    });
    return req;
}

ApiRequest* AdminApi::createApplication(const QString& name, const QString& description)
{
    // Both name and appName, as the reference script sends them; servers read name.
    ApiRequest* req =
        m_client->post(QStringLiteral("/admin/application"), {{QStringLiteral("name"), name},
                                                              {QStringLiteral("appName"), name},
                                                              {QStringLiteral("description"), description}});
    req->setTransform([name](ApiResult& r) {
        if (isBusinessError(r)) {
            recode(r, Error::AppCreationFailed, tr("The application was not created: %1").arg(r.message));
            r.error.addContext(QStringLiteral("app_name"), name);
            return;
        }
        if (!r.ok())
            return;
        const QString appId = r.data.toObject().value(QLatin1String("appId")).toString();
        if (appId.isEmpty()) {
            r.error = Error(Error::AppCreationFailed,
                            tr("The server did not return an application id for \"%1\".").arg(name));
            r.error.addContext(QStringLiteral("app_name"), name);
        }
    });
    return req;
}

ApiRequest* AdminApi::createApiKey(const QString& appId, const QString& name, const QString& description,
                                   const QString& expireAt)
{
    ApiRequest* req = m_client->post(keysPath(appId, "save"), {{QStringLiteral("name"), name},
                                                               {QStringLiteral("description"), description},
                                                               {QStringLiteral("expireAt"), expireAt}});
    req->setTransform([appId](ApiResult& r) {
        if (!r.ok())
            return;
        const QJsonValue d = r.data;
        if (d.isBool() && d.toBool())
            return; // v1 (and mid-2026 servers): read the key from the listing
        if (d.isObject()) {
            const QString key = d.toObject().value(QLatin1String("keyName")).toString();
            if (!key.isEmpty() && !isMaskedKey(key))
                return;
            r.error = Error(Error::InvalidResponse,
                            tr("The server's answer to creating the key has no usable key."));
            return;
        }
        if (d.isNull() || d.isUndefined() || (d.isBool() && !d.toBool())) {
            r.error =
                Error(Error::RequestFailed,
                      tr("The application already has the maximum number of active API keys. Disable or "
                         "delete an unused key in the web console, then try again."));
            r.error.addDetail(QStringLiteral("key_limit"), true);
            r.error.addContext(QStringLiteral("app_id"), appId);
            return;
        }
        r.error =
            Error(Error::InvalidResponse, tr("The server's answer to creating the key is not understood."));
    });
    return req;
}

ApiRequest* AdminApi::listApiKeys(const QString& appId, int page, int pageSize)
{
    ApiRequest* req = m_client->post(
        keysPath(appId, "page"), {{QStringLiteral("current"), page}, {QStringLiteral("pageSize"), pageSize}});
    req->setTransform([](ApiResult& r) {
        if (r.ok() && !r.data.toObject().value(QLatin1String("records")).isArray())
            r.error = Error(Error::InvalidResponse, tr("The key list from the server has no records."));
    });
    return req;
}

ApiRequest* AdminApi::deleteApiKey(const QString& appId, const QString& keyIdOrName)
{
    const QString path = QStringLiteral("/admin/application/config/apikeys/%1/%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(keyIdOrName)));
    ApiRequest* req = m_client->deleteResource(path);
    req->setTransform([](ApiResult& r) {
        if (isBusinessError(r))
            recode(r, Error::RequestFailed, tr("The server did not delete the key: %1").arg(r.message));
    });
    return req;
}

bool AdminApi::isBusinessError(const ApiResult& r)
{
    // 401 and 429 keep their own meaning whichever call they answer.
    return r.envelopeCode != 0 && r.envelopeCode != 401 && r.envelopeCode != 429 &&
           r.error.code() == Error::RequestFailed;
}

void AdminApi::recode(ApiResult& r, Error::Code code, const QString& message)
{
    Error e(code, message);
    e.setHttpStatus(r.error.httpStatus());
    e.addDetail(QStringLiteral("envelope_code"), r.envelopeCode);
    e.addDetail(QStringLiteral("server_message"), r.message);
    r.error = e;
}

bool AdminApi::isMaskedKey(const QString& keyName)
{
    return keyName.contains(QChar(0x2022));
}

QJsonObject AdminApi::pickNewestKey(const QJsonArray& records, const QString& name)
{
    QJsonObject best;
    double bestId = -1;
    for (const QJsonValue& v : records) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() != name)
            continue;
        const double id = o.value(QLatin1String("id")).toVariant().toDouble();
        if (id > bestId) {
            bestId = id;
            best = o;
        }
    }
    return best;
}

} // namespace aipex
