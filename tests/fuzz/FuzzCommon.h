#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdlib>

// Shared by the libFuzzer targets: the entry every editor target installs, and the
// check that an edit kept the original bytes (they must remain a subsequence).
namespace fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QJsonObject entry()
{
    return {{QStringLiteral("type"), QStringLiteral("sse")},
            {QStringLiteral("url"), QStringLiteral("http://h:8080/mcp/sse?token=kf_api_fuzz")}};
}

inline bool isSubsequence(const QByteArray& small, const QByteArray& big)
{
    qsizetype j = 0;
    for (qsizetype i = 0; i < big.size() && j < small.size(); ++i) {
        if (big.at(i) == small.at(j))
            ++j;
    }
    return j == small.size();
}

// The same, ignoring whitespace: an edited container (an empty `{ }` becoming an object
// with our entry) may be re-spaced; no other character may go.
inline bool isSubsequenceIgnoringSpace(const QByteArray& small, const QByteArray& big)
{
    auto strip = [](QByteArray t) {
        t.replace("\xEF\xBB\xBF", "");
        QByteArray out;
        for (const char c : t) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                out.append(c);
        }
        return out;
    };
    return isSubsequence(strip(small), strip(big));
}

[[noreturn]] inline void fail(const char* what)
{
    fprintf(stderr, "property violated: %s\n", what);
    abort();
}

// The editor property shared by the JSONC and TOML targets: parse → install (the rest
// unchanged, whitespace aside) → read back → uninstall (only our entry goes).
template<typename Editor>
int checkEditor(const uint8_t* data, size_t size, const QString& key)
{
    const QByteArray text = bytes(data, size);
    const QString name = QStringLiteral("aipexbase-mcp-server");
    aipex::Error error;
    QJsonObject existing;
    bool found = false;
    if (!Editor::read(text, key, name, &existing, &found, &error))
        return 0; // refused: nothing else to check
    QByteArray installed;
    if (!Editor::upsert(text, key, name, entry(), &installed, &error))
        return 0;
    // A file of only whitespace (and a byte-order mark) is an empty file: it gets a fresh document.
    const bool blank = QByteArray(text).replace("\xEF\xBB\xBF", "").trimmed().isEmpty();
    if (!found && !blank && !isSubsequenceIgnoringSpace(text, installed))
        fail("install lost a byte of the file");
    QJsonObject back;
    bool there = false;
    if (!Editor::read(installed, key, name, &back, &there, &error) || !there)
        fail("the installed entry cannot be read back");
    if (back != entry())
        fail("the entry read back differs from the one installed");
    QByteArray removed;
    bool didRemove = false;
    if (!Editor::remove(installed, key, name, &removed, &didRemove, &error) || !didRemove)
        fail("the installed entry cannot be removed");
    if (!isSubsequenceIgnoringSpace(removed, installed))
        fail("uninstall changed bytes outside the entry");
    return 0;
}

} // namespace fuzz
