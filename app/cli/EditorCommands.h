#pragma once

#include "CliOutput.h"
#include "Error.h"
#include "clients/EditorSetup.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace aipex::cli {

// The parsed options of the editor commands (install, uninstall, restore,
// config, clients); CliOptions fills it.
struct EditorRequest
{
    QString clientId;                       // --client ID (see `clients`)
    QString scope = QStringLiteral("user"); // --scope user|project
    QString projectDir;                     // --project-dir DIR (default: the current folder)
    QString url;                            // --url MCP_URL (install, config)
    QString serverName;                     // --server-name N (default: McpEntry::kDefaultServerName)
    QString configFile;   // --file PATH: another file than the client's own (needed for generic)
    QString backup;       // restore: --backup PATH instead of the newest
    bool dryRun = false;  // --dry-run: show the diff, write nothing
    bool force = false;   // --force: replace an entry of the same name
    bool json = false;    // --json
    bool showKey = false; // --show-key: do not mask the token in diffs and results
};

// The CLI side of the editor integration: each method runs one command to the end through
// clients/EditorSetup and returns the exit code (0 ok, 2 usage or configuration, 4 other
// errors, 1 unknown), printing through CliOutput (one JSON document with --json).
class EditorCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditorCommands)
public:
    explicit EditorCommands(CliOutput* out);

    // Where client configs are looked for; the real machine unless a test says otherwise.
    void setEnvironment(const ClientEnvironment& env) { m_setup.setEnvironment(env); }

    // Before anything is created for an install: the editor exists (else the error, printed).
    int checkClient(const EditorRequest& request);
    int install(const EditorRequest& request);
    int uninstall(const EditorRequest& request);
    int restore(const EditorRequest& request);
    int printConfig(const EditorRequest& request);
    int listClients(const EditorRequest& request);

    // The lines to add to --help.
    static QString helpText();

private:
    bool prepare(const EditorRequest& request, bool needUrl, bool needPath, EditorTarget* target,
                 Error* error) const;
    int fail(const Error& error);
    int run(const EditorRequest& request, ConfigChange::Action action);
    int report(const EditorRequest& request, const EditorTarget& target, const EditorPlan& plan);
    KeyMask mask(const EditorRequest& request, const EditorTarget& target) const;

    CliOutput* m_out;
    EditorSetup m_setup;
};

} // namespace aipex::cli
