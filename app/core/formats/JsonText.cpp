#include "formats/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace aipex {

namespace {

QByteArray scalar(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return QByteArrayLiteral("null");
        if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return JsonText::quote(v.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

QByteArray write(const QJsonValue& v, const QByteArray& colon, const QByteArray& comma)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        QByteArray out = "[";
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += comma;
            out += write(a.at(i), colon, comma);
        }
        return out + ']';
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QByteArray out = "{";
        bool first = true;
        for (const QString& key : JsonText::orderedKeys(o)) {
            if (!first)
                out += comma;
            first = false;
            out += JsonText::quote(key) + colon + write(o.value(key), colon, comma);
        }
        return out + '}';
    }
    return scalar(v);
}

} // namespace

QByteArray JsonText::quote(const QString& text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QStringList JsonText::orderedKeys(const QJsonObject& object)
{
    static const QStringList preferred = {QStringLiteral("name"),    QStringLiteral("type"),
                                          QStringLiteral("command"), QStringLiteral("args"),
                                          QStringLiteral("url"),     QStringLiteral("serverUrl")};
    QStringList keys;
    for (const QString& k : preferred) {
        if (object.contains(k))
            keys << k;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!preferred.contains(it.key()))
            keys << it.key();
    }
    return keys;
}

QByteArray JsonText::compact(const QJsonValue& value)
{
    return write(value, QByteArrayLiteral(":"), QByteArrayLiteral(","));
}

QByteArray JsonText::inlined(const QJsonValue& value)
{
    return write(value, QByteArrayLiteral(": "), QByteArrayLiteral(", "));
}

QByteArray JsonText::pretty(const QJsonValue& value, const QByteArray& indent, const QByteArray& unit,
                            const QByteArray& eol)
{
    const QByteArray inner = indent + unit;
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return QByteArrayLiteral("[]");
        QByteArray out = "[";
        for (qsizetype i = 0; i < a.size(); ++i)
            out += (i ? "," : "") + eol + inner + pretty(a.at(i), inner, unit, eol);
        return out + eol + indent + ']';
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return QByteArrayLiteral("{}");
        QByteArray out = "{";
        bool first = true;
        for (const QString& key : orderedKeys(o)) {
            out +=
                (first ? "" : ",") + eol + inner + quote(key) + ": " + pretty(o.value(key), inner, unit, eol);
            first = false;
        }
        return out + eol + indent + '}';
    }
    return scalar(value);
}

} // namespace aipex
