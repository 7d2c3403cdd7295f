#pragma once

#include "Error.h"
#include "clients/ClientProfile.h"
#include "clients/ConfigChange.h"
#include "clients/ProcessCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace aipex {

// Installs, updates and removes our server entry in one client's own config file
// without losing a byte of the rest: JSON/JSONC, TOML and YAML are edited in
// place, a timestamped backup is written next to the file before any change, the
// file is replaced atomically (SecureFile) and read back before success is
// reported. A file that does not parse is never touched.
class ConfigInstaller
{
    Q_DECLARE_TR_FUNCTIONS(ConfigInstaller)
public:
    ConfigInstaller(const ClientProfile& profile, const QString& path,
                    ClientEnvironment::Os os = ClientEnvironment::currentOs());

    // The file for a scope, or false with *error when the client has none there.
    static bool pathFor(const ClientProfile& profile, ConfigScope scope, const ClientEnvironment& env,
                        const QString& projectDir, const QString& serverName, QString* path, Error* error);

    const ClientProfile& profile() const { return m_profile; }
    QString path() const { return m_path; }     // as given
    QString target() const { return m_target; } // with symlinks resolved: what is edited
    void setProcRoot(const QString& procRoot) { m_procRoot = procRoot; }
    ProcessCheck::State appState() const;
    // Empty unless the editor may be running and would undo a change when it exits.
    QString runningWarning() const;
    // The same for a state already looked up.
    static QString runningWarning(const ClientProfile& profile, ProcessCheck::State state);

    // Dry runs: fill *change (after = the new text) without writing.
    // A different entry of the same name is planned as its replacement (change->replacesOther):
    // the caller asks the user first.
    bool planInstall(const QString& serverName, const QUrl& url, ConfigChange* change, Error* error) const;
    bool planUninstall(const QString& serverName, ConfigChange* change, Error* error) const;
    // The newest backup unless one is named.
    bool planRestore(ConfigChange* change, Error* error, const QString& backup = QString()) const;
    // Backs up, writes atomically, reads back and checks; puts the old text back if the check fails.
    bool apply(ConfigChange* change, Error* error) const;

    // Plans and applies; a different entry of the same name is replaced only when `replace`.
    bool install(const QString& serverName, const QUrl& url, bool replace, ConfigChange* change,
                 Error* error) const;
    // The refusal to replace a different entry of the same name without being asked.
    static Error nameTakenError(const ConfigChange& change);
    bool uninstall(const QString& serverName, ConfigChange* change, Error* error) const;
    bool restore(ConfigChange* change, Error* error, const QString& backup = QString()) const;

    bool readEntry(const QString& serverName, QJsonObject* entry, bool* found, Error* error) const;
    // Newest first.
    QStringList backups() const;
    // <file>.bak-yyyyMMdd-HHmmss, with -2, -3… when that name is taken.
    static QString backupPathFor(const QString& file, const QDateTime& when = QDateTime::currentDateTime());

    // The text as the client wants it for a new file or a copy-and-paste snippet.
    QByteArray snippet(const QString& serverName, const QUrl& url) const;

private:
    bool readFile(QByteArray* bytes, bool* exists, Error* error) const;
    bool editRead(const QByteArray& text, const QString& name, QJsonObject* entry, bool* found,
                  Error* error) const;
    bool editUpsert(const QByteArray& text, const QString& name, const QJsonObject& entry, QByteArray* out,
                    Error* error) const;
    bool editRemove(const QByteArray& text, const QString& name, QByteArray* out, bool* removed,
                    Error* error) const;
    bool verify(const ConfigChange& change, const QByteArray& written, Error* error) const;
    void addWarnings(ConfigChange* change) const;
    QByteArray newYamlHeader(const QString& serverName) const;

    ClientProfile m_profile;
    QString m_path;
    QString m_target;
    ClientEnvironment::Os m_os;
    QString m_procRoot = QStringLiteral("/proc");
};

} // namespace aipex
