#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace aipex {

// Adds, replaces or removes one [TABLE.NAME] table of a TOML file (Codex's
// [mcp_servers.NAME]) by lines: everything else keeps its bytes. Not a full TOML
// parser: it checks the structure it must understand (headers, keys, strings,
// brackets) and refuses files, or definitions of NAME, that it cannot edit safely.
class TomlEditor
{
    Q_DECLARE_TR_FUNCTIONS(TomlEditor)
public:
    static bool read(const QByteArray& text, const QString& table, const QString& name, QJsonObject* entry,
                     bool* found, Error* error, const QString& path = QString());
    static bool upsert(const QByteArray& text, const QString& table, const QString& name,
                       const QJsonObject& entry, QByteArray* out, Error* error,
                       const QString& path = QString());
    static bool remove(const QByteArray& text, const QString& table, const QString& name, QByteArray* out,
                       bool* removed, Error* error, const QString& path = QString());

    static QByteArray renderTable(const QString& table, const QString& name, const QJsonObject& entry,
                                  const QByteArray& eol = "\n");
    static QByteArray quoteKey(const QString& key);
    static QByteArray quoteString(const QString& text);
};

} // namespace aipex
