#include "clients/EditorSetup.h"

#include "clients/ConfigInstaller.h"
#include "clients/UnifiedDiff.h"

#include <QDir>
#include <QFileInfo>

namespace aipex {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString EditorSetup::Summary::oneLine() const
{
    return (QStringList{headline} + details).join(u' ');
}

EditorSetup::EditorSetup(const ClientEnvironment& env)
    : m_env(env)
{}

const ClientProfile* EditorSetup::findClient(const QString& id, Error* error)
{
    const ClientProfile* profile = ClientProfile::find(id.trimmed());
    if (!profile && error) {
        *error = Error(id.trimmed().isEmpty() ? Error::MissingConfig : Error::InvalidConfig,
                       id.trimmed().isEmpty()
                           ? tr("Choose an editor: %1.").arg(ClientProfile::ids().join(QLatin1String(", ")))
                           : tr("There is no editor \"%1\"; choose one of: %2.")
                                 .arg(id, ClientProfile::ids().join(QLatin1String(", "))));
        error->addContext(QStringLiteral("value"), id);
    }
    return profile;
}

bool EditorSetup::resolvePath(EditorTarget* target, const QString& projectDir, Error* error) const
{
    return ConfigInstaller::pathFor(*target->profile, target->scope, m_env, projectDir, target->serverName,
                                    &target->path, error);
}

ConfigInstaller EditorSetup::installer(const EditorTarget& target) const
{
    ConfigInstaller installer(*target.profile, QDir::fromNativeSeparators(target.path), m_env.os);
    installer.setProcRoot(m_procRoot);
    return installer;
}

QString EditorSetup::diff(const ConfigChange& change, const KeyMask& mask)
{
    return UnifiedDiff::make(change.before, change.after, QFileInfo(change.path).fileName(), mask.secrets());
}

bool EditorSetup::planInstall(const EditorTarget& target, const KeyMask& mask, EditorPlan* plan,
                              Error* error) const
{
    EditorPlan p;
    if (!installer(target).planInstall(target.serverName, target.url, &p.change, error))
        return false;
    p.outcome = !p.change.changed()      ? EditorPlan::Outcome::AlreadyAsWanted
                : p.change.replacesOther ? EditorPlan::Outcome::NameTaken
                                         : EditorPlan::Outcome::Change;
    // An editor that starts mcp-remote shows the server as failed without Node.js.
    if (p.needsWrite() && target.profile->usesBridge(target.url)) {
        const QString node = NodeCheck::warning(NodeCheck::checkNow());
        if (!node.isEmpty())
            p.change.warnings << node;
    }
    p.diff = diff(p.change, mask);
    p.question = question(p);
    *plan = p;
    return true;
}

bool EditorSetup::planUninstall(const EditorTarget& target, const KeyMask& mask, EditorPlan* plan,
                                Error* error) const
{
    EditorPlan p;
    if (!installer(target).planUninstall(target.serverName, &p.change, error))
        return false;
    p.outcome = p.change.entryExisted && p.change.changed() ? EditorPlan::Outcome::Change
                                                            : EditorPlan::Outcome::NothingToRemove;
    p.diff = diff(p.change, mask);
    p.question = question(p);
    *plan = p;
    return true;
}

bool EditorSetup::planRestore(const EditorTarget& target, const QString& backup, const KeyMask& mask,
                              EditorPlan* plan, Error* error) const
{
    EditorPlan p;
    if (!installer(target).planRestore(&p.change, error, backup))
        return false;
    p.diff = diff(p.change, mask);
    p.question = question(p);
    *plan = p;
    return true;
}

bool EditorSetup::apply(const EditorTarget& target, EditorPlan* plan, Error* error) const
{
    return installer(target).apply(&plan->change, error);
}

QString EditorSetup::question(const EditorPlan& plan) const
{
    const ConfigChange& c = plan.change;
    const QString where = native(c.path);
    switch (c.action) {
    case ConfigChange::Action::Install:
        if (plan.outcome == EditorPlan::Outcome::NameTaken)
            return tr("%1 already has a server named \"%2\" with other settings. Replace it?")
                .arg(where, c.serverName);
        return c.fileExisted ? tr("Install adds \"%1\" to %2 like this:").arg(c.serverName, where)
                             : tr("Install creates %1 like this:").arg(where);
    case ConfigChange::Action::Uninstall:
        return tr("Uninstall removes \"%1\" from %2 like this:").arg(c.serverName, where);
    case ConfigChange::Action::Restore:
        return tr("Restore puts %1 back as it was in %2:").arg(where, native(c.restoredFrom));
    }
    return {};
}

QString EditorSetup::preview(const EditorTarget& target, const KeyMask& mask) const
{
    return mask.apply(QString::fromUtf8(installer(target).snippet(target.serverName, target.url)));
}

EditorSetup::Summary EditorSetup::summary(const EditorTarget& target, const EditorPlan& plan,
                                          bool dryRun) const
{
    const ConfigChange& c = plan.change;
    const QString where = native(c.path);
    const QString editor = target.profile->displayName();
    Summary s;
    if (dryRun) {
        s.headline = plan.needsWrite()
                         ? tr("Dry run: %1 would change like this (nothing was written):").arg(where)
                         : tr("Dry run: %1 would stay as it is.").arg(where);
        return s;
    }
    switch (plan.outcome) {
    case EditorPlan::Outcome::AlreadyAsWanted:
        s.headline =
            tr("%1 already has \"%2\" as wanted: %3 was left as it is.").arg(editor, c.serverName, where);
        return s;
    case EditorPlan::Outcome::NothingToRemove:
        s.headline = tr("No server named \"%1\" in %2: nothing to remove.").arg(c.serverName, where);
        return s;
    case EditorPlan::Outcome::Change:
    case EditorPlan::Outcome::NameTaken:
        break;
    }
    switch (c.action) {
    case ConfigChange::Action::Install:
        s.headline = (c.entryExisted ? tr("Replaced \"%1\" in %2.") : tr("Added \"%1\" to %2."))
                         .arg(c.serverName, where);
        break;
    case ConfigChange::Action::Uninstall:
        s.headline = tr("Removed \"%1\" from %2.").arg(c.serverName, where);
        break;
    case ConfigChange::Action::Restore:
        s.headline = tr("Restored %1 from %2.").arg(where, native(c.restoredFrom));
        break;
    }
    if (!c.backupPath.isEmpty())
        s.details << tr("Backup of the previous text: %1").arg(native(c.backupPath));
    if (c.created)
        s.details << tr("The file was created (readable only by you).");
    if (c.action == ConfigChange::Action::Install)
        s.details << tr("Restart %1 (or reload its MCP servers) to pick it up.").arg(editor);
    return s;
}

QStringList EditorSetup::about(const ClientProfile& profile, const QUrl& url,
                               const NodeCheck::Result& node) const
{
    QStringList lines;
    // Unconfirmed facts say "Best guess" in their own note (clients/ClientProfile.cpp).
    if (!profile.note().isEmpty())
        lines << profile.note();
    else if (!profile.confirmed())
        lines << tr("Best guess: where %1 keeps its servers is not confirmed.").arg(profile.displayName());
    if (profile.usesBridge(url))
        lines << tr("%1 reaches the server through the mcp-remote bridge (needs Node.js %2 or later). %3")
                     .arg(profile.displayName())
                     .arg(NodeCheck::kMinimumMajor)
                     .arg(NodeCheck::describe(node));
    // Only a running editor here: "make sure it is not running" belongs to the change itself.
    if (!profile.processNames().isEmpty() &&
        ProcessCheck::find(profile.processNames(), m_procRoot) == ProcessCheck::State::Running)
        lines << ConfigInstaller::runningWarning(profile, ProcessCheck::State::Running);
    return lines;
}

} // namespace aipex
