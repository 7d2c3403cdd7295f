#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace aipex {

// The server's answer wrapper: {"code": int, "data": any, "message": str, "success": bool}.
// Business errors come as HTTP 200 too, so a body that is not exactly this shape
// must never be read as success.
class Envelope
{
public:
    int code = 0;
    QJsonValue data;
    QString message;

    bool isSuccess() const { return code == 0; }

    // False when the body is not a JSON object with an integer "code"; *why says what was wrong.
    static bool parse(const QByteArray& body, Envelope* out, QString* why);
};

} // namespace aipex
