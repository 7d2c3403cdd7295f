#include "SecureFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace aipex {

bool SecureFile::write(const QString& path, const QByteArray& data, Error* error, bool* created)
{
    auto fail = [&](const QString& why) {
        if (error) {
            *error = Error(Error::InvalidConfig,
                           tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
            error->addContext(QStringLiteral("path"), path);
        }
        return false;
    };
    // Edit what a symlink points at, not the link itself.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return fail(tr("it is a folder"));
    const bool exists = targetInfo.exists();
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return fail(tr("the folder could not be created"));

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QFileDevice::Permissions mode =
        exists ? QFile::permissions(target) : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Set before any byte is written, so the key never sits in a world-readable temp file.
    if (!file.setPermissions(mode))
        return fail(tr("its permissions could not be set"));
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    if (created)
        *created = !exists;
    return true;
}

} // namespace aipex
