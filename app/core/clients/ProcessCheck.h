#pragma once

#include <QString>
#include <QStringList>

namespace aipex {

// Whether an app that rewrites its config on exit (Claude Desktop) is running,
// so the user can be asked to quit it before we edit the file.
class ProcessCheck
{
public:
    enum class State
    {
        Running,
        NotRunning,
        Unknown // no /proc to look at (macOS, Windows): warn anyway
    };

    // Matches the process name (/proc/PID/comm) or the file name of argv[0], case-sensitively:
    // "claude" alone is Claude Code's CLI, which does not rewrite the desktop config.
    static State find(const QStringList& names, const QString& procRoot = QStringLiteral("/proc"));
};

} // namespace aipex
