#pragma once

// Helpers shared by the editor-integration tests.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace editortest {

inline QString dataPath(const QString& name)
{
    return QStringLiteral(AIPEX_TEST_DATA "/configs/") + name;
}

inline QByteArray readData(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file");
    return f.readAll();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// True when `before` is a subsequence of `after`; *extra gets the bytes of
// `after` that are not part of it, without whitespace. An edit that only
// inserted text leaves every old byte in place and in order.
inline bool onlyInserted(const QByteArray& before, const QByteArray& after, QByteArray* extra)
{
    extra->clear();
    qsizetype i = 0;
    for (const char c : after) {
        if (i < before.size() && before.at(i) == c) {
            ++i;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            *extra += c;
        }
    }
    return i == before.size();
}

// Splits a POSIX shell line the way sh does for quoting (no expansions).
inline QStringList shellSplit(const QString& line, bool* ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\'') {
            const qsizetype close = line.indexOf(u'\'', i + 1);
            if (close < 0) {
                *ok = false;
                return {};
            }
            word += line.mid(i + 1, close - i - 1);
            i = close;
            inWord = true;
        } else if (c == u'"') {
            ++i;
            while (i < line.size() && line.at(i) != u'"') {
                if (line.at(i) == u'\\' && i + 1 < line.size() &&
                    QStringLiteral("\"\\$`").contains(line.at(i + 1)))
                    ++i;
                word += line.at(i++);
            }
            if (i >= line.size()) {
                *ok = false;
                return {};
            }
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c == u' ') {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            if (QStringLiteral("|&;<>()$`*?[]#~{}!").contains(c))
                *ok = false; // would be interpreted by the shell
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace editortest
