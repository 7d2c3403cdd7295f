#pragma once

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

} // namespace fuzz
