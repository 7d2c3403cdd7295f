#include "formats/YamlScanner.h"

#include "formats/YamlEditor.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace aipex {

namespace {

bool isDash(const QByteArray& text)
{
    return text == "-" || text.startsWith("- ");
}

// The value of a `key:` line without its comment: empty for a key whose value follows on
// the next lines. Not decoded, so that `""` or `"[]"` are not mistaken for "none" or `[]`.
QByteArray rawValue(const QByteArray& value)
{
    QByteArray v = value.trimmed();
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == '#' && (i == 0 || TextLines::isBlank(v.at(i - 1)))) {
            v.truncate(i);
            break;
        }
    }
    return v.trimmed();
}

// YAML's double-quoted escapes include JSON's; enough for names and URLs.
QString doubleQuoted(const QByteArray& v)
{
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

QString singleQuoted(const QByteArray& v)
{
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

// `value  # comment` → value; quoted scalars are decoded.
QString scalarValue(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.startsWith('"'))
        return doubleQuoted(v);
    if (v.startsWith('\''))
        return singleQuoted(v);
    return QString::fromUtf8(rawValue(v));
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

// The colon after a quoted top-level key, or -1.
qsizetype quotedKeyColon(const QByteArray& text, QString* key)
{
    const char q = text.at(0);
    const qsizetype close = text.indexOf(q, 1);
    // Escapes (a backslash, a doubled quote) in a key are rare enough to refuse rather than decode.
    if (close < 0 || text.left(close).contains('\\') || text.indexOf(q, close + 1) == close + 1)
        return -1;
    *key = scalarValue(text.left(close + 1));
    qsizetype colon = close + 1;
    while (colon < text.size() && TextLines::isBlank(text.at(colon)))
        ++colon;
    return colon < text.size() && text.at(colon) == ':' ? colon : -1;
}

// The colon after a plain top-level key, or -1.
qsizetype plainKeyColon(const QByteArray& text, QString* key)
{
    // YAML's indicators cannot start a plain key, except -?: before a non-space.
    static const QByteArray indicators = "-?:,[]{}#&*!|>'\"%@`";
    const char q = text.at(0);
    const bool plainDash =
        (q == '-' || q == '?' || q == ':') && text.size() > 1 && !TextLines::isBlank(text.at(1));
    if (indicators.contains(q) && !plainDash)
        return -1;
    qsizetype colon = -1;
    for (qsizetype i = 1; i < text.size() && colon < 0; ++i) {
        if (text.at(i) == '#' && TextLines::isBlank(text.at(i - 1)))
            return -1;
        if (text.at(i) == ':' && (i + 1 == text.size() || TextLines::isBlank(text.at(i + 1))))
            colon = i;
    }
    if (colon >= 0)
        *key = QString::fromUtf8(text.left(colon).trimmed());
    return colon;
}

// A top-level `key: value` line as YAML reads it, plain or quoted. splitKey() only knows
// the simple keys of list items; here any key counts, so that a line this misses is not a
// key for YAML either and can be refused.
bool topLevelKey(const QByteArray& text, QString* key, QByteArray* value)
{
    const bool quoted = text.at(0) == '"' || text.at(0) == '\'';
    const qsizetype colon = quoted ? quotedKeyColon(text, key) : plainKeyColon(text, key);
    if (colon < 0 || (colon + 1 < text.size() && !TextLines::isBlank(text.at(colon + 1))))
        return false;
    *value = text.mid(colon + 1);
    return true;
}

} // namespace

YamlScanner::YamlScanner(const QByteArray& text, const QString& listKey)
    : m_text(text)
    , m_listKey(listKey)
{}

bool YamlScanner::fail(int line, int column, const QString& why)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_problem = why;
    return false;
}

bool YamlScanner::run()
{
    if (!checkUtf8() || !splitLines() || !findTopLevelKey())
        return false;
    if (m_keyLine < 0)
        return true;
    m_regionLast = m_keyLine;
    if (m_emptyFlow)
        return checkEmptyFlow();
    if (!splitItems())
        return false;
    for (Item& item : m_items)
        readItemFields(&item);
    return true;
}

// YAML is Unicode text; bytes that are not UTF-8 could be anything (found by fuzzing).
bool YamlScanner::checkUtf8()
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(m_text); // only the error state matters here
    Q_UNUSED(decoded)
    if (utf8.hasError())
        return fail(0, 1, YamlEditor::tr("the file is not valid UTF-8"));
    return true;
}

bool YamlScanner::splitLines()
{
    qsizetype p = TextLines::bomSize(m_text);
    while (p < m_text.size()) {
        if (!readLine(p))
            return false;
        p = m_lines.back().next;
    }
    return true;
}

// p is where the line's text starts: after the byte-order mark on the first line, which still starts at 0.
bool YamlScanner::readLine(qsizetype p)
{
    Line l(TextLines::lineAt(m_text, m_lines.empty() ? 0 : p));
    if (!checkCharacters(p, l.end))
        return false;
    qsizetype q = p;
    while (q < l.end && m_text.at(q) == ' ')
        ++q;
    l.indent = int(q - p);
    l.textStart = q;
    l.text = m_text.mid(q, l.end - q);
    while (!l.text.isEmpty() && TextLines::isBlank(l.text.back()))
        l.text.chop(1);
    l.content = !l.text.isEmpty() && !l.text.startsWith('#');
    if (l.content && l.text.startsWith('\t'))
        return fail(int(m_lines.size()), l.indent + 1, YamlEditor::tr("a tab in the indentation"));
    m_lines.push_back(l);
    return true;
}

bool YamlScanner::checkCharacters(qsizetype p, qsizetype end)
{
    const int number = int(m_lines.size());
    // YAML forbids control characters other than tab; found by fuzzing, they confused the edit.
    for (qsizetype c = p; c < end; ++c) {
        const uchar b = uchar(m_text.at(c));
        if ((b < 0x20 && b != '\t') || b == 0x7f)
            return fail(number, int(c - p) + 1, YamlEditor::tr("a control character"));
    }
    // Found by fuzzing: a lone CR made an edited file read back differently; refuse it.
    if (end < m_text.size() && m_text.at(end) == '\r' &&
        !(end + 1 < m_text.size() && m_text.at(end + 1) == '\n'))
        return fail(number, int(end - p) + 1, YamlEditor::tr("a carriage return without a line feed"));
    return true;
}

bool YamlScanner::findTopLevelKey()
{
    TopLevel top;
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const Line& l = line(i);
        // An indented document (`  name: x`) would get our key at column 1 next to it: not YAML.
        if (l.content && l.indent > 0 && !top.sawKey)
            return fail(i, l.indent + 1, YamlEditor::tr("an indented line before the first key"));
        if (l.indent == 0 && l.content && !checkTopLevelLine(i, &top))
            return false;
    }
    return true;
}

bool YamlScanner::checkTopLevelLine(int i, TopLevel* top)
{
    const QByteArray& text = line(i).text;
    if (text == "---" || text.startsWith("--- ")) {
        if (i > 0)
            return fail(i, 1, YamlEditor::tr("the file holds several YAML documents"));
        if (!rawValue(text.mid(3)).isEmpty()) // `--- |` and the like: not a mapping
            return fail(i, 5, YamlEditor::tr("a top-level line that is not \"key: value\""));
        return true;
    }
    // Found by fuzzing: a list item at column 1 under a key that already has a value
    // is not YAML; editing around it produced a file that read back differently. A file
    // that is a list has no place for our key either.
    if (isDash(text) && !top->openKey)
        return fail(i, 1, YamlEditor::tr("a list item that belongs to no key"));
    if (isDash(text))
        return true;
    QString key;
    QByteArray value;
    // Found by fuzzing: a stray top-level line (`-n`, `:`) ended the list for the
    // edit but not for the "- " items after it, so an uninstall read back differently.
    if (!topLevelKey(text, &key, &value))
        return fail(i, 1, YamlEditor::tr("a top-level line that is not \"key: value\""));
    top->sawKey = true;
    top->openKey = rawValue(value).isEmpty(); // not `""`: that is a value
    return key != m_listKey || readListKey(i, value);
}

bool YamlScanner::readListKey(int i, const QByteArray& value)
{
    if (m_keyLine >= 0)
        return fail(i, 1, YamlEditor::tr("\"%1\" appears more than once").arg(m_listKey));
    m_keyLine = i;
    const QByteArray v = rawValue(value);
    const int valueColumn = int(line(i).text.indexOf(':')) + 2;
    // Install turns ` []` into nothing and uninstall puts ` []` back
    // after the colon, so other spacing (`key:  []`) would not come back byte for byte.
    if (v == "[]" && !value.startsWith(" []"))
        return fail(i, valueColumn, YamlEditor::tr("expected \"%1: []\" with a single space").arg(m_listKey));
    if (v == "[]")
        m_emptyFlow = true;
    else if (!v.isEmpty())
        return fail(i, valueColumn,
                    YamlEditor::tr("\"%1\" is not written as a block list (- name: …)").arg(m_listKey));
    return true;
}

// `key: []` with indented lines after it is not YAML we can edit safely (found by fuzzing).
bool YamlScanner::checkEmptyFlow()
{
    for (int i = m_keyLine + 1; i < int(m_lines.size()); ++i) {
        const Line& l = line(i);
        if (!l.content)
            continue;
        if (l.indent > 0 || isDash(l.text))
            return fail(i, l.indent + 1,
                        YamlEditor::tr("\"%1\" is written as [] but has lines under it").arg(m_listKey));
        break;
    }
    return true;
}

// The lines under the key: "- " at one indentation starts an item, deeper lines continue it.
bool YamlScanner::splitItems()
{
    for (int i = m_keyLine + 1; i < int(m_lines.size()); ++i) {
        const Line& l = line(i);
        if (!l.content)
            continue;
        const bool dash = isDash(l.text);
        if (m_seqIndent < 0) {
            if (l.indent == 0 && !dash)
                break; // nothing under the key
            if (!dash)
                return fail(i, l.indent + 1, YamlEditor::tr("\"%1\" is not a list").arg(m_listKey));
            m_seqIndent = l.indent;
        }
        if (l.indent == 0 && dash && m_seqIndent > 0) // the list cannot change its indentation
            return fail(i, 1, YamlEditor::tr("unexpected indentation in the list"));
        if (l.indent == 0 && !(m_seqIndent == 0 && dash))
            break;
        if (l.indent < m_seqIndent || (l.indent == m_seqIndent && !dash))
            return fail(i, l.indent + 1, YamlEditor::tr("unexpected indentation in the list"));
        m_regionLast = i;
        if (l.indent == m_seqIndent) {
            Item item;
            item.first = item.last = i;
            m_items.push_back(item);
        } else {
            m_items.back().last = i;
        }
    }
    return true;
}

// "- key: value" and the keys aligned under it; of a flow mapping only the fields we write.
void YamlScanner::readItemFields(Item* item) const
{
    const Line& head = line(item->first);
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
            item->fields.insert(m.captured(1), scalarValue(m.captured(2).toUtf8()));
        }
        return;
    }
    const int mapIndent = head.indent + offset;
    QString key;
    QByteArray value;
    if (splitKey(first, &key, &value))
        item->fields.insert(key, scalarValue(value));
    for (int i = item->first + 1; i <= item->last; ++i) {
        const Line& l = line(i);
        if (l.content && l.indent == mapIndent && splitKey(l.text, &key, &value))
            item->fields.insert(key, scalarValue(value));
    }
}

} // namespace aipex
