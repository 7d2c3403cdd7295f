#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace aipex {

// One error value for the whole engine. The numeric codes are the reference
// script's (users look them up in its guide), so they must never be renumbered.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    enum Code
    {
        None = 0,
        LoginFailed = 1001,
        InvalidCredentials = 1002,
        TokenMissing = 1003,
        TokenExpired = 1004,
        RequestFailed = 2001,
        InvalidResponse = 2002,
        Timeout = 2003,
        ConnectionError = 2004,
        KeyNotFound = 2005,
        AppCreationFailed = 2006,
        MissingConfig = 3001,
        InvalidConfig = 3002,
        Http4xx = 4000,
        HttpOther = 4999,
        Http5xx = 5000,
        // Not in the reference list: an operation the user stopped is not a failure
        // of the server, and scripts need to tell the two apart.
        Cancelled = 9000,
        Unknown = 9999,
    };

    Error() = default;
    Error(Code code, QString message);

    static Error fromHttpStatus(int status, const QString& message);

    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }

    Code code() const { return m_code; }
    QString codeString() const { return QString::number(int(m_code)); }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QJsonObject context() const { return m_context; }
    QJsonObject details() const { return m_details; }
    QString originalError() const { return m_originalError; }

    Error& setHttpStatus(int status);
    Error& addContext(const QString& key, const QJsonValue& value);
    Error& addDetail(const QString& key, const QJsonValue& value);
    Error& setOriginalError(const QString& text);
    // Replaces the code's generic advice where the caller knows better what to do.
    Error& setHint(const QString& hint);

    // The reference script's exception class names, kept for scripts that parse them.
    QString errorType() const;
    // What a person can do about it, in plain words.
    QString hint() const;
    // 0 ok, 2 configuration, 3 authentication, 4 API/HTTP, 1 anything else.
    int exitCode() const;
    bool isRetryable() const;

    QJsonObject toJson() const;
    // "[1002] message" as the reference script prints it.
    QString toDisplayString() const;

private:
    Code m_code = None;
    QString m_message;
    int m_httpStatus = 0;
    QJsonObject m_context;
    QJsonObject m_details;
    QString m_originalError;
    QString m_hint;
};

} // namespace aipex

Q_DECLARE_METATYPE(aipex::Error)
