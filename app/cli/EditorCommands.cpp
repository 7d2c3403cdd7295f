#include "EditorCommands.h"

#include "clients/ClientLinks.h"
#include "clients/ConfigInstaller.h"
#include "clients/UnifiedDiff.h"
#include "mcp/McpEntry.h"
#include "server/ServerEndpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

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
    , m_env(ClientEnvironment::system())
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

bool EditorCommands::prepare(const EditorRequest& request, bool needUrl, bool needPath, Target* target,
                             Error* error) const
{
    target->profile = ClientProfile::find(request.clientId);
    if (!target->profile) {
        *error = Error(
            request.clientId.trimmed().isEmpty() ? Error::MissingConfig : Error::InvalidConfig,
            tr("Choose an editor with --client: %1.").arg(ClientProfile::ids().join(QLatin1String(", "))));
        error->addContext(QStringLiteral("usage"), true);
        error->addContext(QStringLiteral("value"), request.clientId);
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
    target->serverName =
        request.serverName.trimmed().isEmpty() ? McpEntry::kDefaultServerName : request.serverName.trimmed();
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
    if (!ConfigInstaller::pathFor(*target->profile, target->scope, m_env, projectDir, target->serverName,
                                  &target->path, error)) {
        if (!needPath) {
            *error = Error();
            target->path.clear();
            return true;
        }
        return false;
    }
    return true;
}

QStringList EditorCommands::secrets(const EditorRequest& request, const Target& target) const
{
    if (request.showKey)
        return {};
    QStringList out;
    const QString token = McpEntry::tokenOf(target.url);
    if (!token.isEmpty())
        out << token << QString::fromLatin1(QUrl::toPercentEncoding(token));
    return out;
}

QString EditorCommands::shown(const QString& text, const QStringList& secretList) const
{
    QString out = text;
    for (const QString& s : secretList) {
        if (!s.isEmpty())
            out.replace(s, McpEntry::maskToken(s));
    }
    return out;
}

QString EditorCommands::nodeWarning() const
{
    // mcp-remote runs on the user's Node.js; without it the editor shows the server as failed.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("npx")).isEmpty())
        return tr(
            "This editor reaches the server through mcp-remote, which needs Node.js 18 or later (node and "
            "npx were not found on PATH).");
    QProcess p;
    p.start(node, {QStringLiteral("--version")});
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    const QString version = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^v(\\d+)\\.")).match(version);
    if (m.hasMatch() && m.captured(1).toInt() < 18)
        return tr("mcp-remote needs Node.js 18 or later; this machine has %1.").arg(version);
    return {};
}

int EditorCommands::report(const EditorRequest& request, const Target& target, const ConfigChange& change,
                           const QString& verb)
{
    const QStringList hide = secrets(request, target);
    const QString diff =
        UnifiedDiff::make(change.before, change.after, QFileInfo(change.path).fileName(), hide);
    QStringList warnings = change.warnings;
    if (change.action == ConfigChange::Action::Install && change.entry.contains(QLatin1String("command")) &&
        change.changed()) {
        const QString node = nodeWarning();
        if (!node.isEmpty())
            warnings << node;
    }
    if (m_out->json()) {
        QJsonObject o;
        o.insert(QStringLiteral("action"), verb);
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
            o.insert(QStringLiteral("diff"), diff);
        if (!change.entry.isEmpty())
            o.insert(QStringLiteral("entry"),
                     QJsonDocument::fromJson(
                         shown(QString::fromUtf8(QJsonDocument(change.entry).toJson()), hide).toUtf8())
                         .object());
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        m_out->printJson(o);
        return 0;
    }
    for (const QString& w : std::as_const(warnings))
        m_out->warn(w);
    const QString where = native(change.path);
    if (request.dryRun) {
        if (!change.changed()) {
            m_out->ok(tr("Dry run: %1 would stay as it is.").arg(where));
            return 0;
        }
        m_out->step(tr("Dry run: %1 would change like this (nothing was written):").arg(where));
        m_out->raw(diff);
        return 0;
    }
    const QString name = change.serverName;
    switch (change.action) {
    case ConfigChange::Action::Install:
        if (!change.changed())
            m_out->ok(tr("%1 already has \"%2\" as wanted: %3 was left as it is.")
                          .arg(target.profile->displayName(), name, where));
        else
            m_out->ok((change.entryExisted ? tr("Replaced \"%1\" in %2") : tr("Added \"%1\" to %2"))
                          .arg(name, where));
        break;
    case ConfigChange::Action::Uninstall:
        if (!change.entryExisted)
            m_out->ok(tr("No server named \"%1\" in %2: nothing to remove.").arg(name, where));
        else
            m_out->ok(tr("Removed \"%1\" from %2").arg(name, where));
        break;
    case ConfigChange::Action::Restore:
        m_out->ok(tr("Restored %1 from %2").arg(where, native(change.restoredFrom)));
        break;
    }
    if (!change.backupPath.isEmpty())
        m_out->line(tr("  Backup of the previous text: %1").arg(native(change.backupPath)),
                    CliOutput::Tone::Dim);
    if (change.created)
        m_out->line(tr("  The file was created (readable only by you)."), CliOutput::Tone::Dim);
    if (change.action == ConfigChange::Action::Install && change.changed())
        m_out->line(
            tr("  Restart %1 (or reload its MCP servers) to pick it up.").arg(target.profile->displayName()),
            CliOutput::Tone::Dim);
    return 0;
}

int EditorCommands::install(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    Target t;
    Error error;
    if (!prepare(request, true, true, &t, &error))
        return fail(error);
    const ConfigInstaller installer(*t.profile, t.path, m_env.os);
    ConfigChange change;
    if (!installer.planInstall(t.serverName, t.url, request.force, &change, &error))
        return fail(error);
    if (!request.dryRun && !installer.apply(&change, &error))
        return fail(error);
    return report(request, t, change, QStringLiteral("install"));
}

int EditorCommands::uninstall(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    Target t;
    Error error;
    if (!prepare(request, false, true, &t, &error))
        return fail(error);
    const ConfigInstaller installer(*t.profile, t.path, m_env.os);
    ConfigChange change;
    if (!installer.planUninstall(t.serverName, &change, &error))
        return fail(error);
    if (!request.dryRun && !installer.apply(&change, &error))
        return fail(error);
    return report(request, t, change, QStringLiteral("uninstall"));
}

int EditorCommands::restore(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    Target t;
    Error error;
    if (!prepare(request, false, true, &t, &error))
        return fail(error);
    const ConfigInstaller installer(*t.profile, t.path, m_env.os);
    ConfigChange change;
    if (!installer.planRestore(&change, &error, request.backup))
        return fail(error);
    if (!request.dryRun && !installer.apply(&change, &error))
        return fail(error);
    return report(request, t, change, QStringLiteral("restore"));
}

int EditorCommands::printConfig(const EditorRequest& request)
{
    m_out->setJson(request.json || m_out->json());
    Target t;
    Error error;
    if (!prepare(request, true, false, &t, &error))
        return fail(error);
    const ClientProfile& p = *t.profile;
    const ConfigInstaller installer(p, t.path, m_env.os);
    const QJsonObject entry = p.entryFor(t.serverName, t.url, m_env.os);
    const QString snippet = QString::fromUtf8(installer.snippet(t.serverName, t.url));
    const QString link = ClientLinks::deeplink(p, t.serverName, t.url, m_env.os);
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
        if (m_env.os == ClientEnvironment::Os::Windows)
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
        o.insert(QStringLiteral("user_config"), orNull(native(p.userConfigPath(m_env))));
        o.insert(QStringLiteral("project_config"), orNull(native(p.projectConfigPath(projectDir))));
        o.insert(QStringLiteral("looks_installed"), p.looksInstalled(m_env));
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
