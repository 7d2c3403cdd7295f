#pragma once

#include "clients/ClientProfile.h"
#include "mcp/McpEntry.h"

#include <QString>
#include <QUrl>

namespace aipex {

// What the user chose to change: an editor, the file it reads (for a scope, or one they
// picked), the server's name there and, to install, the MCP URL with its key.
struct EditorTarget
{
    const ClientProfile* profile = nullptr;
    ConfigScope scope = ConfigScope::User;
    QString path;
    QString serverName = McpEntry::kDefaultServerName;
    QUrl url;
};

} // namespace aipex
