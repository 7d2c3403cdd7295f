#pragma once

#include "formats/TextLines.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace aipex {

// The structure of a TOML file that TomlEditor must understand to edit it by
// lines: table headers, keys with the byte range of their values, and which
// lines hold content. Not a full TOML parser: values are only checked for being
// well delimited (strings closed, brackets balanced), not read.
class TomlScanner
{
public:
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

    explicit TomlScanner(const QByteArray& text);
    // False at the first thing it cannot read, with errorAt() and problem().
    bool run();

    const QByteArray& text() const { return m_text; }
    // The lines a value runs over count as content, so that a cut by lines never splits it.
    const std::vector<TextLines::Line>& lines() const { return m_lines; }
    const std::vector<Header>& headers() const { return m_headers; }
    const std::vector<KeyDef>& keys() const { return m_keys; }
    qsizetype errorAt() const { return m_errorAt; }
    const QString& problem() const { return m_problem; }

    // A one-line basic or literal string starting at p; returns one past its end, or -1.
    qsizetype readString(qsizetype p, QString* out);

private:
    struct Nesting
    {
        int depth = 0;
        qsizetype openedAt = 0; // the outermost [ or {, named when it is never closed
    };

    bool fail(qsizetype at, const QString& why);
    char at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : '\0'; }
    bool eol(qsizetype p) const { return p >= m_text.size() || at(p) == '\n' || at(p) == '\r'; }
    qsizetype skipBlank(qsizetype p) const;
    bool lineDone(qsizetype p) const { return eol(p) || at(p) == '#'; }

    void addLine(qsizetype start);
    bool checkLine(qsizetype p);
    bool readTableHeader(qsizetype p);
    bool readKeyValue(qsizetype p);
    void readContinuation(qsizetype valueEnd);

    qsizetype readKey(qsizetype p, QStringList* parts);
    qsizetype readKeyPart(qsizetype p, QString* part);
    qsizetype readEscape(qsizetype p, QString* out);
    qsizetype readValue(qsizetype p);
    qsizetype skipValueGap(qsizetype p, int depth) const;
    qsizetype readValueToken(qsizetype p, Nesting* nesting);
    qsizetype skipMultiLineString(qsizetype p);

    const QByteArray& m_text;
    std::vector<TextLines::Line> m_lines;
    std::vector<Header> m_headers;
    std::vector<KeyDef> m_keys;
    QStringList m_table; // of the last header: the keys that follow belong to it
    qsizetype m_errorAt = -1;
    QString m_problem;
};

} // namespace aipex
