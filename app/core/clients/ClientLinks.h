#pragma once

#include "clients/ClientProfile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace aipex {

// A client's own command for adding a server, as argv and as text to paste.
struct NativeCommand
{
    QStringList argv;
    bool isEmpty() const { return argv.isEmpty(); }
    QString posix() const;   // for sh, bash, zsh
    QString windows() const; // for cmd.exe
};

// One-click install links and native "mcp add" commands. The token in the URL's
// query has to survive every layer (JSON, base64, percent-encoding, shell quoting).
class ClientLinks
{
public:
    // Empty when the client has no link.
    static QString deeplink(const ClientProfile& profile, const QString& serverName, const QUrl& url,
                            ClientEnvironment::Os os = ClientEnvironment::currentOs());
    static NativeCommand nativeCommand(const ClientProfile& profile, const QString& serverName,
                                       const QUrl& url, ConfigScope scope = ConfigScope::User);

    static QString cursorLink(const QString& serverName, const QJsonObject& entry);
    static QString vsCodeLink(const QString& serverName, const QUrl& url, bool insiders);
    static QString lmStudioLink(const QString& serverName, const QJsonObject& entry);

    // Single quotes unless the word is plainly safe; ' becomes '\''.
    static QString posixQuote(const QString& word);
    // The C runtime's argv rules, then ^ before every cmd.exe metacharacter.
    static QString windowsQuote(const QString& word);
};

} // namespace aipex
