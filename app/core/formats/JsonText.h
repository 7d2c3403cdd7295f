#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace aipex {

// JSON text as editors and JSON.stringify write it: keys in a fixed, readable
// order (QJsonObject sorts them alphabetically, which would put "args" before
// "command"), "/" and non-ASCII left as they are.
class JsonText
{
public:
    // {"a":1} — what deeplinks and native commands carry.
    static QByteArray compact(const QJsonValue& value);
    // {"a": 1, "b": 2} on one line, for objects written on one line in a file.
    static QByteArray inlined(const QJsonValue& value);
    // Multi-line; `indent` is the indentation of the line the value starts on.
    static QByteArray pretty(const QJsonValue& value, const QByteArray& indent, const QByteArray& unit,
                             const QByteArray& eol);
    static QByteArray quote(const QString& text);
    static QStringList orderedKeys(const QJsonObject& object);
};

} // namespace aipex
