#include "formats/TextLines.h"

namespace aipex {

TextLines::Line TextLines::lineAt(const QByteArray& text, qsizetype start)
{
    Line l;
    l.start = start;
    l.end = lineEnd(text, start);
    const qsizetype e = l.end;
    l.next = e < text.size()
                 ? (text.at(e) == '\r' && e + 1 < text.size() && text.at(e + 1) == '\n' ? e + 2 : e + 1)
                 : e;
    return l;
}

qsizetype TextLines::lineEnd(const QByteArray& text, qsizetype from)
{
    qsizetype e = from;
    while (e < text.size() && text.at(e) != '\n' && text.at(e) != '\r')
        ++e;
    return e;
}

qsizetype TextLines::bomSize(const QByteArray& text)
{
    return text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

QByteArray TextLines::eolOf(const QByteArray& text)
{
    const qsizetype lf = text.indexOf('\n');
    return lf > 0 && text.at(lf - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace aipex
