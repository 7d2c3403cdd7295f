#pragma once

#include "Error.h"
#include "clients/ClientEnvironment.h"
#include "clients/EditorPlan.h"
#include "clients/EditorTarget.h"
#include "clients/NodeCheck.h"
#include "mcp/KeyMask.h"

#include <QCoreApplication>
#include <QStringList>

namespace aipex {

class ConfigInstaller;

// Putting our server into an editor's own file, for both front ends: find the editor and
// its file, plan an install, uninstall or restore (diff with the key masked, warnings,
// the question to ask), apply it, and say what happened. The GUI and the CLI only present
// what this returns; every step is a plain function, safe to run on a worker thread.
class EditorSetup
{
    Q_DECLARE_TR_FUNCTIONS(EditorSetup)
public:
    struct Summary
    {
        QString headline;    // what happened
        QStringList details; // backup path, created file, what to do next
        QString oneLine() const;
    };

    explicit EditorSetup(const ClientEnvironment& env);
    const ClientEnvironment& environment() const { return m_env; }
    void setEnvironment(const ClientEnvironment& env) { m_env = env; }
    // Where running editors are looked for (tests use a fake /proc).
    void setProcRoot(const QString& procRoot) { m_procRoot = procRoot; }

    // The editor with this id, or a configuration error that lists the ids.
    static const ClientProfile* findClient(const QString& id, Error* error);
    // target->path for its editor and scope; false when that editor has no file there.
    bool resolvePath(EditorTarget* target, const QString& projectDir, Error* error) const;

    // Plans: nothing is written.
    bool planInstall(const EditorTarget& target, const KeyMask& mask, EditorPlan* plan, Error* error) const;
    bool planUninstall(const EditorTarget& target, const KeyMask& mask, EditorPlan* plan, Error* error) const;
    // The newest backup unless one is named.
    bool planRestore(const EditorTarget& target, const QString& backup, const KeyMask& mask, EditorPlan* plan,
                     Error* error) const;
    // Backs up, writes atomically and reads back (clients/ConfigInstaller); fills plan->change.
    bool apply(const EditorTarget& target, EditorPlan* plan, Error* error) const;

    // The entry as that editor wants it, for a preview.
    QString preview(const EditorTarget& target, const KeyMask& mask) const;
    // What a plan did once applied, or would do in a dry run.
    Summary summary(const EditorTarget& target, const EditorPlan& plan, bool dryRun = false) const;
    // What to know about this editor before installing: best guesses, the bridge and
    // Node.js, whether it is running.
    QStringList about(const ClientProfile& profile, const QUrl& url, const NodeCheck::Result& node) const;

private:
    ConfigInstaller installer(const EditorTarget& target) const;
    QString question(const EditorPlan& plan) const;
    static QString diff(const ConfigChange& change, const KeyMask& mask);

    ClientEnvironment m_env;
    QString m_procRoot = QStringLiteral("/proc");
};

} // namespace aipex
