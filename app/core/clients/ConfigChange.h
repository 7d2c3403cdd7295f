#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace aipex {

// One planned (and, after ConfigInstaller::apply, made) change to a client's
// config file: both texts, so a dry run can show the diff and apply can check
// that nobody changed the file in between.
struct ConfigChange
{
    enum class Action
    {
        Install,
        Uninstall,
        Restore
    };
    Action action = Action::Install;
    QString path; // the file edited (a symlink's target)
    QString serverName;
    QJsonObject entry; // what Install writes
    QByteArray before; // empty when the file is missing
    QByteArray after;
    bool fileExisted = false;
    bool entryExisted = false;  // Install: replaced; Uninstall: removed
    bool replacesOther = false; // Install: a different entry of the same name is replaced
    bool strictBefore = false;  // the file was strict JSON (JSON formats only)
    QStringList warnings;
    QString restoredFrom; // Restore: the backup put back
    QString backupPath;   // set by apply(): the copy of `before`
    bool created = false; // set by apply(): the file did not exist
    bool written = false; // set by apply()

    bool changed() const { return fileExisted ? before != after : !after.isEmpty(); }
};

} // namespace aipex
