#include "formats/JsoncParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace aipex {

namespace {

// Deep nesting is not a config file; refuse it before the stack does.
constexpr int kMaxDepth = 512;

struct Reader
{
    Reader(const QByteArray& t, JsoncParser::Document* d)
        : text(t)
        , doc(d)
    {}
    const QByteArray& text;
    JsoncParser::Document* doc;
    qsizetype pos = 0;
    qsizetype errorAt = -1;
    QString problem;

    bool fail(qsizetype at, const QString& why)
    {
        if (errorAt < 0) {
            errorAt = at;
            problem = why;
        }
        return false;
    }
    bool atEnd() const { return pos >= text.size(); }
    char peek(qsizetype ahead = 0) const { return pos + ahead < text.size() ? text.at(pos + ahead) : '\0'; }

    bool skipTrivia()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++pos;
            } else if (c == '/' && peek(1) == '/') {
                doc->hasComments = true;
                while (!atEnd() && peek() != '\n' && peek() != '\r')
                    ++pos;
            } else if (c == '/' && peek(1) == '*') {
                doc->hasComments = true;
                const qsizetype close = text.indexOf("*/", pos + 2);
                if (close < 0)
                    return fail(pos, JsoncParser::tr("a /* comment is never closed"));
                pos = close + 2;
            } else {
                break;
            }
        }
        return true;
    }

    bool parseString(QString* out)
    {
        const qsizetype open = pos++;
        QByteArray run;
        QString result;
        while (true) {
            if (atEnd())
                return fail(open, JsoncParser::tr("a string is never closed"));
            const char c = text.at(pos);
            if (c == '"') {
                ++pos;
                break;
            }
            if (uchar(c) < 0x20)
                return fail(pos,
                            JsoncParser::tr("a control character (such as a line break) inside a string"));
            if (c != '\\') {
                run += c;
                ++pos;
                continue;
            }
            result += QString::fromUtf8(run);
            run.clear();
            const char e = peek(1);
            pos += 2;
            switch (e) {
            case '"':
                result += u'"';
                break;
            case '\\':
                result += u'\\';
                break;
            case '/':
                result += u'/';
                break;
            case 'b':
                result += u'\b';
                break;
            case 'f':
                result += u'\f';
                break;
            case 'n':
                result += u'\n';
                break;
            case 'r':
                result += u'\r';
                break;
            case 't':
                result += u'\t';
                break;
            case 'u': {
                bool ok = false;
                const ushort code = text.mid(pos, 4).toUShort(&ok, 16);
                if (!ok || text.mid(pos, 4).size() != 4)
                    return fail(pos - 2, JsoncParser::tr("a \\u escape needs four hex digits"));
                result += QChar(code);
                pos += 4;
                break;
            }
            default:
                return fail(pos - 2, JsoncParser::tr("an unknown escape \\%1 in a string")
                                         .arg(QString::fromLatin1(QByteArray(1, e))));
            }
        }
        result += QString::fromUtf8(run);
        if (out)
            *out = result;
        return true;
    }

    bool parseNumber(JsoncParser::Node* node)
    {
        const qsizetype start = pos;
        auto digits = [this] {
            const qsizetype from = pos;
            while (peek() >= '0' && peek() <= '9')
                ++pos;
            return pos > from;
        };
        if (peek() == '-')
            ++pos;
        if (peek() == '0') {
            ++pos;
        } else if (!digits()) {
            return fail(start, JsoncParser::tr("a value was expected"));
        }
        if (peek() == '.') {
            ++pos;
            if (!digits())
                return fail(pos, JsoncParser::tr("digits were expected after the decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos;
            if (peek() == '+' || peek() == '-')
                ++pos;
            if (!digits())
                return fail(pos, JsoncParser::tr("digits were expected in the exponent"));
        }
        node->kind = JsoncParser::Node::Number;
        node->value = text.mid(start, pos - start).toDouble();
        return true;
    }

    bool parseValue(JsoncParser::Node* node, int depth)
    {
        if (depth > kMaxDepth)
            return fail(pos, JsoncParser::tr("the values are nested too deeply"));
        node->start = pos;
        const char c = peek();
        bool ok = true;
        if (c == '{') {
            ok = parseObject(node, depth);
        } else if (c == '[') {
            ok = parseArray(node, depth);
        } else if (c == '"') {
            QString s;
            ok = parseString(&s);
            node->kind = JsoncParser::Node::String;
            node->value = s;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            ok = parseNumber(node);
        } else if (text.mid(pos, 4) == "true" || text.mid(pos, 5) == "false") {
            const bool t = c == 't';
            pos += t ? 4 : 5;
            node->kind = JsoncParser::Node::Bool;
            node->value = t;
        } else if (text.mid(pos, 4) == "null") {
            pos += 4;
            node->kind = JsoncParser::Node::Null;
            node->value = QJsonValue::Null;
        } else if (atEnd()) {
            return fail(pos, JsoncParser::tr("the text ends where a value was expected"));
        } else {
            return fail(pos, JsoncParser::tr("a value was expected"));
        }
        node->end = pos;
        return ok;
    }

    bool parseObject(JsoncParser::Node* node, int depth)
    {
        node->kind = JsoncParser::Node::Object;
        QJsonObject object;
        ++pos;
        if (!skipTrivia())
            return false;
        while (peek() != '}') {
            if (peek() != '"') {
                return fail(pos, atEnd() ? JsoncParser::tr("the text ends inside an object")
                                         : JsoncParser::tr("a quoted member name or } was expected"));
            }
            JsoncParser::Member m;
            m.keyStart = pos;
            if (!parseString(&m.key))
                return false;
            m.keyEnd = pos;
            if (!skipTrivia())
                return false;
            if (peek() != ':')
                return fail(pos, JsoncParser::tr("a : was expected after the member name"));
            ++pos;
            if (!skipTrivia() || !parseValue(&m.value, depth + 1) || !skipTrivia())
                return false;
            object.insert(m.key, m.value.value);
            if (peek() == ',') {
                m.comma = pos++;
                node->members.push_back(std::move(m));
                if (!skipTrivia())
                    return false;
                if (peek() == '}')
                    doc->hasTrailingCommas = true;
                continue;
            }
            node->members.push_back(std::move(m));
            if (peek() != '}')
                return fail(pos, atEnd() ? JsoncParser::tr("the text ends inside an object")
                                         : JsoncParser::tr("a , or } was expected"));
        }
        ++pos;
        node->value = object;
        return true;
    }

    bool parseArray(JsoncParser::Node* node, int depth)
    {
        node->kind = JsoncParser::Node::Array;
        QJsonArray array;
        ++pos;
        if (!skipTrivia())
            return false;
        while (peek() != ']') {
            JsoncParser::Node item;
            if (!parseValue(&item, depth + 1) || !skipTrivia())
                return false;
            array.append(item.value);
            if (peek() == ',') {
                ++pos;
                if (!skipTrivia())
                    return false;
                if (peek() == ']')
                    doc->hasTrailingCommas = true;
                continue;
            }
            if (peek() != ']')
                return fail(pos, atEnd() ? JsoncParser::tr("the text ends inside a list")
                                         : JsoncParser::tr("a , or ] was expected"));
        }
        ++pos;
        node->value = array;
        return true;
    }
};

} // namespace

void JsoncParser::lineColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    int l = 1;
    qsizetype lineStart = 0;
    offset = qBound(qsizetype(0), offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    if (l == 1 && text.startsWith("\xEF\xBB\xBF") && offset >= 3)
        lineStart = 3;
    *line = l;
    // Columns count characters, as editors show them, not UTF-8 bytes.
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}

bool JsoncParser::parse(const QByteArray& text, Document* doc, Error* error, const QString& path)
{
    *doc = Document();
    Reader r(text, doc);
    if (text.startsWith("\xEF\xBB\xBF")) {
        doc->hasBom = true;
        r.pos = 3;
    }
    bool ok = r.skipTrivia();
    if (ok && !r.atEnd()) {
        doc->hasRoot = true;
        ok = r.parseValue(&doc->root, 0) && r.skipTrivia();
        if (ok && !r.atEnd())
            ok = r.fail(r.pos, tr("unexpected text after the end of the document"));
    }
    if (ok)
        return true;
    if (error) {
        int line = 0, column = 0;
        lineColumn(text, r.errorAt, &line, &column);
        const QString where =
            path.isEmpty()
                ? tr("line %1, column %2").arg(line).arg(column)
                : tr("%1, line %2, column %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(column);
        *error = Error(Error::InvalidConfig,
                       tr("%1: %2. The file was left unchanged; fix it (or move it away) and try again.")
                           .arg(where, r.problem));
        error->addContext(QStringLiteral("line"), line);
        error->addContext(QStringLiteral("column"), column);
        if (!path.isEmpty())
            error->addContext(QStringLiteral("path"), path);
    }
    return false;
}

std::vector<const JsoncParser::Member*> JsoncParser::membersNamed(const Node& object, const QString& key)
{
    std::vector<const Member*> found;
    for (const Member& m : object.members) {
        if (m.key == key)
            found.push_back(&m);
    }
    return found;
}

} // namespace aipex
