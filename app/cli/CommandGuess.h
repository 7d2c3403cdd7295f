#pragma once

#include <QString>
#include <QStringList>

namespace aipex::cli {

// Tells a mistyped command word from a project name, so `stauts` is refused instead of
// becoming an application called "stauts".
class CommandGuess
{
public:
    // Levenshtein distance, ignoring case: "Stauts" and "status" are 2 apart.
    static int distance(const QString& a, const QString& b);
    // The candidate nearest to word, if it is at most maxDistance away; the first of equals wins.
    static QString closest(const QString& word, const QStringList& candidates, int maxDistance = 2);
};

} // namespace aipex::cli
