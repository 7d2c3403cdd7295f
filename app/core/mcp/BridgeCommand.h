#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace aipex {

// The mcp-remote bridge that lets stdio-only editors reach a remote SSE server, as a
// program and its arguments: `npx -y mcp-remote@latest URL --transport sse-only`.
class BridgeCommand
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCommand)
public:
    static constexpr int kMinimumNodeMajor = 18; // mcp-remote's own requirement
    static QStringList defaultLauncher();        // npx -y mcp-remote@latest
    // launcher: the program and its leading arguments (default launcher when empty).
    static QStringList forUrl(const QUrl& url, const QStringList& launcher = {});
    // mcp-remote refuses plain http:// to anything but this machine unless told otherwise.
    static bool needsAllowHttp(const QUrl& url);
    // The launcher's program is on PATH or an executable file; otherwise *error says what to install.
    static bool findProgram(const QString& program, Error* error);
};

} // namespace aipex
