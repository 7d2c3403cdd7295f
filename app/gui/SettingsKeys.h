#pragma once

#include <QString>

namespace aipex::gui {

// Every key the wizard keeps in QSettings, in one place. None of them ever holds a secret:
// the password lives in the keychain, the admin token only in memory.
struct SettingsKeys
{
    static inline const QString language = QStringLiteral("ui/language");
    static inline const QString recentServers = QStringLiteral("servers/recent");
    static inline const QString windowGeometry = QStringLiteral("window/geometry");
    static inline const QString lastEmail = QStringLiteral("signin/lastEmail");
    static inline const QString autoVerify = QStringLiteral("verify/automatic");
    static inline const QString bridgeLauncher = QStringLiteral("verify/bridgeLauncher");
    // Followed by host_port: the certificate the user chose to trust for that server.
    static inline const QString trustedPrefix = QStringLiteral("tls/trusted/");
};

} // namespace aipex::gui
