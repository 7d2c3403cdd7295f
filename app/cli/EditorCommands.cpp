#include "EditorCommands.h"

#include "clients/ClientLinks.h"
#include "clients/ConfigInstaller.h"
#include "server/ServerEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace aipex::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

EditorCommands::EditorCommands(CliOutput* out)
    : m_out(out)
    , m_setup(ClientEnvironment::system())
{}

QString EditorCommands::helpText()
{
    return tr("Editor commands:\n"
              "  install --client ID --url MCP_URL   add the server to that editor's own config file\n"
              "          [--scope user|project] [--project-dir DIR] [--server-name N] [--file PATH]\n"
              "          [--dry-run] [--force]\n"
              "  uninstall --client ID               remove it again (nothing else in the file changes)\n"
              "  restore --client ID [--backup PATH] put the newest backup of that file back\n"
              "  config --client ID --url MCP_URL    print the entry as that editor wants it\n"
              "  clients                             list the editors, their files and whether they look "
              "installed\n");
}

int EditorCommands::fail(const Error& error)
{
    m_out->error(error);
    return error.exitCode();
}

int EditorCommands::checkClient(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    Error error;
    if (!EditorSetup::findClient(request.clientId, &error)) {
        error.setHint(tr("Choose an editor with --client (see the clients command)."));
        error.addContext(QStringLiteral("usage"), true);
        return fail(error);
    }
    return 0;
}

bool EditorCommands::prepare(const EditorRequest& request, bool needUrl, bool needPath, EditorTarget* target,
                             Error* error) const
{
    target->profile = EditorSetup::findClient(request.clientId, error);
    if (!target->profile) {
        error->setHint(tr("Choose an editor with --client (see the clients command)."));
        error->addContext(QStringLiteral("usage"), true);
        return false;
    }
    const QString scope = request.scope.trimmed().toLower();
    if (scope != u"user" && scope != u"project" && !scope.isEmpty()) {
        *error = Error(Error::InvalidConfig,
                       tr("--scope must be user or project, not \"%1\".").arg(request.scope));
        error->addContext(QStringLiteral("usage"), true);
        return false;
    }
    target->scope = scope == u"project" ? ConfigScope::Project : ConfigScope::User;
    if (!request.serverName.trimmed().isEmpty())
        target->serverName = request.serverName.trimmed();
    if (needUrl) {
        if (request.url.trimmed().isEmpty()) {
            *error = Error(Error::MissingConfig, tr("This command needs --url MCP_URL."));
            error->addContext(QStringLiteral("missing_vars"), QJsonArray{QStringLiteral("--url")});
            return false;
        }
        if (!ServerEndpoint::parseMcpOverride(request.url, &target->url, error))
            return false;
    }
    if (!request.configFile.isEmpty()) {
        target->path = QFileInfo(request.configFile).absoluteFilePath();
        return true;
    }
    const QString projectDir =
        request.projectDir.isEmpty() ? QDir::currentPath() : QFileInfo(request.projectDir).absoluteFilePath();
    if (!m_setup.resolvePath(target, projectDir, error)) {
        if (!needPath) {
            *error = Error();
            target->path.clear();
            return true;
        }
        error->setHint(tr("Use --scope project, or name a file with --file."));
        return false;
    }
    return true;
}

KeyMask EditorCommands::mask(const EditorRequest& request, const EditorTarget& target) const
{
    return request.showKey ? KeyMask() : KeyMask(target.url);
}

int EditorCommands::run(const EditorRequest& request, ConfigChange::Action action)
{
    m_out->setJson(request.json || m_out->json());
    EditorTarget t;
    Error error;
    if (!prepare(request, action == ConfigChange::Action::Install, true, &t, &error))
        return fail(error);
    EditorPlan plan;
    const KeyMask hide = mask(request, t);
    const bool planned = action == ConfigChange::Action::Install ? m_setup.planInstall(t, hide, &plan, &error)
                         : action == ConfigChange::Action::Uninstall
                             ? m_setup.planUninstall(t, hide, &plan, &error)
                             : m_setup.planRestore(t, request.backup, hide, &plan, &error);
    if (!planned)
        return fail(error);
    if (plan.outcome == EditorPlan::Outcome::NameTaken && !request.force) {
        error = ConfigInstaller::nameTakenError(plan.change);
        error.setHint(tr("Use --force to replace it, or choose another name with --server-name."));
        return fail(error);
    }
    if (!request.dryRun && plan.needsWrite() && !m_setup.apply(t, &plan, &error))
        return fail(error);
    return report(request, t, plan);
}

int EditorCommands::install(const EditorRequest& request)
{
    return run(request, ConfigChange::Action::Install);
}

int EditorCommands::uninstall(const EditorRequest& request)
{
    return run(request, ConfigChange::Action::Uninstall);
}

int EditorCommands::restore(const EditorRequest& request)
{
    return run(request, ConfigChange::Action::Restore);
}

int EditorCommands::report(const EditorRequest& request, const EditorTarget& target, const EditorPlan& plan)
{
    const ConfigChange& change = plan.change;
    const KeyMask hide = mask(request, target);
    if (m_out->json()) {
        static const char* const verbs[] = {"install", "uninstall", "restore"};
        QJsonObject o;
        o.insert(QStringLiteral("action"), QLatin1String(verbs[int(change.action)]));
        o.insert(QStringLiteral("client"), target.profile->id());
        o.insert(QStringLiteral("client_name"), target.profile->displayName());
        o.insert(QStringLiteral("scope"),
                 target.scope == ConfigScope::User ? QStringLiteral("user") : QStringLiteral("project"));
        o.insert(QStringLiteral("path"), native(change.path));
        o.insert(QStringLiteral("server_name"),
                 change.serverName.isEmpty() ? target.serverName : change.serverName);
        o.insert(QStringLiteral("dry_run"), request.dryRun);
        o.insert(QStringLiteral("changed"), change.changed());
        o.insert(QStringLiteral("entry_existed"), change.entryExisted);
        o.insert(QStringLiteral("created"), change.created);
        o.insert(QStringLiteral("backup"), orNull(native(change.backupPath)));
        if (change.action == ConfigChange::Action::Restore)
            o.insert(QStringLiteral("restored_from"), native(change.restoredFrom));
        if (request.dryRun)
            o.insert(QStringLiteral("diff"), plan.diff);
        if (!change.entry.isEmpty())
            o.insert(QStringLiteral("entry"),
                     QJsonDocument::fromJson(hide.apply(QJsonDocument(change.entry).toJson())).object());
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(change.warnings));
        m_out->printJson(o);
        return 0;
    }
    for (const QString& w : change.warnings)
        m_out->warn(w);
    const EditorSetup::Summary summary = m_setup.summary(target, plan, request.dryRun);
    if (request.dryRun && plan.needsWrite()) {
        m_out->step(summary.headline);
        m_out->raw(plan.diff);
        return 0;
    }
    m_out->ok(summary.headline);
    for (const QString& line : summary.details)
        m_out->line(QStringLiteral("  ") + line, CliOutput::Tone::Dim);
    return 0;
}

int EditorCommands::printConfig(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    EditorTarget t;
    Error error;
    if (!prepare(request, true, false, &t, &error))
        return fail(error);
    const ClientProfile& p = *t.profile;
    const ClientEnvironment& env = m_setup.environment();
    const QJsonObject entry = p.entryFor(t.serverName, t.url, env.os);
    const QString snippet = m_setup.preview(t, KeyMask());
    const QString link = ClientLinks::deeplink(p, t.serverName, t.url, env.os);
    const NativeCommand command = ClientLinks::nativeCommand(p, t.serverName, t.url, t.scope);
    if (m_out->json()) {
        QJsonObject o;
        o.insert(QStringLiteral("client"), p.id());
        o.insert(QStringLiteral("client_name"), p.displayName());
        o.insert(QStringLiteral("path"), orNull(native(t.path)));
        o.insert(QStringLiteral("format"), ClientProfile::formatName(p.format()));
        o.insert(QStringLiteral("top_key"), p.topKey());
        o.insert(QStringLiteral("server_name"), t.serverName);
        o.insert(QStringLiteral("entry"), entry);
        o.insert(QStringLiteral("snippet"), snippet);
        o.insert(QStringLiteral("deeplink"), orNull(link));
        if (command.isEmpty()) {
            o.insert(QStringLiteral("native_command"), QJsonValue());
        } else {
            o.insert(QStringLiteral("native_command"),
                     QJsonObject{{QStringLiteral("argv"), QJsonArray::fromStringList(command.argv)},
                                 {QStringLiteral("posix"), command.posix()},
                                 {QStringLiteral("windows"), command.windows()}});
        }
        o.insert(QStringLiteral("confirmed"), p.confirmed());
        o.insert(QStringLiteral("note"), orNull(p.note()));
        m_out->printJson(o);
        return 0;
    }
    m_out->line(t.path.isEmpty() ? tr("%1:").arg(p.displayName())
                                 : tr("%1 (%2):").arg(p.displayName(), native(t.path)),
                CliOutput::Tone::Bold);
    m_out->raw(snippet);
    if (!link.isEmpty())
        m_out->line(tr("One-click link: %1").arg(link));
    if (!command.isEmpty()) {
        m_out->line(tr("Or run: %1").arg(command.posix()));
        if (env.os == ClientEnvironment::Os::Windows)
            m_out->line(tr("  (cmd.exe: %1)").arg(command.windows()), CliOutput::Tone::Dim);
    }
    if (!p.note().isEmpty())
        m_out->line(p.note(), p.confirmed() ? CliOutput::Tone::Dim : CliOutput::Tone::Warn);
    return 0;
}

int EditorCommands::listClients(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    const QString projectDir = request.projectDir.isEmpty() ? QDir::currentPath() : request.projectDir;
    QJsonArray list;
    for (const ClientProfile& p : ClientProfile::all()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id());
        o.insert(QStringLiteral("name"), p.displayName());
        o.insert(QStringLiteral("format"), ClientProfile::formatName(p.format()));
        o.insert(QStringLiteral("top_key"), p.topKey());
        o.insert(QStringLiteral("user_config"), orNull(native(p.userConfigPath(m_setup.environment()))));
        o.insert(QStringLiteral("project_config"), orNull(native(p.projectConfigPath(projectDir))));
        o.insert(QStringLiteral("looks_installed"), p.looksInstalled(m_setup.environment()));
        o.insert(QStringLiteral("confirmed"), p.confirmed());
        o.insert(QStringLiteral("note"), orNull(p.note()));
        o.insert(QStringLiteral("deeplink"), p.deeplink() != ClientProfile::Deeplink::None);
        o.insert(QStringLiteral("native_command"), p.native() != ClientProfile::Native::None);
        list.append(o);
    }
    if (m_out->json()) {
        m_out->printJson(QJsonObject{{QStringLiteral("clients"), list}});
        return 0;
    }
    m_out->line(tr("Editors (✓ looks installed here; ? best guess):"), CliOutput::Tone::Bold);
    for (const QJsonValue& v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        const bool installed = o.value(QLatin1String("looks_installed")).toBool();
        const QString mark =
            installed ? m_out->paint(QStringLiteral("✓"), CliOutput::Tone::Ok) : QStringLiteral(" ");
        const QString guess =
            o.value(QLatin1String("confirmed")).toBool() ? QStringLiteral(" ") : QStringLiteral("?");
        const QString path = o.value(QLatin1String("user_config")).toString();
        m_out->line(QStringLiteral("  %1 %2 %3  %4")
                        .arg(mark, guess, o.value(QLatin1String("id")).toString().leftJustified(16),
                             path.isEmpty() ? tr("(no file of its own)") : path));
    }
    return 0;
}

} // namespace aipex::cli
