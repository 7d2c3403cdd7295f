#include "Error.h"

namespace aipex {

Error::Error(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
{}

Error Error::fromHttpStatus(int status, const QString& message)
{
    Code code = HttpOther;
    if (status >= 400 && status < 500)
        code = Http4xx;
    else if (status >= 500 && status < 600)
        code = Http5xx;
    Error e(code, message);
    e.setHttpStatus(status);
    return e;
}

Error& Error::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Error& Error::addContext(const QString& key, const QJsonValue& value)
{
    m_context.insert(key, value);
    return *this;
}

Error& Error::addDetail(const QString& key, const QJsonValue& value)
{
    m_details.insert(key, value);
    return *this;
}

Error& Error::setOriginalError(const QString& text)
{
    m_originalError = text;
    return *this;
}

Error& Error::setHint(const QString& hint)
{
    m_hint = hint;
    return *this;
}

QString Error::errorType() const
{
    const int c = int(m_code);
    if (c >= 1000 && c < 2000)
        return QStringLiteral("AuthenticationError");
    if (c >= 3000 && c < 4000)
        return QStringLiteral("ConfigurationError");
    if ((c >= 2000 && c < 3000) || (c >= 4000 && c < 6000))
        return QStringLiteral("APIError");
    return QStringLiteral("AIPEXBASEError");
}

QString Error::hint() const
{
    if (!m_hint.isEmpty())
        return m_hint;
    switch (m_code) {
    case None:
        return {};
    case LoginFailed:
    case InvalidCredentials:
        return tr("Check the administrator email and password; try signing in to the web console with them.");
    case TokenMissing:
    case TokenExpired:
        return tr("The sign-in session ended. Sign in again.");
    case RequestFailed:
        return tr("The server refused the request. Read its message above; if it mentions a limit, wait or "
                  "free up capacity and retry.");
    case InvalidResponse:
        return tr("The server's answer was not what an AIPEXBASE server sends. Check that the address points "
                  "at the AIPEXBASE API (often ending in /baas-api) and not at a web page or proxy.");
    case Timeout:
        return tr("The server did not answer in time. Check that it is running, or allow a longer timeout.");
    case ConnectionError:
        return tr("Could not reach the server. Check the address and port, and that the server is running.");
    case KeyNotFound:
        return tr("The new API key could not be read back. Create the key again, or copy it from the web "
                  "console.");
    case AppCreationFailed:
        return tr("The application was not created. Check the name and that this account may create "
                  "applications.");
    case MissingConfig:
        return tr("Provide the missing setting in the environment, a .env file or on the command line.");
    case InvalidConfig:
        return tr("Correct the value shown and try again.");
    case Http4xx:
        return tr("The server rejected the request. Check the address, in particular the /baas-api part.");
    case Http5xx:
        return tr("The server had an internal problem. Retry in a moment or check the server's logs.");
    case HttpOther:
        return tr("The server answered with an unexpected HTTP status.");
    case Cancelled:
        return tr("You cancelled the operation.");
    case Unknown:
        break;
    }
    return tr("Something unexpected happened. Run again with --verbose for details.");
}

int Error::exitCode() const
{
    const int c = int(m_code);
    if (c == 0)
        return 0;
    if (c >= 3000 && c < 4000)
        return 2;
    if (c >= 1000 && c < 2000)
        return 3;
    if ((c >= 2000 && c < 3000) || (c >= 4000 && c < 6000))
        return 4;
    return 1;
}

bool Error::isRetryable() const
{
    switch (m_code) {
    case Timeout:
    case ConnectionError:
    case InvalidResponse:
    case RequestFailed:
    case Http5xx:
    case HttpOther:
    case Cancelled:
        return true;
    default:
        return false;
    }
}

QJsonObject Error::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("error_type"), errorType());
    o.insert(QStringLiteral("code"), codeString());
    o.insert(QStringLiteral("message"), m_message);
    o.insert(QStringLiteral("http_status"), m_httpStatus ? QJsonValue(m_httpStatus) : QJsonValue());
    o.insert(QStringLiteral("context"), m_context);
    o.insert(QStringLiteral("details"), m_details);
    o.insert(QStringLiteral("original_error"),
             m_originalError.isEmpty() ? QJsonValue() : QJsonValue(m_originalError));
    return o;
}

QString Error::toDisplayString() const
{
    return QStringLiteral("[%1] %2").arg(codeString(), m_message);
}

} // namespace aipex
