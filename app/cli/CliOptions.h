#pragma once

#include "EditorCommands.h"
#include "Error.h"
#include "net/TlsTrust.h"
#include "server/EnvConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace aipex::cli {

// The command line, merged over the environment and .env: flags win over both.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command
    {
        Create,
        Apps,
        Keys,
        Config,
        Batch,
        Verify,
        Install,
        Uninstall,
        Restore,
        Clients
    };

    // Returns false with *error set for bad usage; *exitNow for --help / --version.
    bool parse(const QStringList& arguments, Error* error, bool* exitNow);

    Command command = Command::Create;
    QStringList positional; // after the command word
    EnvConfig env;

    QString baseUrl, email, password;
    QString keyName, keyDescription, expireAt;
    QString serverName, outputFile, mcpUrlOverride;
    QString configUrl, search, resultsFile, language;
    int page = 1, pageSize = 10;
    int timeoutMs = 30000;
    bool outputSet = false, json = false, verbose = false, showKey = false, noColor = false;
    bool verifyAfterCreate = false, bridge = false;
    QString bridgeCommand; // the bridge program and its leading arguments, e.g. "node /path/proxy.js"
    EditorRequest editor;  // install, uninstall, restore, clients, config --client
    TlsTrust trust;        // --ca-file, --trust-fingerprint

    QString helpText;

private:
    static bool readPasswordFromStdin(QString* out);
};

} // namespace aipex::cli
