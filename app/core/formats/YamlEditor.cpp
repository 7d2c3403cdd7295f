#include "formats/YamlEditor.h"

#include <QStringDecoder>

#include "formats/JsonText.h"

#include <QDir>
#include <QRegularExpression>

#include <vector>

namespace aipex {

namespace {

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    int indent = 0;
    qsizetype textStart = 0; // where `text` begins in the file
    bool content = false;    // not blank, not only a comment
    QByteArray text;         // without indentation and line break
};

struct Item
{
    int first = 0; // line of "- "
    int last = 0;  // last line of content
    QJsonObject fields;
};

struct Scan
{
    std::vector<Line> lines;
    int keyLine = -1; // the `listKey:` line
    bool emptyFlow = false;
    int seqIndent = -1;  // column of the items' "-", -1 with no items
    int regionLast = -1; // last line of content under the key (the key line itself when none)
    std::vector<Item> items;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// `value  # comment` → value; quoted scalars are decoded.
QString scalarValue(QByteArray v)
{
    v = v.trimmed();
    if (v.startsWith('"')) {
        // YAML's double-quoted escapes include JSON's; enough for names and URLs.
        qsizetype i = 1;
        QByteArray raw;
        while (i < v.size() && v.at(i) != '"') {
            if (v.at(i) == '\\' && i + 1 < v.size()) {
                const char e = v.at(i + 1);
                raw += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                i += 2;
                continue;
            }
            raw += v.at(i++);
        }
        return QString::fromUtf8(raw);
    }
    if (v.startsWith('\'')) {
        QByteArray raw;
        qsizetype i = 1;
        while (i < v.size()) {
            if (v.at(i) == '\'') {
                if (i + 1 < v.size() && v.at(i + 1) == '\'') {
                    raw += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            raw += v.at(i++);
        }
        return QString::fromUtf8(raw);
    }
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == '#' && (i == 0 || isSpace(v.at(i - 1)))) {
            v.truncate(i);
            break;
        }
    }
    return QString::fromUtf8(v.trimmed());
}

// "key: value" → key and value; false when the line is not a simple mapping entry.
bool splitKey(const QByteArray& text, QString* key, QByteArray* value)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*|\"[^\"]*\"|'[^']*')\\s*:(\\s+(.*))?$"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(text));
    if (!m.hasMatch())
        return false;
    QString k = m.captured(1);
    if (k.startsWith(u'"') || k.startsWith(u'\''))
        k = k.mid(1, k.size() - 2);
    *key = k;
    *value = m.captured(3).toUtf8();
    return true;
}

// The value of a `key:` line without its comment: empty for a key whose value follows on
// the next lines. Not decoded, so that `""` or `"[]"` are not mistaken for "none" or `[]`.
QByteArray rawValue(const QByteArray& value)
{
    QByteArray v = value.trimmed();
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == '#' && (i == 0 || isSpace(v.at(i - 1)))) {
            v.truncate(i);
            break;
        }
    }
    return v.trimmed();
}

// A top-level `key: value` line as YAML reads it, plain or quoted. splitKey() only knows
// the simple keys of list items; here any key counts, so that a line this misses is not a
// key for YAML either and can be refused.
bool topLevelKey(const QByteArray& text, QString* key, QByteArray* value)
{
    qsizetype colon = -1;
    const char q = text.at(0);
    if (q == '"' || q == '\'') {
        const qsizetype close = text.indexOf(q, 1);
        // Escapes (a backslash, a doubled quote) in a key are rare enough to refuse rather than decode.
        if (close < 0 || text.left(close).contains('\\') || text.indexOf(q, close + 1) == close + 1)
            return false;
        *key = scalarValue(text.left(close + 1));
        colon = close + 1;
        while (colon < text.size() && isSpace(text.at(colon)))
            ++colon;
        if (colon >= text.size() || text.at(colon) != ':')
            return false;
    } else {
        // YAML's indicators cannot start a plain key, except -?: before a non-space.
        static const QByteArray indicators = "-?:,[]{}#&*!|>'\"%@`";
        const bool plainDash = (q == '-' || q == '?' || q == ':') && text.size() > 1 && !isSpace(text.at(1));
        if (indicators.contains(q) && !plainDash)
            return false;
        for (qsizetype i = 1; i < text.size() && colon < 0; ++i) {
            if (text.at(i) == '#' && isSpace(text.at(i - 1)))
                return false;
            if (text.at(i) == ':' && (i + 1 == text.size() || isSpace(text.at(i + 1))))
                colon = i;
        }
        if (colon < 0)
            return false;
        *key = QString::fromUtf8(text.left(colon).trimmed());
    }
    if (colon + 1 < text.size() && !isSpace(text.at(colon + 1)))
        return false;
    *value = text.mid(colon + 1);
    return true;
}

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

bool scan(const QByteArray& text, const QString& listKey, Scan* s, Error* error, const QString& path)
{
    auto fail = [&](int line, int column, const QString& why) {
        if (error)
            *error = refusal(path, line, column, why);
        return false;
    };
    {
        // YAML is Unicode text; bytes that are not UTF-8 could be anything (found by fuzzing).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(text); // only the error state matters here
        Q_UNUSED(decoded)
        if (utf8.hasError())
            return fail(0, 1, YamlEditor::tr("the file is not valid UTF-8"));
    }
    qsizetype p = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (p < text.size()) {
        Line l;
        l.start = s->lines.empty() ? 0 : p;
        qsizetype e = p;
        while (e < text.size() && text.at(e) != '\n' && text.at(e) != '\r')
            ++e;
        // YAML forbids control characters other than tab; found by fuzzing, they confused the edit.
        for (qsizetype c = p; c < e; ++c) {
            const uchar b = uchar(text.at(c));
            if ((b < 0x20 && b != '\t') || b == 0x7f)
                return fail(int(s->lines.size()), int(c - p) + 1, YamlEditor::tr("a control character"));
        }
        // Found by fuzzing: a lone CR made an edited file read back differently; refuse it.
        if (e < text.size() && text.at(e) == '\r' && !(e + 1 < text.size() && text.at(e + 1) == '\n'))
            return fail(int(s->lines.size()), int(e - p) + 1,
                        YamlEditor::tr("a carriage return without a line feed"));
        l.end = e;
        l.next = e < text.size()
                     ? (text.at(e) == '\r' && e + 1 < text.size() && text.at(e + 1) == '\n' ? e + 2 : e + 1)
                     : e;
        qsizetype q = p;
        while (q < e && text.at(q) == ' ')
            ++q;
        l.indent = int(q - p);
        l.textStart = q;
        l.text = text.mid(q, e - q);
        while (!l.text.isEmpty() && isSpace(l.text.back()))
            l.text.chop(1);
        l.content = !l.text.isEmpty() && !l.text.startsWith('#');
        if (l.content && l.text.startsWith('\t'))
            return fail(int(s->lines.size()), l.indent + 1, YamlEditor::tr("a tab in the indentation"));
        s->lines.push_back(l);
        p = l.next;
    }

    const int n = int(s->lines.size());
    bool openTopKey = false; // the last top-level key had no value, so "- " lines may follow at column 1
    bool sawKey = false;
    for (int i = 0; i < n; ++i) {
        const Line& l = s->lines.at(std::size_t(i));
        // An indented document (`  name: x`) would get our key at column 1 next to it: not YAML.
        if (l.content && l.indent > 0 && !sawKey)
            return fail(i, l.indent + 1, YamlEditor::tr("an indented line before the first key"));
        if (l.indent != 0 || !l.content)
            continue;
        if (l.text == "---" || l.text.startsWith("--- ")) {
            if (i > 0)
                return fail(i, 1, YamlEditor::tr("the file holds several YAML documents"));
            if (!rawValue(l.text.mid(3)).isEmpty()) // `--- |` and the like: not a mapping
                return fail(i, 5, YamlEditor::tr("a top-level line that is not \"key: value\""));
            continue;
        }
        const bool dash = l.text == "-" || l.text.startsWith("- ");
        // Found by fuzzing: a list item at column 1 under a key that already has a value
        // is not YAML; editing around it produced a file that read back differently. A file
        // that is a list has no place for our key either.
        if (dash && !openTopKey)
            return fail(i, 1, YamlEditor::tr("a list item that belongs to no key"));
        if (dash)
            continue;
        QString key;
        QByteArray value;
        // Found by fuzzing: a stray top-level line (`-n`, `:`) ended the list for the
        // edit but not for the "- " items after it, so an uninstall read back differently.
        if (!topLevelKey(l.text, &key, &value))
            return fail(i, 1, YamlEditor::tr("a top-level line that is not \"key: value\""));
        sawKey = true;
        openTopKey = rawValue(value).isEmpty(); // not `""`: that is a value
        if (key != listKey)
            continue;
        if (s->keyLine >= 0)
            return fail(i, 1, YamlEditor::tr("\"%1\" appears more than once").arg(listKey));
        s->keyLine = i;
        const QByteArray v = rawValue(value);
        // Install turns ` []` into nothing and uninstall puts ` []` back
        // after the colon, so other spacing (`key:  []`) would not come back byte for byte.
        if (v == "[]" && !value.startsWith(" []"))
            return fail(i, int(l.text.indexOf(':')) + 2,
                        YamlEditor::tr("expected \"%1: []\" with a single space").arg(listKey));
        if (v == "[]")
            s->emptyFlow = true;
        else if (!v.isEmpty())
            return fail(i, int(l.text.indexOf(':')) + 2,
                        YamlEditor::tr("\"%1\" is not written as a block list (- name: …)").arg(listKey));
    }
    if (s->keyLine < 0)
        return true;
    s->regionLast = s->keyLine;
    if (s->emptyFlow) {
        // `key: []` with indented lines after it is not YAML we can edit safely (found by fuzzing).
        for (int i = s->keyLine + 1; i < n; ++i) {
            const Line& l = s->lines.at(std::size_t(i));
            if (!l.content)
                continue;
            if (l.indent > 0 || l.text == "-" || l.text.startsWith("- "))
                return fail(i, l.indent + 1,
                            YamlEditor::tr("\"%1\" is written as [] but has lines under it").arg(listKey));
            break;
        }
        return true;
    }

    auto isDash = [](const Line& l) {
        return l.text == "-" || l.text.startsWith("- ");
    };
    for (int i = s->keyLine + 1; i < n; ++i) {
        const Line& l = s->lines.at(std::size_t(i));
        if (!l.content)
            continue;
        if (s->seqIndent < 0) {
            if (l.indent == 0 && !isDash(l))
                break; // nothing under the key
            if (!isDash(l))
                return fail(i, l.indent + 1, YamlEditor::tr("\"%1\" is not a list").arg(listKey));
            s->seqIndent = l.indent;
        }
        if (l.indent == 0 && isDash(l) && s->seqIndent > 0) // the list cannot change its indentation
            return fail(i, 1, YamlEditor::tr("unexpected indentation in the list"));
        if (l.indent == 0 && !(s->seqIndent == 0 && isDash(l)))
            break;
        if (l.indent < s->seqIndent || (l.indent == s->seqIndent && !isDash(l)))
            return fail(i, l.indent + 1, YamlEditor::tr("unexpected indentation in the list"));
        s->regionLast = i;
        if (l.indent == s->seqIndent) {
            Item item;
            item.first = item.last = i;
            s->items.push_back(item);
        } else {
            s->items.back().last = i;
        }
    }

    // Each item's fields: "- key: value" and the keys aligned under it.
    for (Item& item : s->items) {
        const Line& head = s->lines.at(std::size_t(item.first));
        QByteArray first = head.text.mid(1);
        int offset = 1;
        while (first.startsWith(' ')) {
            first.remove(0, 1);
            ++offset;
        }
        if (first.startsWith('{')) {
            static const QRegularExpression field(QStringLiteral(
                "(?:^|[{,])\\s*(name|type|url)\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^,}]*)"));
            auto it = field.globalMatch(QString::fromUtf8(first));
            while (it.hasNext()) {
                const auto m = it.next();
                item.fields.insert(m.captured(1), scalarValue(m.captured(2).toUtf8()));
            }
            continue;
        }
        const int mapIndent = head.indent + offset;
        QString key;
        QByteArray value;
        if (splitKey(first, &key, &value))
            item.fields.insert(key, scalarValue(value));
        for (int i = item.first + 1; i <= item.last; ++i) {
            const Line& l = s->lines.at(std::size_t(i));
            if (l.content && l.indent == mapIndent && splitKey(l.text, &key, &value))
                item.fields.insert(key, scalarValue(value));
        }
    }
    return true;
}

// False when NAME is there more than once: which one would we edit?
bool findItem(const Scan& s, const QString& name, const Item** out, Error* error, const QString& path)
{
    *out = nullptr;
    for (const Item& item : s.items) {
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

QByteArray eolOf(const QByteArray& text)
{
    const qsizetype lf = text.indexOf('\n');
    return lf > 0 && text.at(lf - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
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
    Scan s;
    if (!scan(text, listKey, &s, error, path))
        return false;
    const Item* item = nullptr;
    if (!findItem(s, name, &item, error, path))
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
    Scan s;
    if (!scan(text, listKey, &s, error, path))
        return false;
    const Item* item = nullptr;
    if (!findItem(s, name, &item, error, path))
        return false;
    const QByteArray eol = eolOf(text);
    const QByteArray indent(s.seqIndent < 0 ? 2 : s.seqIndent, ' ');
    const QByteArray rendered = renderItem(entry, indent, eol);
    auto lineAt = [&s](int i) -> const Line& {
        return s.lines.at(std::size_t(i));
    };
    if (item) {
        const qsizetype from = lineAt(item->first).start;
        const Line& last = lineAt(item->last);
        *out = text.left(from) + rendered + text.mid(last.next);
        if (last.next == last.end) // the item ended the file without a line break: keep it so
            out->chop(eol.size());
        return true;
    }
    if (s.keyLine >= 0) {
        QByteArray result = text;
        const Line& after = lineAt(s.regionLast);
        // At the end of a file without a final line break the item takes the break before
        // it instead, as remove() expects: otherwise an uninstall would leave one behind.
        if (after.next == after.end)
            result.insert(after.next, eol + rendered.chopped(eol.size()));
        else
            result.insert(after.next, rendered);
        if (s.emptyFlow) {
            // `key: []` becomes `key:` with the list under it; removal puts `[]` back.
            const Line& key = lineAt(s.keyLine);
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
        blank = blank && (isSpace(c) || c == '\n' || c == '\r');
    if (blank) {
        keep = text.startsWith("\xEF\xBB\xBF") ? text.left(3) : QByteArray();
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
    Scan s;
    if (!scan(text, listKey, &s, error, path))
        return false;
    const Item* item = nullptr;
    if (!findItem(s, name, &item, error, path))
        return false;
    *removed = item != nullptr;
    if (!item) {
        *out = text;
        return true;
    }
    const Line& first = s.lines.at(std::size_t(item->first));
    const Line& last = s.lines.at(std::size_t(item->last));
    QByteArray result = text;
    qsizetype from = first.start;
    // An item that ended the file without a line break takes the one before it.
    if (last.next == last.end && from > 0)
        from = text.at(from - 1) == '\n' && from >= 2 && text.at(from - 2) == '\r' ? from - 2 : from - 1;
    result.remove(from, last.next - from);
    if (s.items.size() == 1) {
        // An empty block list would read as null: write the empty list.
        const Line& key = s.lines.at(std::size_t(s.keyLine));
        result.insert(key.textStart + key.text.indexOf(':') + 1, " []");
    }
    *out = result;
    return true;
}

} // namespace aipex
