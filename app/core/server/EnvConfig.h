#pragma once

#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>

namespace aipex {

// The reference script's settings: AIPEXBASE_* from the environment and a .env
// file. As with python-dotenv, a variable already in the environment wins over
// the file; command-line flags (applied by the caller) win over both.
class EnvConfig
{
    Q_DECLARE_TR_FUNCTIONS(EnvConfig)
public:
    static const QString kBaseUrl, kEmail, kPassword, kKeyName, kKeyDesc, kKeyExpire, kOutputFile, kVerbose,
        kTimeout, kServerName;
    static const QString kDefaultKeyName, kDefaultKeyDesc, kDefaultOutputFile;

    EnvConfig() = default;

    // envFile empty: ./.env when it exists. An explicit file that cannot be read is an error.
    static EnvConfig load(const QString& envFile, bool explicitFile, const QProcessEnvironment& env,
                          Error* error);
    // KEY=VALUE lines: comments, `export `, quotes, escapes and ${VAR} as python-dotenv reads them.
    static QHash<QString, QString> parseDotEnv(const QString& text, const QHash<QString, QString>& outer = {},
                                               QStringList* warnings = nullptr);

    QString value(const QString& name, const QString& fallback = QString()) const;
    bool has(const QString& name) const { return !m_values.value(name).isEmpty(); }
    void set(const QString& name, const QString& value) { m_values.insert(name, value); }
    // Drops a value for good (the password once it has been handed over), wiping this copy.
    void forget(const QString& name);
    QString envFilePath() const { return m_envFile; }
    QStringList warnings() const { return m_warnings; }

    // The three settings without which nothing can start; 3001 naming all that are missing.
    Error checkRequired() const;

    static bool parseBool(const QString& text);
    // "YYYY-MM-DD HH:mm:ss", later than now; empty means "never expires".
    static Error checkExpireAt(const QString& text, const QDateTime& now = QDateTime::currentDateTime());
    static QString defaultProjectName(const QDateTime& now = QDateTime::currentDateTime());

private:
    QHash<QString, QString> m_values;
    QString m_envFile;
    QStringList m_warnings;
};

} // namespace aipex
