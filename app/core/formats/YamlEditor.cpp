#include "formats/YamlEditor.h"

#include "formats/JsonText.h"
#include "formats/YamlScanner.h"

#include <QDir>
#include <QRegularExpression>

namespace aipex {

namespace {

using Line = YamlScanner::Line;
using Item = YamlScanner::Item;

Error refusal(const QString& path, int line, int column, const QString& why)
{
    Error e(
        Error::InvalidConfig,
        YamlEditor::tr("%1, line %2, column %3: %4. The file was left unchanged; fix it or edit it by hand.")
            .arg(path.isEmpty() ? YamlEditor::tr("The file") : QDir::toNativeSeparators(path))
            .arg(line + 1)
            .arg(column)
            .arg(why));
    e.addContext(QStringLiteral("line"), line + 1);
    e.addContext(QStringLiteral("column"), column);
    if (!path.isEmpty())
        e.addContext(QStringLiteral("path"), path);
    return e;
}

bool scanOrFail(YamlScanner* s, Error* error, const QString& path)
{
    if (s->run())
        return true;
    if (error)
        *error = refusal(path, s->errorLine(), s->errorColumn(), s->problem());
    return false;
}

// False when NAME is there more than once: which one would we edit?
bool findItem(const YamlScanner& s, const QString& name, const Item** out, Error* error, const QString& path)
{
    *out = nullptr;
    for (const Item& item : s.items()) {
        if (item.fields.value(QLatin1String("name")).toString() != name)
            continue;
        if (*out) {
            if (error)
                *error =
                    refusal(path, item.first, 1, YamlEditor::tr("\"%1\" appears more than once").arg(name));
            return false;
        }
        *out = &item;
    }
    return true;
}

// Every operation starts the same way: the file scans, and NAME is there at most once.
bool scanAndFind(YamlScanner* s, const QString& name, const Item** item, Error* error, const QString& path)
{
    return scanOrFail(s, error, path) && findItem(*s, name, item, error, path);
}

} // namespace

QByteArray YamlEditor::scalar(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    static const QStringList reserved = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
        QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("null"), QStringLiteral("y"),     QStringLiteral("n")};
    if (plain.match(text).hasMatch() && !reserved.contains(text.toLower()))
        return text.toUtf8();
    return JsonText::quote(text); // a JSON string is a valid YAML double-quoted scalar
}

QByteArray YamlEditor::renderItem(const QJsonObject& entry, const QByteArray& indent, const QByteArray& eol)
{
    QByteArray out;
    bool first = true;
    for (const QString& k : JsonText::orderedKeys(entry)) {
        out += indent + (first ? "- " : "  ") + scalar(k) + ": " + scalar(entry.value(k).toString()) + eol;
        first = false;
    }
    return out;
}

bool YamlEditor::read(const QByteArray& text, const QString& listKey, const QString& name, QJsonObject* entry,
                      bool* found, Error* error, const QString& path)
{
    YamlScanner s(text, listKey);
    const Item* item = nullptr;
    if (!scanAndFind(&s, name, &item, error, path))
        return false;
    *found = item != nullptr;
    if (entry)
        *entry = item ? item->fields : QJsonObject();
    return true;
}

bool YamlEditor::upsert(const QByteArray& text, const QString& listKey, const QString& name,
                        const QJsonObject& entry, QByteArray* out, Error* error, const QString& path,
                        const QByteArray& newFileHeader)
{
    YamlScanner s(text, listKey);
    const Item* item = nullptr;
    if (!scanAndFind(&s, name, &item, error, path))
        return false;
    const QByteArray eol = TextLines::eolOf(text);
    const QByteArray indent(s.seqIndent() < 0 ? 2 : s.seqIndent(), ' ');
    const QByteArray rendered = renderItem(entry, indent, eol);
    auto lineAt = [&s](int i) -> const Line& {
        return s.lines().at(std::size_t(i));
    };
    if (item) {
        const qsizetype from = lineAt(item->first).start;
        const Line& last = lineAt(item->last);
        *out = text.left(from) + rendered + text.mid(last.next);
        if (last.next == last.end) // the item ended the file without a line break: keep it so
            out->chop(eol.size());
        return true;
    }
    if (s.keyLine() >= 0) {
        QByteArray result = text;
        const Line& after = lineAt(s.regionLast());
        // At the end of a file without a final line break the item takes the break before
        // it instead, as remove() expects: otherwise an uninstall would leave one behind.
        if (after.next == after.end)
            result.insert(after.next, eol + rendered.chopped(eol.size()));
        else
            result.insert(after.next, rendered);
        if (s.emptyFlow()) {
            // `key: []` becomes `key:` with the list under it; removal puts `[]` back.
            const Line& key = lineAt(s.keyLine());
            const qsizetype open = text.indexOf("[]", key.textStart + key.text.indexOf(':'));
            const qsizetype from = open > 0 && text.at(open - 1) == ' ' ? open - 1 : open;
            result.remove(from, open + 2 - from);
        }
        *out = result;
        return true;
    }
    QByteArray keep = text;
    bool blank = true;
    for (const char c : text)
        blank = blank && (TextLines::isBlank(c) || c == '\n' || c == '\r');
    if (blank) {
        keep = text.left(TextLines::bomSize(text));
        keep += newFileHeader;
    } else if (!keep.endsWith('\n')) {
        keep += eol;
    }
    *out = keep + listKey.toUtf8() + ":" + eol + rendered;
    return true;
}

bool YamlEditor::remove(const QByteArray& text, const QString& listKey, const QString& name, QByteArray* out,
                        bool* removed, Error* error, const QString& path)
{
    YamlScanner s(text, listKey);
    const Item* item = nullptr;
    if (!scanAndFind(&s, name, &item, error, path))
        return false;
    *removed = item != nullptr;
    if (!item) {
        *out = text;
        return true;
    }
    const Line& first = s.lines().at(std::size_t(item->first));
    const Line& last = s.lines().at(std::size_t(item->last));
    QByteArray result = text;
    qsizetype from = first.start;
    // An item that ended the file without a line break takes the one before it.
    if (last.next == last.end && from > 0)
        from = text.at(from - 1) == '\n' && from >= 2 && text.at(from - 2) == '\r' ? from - 2 : from - 1;
    result.remove(from, last.next - from);
    if (s.items().size() == 1) {
        // An empty block list would read as null: write the empty list.
        const Line& key = s.lines().at(std::size_t(s.keyLine()));
        result.insert(key.textStart + key.text.indexOf(':') + 1, " []");
    }
    *out = result;
    return true;
}

} // namespace aipex
