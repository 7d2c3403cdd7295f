#include "clients/UnifiedDiff.h"

#include "mcp/KeyMask.h"

#include <vector>

namespace aipex {

namespace {

struct Op
{
    char kind; // ' ', '-', '+'
    qsizetype a;
    qsizetype b;
};

QList<QByteArray> splitLines(const QByteArray& text, bool* finalNewline)
{
    QList<QByteArray> lines = text.split('\n');
    *finalNewline = text.isEmpty() || text.endsWith('\n');
    if (text.isEmpty() || text.endsWith('\n'))
        lines.removeLast();
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // An empty range names the line before it, as diff(1) does.
    if (count == 0)
        return QString::number(start) + QStringLiteral(",0");
    if (count == 1)
        return QString::number(start + 1);
    return QString::number(start + 1) + u',' + QString::number(count);
}

} // namespace

QString UnifiedDiff::make(const QByteArray& before, const QByteArray& after, const QString& fileName,
                          const QStringList& secrets, int context)
{
    if (before == after)
        return {};
    bool nlA = true, nlB = true;
    const QList<QByteArray> a = splitLines(before, &nlA);
    const QList<QByteArray> b = splitLines(after, &nlB);
    auto same = [&](qsizetype i, qsizetype j) {
        // A last line without its newline differs from the same line with one.
        const bool lastA = i == a.size() - 1 && !nlA;
        const bool lastB = j == b.size() - 1 && !nlB;
        return a.at(i) == b.at(j) && lastA == lastB;
    };

    // Our edits are local: strip the common head and tail so the LCS table stays small.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && same(head, head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && same(a.size() - 1 - tail, b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    std::vector<Op> ops;
    for (qsizetype i = 0; i < head; ++i)
        ops.push_back({' ', i, i});
    // Past a few million cells (a restore between unrelated files) the diff is
    // shown as "all removed, all added" rather than costing hundreds of megabytes.
    const bool small = double(n) * double(m) <= 4e6;
    std::vector<std::vector<int>> lcs(std::size_t(small ? n + 1 : 1),
                                      std::vector<int>(std::size_t(small ? m + 1 : 1), 0));
    for (qsizetype i = small ? n - 1 : -1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = same(head + i, head + j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (!small) {
            if (i < n)
                ops.push_back({'-', head + i++, head + j});
            else
                ops.push_back({'+', head + i, head + j++});
        } else if (i < n && j < m && same(head + i, head + j)) {
            ops.push_back({' ', head + i++, head + j++});
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            ops.push_back({'-', head + i++, head + j}); // removals first, as diff(1) shows them
        } else {
            ops.push_back({'+', head + i, head + j++});
        }
    }
    for (qsizetype k = 0; k < tail; ++k)
        ops.push_back({' ', a.size() - tail + k, b.size() - tail + k});

    QString out = QStringLiteral("--- a/") + fileName + QStringLiteral("\n+++ b/") + fileName + u'\n';
    const qsizetype count = qsizetype(ops.size());
    qsizetype k = 0;
    while (k < count) {
        if (ops[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the
        // last change that is no more than 2*context lines further on.
        const qsizetype start = qMax(qsizetype(0), k - context);
        qsizetype end = k;
        qsizetype lastChange = k;
        while (end < count) {
            if (ops[end].kind != ' ')
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(count, lastChange + 1 + context);
        qsizetype aStart = ops[start].a, bStart = ops[start].b, aCount = 0, bCount = 0;
        QString body;
        for (qsizetype x = start; x < end; ++x) {
            const Op& op = ops[x];
            const bool fromA = op.kind != '+';
            const QByteArray& line = fromA ? a.at(op.a) : b.at(op.b);
            body += QChar::fromLatin1(op.kind) + QString::fromUtf8(line) + u'\n';
            const bool noNewline = fromA ? (op.a == a.size() - 1 && !nlA) : (op.b == b.size() - 1 && !nlB);
            if (noNewline)
                body += QStringLiteral("\\ No newline at end of file\n");
            aCount += op.kind != '+';
            bCount += op.kind != '-';
        }
        out += QStringLiteral("@@ -") + range(aStart, aCount) + QStringLiteral(" +") + range(bStart, bCount) +
               QStringLiteral(" @@\n") + body;
        k = end;
    }
    return KeyMask(secrets).apply(out);
}

} // namespace aipex
