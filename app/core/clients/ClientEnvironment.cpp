#include "clients/ClientEnvironment.h"

#include <QDir>
#include <QProcessEnvironment>

namespace aipex {

ClientEnvironment::Os ClientEnvironment::currentOs()
{
#if defined(Q_OS_WIN)
    return Os::Windows;
#elif defined(Q_OS_MACOS)
    return Os::MacOS;
#else
    return Os::Linux;
#endif
}

QString ClientEnvironment::osId(Os os)
{
    switch (os) {
    case Os::Linux:
        return QStringLiteral("linux");
    case Os::MacOS:
        return QStringLiteral("macos");
    case Os::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

ClientEnvironment ClientEnvironment::system()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ClientEnvironment e;
    e.os = currentOs();
    e.home = QDir::homePath();
    e.appData = env.value(QStringLiteral("APPDATA"));
    e.localAppData = env.value(QStringLiteral("LOCALAPPDATA"));
    e.userProfile = env.value(QStringLiteral("USERPROFILE"));
    e.xdgConfigHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    e.codexHome = env.value(QStringLiteral("CODEX_HOME"));
    return e;
}

QString ClientEnvironment::join(const QString& base, const QString& relative) const
{
    QString b = base;
    QString r = relative;
    if (os == Os::Windows) {
        b.replace(u'\\', u'/');
        r.replace(u'\\', u'/');
    }
    if (b.isEmpty())
        return QDir::cleanPath(r);
    return QDir::cleanPath(b + u'/' + r);
}

QString ClientEnvironment::homeDir() const
{
    if (os == Os::Windows && !userProfile.isEmpty())
        return join(userProfile, QString());
    return join(home, QString());
}

QString ClientEnvironment::xdgConfigDir() const
{
    // The XDG spec ignores a relative XDG_CONFIG_HOME.
    if (!xdgConfigHome.isEmpty() && xdgConfigHome.startsWith(u'/'))
        return join(xdgConfigHome, QString());
    return join(homeDir(), QStringLiteral(".config"));
}

QString ClientEnvironment::appConfigDir() const
{
    switch (os) {
    case Os::Linux:
        return xdgConfigDir();
    case Os::MacOS:
        return join(homeDir(), QStringLiteral("Library/Application Support"));
    case Os::Windows:
        return appData.isEmpty() ? join(homeDir(), QStringLiteral("AppData/Roaming"))
                                 : join(appData, QString());
    }
    return {};
}

QString ClientEnvironment::localAppDataDir() const
{
    return localAppData.isEmpty() ? join(homeDir(), QStringLiteral("AppData/Local"))
                                  : join(localAppData, QString());
}

QString ClientEnvironment::codexDir() const
{
    return codexHome.isEmpty() ? join(homeDir(), QStringLiteral(".codex")) : join(codexHome, QString());
}

} // namespace aipex
