#pragma once

#include "formats/TextLines.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace aipex {

// The structure of a YAML file that YamlEditor must understand to edit it by
// lines: the top-level `listKey:` line and the items of its block list with
// their simple fields. Refuses, with a line and column, what an edit by lines
// could break (flow style, tabs, several documents, a key that is not a list).
class YamlScanner
{
public:
    struct Line : TextLines::Line
    {
        explicit Line(const TextLines::Line& line)
            : TextLines::Line(line)
        {}
        int indent = 0;
        qsizetype textStart = 0; // where `text` begins in the file
        QByteArray text;         // without indentation and line break
    };
    struct Item
    {
        int first = 0; // line of "- "
        int last = 0;  // last line of content
        QJsonObject fields;
    };

    YamlScanner(const QByteArray& text, const QString& listKey);
    // False at the first thing it refuses, with errorLine(), errorColumn() and problem().
    bool run();

    const std::vector<Line>& lines() const { return m_lines; }
    int keyLine() const { return m_keyLine; }
    bool emptyFlow() const { return m_emptyFlow; }
    int seqIndent() const { return m_seqIndent; }
    int regionLast() const { return m_regionLast; }
    const std::vector<Item>& items() const { return m_items; }
    int errorLine() const { return m_errorLine; } // 0-based
    int errorColumn() const { return m_errorColumn; }
    const QString& problem() const { return m_problem; }

private:
    struct TopLevel
    {
        bool openKey = false; // the last top-level key had no value, so "- " lines may follow at column 1
        bool sawKey = false;
    };

    bool fail(int line, int column, const QString& why);
    const Line& line(int i) const { return m_lines.at(std::size_t(i)); }

    bool checkUtf8();
    bool splitLines();
    bool readLine(qsizetype p);
    bool checkCharacters(qsizetype p, qsizetype end);
    bool findTopLevelKey();
    bool checkTopLevelLine(int i, TopLevel* top);
    bool readListKey(int i, const QByteArray& value);
    bool checkEmptyFlow();
    bool splitItems();
    void readItemFields(Item* item) const;

    const QByteArray& m_text;
    const QString m_listKey;
    std::vector<Line> m_lines;
    int m_keyLine = -1; // the `listKey:` line
    bool m_emptyFlow = false;
    int m_seqIndent = -1;  // column of the items' "-", -1 with no items
    int m_regionLast = -1; // last line of content under the key (the key line itself when none)
    std::vector<Item> m_items;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_problem;
};

} // namespace aipex
