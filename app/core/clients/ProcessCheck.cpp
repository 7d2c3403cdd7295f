#include "clients/ProcessCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aipex {

ProcessCheck::State ProcessCheck::find(const QStringList& names, const QString& procRoot)
{
    if (names.isEmpty())
        return State::NotRunning;
    const QDir proc(procRoot);
    if (!proc.exists() || !QFileInfo::exists(proc.filePath(QStringLiteral("self"))))
        return State::Unknown;
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && names.contains(QString::fromUtf8(comm.readAll().trimmed())))
            return State::Running;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray argv0 = cmdline.readAll().split('\0').value(0);
            if (!argv0.isEmpty() && names.contains(QFileInfo(QString::fromUtf8(argv0)).fileName()))
                return State::Running;
        }
    }
    return State::NotRunning;
}

} // namespace aipex
