#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace aipex {

// Adds, replaces or removes the item named NAME of a top-level block list
// (Continue's `mcpServers:` of {name, type, url}) by lines: everything else keeps
// its bytes. Not a YAML parser: it understands a block list of mappings under a
// top-level key and refuses what it cannot edit safely (flow style, tabs,
// several documents, a key that is not a list).
class YamlEditor
{
    Q_DECLARE_TR_FUNCTIONS(YamlEditor)
public:
    static bool read(const QByteArray& text, const QString& listKey, const QString& name, QJsonObject* entry,
                     bool* found, Error* error, const QString& path = QString());
    // `newFileHeader` is written first when the file is empty (Continue wants name/version/schema).
    static bool upsert(const QByteArray& text, const QString& listKey, const QString& name,
                       const QJsonObject& entry, QByteArray* out, Error* error,
                       const QString& path = QString(), const QByteArray& newFileHeader = QByteArray());
    static bool remove(const QByteArray& text, const QString& listKey, const QString& name, QByteArray* out,
                       bool* removed, Error* error, const QString& path = QString());

    static QByteArray renderItem(const QJsonObject& entry, const QByteArray& indent,
                                 const QByteArray& eol = "\n");
    static QByteArray scalar(const QString& text);
};

} // namespace aipex
