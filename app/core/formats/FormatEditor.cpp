#include "formats/FormatEditor.h"

#include "formats/JsoncEditor.h"
#include "formats/JsoncParser.h"
#include "formats/TomlEditor.h"
#include "formats/YamlEditor.h"

namespace aipex {

namespace {

bool jsonUpsert(const QByteArray& text, const QString& key, const QString& name, const QJsonObject& entry,
                QByteArray* out, Error* error, const QString& path, const QByteArray&)
{
    return JsoncEditor::upsert(text, key, name, entry, out, error, path);
}

bool jsonStrict(const QByteArray& text)
{
    JsoncParser::Document doc;
    return JsoncParser::parse(text, &doc, nullptr) && doc.isStrictJson();
}

bool tomlUpsert(const QByteArray& text, const QString& key, const QString& name, const QJsonObject& entry,
                QByteArray* out, Error* error, const QString& path, const QByteArray&)
{
    return TomlEditor::upsert(text, key, name, entry, out, error, path);
}

QByteArray yamlSnippet(const QString& key, const QString&, const QJsonObject& entry)
{
    return key.toUtf8() + ":\n" + YamlEditor::renderItem(entry, "  ");
}

QByteArray jsonSnippet(const QString& key, const QString& name, const QJsonObject& entry)
{
    return JsoncEditor::newDocument(key, name, entry);
}

QByteArray tomlSnippet(const QString& key, const QString& name, const QJsonObject& entry)
{
    return TomlEditor::renderTable(key, name, entry);
}

} // namespace

const FormatEditor& FormatEditor::of(FileFormat format)
{
    static const FormatEditor json(&JsoncEditor::read, &jsonUpsert, &JsoncEditor::remove, &jsonSnippet,
                                   &jsonStrict);
    static const FormatEditor toml(&TomlEditor::read, &tomlUpsert, &TomlEditor::remove, &tomlSnippet,
                                   nullptr);
    static const FormatEditor yaml(&YamlEditor::read, &YamlEditor::upsert, &YamlEditor::remove, &yamlSnippet,
                                   nullptr);
    // JSONC differs from JSON only in what the editor reads back, which ClientProfile says.
    return format == FileFormat::Toml ? toml : format == FileFormat::Yaml ? yaml : json;
}

} // namespace aipex
