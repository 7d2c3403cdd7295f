#pragma once

#include "fakeserver/FakeHttpRequest.h"
#include "fakeserver/FakeHttpResponse.h"
#include "fakeserver/FakeServer.h"
#include "fakeserver/FakeStore.h"

#include <QJsonObject>
#include <QString>

namespace aipex::test {

// The backend's /admin controllers as both generations answer them: Spring's routing
// (404 / 405 / 400 for an unreadable body), the token filter (envelope 401), and
// the v1/v2 differences (save answer, keyName masking, localised messages, appId length).
class FakeAdminApi
{
public:
    explicit FakeAdminApi(FakeStore* store);

    void setFlavor(FakeServer::Flavor flavor) { m_flavor = flavor; }
    void setMaskListing(bool mask) { m_maskListing = mask; }
    FakeServer::Flavor flavor() const { return m_flavor; }

    // Path as the backend sees it (the nginx prefix already stripped).
    static FakeServer::Endpoint classify(const QString& backendPath);

    FakeHttpResponse handle(const FakeHttpRequest& request, const QString& backendPath, bool forceKeyLimit);
    FakeHttpResponse authFailure(const FakeHttpRequest& request, const QString& backendPath) const;
    static FakeHttpResponse rateLimited();

private:
    enum class Route
    {
        Login,
        AppPage,
        AppCreate,
        AppDelete,
        KeySave,
        KeyPage,
        KeySwitch,
        KeyDelete,
        UserInfo
    };
    enum class Text
    {
        UserNotFound,
        WrongPassword,
        ParamsError,
        NotFound,
        NoPermission,
        InvalidExpireAt,
    };
    struct Call
    {
        const FakeHttpRequest& request;
        const QJsonObject& body;
        qint64 user;
        QString appId;
        QString keyRef;
    };

    bool english(const FakeHttpRequest& request) const;
    QString text(const FakeHttpRequest& request, Text id) const;
    FakeHttpResponse error(const FakeHttpRequest& request, int code, Text id) const;
    // Looks the app up and checks that the caller owns it; on failure fills *failure.
    FakeStore::App* ownedApp(const Call& call, FakeHttpResponse* failure) const;

    FakeHttpResponse login(const Call& call);
    FakeHttpResponse appPage(const Call& call);
    FakeHttpResponse appCreate(const Call& call);
    FakeHttpResponse appDelete(const Call& call);
    FakeHttpResponse keySave(const Call& call, bool forceKeyLimit);
    FakeHttpResponse keyPage(const Call& call);
    FakeHttpResponse keySwitch(const Call& call);
    FakeHttpResponse keyDelete(const Call& call);
    FakeHttpResponse userInfo(const Call& call);
    FakeStore::Key* keyFor(const Call& call, const QJsonValue& reference);

    FakeStore* m_store;
    FakeServer::Flavor m_flavor = FakeServer::Flavor::V2;
    bool m_maskListing = false;
};

} // namespace aipex::test
