#pragma once

#include <QByteArray>

namespace aipex {

// The lines of a config file by byte offsets, as the TOML and YAML editors cut
// them: LF or CRLF breaks, a UTF-8 byte-order mark before the first line.
class TextLines
{
public:
    struct Line
    {
        qsizetype start = 0;  // first byte
        qsizetype end = 0;    // before the line break
        qsizetype next = 0;   // first byte of the next line
        bool content = false; // what the scanner counts as content: neither blank nor only a comment
    };

    // The line that starts at `start`; a lone CR ends a line too.
    static Line lineAt(const QByteArray& text, qsizetype start);
    // Where the line holding `from` ends, before its line break.
    static qsizetype lineEnd(const QByteArray& text, qsizetype from);
    // The size of a UTF-8 byte-order mark at the start of `text`: 3 or 0.
    static qsizetype bomSize(const QByteArray& text);
    // The line break an edit writes: the file's first one, LF for a file without any.
    static QByteArray eolOf(const QByteArray& text);
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
};

} // namespace aipex
