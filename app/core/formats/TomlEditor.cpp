#include "formats/TomlEditor.h"

#include "formats/JsonText.h"
#include "formats/JsoncParser.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <vector>

namespace aipex {

namespace {

struct Line
{
    qsizetype start = 0;  // first byte
    qsizetype end = 0;    // before the line break
    qsizetype next = 0;   // first byte of the next line
    bool content = false; // neither blank nor only a comment (continuation lines count as content)
};

struct Header
{
    int line = 0;
    QStringList path;
    bool array = false;
};

struct KeyDef
{
    int line = 0;
    QStringList path; // full: the table's path and the dotted key
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

struct Scan
{
    explicit Scan(const QByteArray& t)
        : text(t)
    {}
    const QByteArray& text;
    std::vector<Line> lines;
    std::vector<Header> headers;
    std::vector<KeyDef> keys;
    qsizetype errorAt = -1;
    QString problem;

    bool fail(qsizetype at, const QString& why)
    {
        errorAt = at;
        problem = why;
        return false;
    }
    char at(qsizetype i) const { return i < text.size() ? text.at(i) : '\0'; }
    static bool blank(char c) { return c == ' ' || c == '\t'; }
    static bool bare(char c)
    {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-';
    }
    qsizetype skipBlank(qsizetype p) const
    {
        while (blank(at(p)))
            ++p;
        return p;
    }
    bool eol(qsizetype p) const { return p >= text.size() || at(p) == '\n' || at(p) == '\r'; }

    // A one-line basic or literal string starting at p; returns one past its end.
    qsizetype string(qsizetype p, QString* out)
    {
        const char q = at(p);
        QByteArray raw;
        QString result;
        qsizetype i = p + 1;
        while (true) {
            if (eol(i)) {
                fail(p, TomlEditor::tr("a string is not closed on its line"));
                return -1;
            }
            const char c = at(i);
            if (c == q)
                break;
            if (q == '"' && c == '\\') {
                result += QString::fromUtf8(raw);
                raw.clear();
                const char e = at(i + 1);
                const char* simple = "btnfr\"\\";
                const char* mapped = "\b\t\n\f\r\"\\";
                const char* hit = e ? std::strchr(simple, e) : nullptr;
                if (hit) {
                    result += QChar::fromLatin1(mapped[hit - simple]);
                    i += 2;
                } else if (e == 'u' || e == 'U') {
                    const int digits = e == 'u' ? 4 : 8;
                    bool ok = false;
                    const uint code = text.mid(i + 2, digits).toUInt(&ok, 16);
                    if (!ok || text.mid(i + 2, digits).size() != digits) {
                        fail(i, TomlEditor::tr("a \\u escape needs hex digits"));
                        return -1;
                    }
                    const char32_t cp = char32_t(code);
                    result += QString::fromUcs4(&cp, 1);
                    i += 2 + digits;
                } else {
                    fail(i, TomlEditor::tr("an unknown escape in a string"));
                    return -1;
                }
                continue;
            }
            raw += c;
            ++i;
        }
        result += QString::fromUtf8(raw);
        if (out)
            *out = result;
        return i + 1;
    }

    // A dotted key (bare or quoted parts); returns one past it, or -1.
    qsizetype key(qsizetype p, QStringList* parts)
    {
        while (true) {
            p = skipBlank(p);
            QString part;
            if (at(p) == '"' || at(p) == '\'') {
                p = string(p, &part);
                if (p < 0)
                    return -1;
            } else {
                const qsizetype from = p;
                while (bare(at(p)))
                    ++p;
                if (p == from) {
                    fail(p, TomlEditor::tr("a key was expected"));
                    return -1;
                }
                part = QString::fromLatin1(text.mid(from, p - from));
            }
            parts->append(part);
            p = skipBlank(p);
            if (at(p) != '.')
                return p;
            ++p;
        }
    }

    // A value that may span lines (arrays, multi-line strings); returns one past
    // its last byte, or -1.
    qsizetype value(qsizetype p)
    {
        int depth = 0;
        qsizetype openedAt = p; // the outermost [ or {, named when it is never closed
        qsizetype last = p;
        bool any = false;
        while (true) {
            if (p >= text.size()) {
                if (depth > 0) {
                    fail(openedAt, TomlEditor::tr("a [ or { is never closed"));
                    return -1;
                }
                break;
            }
            const char c = at(p);
            if (c == '\n' || c == '\r' || c == '#') {
                if (depth == 0)
                    break;
                if (c == '#') {
                    while (!eol(p))
                        ++p;
                } else {
                    ++p;
                }
                continue;
            }
            if (blank(c)) {
                ++p;
                continue;
            }
            if (c == '"' || c == '\'') {
                const QByteArray triple(3, c);
                if (text.mid(p, 3) == triple) {
                    qsizetype i = p + 3;
                    while (true) {
                        const qsizetype close = text.indexOf(triple, i);
                        if (close < 0) {
                            fail(p, TomlEditor::tr("a multi-line string is never closed"));
                            return -1;
                        }
                        qsizetype slashes = 0;
                        while (c == '"' && close - 1 - slashes >= i && at(close - 1 - slashes) == '\\')
                            ++slashes;
                        if (slashes % 2 == 0) {
                            p = close + 3;
                            while (at(p) == c) // up to two quotes may end the content
                                ++p;
                            break;
                        }
                        i = close + 1;
                    }
                } else {
                    p = string(p, nullptr);
                    if (p < 0)
                        return -1;
                }
            } else if (c == '[' || c == '{') {
                if (depth++ == 0)
                    openedAt = p;
                ++p;
            } else if (c == ']' || c == '}') {
                if (--depth < 0) {
                    fail(p, TomlEditor::tr("a closing %1 without an opening one").arg(QChar::fromLatin1(c)));
                    return -1;
                }
                ++p;
            } else if (c == ',' && depth > 0) {
                ++p;
            } else if (c == '=' && depth > 0) {
                ++p; // inside an inline table
            } else if (bare(c) || c == '.' || c == '+' || c == ':') {
                ++p;
            } else {
                fail(p, TomlEditor::tr("unexpected character in a value"));
                return -1;
            }
            any = true;
            last = p;
            if (depth == 0 && (c == ']' || c == '}' || c == '"' || c == '\'')) {
                const qsizetype q = skipBlank(p);
                if (!eol(q) && at(q) != '#') {
                    fail(q, TomlEditor::tr("unexpected text after a value"));
                    return -1;
                }
            }
        }
        if (!any) {
            fail(p, TomlEditor::tr("a value was expected after ="));
            return -1;
        }
        return last;
    }

    bool run()
    {
        QStringList table;
        qsizetype p = 0;
        if (text.startsWith("\xEF\xBB\xBF"))
            p = 3;
        auto newLine = [this](qsizetype start) {
            Line l;
            l.start = start;
            qsizetype e = start;
            while (!eol(e))
                ++e;
            l.end = e;
            l.next = e < text.size() ? (at(e) == '\r' && at(e + 1) == '\n' ? e + 2 : e + 1) : e;
            lines.push_back(l);
        };
        while (p < text.size()) {
            newLine(lines.empty() ? 0 : p);
            Line& line = lines.back();
            qsizetype q = skipBlank(p);
            if (eol(q) || at(q) == '#') {
                p = line.next;
                continue;
            }
            line.content = true;
            if (at(q) == '[') {
                Header h;
                h.line = int(lines.size()) - 1;
                h.array = at(q + 1) == '[';
                q = key(q + (h.array ? 2 : 1), &h.path);
                if (q < 0)
                    return false;
                if (at(q) != ']' || (h.array && at(q + 1) != ']'))
                    return fail(q, TomlEditor::tr("a table header is not closed with ]"));
                q = skipBlank(q + (h.array ? 2 : 1));
                if (!eol(q) && at(q) != '#')
                    return fail(q, TomlEditor::tr("unexpected text after a table header"));
                for (const Header& other : headers) {
                    if (!h.array && !other.array && other.path == h.path)
                        return fail(lines.back().start,
                                    TomlEditor::tr("the table [%1] is defined twice").arg(h.path.join(u'.')));
                }
                table = h.path;
                headers.push_back(h);
                p = line.next;
                continue;
            }
            KeyDef k;
            k.line = int(lines.size()) - 1;
            QStringList parts;
            q = key(q, &parts);
            if (q < 0)
                return false;
            if (at(q) != '=')
                return fail(q, TomlEditor::tr("= was expected after the key"));
            k.path = table + parts;
            k.valueStart = skipBlank(q + 1);
            k.valueEnd = value(k.valueStart);
            if (k.valueEnd < 0)
                return false;
            keys.push_back(k);
            // The value may have run over several lines: they all belong to this key.
            qsizetype e = k.valueEnd;
            while (!eol(e))
                ++e;
            while (lines.back().end < e) {
                newLine(lines.back().next);
                lines.back().content = true;
            }
            p = lines.back().next;
        }
        return true;
    }
};

bool scanOrFail(Scan* scan, Error* error, const QString& path)
{
    if (scan->run())
        return true;
    if (error) {
        int line = 0, column = 0;
        JsoncParser::lineColumn(scan->text, scan->errorAt, &line, &column);
        const QString where = path.isEmpty() ? TomlEditor::tr("line %1, column %2").arg(line).arg(column)
                                             : TomlEditor::tr("%1, line %2, column %3")
                                                   .arg(QDir::toNativeSeparators(path))
                                                   .arg(line)
                                                   .arg(column);
        *error = Error(
            Error::InvalidConfig,
            TomlEditor::tr("%1: %2. The file was left unchanged; fix it (or move it away) and try again.")
                .arg(where, scan->problem));
        error->addContext(QStringLiteral("line"), line);
        error->addContext(QStringLiteral("column"), column);
        if (!path.isEmpty())
            error->addContext(QStringLiteral("path"), path);
    }
    return false;
}

struct Found
{
    int header = -1;            // index into headers of [table.name]
    std::vector<int> subTables; // [table.name.x...]
};

bool startsWith(const QStringList& path, const QStringList& prefix)
{
    return path.size() >= prefix.size() && path.mid(0, prefix.size()) == prefix;
}

bool locate(const Scan& scan, const QString& table, const QString& name, Found* out, Error* error,
            const QString& path)
{
    const QStringList ours{table, name};
    auto refuse = [&](int line, const QString& why) {
        if (error) {
            *error =
                Error(Error::InvalidConfig,
                      TomlEditor::tr("%1, line %2: %3. The file was left unchanged; edit that part by hand.")
                          .arg(path.isEmpty() ? TomlEditor::tr("The file") : QDir::toNativeSeparators(path))
                          .arg(line + 1)
                          .arg(why));
            error->addContext(QStringLiteral("line"), line + 1);
        }
        return false;
    };
    for (int i = 0; i < int(scan.headers.size()); ++i) {
        const Header& h = scan.headers.at(std::size_t(i));
        if (h.path == QStringList{table} && h.array)
            return refuse(h.line,
                          TomlEditor::tr("[[%1]] is a list of tables, not the table of servers").arg(table));
        if (h.path == ours && !h.array)
            out->header = i;
        else if (startsWith(h.path, ours))
            out->subTables.push_back(i);
    }
    for (const KeyDef& k : scan.keys) {
        if (k.path == QStringList{table})
            return refuse(k.line, TomlEditor::tr("%1 is written as one inline value").arg(table));
        if (!startsWith(k.path, ours))
            continue;
        // Keys inside [table.name] (or its sub-tables) are ours to edit; any other
        // way of defining table.name is not.
        bool inside = false;
        for (int h = int(scan.headers.size()) - 1; h >= 0; --h) {
            if (scan.headers.at(std::size_t(h)).line < k.line) {
                inside = startsWith(scan.headers.at(std::size_t(h)).path, ours);
                break;
            }
        }
        if (!inside)
            return refuse(k.line,
                          TomlEditor::tr("\"%1\" is defined with dotted keys or an inline table").arg(name));
    }
    return true;
}

// Lines [first, last] of a table: its header to its last line of content.
std::pair<int, int> tableLines(const Scan& scan, int header)
{
    const int first = scan.headers.at(std::size_t(header)).line;
    int end = int(scan.lines.size());
    for (const Header& h : scan.headers) {
        if (h.line > first) {
            end = h.line;
            break;
        }
    }
    int last = end - 1;
    while (last > first && !scan.lines.at(std::size_t(last)).content)
        --last;
    return {first, last};
}

QByteArray eolOf(const QByteArray& text)
{
    const qsizetype lf = text.indexOf('\n');
    return lf > 0 && text.at(lf - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

QByteArray tomlValue(const QJsonValue& v)
{
    if (v.isString())
        return TomlEditor::quoteString(v.toString());
    if (v.isArray()) {
        QByteArrayList items;
        for (const QJsonValue& item : v.toArray())
            items << tomlValue(item);
        return "[" + items.join(", ") + "]";
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QByteArrayList items;
        for (const QString& k : JsonText::orderedKeys(o))
            items << TomlEditor::quoteKey(k) + " = " + tomlValue(o.value(k));
        return items.isEmpty() ? QByteArrayLiteral("{}") : "{ " + items.join(", ") + " }";
    }
    return JsonText::compact(v);
}

QJsonValue parseValue(Scan& scan, qsizetype from, qsizetype to)
{
    const QByteArray& t = scan.text;
    if (t.at(from) == '"' || t.at(from) == '\'') {
        QString s;
        if (scan.string(from, &s) == to)
            return s;
    }
    if (t.at(from) == '[') {
        QJsonArray items;
        qsizetype p = from + 1;
        while (p < to) {
            const char c = t.at(p);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
                ++p;
            } else if (c == '#') {
                while (p < to && t.at(p) != '\n')
                    ++p;
            } else if ((c == '"' || c == '\'') && t.mid(p, 3) != QByteArray(3, c)) {
                QString s;
                p = scan.string(p, &s);
                if (p < 0)
                    break;
                items.append(s);
            } else if (c == ']' && p == to - 1) {
                return items;
            } else {
                break;
            }
        }
    }
    return QString::fromUtf8(t.mid(from, to - from));
}

} // namespace

QByteArray TomlEditor::quoteString(const QString& text)
{
    // TOML basic strings take JSON's escapes except \/.
    return JsonText::quote(text);
}

QByteArray TomlEditor::quoteKey(const QString& key)
{
    static const QRegularExpression bareKey(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return bareKey.match(key).hasMatch() ? key.toUtf8() : quoteString(key);
}

QByteArray TomlEditor::renderTable(const QString& table, const QString& name, const QJsonObject& entry,
                                   const QByteArray& eol)
{
    QByteArray out = "[" + quoteKey(table) + "." + quoteKey(name) + "]" + eol;
    for (const QString& k : JsonText::orderedKeys(entry))
        out += quoteKey(k) + " = " + tomlValue(entry.value(k)) + eol;
    return out;
}

bool TomlEditor::read(const QByteArray& text, const QString& table, const QString& name, QJsonObject* entry,
                      bool* found, Error* error, const QString& path)
{
    Scan scan(text);
    Found f;
    if (!scanOrFail(&scan, error, path) || !locate(scan, table, name, &f, error, path))
        return false;
    *found = f.header >= 0;
    if (entry) {
        *entry = QJsonObject();
        if (f.header >= 0) {
            const auto lines = tableLines(scan, f.header);
            const QStringList ours{table, name};
            for (const KeyDef& k : scan.keys) {
                if (k.line > lines.first && k.line <= lines.second && k.path.size() == 3 &&
                    startsWith(k.path, ours))
                    entry->insert(k.path.at(2), parseValue(scan, k.valueStart, k.valueEnd));
            }
        }
    }
    return true;
}

bool TomlEditor::upsert(const QByteArray& text, const QString& table, const QString& name,
                        const QJsonObject& entry, QByteArray* out, Error* error, const QString& path)
{
    Scan scan(text);
    Found f;
    if (!scanOrFail(&scan, error, path) || !locate(scan, table, name, &f, error, path))
        return false;
    const QByteArray eol = eolOf(text);
    const QByteArray rendered = renderTable(table, name, entry, eol);
    if (f.header >= 0) {
        // Keep the header line as written; replace the body.
        const auto lines = tableLines(scan, f.header);
        const Line& head = scan.lines.at(std::size_t(lines.first));
        const qsizetype from = head.next;
        const qsizetype to = scan.lines.at(std::size_t(lines.second)).next;
        QByteArray prefix =
            head.next == head.end ? eol : QByteArray(); // header was the last, unterminated line
        *out = text.left(from) + prefix + rendered.mid(rendered.indexOf('\n') + 1) + text.mid(to);
        return true;
    }
    QByteArray keep = text;
    if (!keep.isEmpty()) {
        if (!keep.endsWith('\n'))
            keep += eol;
        // A blank line between tables, unless the file already ends with one.
        if (!keep.endsWith("\n\n") && !keep.endsWith("\n\r\n") && keep != eol)
            keep += eol;
    }
    *out = keep + rendered;
    return true;
}

bool TomlEditor::remove(const QByteArray& text, const QString& table, const QString& name, QByteArray* out,
                        bool* removed, Error* error, const QString& path)
{
    Scan scan(text);
    Found f;
    if (!scanOrFail(&scan, error, path) || !locate(scan, table, name, &f, error, path))
        return false;
    *removed = f.header >= 0 || !f.subTables.empty();
    if (!*removed) {
        *out = text;
        return true;
    }
    std::vector<std::pair<qsizetype, qsizetype>> cuts; // byte ranges
    std::vector<int> tables = f.subTables;
    if (f.header >= 0)
        tables.push_back(f.header);
    for (const int h : tables) {
        const auto lines = tableLines(scan, h);
        qsizetype from = scan.lines.at(std::size_t(lines.first)).start;
        const qsizetype to = scan.lines.at(std::size_t(lines.second)).next;
        // The blank line that separated the table from what is above goes with it
        // when the table was last in the file or another blank line follows.
        const int above = lines.first - 1;
        const int below = lines.second + 1;
        bool onlyBlankBelow = true;
        for (std::size_t i = std::size_t(below); i < scan.lines.size(); ++i)
            onlyBlankBelow = onlyBlankBelow && !scan.lines.at(i).content;
        const bool blankBelow = below < int(scan.lines.size()) && scan.lines.at(std::size_t(below)).start ==
                                                                      scan.lines.at(std::size_t(below)).end;
        auto empty = [&](int i) {
            return scan.lines.at(std::size_t(i)).start == scan.lines.at(std::size_t(i)).end;
        };
        if (above >= 1 && empty(above) && !empty(above - 1) && (onlyBlankBelow || blankBelow))
            from = scan.lines.at(std::size_t(above)).start;
        cuts.emplace_back(from, to);
    }
    std::sort(cuts.begin(), cuts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QByteArray result = text;
    for (const auto& c : cuts)
        result.remove(c.first, c.second - c.first);
    *out = result;
    return true;
}

} // namespace aipex
