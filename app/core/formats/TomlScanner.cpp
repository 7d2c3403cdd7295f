#include "formats/TomlScanner.h"

#include "formats/TomlEditor.h"

#include <cstring>

namespace aipex {

namespace {

bool bare(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

} // namespace

TomlScanner::TomlScanner(const QByteArray& text)
    : m_text(text)
{}

bool TomlScanner::fail(qsizetype at, const QString& why)
{
    m_errorAt = at;
    m_problem = why;
    return false;
}

qsizetype TomlScanner::skipBlank(qsizetype p) const
{
    while (TextLines::isBlank(at(p)))
        ++p;
    return p;
}

bool TomlScanner::run()
{
    qsizetype p = TextLines::bomSize(m_text);
    while (p < m_text.size()) {
        if (!checkLine(p))
            return false;
        p = m_lines.back().next;
    }
    return true;
}

void TomlScanner::addLine(qsizetype start)
{
    m_lines.push_back(TextLines::lineAt(m_text, start));
}

// p is where reading starts: after the byte-order mark on the first line, which still starts at 0.
bool TomlScanner::checkLine(qsizetype p)
{
    addLine(m_lines.empty() ? 0 : p);
    const qsizetype q = skipBlank(p);
    if (lineDone(q))
        return true;
    m_lines.back().content = true;
    return at(q) == '[' ? readTableHeader(q) : readKeyValue(q);
}

bool TomlScanner::readTableHeader(qsizetype p)
{
    Header h;
    h.line = int(m_lines.size()) - 1;
    h.array = at(p + 1) == '[';
    p = readKey(p + (h.array ? 2 : 1), &h.path);
    if (p < 0)
        return false;
    if (at(p) != ']' || (h.array && at(p + 1) != ']'))
        return fail(p, TomlEditor::tr("a table header is not closed with ]"));
    p = skipBlank(p + (h.array ? 2 : 1));
    if (!lineDone(p))
        return fail(p, TomlEditor::tr("unexpected text after a table header"));
    for (const Header& other : m_headers) {
        if (!h.array && !other.array && other.path == h.path)
            return fail(m_lines.back().start,
                        TomlEditor::tr("the table [%1] is defined twice").arg(h.path.join(u'.')));
    }
    m_table = h.path;
    m_headers.push_back(h);
    return true;
}

bool TomlScanner::readKeyValue(qsizetype p)
{
    KeyDef k;
    k.line = int(m_lines.size()) - 1;
    QStringList parts;
    p = readKey(p, &parts);
    if (p < 0)
        return false;
    if (at(p) != '=')
        return fail(p, TomlEditor::tr("= was expected after the key"));
    k.path = m_table + parts;
    k.valueStart = skipBlank(p + 1);
    k.valueEnd = readValue(k.valueStart);
    if (k.valueEnd < 0)
        return false;
    m_keys.push_back(k);
    readContinuation(k.valueEnd);
    return true;
}

// The lines a value ran over belong to its key, so that a table's last line of content is not
// taken for the end of the value.
void TomlScanner::readContinuation(qsizetype valueEnd)
{
    const qsizetype end = TextLines::lineEnd(m_text, valueEnd);
    while (m_lines.back().end < end) {
        addLine(m_lines.back().next);
        m_lines.back().content = true;
    }
}

// A dotted key (bare or quoted parts); returns one past it, or -1.
qsizetype TomlScanner::readKey(qsizetype p, QStringList* parts)
{
    while (true) {
        QString part;
        p = readKeyPart(skipBlank(p), &part);
        if (p < 0)
            return -1;
        parts->append(part);
        p = skipBlank(p);
        if (at(p) != '.')
            return p;
        ++p;
    }
}

qsizetype TomlScanner::readKeyPart(qsizetype p, QString* part)
{
    if (at(p) == '"' || at(p) == '\'')
        return readString(p, part);
    const qsizetype from = p;
    while (bare(at(p)))
        ++p;
    if (p == from) {
        fail(p, TomlEditor::tr("a key was expected"));
        return -1;
    }
    *part = QString::fromLatin1(m_text.mid(from, p - from));
    return p;
}

qsizetype TomlScanner::readString(qsizetype p, QString* out)
{
    const char q = at(p);
    QByteArray raw; // undecoded bytes since the last escape
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
            i = readEscape(i, &result);
            if (i < 0)
                return -1;
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

// The escape at p (its backslash) of a basic string, appended to *out; returns one past it, or -1.
qsizetype TomlScanner::readEscape(qsizetype p, QString* out)
{
    const char e = at(p + 1);
    const char* simple = "btnfr\"\\";
    const char* mapped = "\b\t\n\f\r\"\\";
    const char* hit = e ? std::strchr(simple, e) : nullptr;
    if (hit) {
        *out += QChar::fromLatin1(mapped[hit - simple]);
        return p + 2;
    }
    if (e != 'u' && e != 'U') {
        fail(p, TomlEditor::tr("an unknown escape in a string"));
        return -1;
    }
    const int digits = e == 'u' ? 4 : 8;
    bool ok = false;
    const uint code = m_text.mid(p + 2, digits).toUInt(&ok, 16);
    if (!ok || m_text.mid(p + 2, digits).size() != digits) {
        fail(p, TomlEditor::tr("a \\u escape needs hex digits"));
        return -1;
    }
    const char32_t cp = char32_t(code);
    *out += QString::fromUcs4(&cp, 1);
    return p + 2 + digits;
}

// A value that may span lines (arrays, multi-line strings); returns one past its last byte, or -1.
qsizetype TomlScanner::readValue(qsizetype p)
{
    Nesting nesting;
    nesting.openedAt = p;
    qsizetype last = p;
    bool any = false;
    while (true) {
        p = skipValueGap(p, nesting.depth);
        if (p >= m_text.size() && nesting.depth > 0) {
            fail(nesting.openedAt, TomlEditor::tr("a [ or { is never closed"));
            return -1;
        }
        if (lineDone(p)) // only reached outside brackets: inside, skipValueGap went past it
            break;
        const char c = at(p);
        p = readValueToken(p, &nesting);
        if (p < 0)
            return -1;
        any = true;
        last = p;
        // A closed value must end its line, or the next key would be read as part of it.
        if (nesting.depth == 0 && (c == ']' || c == '}' || c == '"' || c == '\'') &&
            !lineDone(skipBlank(p))) {
            fail(skipBlank(p), TomlEditor::tr("unexpected text after a value"));
            return -1;
        }
    }
    if (!any) {
        fail(p, TomlEditor::tr("a value was expected after ="));
        return -1;
    }
    return last;
}

// Blanks, and inside brackets also line breaks and comments.
qsizetype TomlScanner::skipValueGap(qsizetype p, int depth) const
{
    while (p < m_text.size()) {
        const char c = at(p);
        if (TextLines::isBlank(c) || (depth > 0 && (c == '\n' || c == '\r')))
            ++p;
        else if (depth > 0 && c == '#')
            p = TextLines::lineEnd(m_text, p);
        else
            break;
    }
    return p;
}

// One string, bracket, separator or bare word of a value; returns one past it, or -1.
qsizetype TomlScanner::readValueToken(qsizetype p, Nesting* nesting)
{
    const char c = at(p);
    if (c == '"' || c == '\'')
        return m_text.mid(p, 3) == QByteArray(3, c) ? skipMultiLineString(p) : readString(p, nullptr);
    if (c == '[' || c == '{') {
        if (nesting->depth++ == 0)
            nesting->openedAt = p;
        return p + 1;
    }
    if (c == ']' || c == '}') {
        if (--nesting->depth < 0) {
            fail(p, TomlEditor::tr("a closing %1 without an opening one").arg(QChar::fromLatin1(c)));
            return -1;
        }
        return p + 1;
    }
    // = separates the keys of an inline table
    if ((c == ',' || c == '=') && nesting->depth > 0)
        return p + 1;
    if (bare(c) || c == '.' || c == '+' || c == ':')
        return p + 1;
    fail(p, TomlEditor::tr("unexpected character in a value"));
    return -1;
}

// A """ or ''' string; returns one past its closing quotes, or -1.
qsizetype TomlScanner::skipMultiLineString(qsizetype p)
{
    const char c = at(p);
    const QByteArray triple(3, c);
    qsizetype i = p + 3;
    while (true) {
        const qsizetype close = m_text.indexOf(triple, i);
        if (close < 0) {
            fail(p, TomlEditor::tr("a multi-line string is never closed"));
            return -1;
        }
        qsizetype slashes = 0;
        while (c == '"' && close - 1 - slashes >= i && at(close - 1 - slashes) == '\\')
            ++slashes;
        if (slashes % 2 == 0) {
            qsizetype end = close + 3;
            while (at(end) == c) // up to two quotes may end the content
                ++end;
            return end;
        }
        i = close + 1;
    }
}

} // namespace aipex
