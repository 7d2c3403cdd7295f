#include "net/Envelope.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace aipex {

bool Envelope::parse(const QByteArray& body, Envelope* out, QString* why)
{
    auto fail = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    if (body.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Envelope", "the answer was empty"));

    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("Envelope", "the answer is not JSON (%1 at byte %2)")
                        .arg(perr.errorString())
                        .arg(perr.offset));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Envelope", "the answer is not a JSON object"));

    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    const double c = code.toDouble(std::nan(""));
    if (!code.isDouble() || std::isnan(c) || c != std::floor(c) || std::fabs(c) > 2147483647.0)
        return fail(QCoreApplication::translate("Envelope", "the answer has no numeric \"code\" field"));

    const QJsonValue message = o.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return fail(QCoreApplication::translate("Envelope", "the answer's \"message\" is not text"));

    out->code = int(c);
    out->data = o.value(QLatin1String("data"));
    out->message = message.toString();
    return true;
}

} // namespace aipex
