#pragma once

#include "CliOptions.h"
#include "CliOutput.h"
#include "mcp/McpProbe.h"

#include <QObject>

namespace aipex::cli {

// `verify [MCP_URL]` and `create --verify`: runs McpProbe directly or through the
// mcp-remote bridge, prints each step and what was proven.
class VerifyRunner : public QObject
{
    Q_OBJECT
public:
    VerifyRunner(const CliOptions& options, CliOutput* out, QObject* parent = nullptr);

    void start(const QUrl& url);
    // The URL of our entry (or the first one) in an MCP config file.
    static bool urlFromConfig(const QString& path, const QString& serverName, QUrl* url, Error* error);

signals:
    void done(const aipex::McpProbeReport& report);

private:
    void print(const McpProbeReport& report);

    const CliOptions& m_opt;
    CliOutput* m_out;
    McpProbe m_probe;
};

} // namespace aipex::cli
