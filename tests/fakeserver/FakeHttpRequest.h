#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace aipex::test {

// One parsed HTTP/1.1 request, as FakeHttpConnection hands it to the server.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray target; // the raw request-target (path and query, still percent-encoded)
    QString path;      // the raw path part of target, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased, repeated headers joined with ", "
    QByteArray body;                       // de-chunked when the client sent Transfer-Encoding: chunked
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace aipex::test
