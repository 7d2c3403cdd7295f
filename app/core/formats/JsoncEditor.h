#pragma once

#include "Error.h"
#include "formats/JsoncParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace aipex {

// Adds, replaces or removes one member of the object at a top-level key
// ("mcpServers": {NAME: {...}}) by splicing bytes: the rest of the file —
// comments, key order, indentation, trailing commas, CRLF, BOM — is never
// re-serialised. New text follows the file's own indentation and line ends.
class JsoncEditor
{
    Q_DECLARE_TR_FUNCTIONS(JsoncEditor)
public:
    struct Style
    {
        QByteArray unit = "  ";
        QByteArray eol = "\n";
    };

    // *found false (and true returned) when the key or the entry is absent.
    static bool read(const QByteArray& text, const QString& topKey, const QString& name, QJsonObject* entry,
                     bool* found, Error* error, const QString& path = QString());
    // Adds NAME, or replaces its value when it exists.
    static bool upsert(const QByteArray& text, const QString& topKey, const QString& name,
                       const QJsonObject& entry, QByteArray* out, Error* error,
                       const QString& path = QString());
    // *removed false (and the text unchanged) when there was nothing to remove.
    static bool remove(const QByteArray& text, const QString& topKey, const QString& name, QByteArray* out,
                       bool* removed, Error* error, const QString& path = QString());

    static QByteArray newDocument(const QString& topKey, const QString& name, const QJsonObject& entry);
    static QByteArray newDocument(const QString& topKey, const QString& name, const QJsonObject& entry,
                                  const Style& style);
    static Style detectStyle(const QByteArray& text, const JsoncParser::Document& doc);
};

} // namespace aipex
