#pragma once

#include "Error.h"

#include <QJsonValue>
#include <QMetaType>

namespace aipex {

// What one admin call produced: either the envelope's data or an Error.
struct ApiResult
{
    Error error;
    QJsonValue data;
    QString message; // the server's envelope message, if any
    int envelopeCode = 0;
    int httpStatus = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
};

} // namespace aipex

Q_DECLARE_METATYPE(aipex::ApiResult)
