#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace aipex {

// The file formats editors keep their MCP servers in.
enum class FileFormat
{
    Json,  // read tolerantly, written as strict JSON (the editor uses JSON.parse or similar)
    Jsonc, // the editor itself accepts comments and trailing commas
    Toml,
    Yaml
};

// One interface over the in-place editors of formats/ (JsoncEditor, TomlEditor, YamlEditor):
// read, add or replace, and remove one named entry under a top-level key, every other byte
// kept. clients/ConfigInstaller works through it and never asks which format it has.
class FormatEditor
{
public:
    static const FormatEditor& of(FileFormat format);

    // *found false (and true returned) when the key or the entry is absent.
    bool read(const QByteArray& text, const QString& topKey, const QString& name, QJsonObject* entry,
              bool* found, Error* error, const QString& path) const
    {
        return m_read(text, topKey, name, entry, found, error, path);
    }
    // `newFileHeader` starts a file that is empty (a YAML editor may need a document header).
    bool upsert(const QByteArray& text, const QString& topKey, const QString& name, const QJsonObject& entry,
                QByteArray* out, Error* error, const QString& path, const QByteArray& newFileHeader) const
    {
        return m_upsert(text, topKey, name, entry, out, error, path, newFileHeader);
    }
    // *removed false (and the text unchanged) when there was nothing to remove.
    bool remove(const QByteArray& text, const QString& topKey, const QString& name, QByteArray* out,
                bool* removed, Error* error, const QString& path) const
    {
        return m_remove(text, topKey, name, out, removed, error, path);
    }
    // A whole new file holding just this entry, also the copy-and-paste snippet.
    QByteArray snippet(const QString& topKey, const QString& name, const QJsonObject& entry) const
    {
        return m_snippet(topKey, name, entry);
    }
    // JSON only: the text is strict JSON (no comments, trailing commas or byte-order mark).
    bool isStrictJson(const QByteArray& text) const { return m_strict && m_strict(text); }

    using ReadFn = bool (*)(const QByteArray&, const QString&, const QString&, QJsonObject*, bool*, Error*,
                            const QString&);
    using UpsertFn = bool (*)(const QByteArray&, const QString&, const QString&, const QJsonObject&,
                              QByteArray*, Error*, const QString&, const QByteArray&);
    using RemoveFn = bool (*)(const QByteArray&, const QString&, const QString&, QByteArray*, bool*, Error*,
                              const QString&);
    using SnippetFn = QByteArray (*)(const QString&, const QString&, const QJsonObject&);
    using StrictFn = bool (*)(const QByteArray&);

    FormatEditor(ReadFn readFn, UpsertFn upsertFn, RemoveFn removeFn, SnippetFn snippetFn, StrictFn strictFn)
        : m_read(readFn)
        , m_upsert(upsertFn)
        , m_remove(removeFn)
        , m_snippet(snippetFn)
        , m_strict(strictFn)
    {}

private:
    ReadFn m_read;
    UpsertFn m_upsert;
    RemoveFn m_remove;
    SnippetFn m_snippet;
    StrictFn m_strict;
};

} // namespace aipex
