#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace aipex::test {

// An HTTP answer before it is serialised, with factories for the shapes the real
// stack produces: the backend's envelope, Spring Boot's error JSON, nginx's error page.
struct FakeHttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type/Length, Date, Connection

    static FakeHttpResponse json(const QJsonObject& object, int status = 200);
    // {"code","data","message","success"}: always HTTP 200, even for business errors.
    static FakeHttpResponse envelope(int code, const QJsonValue& data, const QString& message);
    static FakeHttpResponse envelopeOk(const QJsonValue& data);
    // Spring Boot's BasicErrorController body: {"timestamp","status","error","path"}.
    static FakeHttpResponse springError(int status, const QString& path);
    static FakeHttpResponse nginxError(int status);
    static FakeHttpResponse empty(int status = 200);

    static QByteArray reasonPhrase(int status);
};

} // namespace aipex::test
