#include "formats/JsoncEditor.h"

#include "formats/JsonText.h"

#include <QDir>

#include <algorithm>

namespace aipex {

namespace {

struct Edit
{
    qsizetype pos;
    qsizetype length;
    QByteArray text;
};

QByteArray applyEdits(QByteArray text, std::vector<Edit> edits)
{
    // From the end backwards, so earlier offsets stay valid.
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.pos > b.pos; });
    for (const Edit& e : edits)
        text.replace(e.pos, e.length, e.text);
    return text;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

qsizetype lineStartOf(const QByteArray& text, qsizetype pos)
{
    while (pos > 0 && text.at(pos - 1) != '\n' && text.at(pos - 1) != '\r')
        --pos;
    return pos;
}

// The indentation of the line holding `pos` (BOM excluded).
QByteArray indentOfLine(const QByteArray& text, qsizetype pos)
{
    qsizetype s = lineStartOf(text, pos);
    if (s == 0 && text.startsWith("\xEF\xBB\xBF"))
        s = 3;
    qsizetype e = s;
    while (e < text.size() && isBlank(text.at(e)))
        ++e;
    return text.mid(s, e - s);
}

// True when only blanks stand between the start of the line and `pos`.
bool firstOnLine(const QByteArray& text, qsizetype pos)
{
    qsizetype s = lineStartOf(text, pos);
    if (s == 0 && text.startsWith("\xEF\xBB\xBF"))
        s = 3;
    for (qsizetype i = s; i < pos; ++i) {
        if (!isBlank(text.at(i)))
            return false;
    }
    return true;
}

// The line break that ends the previous line (at `\r` for CRLF), or -1.
qsizetype breakBefore(const QByteArray& text, qsizetype pos)
{
    const qsizetype s = lineStartOf(text, pos);
    if (s == 0)
        return -1;
    return (s >= 2 && text.at(s - 1) == '\n' && text.at(s - 2) == '\r') ? s - 2 : s - 1;
}

// From `pos`, skips blanks and comments that end on this line; returns where the
// line break is, or -1 when something else follows on the same line.
qsizetype restOfLineIsTrivia(const QByteArray& text, qsizetype pos)
{
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (isBlank(c)) {
            ++pos;
        } else if (c == '\n' || c == '\r') {
            return pos;
        } else if (c == '/' && pos + 1 < text.size() && text.at(pos + 1) == '/') {
            while (pos < text.size() && text.at(pos) != '\n' && text.at(pos) != '\r')
                ++pos;
        } else if (c == '/' && pos + 1 < text.size() && text.at(pos + 1) == '*') {
            const qsizetype close = text.indexOf("*/", pos + 2);
            if (close < 0 || text.mid(pos, close - pos).contains('\n'))
                return -1;
            pos = close + 2;
        } else {
            return -1;
        }
    }
    return -1;
}

bool hasBreak(const QByteArray& text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) == '\n' || text.at(i) == '\r')
            return true;
    }
    return false;
}

Error ambiguity(const QByteArray& text, qsizetype at, const QString& what, const QString& path)
{
    int line = 0, column = 0;
    JsoncParser::lineColumn(text, at, &line, &column);
    Error e(Error::InvalidConfig,
            JsoncEditor::tr("%1, line %2, column %3: %4. The file was left unchanged.")
                .arg(path.isEmpty() ? JsoncEditor::tr("The file") : QDir::toNativeSeparators(path))
                .arg(line)
                .arg(column)
                .arg(what));
    e.addContext(QStringLiteral("line"), line);
    e.addContext(QStringLiteral("column"), column);
    if (!path.isEmpty())
        e.addContext(QStringLiteral("path"), path);
    return e;
}

struct Located
{
    const JsoncParser::Node* container = nullptr; // the object at the top key, if any
    const JsoncParser::Member* entry = nullptr;   // NAME inside it, if any
};

bool locate(const QByteArray& text, const JsoncParser::Document& doc, const QString& topKey,
            const QString& name, Located* out, Error* error, const QString& path)
{
    *out = Located();
    if (!doc.hasRoot)
        return true;
    auto fail = [&](qsizetype at, const QString& what) {
        if (error)
            *error = ambiguity(text, at, what, path);
        return false;
    };
    if (doc.root.kind != JsoncParser::Node::Object)
        return fail(doc.root.start,
                    JsoncEditor::tr("the file holds a %1 where an object {…} was expected")
                        .arg(doc.root.kind == JsoncParser::Node::Array ? JsoncEditor::tr("list")
                                                                       : JsoncEditor::tr("value")));
    const auto tops = JsoncParser::membersNamed(doc.root, topKey);
    if (tops.size() > 1)
        return fail(tops.at(1)->keyStart, JsoncEditor::tr("\"%1\" appears more than once").arg(topKey));
    if (tops.empty())
        return true;
    if (tops.front()->value.kind != JsoncParser::Node::Object)
        return fail(tops.front()->value.start,
                    JsoncEditor::tr("\"%1\" is not an object {…}; fix it by hand first").arg(topKey));
    out->container = &tops.front()->value;
    const auto entries = JsoncParser::membersNamed(*out->container, name);
    if (entries.size() > 1)
        return fail(entries.at(1)->keyStart, JsoncEditor::tr("\"%1\" appears more than once").arg(name));
    if (!entries.empty())
        out->entry = entries.front();
    return true;
}

// Inserts `"key": value` as the last member of `object`.
std::vector<Edit> insertMember(const QByteArray& text, const JsoncParser::Node& object, const QString& key,
                               const QJsonValue& value, const JsoncEditor::Style& style)
{
    const qsizetype open = object.start;
    const qsizetype close = object.end - 1;
    const QByteArray openIndent = indentOfLine(text, open);
    const QByteArray quotedKey = JsonText::quote(key);

    if (object.members.empty()) {
        const QByteArray indent = openIndent + style.unit;
        const QByteArray member = quotedKey + ": " + JsonText::pretty(value, indent, style.unit, style.eol);
        // Before the last line break of the whitespace in front of "}", so the
        // brace keeps its own line and indentation; `{}` opens up instead.
        qsizetype wsStart = close;
        while (wsStart > open + 1 && (isBlank(text.at(wsStart - 1)) || text.at(wsStart - 1) == '\n' ||
                                      text.at(wsStart - 1) == '\r'))
            --wsStart;
        if (hasBreak(text, wsStart, close)) {
            qsizetype lastBreak = close - 1;
            while (text.at(lastBreak) != '\n' && text.at(lastBreak) != '\r')
                --lastBreak;
            if (text.at(lastBreak) == '\n' && lastBreak > 0 && text.at(lastBreak - 1) == '\r')
                --lastBreak;
            return {{lastBreak, 0, style.eol + indent + member}};
        }
        if (wsStart == open + 1) // `{}` or `{ }`
            return {{open + 1, close - open - 1, style.eol + indent + member + style.eol + openIndent}};
        return {{close, 0, style.eol + indent + member + style.eol + openIndent}};
    }

    const JsoncParser::Member& last = object.members.back();
    const bool trailingComma = last.comma >= 0;
    const qsizetype afterLast = trailingComma ? last.comma + 1 : last.value.end;
    std::vector<Edit> edits;
    // The comma goes right after the last value; when the member goes there too,
    // one edit carries both so their order cannot depend on the sort.
    auto add = [&](qsizetype at, const QByteArray& member) {
        if (trailingComma)
            edits.push_back({at, 0, member});
        else if (at == last.value.end)
            edits.push_back({at, 0, "," + member});
        else {
            edits.push_back({last.value.end, 0, QByteArrayLiteral(",")});
            edits.push_back({at, 0, member});
        }
    };

    if (!hasBreak(text, open, close)) {
        // All on one line: stay on it, with the separator the file already uses.
        QByteArray sep;
        if (object.members.size() >= 2) {
            const auto& prev = object.members.at(object.members.size() - 2);
            sep = text.mid(prev.comma + 1, last.keyStart - prev.comma - 1);
        } else if (isBlank(text.at(open + 1))) {
            sep = " ";
        }
        const bool spaced = text.mid(last.keyEnd, last.value.start - last.keyEnd).contains(' ');
        const QByteArray rendered = spaced ? JsonText::inlined(value) : JsonText::compact(value);
        add(afterLast, sep + quotedKey + (spaced ? ": " : ":") + rendered + (trailingComma ? "," : ""));
        return edits;
    }

    const QByteArray indent =
        firstOnLine(text, last.keyStart) ? indentOfLine(text, last.keyStart) : openIndent + style.unit;
    const QByteArray member = quotedKey + ": " + JsonText::pretty(value, indent, style.unit, style.eol);
    // After a comment that closes the last member's line, so the comment stays with it.
    qsizetype at = restOfLineIsTrivia(text, afterLast);
    if (at < 0)
        at = afterLast;
    add(at, style.eol + indent + member + (trailingComma ? "," : ""));
    return edits;
}

std::vector<Edit> removeMember(const QByteArray& text, const JsoncParser::Node& object, std::size_t index)
{
    const auto& members = object.members;
    const JsoncParser::Member& m = members.at(index);
    const bool isLast = index + 1 == members.size();
    std::vector<Edit> edits;

    qsizetype start = m.keyStart;
    qsizetype end = m.comma >= 0 ? m.comma + 1 : m.value.end;
    const bool ownLine = firstOnLine(text, m.keyStart) && breakBefore(text, m.keyStart) > object.start;
    if (ownLine) {
        start = breakBefore(text, m.keyStart);
        const qsizetype lineEnd = restOfLineIsTrivia(text, end);
        if (lineEnd >= 0 && (m.comma >= 0 || isLast))
            end = lineEnd;
    } else if (!isLast) {
        end = members.at(index + 1).keyStart;
    } else if (index > 0) {
        start = members.at(index - 1).comma + 1;
    }
    if (!ownLine && isLast && index == 0)
        start = object.start + 1;
    edits.push_back({start, end - start, {}});
    if (isLast && m.comma < 0 && index > 0)
        edits.push_back({members.at(index - 1).comma, 1, {}});

    if (members.size() == 1) {
        // The inverse of opening up `{}`: fold back when only one line break is left.
        QByteArray rest =
            text.mid(object.start + 1, start - object.start - 1) + text.mid(end, object.end - 1 - end);
        qsizetype breaks = rest.count('\n');
        if (breaks == 0)
            breaks = rest.count('\r');
        bool blankOnly = true;
        for (const char c : rest)
            blankOnly = blankOnly && (isBlank(c) || c == '\n' || c == '\r');
        if (blankOnly && breaks <= 1)
            return {{object.start + 1, object.end - 1 - object.start - 1, {}}};
    }
    return edits;
}

} // namespace

JsoncEditor::Style JsoncEditor::detectStyle(const QByteArray& text, const JsoncParser::Document& doc)
{
    Style style;
    const qsizetype lf = text.indexOf('\n');
    if (lf > 0 && text.at(lf - 1) == '\r')
        style.eol = "\r\n";
    if (!doc.hasRoot || doc.root.kind != JsoncParser::Node::Object)
        return style;
    // The first member written on its own line shows one level of indentation.
    auto unitFrom = [&](const JsoncParser::Node& object) -> QByteArray {
        const QByteArray base = indentOfLine(text, object.start);
        for (const auto& m : object.members) {
            if (!firstOnLine(text, m.keyStart) || breakBefore(text, m.keyStart) < object.start)
                continue;
            const QByteArray ind = indentOfLine(text, m.keyStart);
            if (ind.size() > base.size() && ind.startsWith(base))
                return ind.mid(base.size());
        }
        return {};
    };
    QByteArray unit = unitFrom(doc.root);
    for (std::size_t i = 0; unit.isEmpty() && i < doc.root.members.size(); ++i) {
        if (doc.root.members.at(i).value.kind == JsoncParser::Node::Object)
            unit = unitFrom(doc.root.members.at(i).value);
    }
    if (!unit.isEmpty())
        style.unit = unit;
    return style;
}

QByteArray JsoncEditor::newDocument(const QString& topKey, const QString& name, const QJsonObject& entry)
{
    return newDocument(topKey, name, entry, Style());
}

QByteArray JsoncEditor::newDocument(const QString& topKey, const QString& name, const QJsonObject& entry,
                                    const Style& style)
{
    const QJsonObject servers{{name, entry}};
    return "{" + style.eol + style.unit + JsonText::quote(topKey) + ": " +
           JsonText::pretty(servers, style.unit, style.unit, style.eol) + style.eol + "}" + style.eol;
}

bool JsoncEditor::read(const QByteArray& text, const QString& topKey, const QString& name, QJsonObject* entry,
                       bool* found, Error* error, const QString& path)
{
    JsoncParser::Document doc;
    Located at;
    if (!JsoncParser::parse(text, &doc, error, path) || !locate(text, doc, topKey, name, &at, error, path))
        return false;
    *found = at.entry != nullptr;
    if (entry)
        *entry = at.entry ? at.entry->value.value.toObject() : QJsonObject();
    return true;
}

bool JsoncEditor::upsert(const QByteArray& text, const QString& topKey, const QString& name,
                         const QJsonObject& entry, QByteArray* out, Error* error, const QString& path)
{
    JsoncParser::Document doc;
    Located at;
    if (!JsoncParser::parse(text, &doc, error, path) || !locate(text, doc, topKey, name, &at, error, path))
        return false;
    const Style style = detectStyle(text, doc);
    if (!doc.hasRoot) {
        // Empty, blank, or only comments: keep what is there and add the document after it.
        QByteArray keep = text;
        bool blank = true;
        for (const char c : doc.hasBom ? text.mid(3) : text)
            blank = blank && (isBlank(c) || c == '\n' || c == '\r');
        if (blank && !doc.hasBom)
            keep.clear();
        else if (blank)
            keep = text.left(3);
        else if (!keep.endsWith('\n'))
            keep += style.eol;
        *out = keep + newDocument(topKey, name, entry, style);
        return true;
    }
    if (!at.container) {
        *out = applyEdits(text, insertMember(text, doc.root, topKey, QJsonObject{{name, entry}}, style));
        return true;
    }
    if (!at.entry) {
        *out = applyEdits(text, insertMember(text, *at.container, name, entry, style));
        return true;
    }
    const auto& value = at.entry->value;
    const bool oneLine = !hasBreak(text, at.container->start, at.container->end);
    const QByteArray rendered =
        oneLine ? (text.mid(at.entry->keyEnd, value.start - at.entry->keyEnd).contains(' ')
                       ? JsonText::inlined(entry)
                       : JsonText::compact(entry))
                : JsonText::pretty(entry, indentOfLine(text, at.entry->keyStart), style.unit, style.eol);
    *out = applyEdits(text, {{value.start, value.end - value.start, rendered}});
    return true;
}

bool JsoncEditor::remove(const QByteArray& text, const QString& topKey, const QString& name, QByteArray* out,
                         bool* removed, Error* error, const QString& path)
{
    JsoncParser::Document doc;
    Located at;
    if (!JsoncParser::parse(text, &doc, error, path) || !locate(text, doc, topKey, name, &at, error, path))
        return false;
    *removed = at.entry != nullptr;
    if (!at.entry) {
        *out = text;
        return true;
    }
    const auto& members = at.container->members;
    const std::size_t index = std::size_t(at.entry - members.data());
    *out = applyEdits(text, removeMember(text, *at.container, index));
    return true;
}

} // namespace aipex
