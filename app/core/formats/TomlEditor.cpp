#include "formats/TomlEditor.h"

#include "formats/JsonText.h"
#include "formats/JsoncParser.h"
#include "formats/TomlScanner.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace aipex {

namespace {

using Header = TomlScanner::Header;
using KeyDef = TomlScanner::KeyDef;

bool scanOrFail(TomlScanner* scan, Error* error, const QString& path)
{
    if (scan->run())
        return true;
    if (error) {
        int line = 0, column = 0;
        JsoncParser::lineColumn(scan->text(), scan->errorAt(), &line, &column);
        const QString where = path.isEmpty() ? TomlEditor::tr("line %1, column %2").arg(line).arg(column)
                                             : TomlEditor::tr("%1, line %2, column %3")
                                                   .arg(QDir::toNativeSeparators(path))
                                                   .arg(line)
                                                   .arg(column);
        *error = Error(
            Error::InvalidConfig,
            TomlEditor::tr("%1: %2. The file was left unchanged; fix it (or move it away) and try again.")
                .arg(where, scan->problem()));
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

bool locate(const TomlScanner& scan, const QString& table, const QString& name, Found* out, Error* error,
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
    for (int i = 0; i < int(scan.headers().size()); ++i) {
        const Header& h = scan.headers().at(std::size_t(i));
        if (h.path == QStringList{table} && h.array)
            return refuse(h.line,
                          TomlEditor::tr("[[%1]] is a list of tables, not the table of servers").arg(table));
        if (h.path == ours && !h.array)
            out->header = i;
        else if (startsWith(h.path, ours))
            out->subTables.push_back(i);
    }
    for (const KeyDef& k : scan.keys()) {
        if (k.path == QStringList{table})
            return refuse(k.line, TomlEditor::tr("%1 is written as one inline value").arg(table));
        if (!startsWith(k.path, ours))
            continue;
        // Keys inside [table.name] (or its sub-tables) are ours to edit; any other
        // way of defining table.name is not.
        bool inside = false;
        for (int h = int(scan.headers().size()) - 1; h >= 0; --h) {
            if (scan.headers().at(std::size_t(h)).line < k.line) {
                inside = startsWith(scan.headers().at(std::size_t(h)).path, ours);
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
std::pair<int, int> tableLines(const TomlScanner& scan, int header)
{
    const int first = scan.headers().at(std::size_t(header)).line;
    int end = int(scan.lines().size());
    for (const Header& h : scan.headers()) {
        if (h.line > first) {
            end = h.line;
            break;
        }
    }
    int last = end - 1;
    while (last > first && !scan.lines().at(std::size_t(last)).content)
        --last;
    return {first, last};
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

QJsonValue parseValue(TomlScanner& scan, qsizetype from, qsizetype to)
{
    const QByteArray& t = scan.text();
    if (t.at(from) == '"' || t.at(from) == '\'') {
        QString s;
        if (scan.readString(from, &s) == to)
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
                p = scan.readString(p, &s);
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
    TomlScanner scan(text);
    Found f;
    if (!scanOrFail(&scan, error, path) || !locate(scan, table, name, &f, error, path))
        return false;
    *found = f.header >= 0;
    if (entry) {
        *entry = QJsonObject();
        if (f.header >= 0) {
            const auto lines = tableLines(scan, f.header);
            const QStringList ours{table, name};
            for (const KeyDef& k : scan.keys()) {
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
    TomlScanner scan(text);
    Found f;
    if (!scanOrFail(&scan, error, path) || !locate(scan, table, name, &f, error, path))
        return false;
    const QByteArray eol = TextLines::eolOf(text);
    const QByteArray rendered = renderTable(table, name, entry, eol);
    if (f.header >= 0) {
        // Keep the header line as written; replace the body.
        const auto lines = tableLines(scan, f.header);
        const TextLines::Line& head = scan.lines().at(std::size_t(lines.first));
        const qsizetype from = head.next;
        const qsizetype to = scan.lines().at(std::size_t(lines.second)).next;
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
    TomlScanner scan(text);
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
        qsizetype from = scan.lines().at(std::size_t(lines.first)).start;
        const qsizetype to = scan.lines().at(std::size_t(lines.second)).next;
        // The blank line that separated the table from what is above goes with it
        // when the table was last in the file or another blank line follows.
        const int above = lines.first - 1;
        const int below = lines.second + 1;
        bool onlyBlankBelow = true;
        for (std::size_t i = std::size_t(below); i < scan.lines().size(); ++i)
            onlyBlankBelow = onlyBlankBelow && !scan.lines().at(i).content;
        const bool blankBelow =
            below < int(scan.lines().size()) &&
            scan.lines().at(std::size_t(below)).start == scan.lines().at(std::size_t(below)).end;
        auto empty = [&](int i) {
            return scan.lines().at(std::size_t(i)).start == scan.lines().at(std::size_t(i)).end;
        };
        if (above >= 1 && empty(above) && !empty(above - 1) && (onlyBlankBelow || blankBelow))
            from = scan.lines().at(std::size_t(above)).start;
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
