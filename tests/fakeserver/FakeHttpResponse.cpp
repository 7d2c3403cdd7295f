#include "fakeserver/FakeHttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>

namespace aipex::test {

FakeHttpResponse FakeHttpResponse::json(const QJsonObject& object, int status)
{
    FakeHttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

FakeHttpResponse FakeHttpResponse::envelope(int code, const QJsonValue& data, const QString& message)
{
    return json(QJsonObject{{QStringLiteral("code"), code},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("success"), code == 0}});
}

FakeHttpResponse FakeHttpResponse::envelopeOk(const QJsonValue& data)
{
    return envelope(0, data, QStringLiteral("ok"));
}

FakeHttpResponse FakeHttpResponse::springError(int status, const QString& path)
{
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
        QStringLiteral("+00:00");
    return json(QJsonObject{{QStringLiteral("timestamp"), timestamp},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                            {QStringLiteral("path"), path}},
                status);
}

FakeHttpResponse FakeHttpResponse::nginxError(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    FakeHttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html");
    r.body =
        QByteArrayLiteral("<html>\r\n<head><title>") + title +
        QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") + title +
        QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n");
    r.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("nginx/1.25.3")});
    return r;
}

FakeHttpResponse FakeHttpResponse::empty(int status)
{
    FakeHttpResponse r;
    r.status = status;
    return r;
}

QByteArray FakeHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

} // namespace aipex::test
