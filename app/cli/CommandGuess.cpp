#include "CommandGuess.h"

#include <QList>

#include <algorithm>

namespace aipex::cli {

int CommandGuess::distance(const QString& a, const QString& b)
{
    const QString s = a.toCaseFolded();
    const QString t = b.toCaseFolded();
    // Two rows of the edit table are enough: each row depends only on the one before.
    QList<int> previous(t.size() + 1);
    QList<int> current(t.size() + 1);
    for (qsizetype j = 0; j <= t.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= s.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= t.size(); ++j) {
            const int substitute = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[t.size()];
}

QString CommandGuess::closest(const QString& word, const QStringList& candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    for (const QString& c : candidates) {
        const int d = distance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace aipex::cli
