#pragma once

#include <QString>
#include <QStringList>

namespace aipex {

// Chooses the UI language (an explicit --lang, else the system locale) and loads
// the embedded catalogue. English is the source language, so it loads nothing:
// a run in English pays no translation cost at start-up.
class Translations
{
public:
    // "zh_CN" or "en".
    static QString resolve(const QString& requested);
    // The value of --lang X / --lang=X, or empty.
    static QString languageFromArguments(const QStringList& arguments);
    // Returns the language in effect.
    static QString install(const QString& requested);
    static QString current();
};

} // namespace aipex
