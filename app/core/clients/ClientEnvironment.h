#pragma once

#include <QString>

namespace aipex {

// The few facts about the machine that decide where clients keep their config.
// Injected rather than read inside ClientProfile, so the macOS and Windows paths
// are tested on Linux.
class ClientEnvironment
{
public:
    enum class Os
    {
        Linux,
        MacOS,
        Windows
    };

    Os os = Os::Linux;
    QString home;          // HOME (on Windows: used when USERPROFILE is unset)
    QString appData;       // %APPDATA%
    QString localAppData;  // %LOCALAPPDATA%
    QString userProfile;   // %USERPROFILE%
    QString xdgConfigHome; // $XDG_CONFIG_HOME
    QString codexHome;     // $CODEX_HOME

    static ClientEnvironment system();
    static Os currentOs();
    static QString osId(Os os); // linux, macos, windows

    // "~": %USERPROFILE% on Windows, HOME elsewhere; forward slashes throughout.
    QString homeDir() const;
    // Where desktop apps keep settings: ~/.config (or XDG_CONFIG_HOME),
    // ~/Library/Application Support, %APPDATA%.
    QString appConfigDir() const;
    QString xdgConfigDir() const;
    QString codexDir() const;
    QString localAppDataDir() const;

    // Joins with "/" and cleans; Windows backslashes become slashes.
    QString join(const QString& base, const QString& relative) const;
};

} // namespace aipex
