#include "clients/ConfigInstaller.h"

#include "SecureFile.h"
#include "formats/YamlEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace aipex {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error fileError(const QString& message, const QString& path)
{
    Error e(Error::InvalidConfig, message);
    e.addContext(QStringLiteral("path"), path);
    return e;
}

} // namespace

ConfigInstaller::ConfigInstaller(const ClientProfile& profile, const QString& path, ClientEnvironment::Os os)
    : m_profile(profile)
    , m_path(path)
    , m_os(os)
{
    // Edit (and back up next to) what a symlink points at, as SecureFile writes it.
    const QFileInfo info(path);
    m_target = path;
    if (info.isSymLink()) {
        const QString canonical = info.canonicalFilePath();
        m_target = canonical.isEmpty() ? info.symLinkTarget() : canonical;
    }
}

bool ConfigInstaller::pathFor(const ClientProfile& profile, ConfigScope scope, const ClientEnvironment& env,
                              const QString& projectDir, const QString& serverName, QString* path,
                              Error* error)
{
    if (!profile.supportsScope(scope)) {
        if (error) {
            *error = Error(
                Error::InvalidConfig,
                scope == ConfigScope::User
                    ? tr("%1 has no user-wide config file; use the project scope or choose a file.")
                          .arg(profile.displayName())
                    : tr("%1 has no project config file; use the user scope.").arg(profile.displayName()));
        }
        return false;
    }
    if (scope == ConfigScope::Project && projectDir.isEmpty()) {
        if (error)
            *error = Error(Error::MissingConfig, tr("The project scope needs a project folder."));
        return false;
    }
    *path = profile.configPath(scope, env, projectDir, serverName);
    return true;
}

ProcessCheck::State ConfigInstaller::appState() const
{
    return ProcessCheck::find(m_profile.processNames(), m_procRoot);
}

QString ConfigInstaller::runningWarning() const
{
    return m_profile.processNames().isEmpty() ? QString() : runningWarning(m_profile, appState());
}

QString ConfigInstaller::runningWarning(const ClientProfile& profile, ProcessCheck::State state)
{
    switch (state) {
    case ProcessCheck::State::Running:
        return tr("%1 is running: quit it first, or it may undo this change when it exits.")
            .arg(profile.displayName());
    case ProcessCheck::State::Unknown:
        return tr("Make sure %1 is not running: it rewrites this file when it exits.")
            .arg(profile.displayName());
    case ProcessCheck::State::NotRunning:
        break;
    }
    return {};
}

bool ConfigInstaller::readFile(QByteArray* bytes, bool* exists, Error* error) const
{
    bytes->clear();
    const QFileInfo info(m_target);
    *exists = info.exists();
    if (!*exists)
        return true;
    if (info.isDir()) {
        if (error)
            *error = fileError(tr("%1 is a folder, not a config file.").arg(native(m_target)), m_target);
        return false;
    }
    QFile f(m_target);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = fileError(tr("Could not read %1: %2").arg(native(m_target), f.errorString()), m_target);
        return false;
    }
    *bytes = f.readAll();
    return true;
}

bool ConfigInstaller::editRead(const QByteArray& text, const QString& name, QJsonObject* entry, bool* found,
                               Error* error) const
{
    return m_profile.editor().read(text, m_profile.topKey(), name, entry, found, error, m_target);
}

bool ConfigInstaller::editUpsert(const QByteArray& text, const QString& name, const QJsonObject& entry,
                                 QByteArray* out, Error* error) const
{
    const QByteArray header =
        m_profile.format() == ClientProfile::Format::Yaml ? newYamlHeader(name) : QByteArray();
    return m_profile.editor().upsert(text, m_profile.topKey(), name, entry, out, error, m_target, header);
}

bool ConfigInstaller::editRemove(const QByteArray& text, const QString& name, QByteArray* out, bool* removed,
                                 Error* error) const
{
    return m_profile.editor().remove(text, m_profile.topKey(), name, out, removed, error, m_target);
}

QByteArray ConfigInstaller::newYamlHeader(const QString& serverName) const
{
    // Continue refuses a config (or a block file) without name, version and schema.
    const bool block = QFileInfo(m_target).fileName() != u"config.yaml";
    const QString name = block ? serverName : QStringLiteral("Local Assistant");
    return "name: " + YamlEditor::scalar(name) + "\nversion: " + (block ? "0.0.1" : "1.0.0") +
           "\nschema: v1\n";
}

QByteArray ConfigInstaller::snippet(const QString& serverName, const QUrl& url) const
{
    return m_profile.editor().snippet(m_profile.topKey(), serverName,
                                      m_profile.entryFor(serverName, url, m_os));
}

void ConfigInstaller::addWarnings(ConfigChange* change) const
{
    const QString running = runningWarning();
    if (!running.isEmpty())
        change->warnings << running;
    if (change->action != ConfigChange::Action::Restore && m_profile.strictJson() && change->fileExisted &&
        !change->before.trimmed().isEmpty() && !change->strictBefore)
        change->warnings << tr("%1 reads this file as strict JSON, but it already holds comments, trailing "
                               "commas or a byte-order mark: %1 may not read it.")
                                .arg(m_profile.displayName());
    if (!m_profile.confirmed())
        change->warnings << m_profile.note();
}

bool ConfigInstaller::planInstall(const QString& serverName, const QUrl& url, ConfigChange* change,
                                  Error* error) const
{
    ConfigChange c;
    c.action = ConfigChange::Action::Install;
    c.path = m_target;
    c.serverName = serverName;
    c.entry = m_profile.entryFor(serverName, url, m_os);
    if (!readFile(&c.before, &c.fileExisted, error))
        return false;
    QJsonObject existing;
    if (!editRead(c.before, serverName, &existing, &c.entryExisted, error))
        return false;
    c.strictBefore = m_profile.editor().isStrictJson(c.before);
    if (c.entryExisted && existing == c.entry) {
        c.after = c.before; // already as wanted: nothing to write
    } else {
        c.replacesOther = c.entryExisted;
        if (!editUpsert(c.before, serverName, c.entry, &c.after, error))
            return false;
    }
    addWarnings(&c);
    *change = c;
    return true;
}

bool ConfigInstaller::planUninstall(const QString& serverName, ConfigChange* change, Error* error) const
{
    ConfigChange c;
    c.action = ConfigChange::Action::Uninstall;
    c.path = m_target;
    c.serverName = serverName;
    if (!readFile(&c.before, &c.fileExisted, error))
        return false;
    if (c.fileExisted) {
        if (!editRemove(c.before, serverName, &c.after, &c.entryExisted, error))
            return false;
        c.strictBefore = m_profile.editor().isStrictJson(c.before);
    }
    if (c.entryExisted)
        addWarnings(&c);
    *change = c;
    return true;
}

bool ConfigInstaller::planRestore(ConfigChange* change, Error* error, const QString& backup) const
{
    ConfigChange c;
    c.action = ConfigChange::Action::Restore;
    c.path = m_target;
    c.restoredFrom = backup.isEmpty() ? backups().value(0) : backup;
    if (c.restoredFrom.isEmpty()) {
        if (error) {
            *error =
                Error(Error::MissingConfig, tr("There is no backup of %1 to restore.").arg(native(m_target)));
            error->addContext(QStringLiteral("path"), m_target);
        }
        return false;
    }
    if (!readFile(&c.before, &c.fileExisted, error))
        return false;
    QFile f(c.restoredFrom);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = fileError(tr("Could not read %1: %2").arg(native(c.restoredFrom), f.errorString()),
                               c.restoredFrom);
        return false;
    }
    c.after = f.readAll();
    addWarnings(&c);
    *change = c;
    return true;
}

QString ConfigInstaller::backupPathFor(const QString& file, const QDateTime& when)
{
    const QString base = file + QStringLiteral(".bak-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

QStringList ConfigInstaller::backups() const
{
    const QFileInfo info(m_target);
    const QDir dir = info.dir();
    const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(info.fileName()) +
                                QStringLiteral("\\.bak-(\\d{8}-\\d{6})(?:-(\\d+))?$"));
    struct Found
    {
        QString stamp;
        int n;
        QString path;
    };
    std::vector<Found> found;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QRegularExpressionMatch m = re.match(name);
        if (m.hasMatch())
            found.push_back(
                {m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.n > b.n;
    });
    QStringList out;
    for (const Found& f : found)
        out << f.path;
    return out;
}

bool ConfigInstaller::verify(const ConfigChange& change, const QByteArray& written, Error* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = fileError(tr("%1 did not read back as written (%2); the previous text was put back.")
                                   .arg(native(m_target), why),
                               m_target);
        return false;
    };
    if (written != change.after)
        return fail(tr("different bytes"));
    if (change.action == ConfigChange::Action::Restore)
        return true;
    if (m_profile.strictJson() && (change.strictBefore || !change.fileExisted)) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(written, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(tr("not strict JSON: %1").arg(pe.errorString()));
    }
    QJsonObject entry;
    bool found = false;
    Error parseError;
    if (!editRead(written, change.serverName, &entry, &found, &parseError))
        return fail(parseError.message());
    if (change.action == ConfigChange::Action::Install && (!found || entry != change.entry))
        return fail(tr("the entry is not there"));
    if (change.action == ConfigChange::Action::Uninstall && found)
        return fail(tr("the entry is still there"));
    return true;
}

bool ConfigInstaller::apply(ConfigChange* change, Error* error) const
{
    if (!change->changed())
        return true;
    QByteArray now;
    bool exists = false;
    if (!readFile(&now, &exists, error))
        return false;
    if (exists != change->fileExisted || now != change->before) {
        if (error)
            *error = fileError(tr("%1 changed while the change was being prepared; run the command again.")
                                   .arg(native(m_target)),
                               m_target);
        return false;
    }
    if (change->fileExisted) {
        change->backupPath = backupPathFor(m_target);
        if (!SecureFile::write(change->backupPath, change->before, error))
            return false;
    }
    if (!SecureFile::write(m_target, change->after, error, &change->created))
        return false;
    QByteArray written;
    if (!readFile(&written, &exists, error))
        return false;
    Error verifyError;
    if (!verify(*change, written, &verifyError)) {
        if (change->fileExisted)
            SecureFile::write(m_target, change->before, nullptr);
        else
            QFile::remove(m_target);
        if (error)
            *error = verifyError;
        return false;
    }
    change->written = true;
    return true;
}

bool ConfigInstaller::install(const QString& serverName, const QUrl& url, bool replace, ConfigChange* change,
                              Error* error) const
{
    if (!planInstall(serverName, url, change, error))
        return false;
    if (change->replacesOther && !replace) {
        if (error)
            *error = nameTakenError(*change);
        return false;
    }
    return apply(change, error);
}

Error ConfigInstaller::nameTakenError(const ConfigChange& change)
{
    Error e(Error::InvalidConfig, tr("%1 already has a server named \"%2\" with other settings.")
                                      .arg(native(change.path), change.serverName));
    e.addContext(QStringLiteral("path"), change.path);
    return e;
}

bool ConfigInstaller::uninstall(const QString& serverName, ConfigChange* change, Error* error) const
{
    return planUninstall(serverName, change, error) && apply(change, error);
}

bool ConfigInstaller::restore(ConfigChange* change, Error* error, const QString& backup) const
{
    return planRestore(change, error, backup) && apply(change, error);
}

bool ConfigInstaller::readEntry(const QString& serverName, QJsonObject* entry, bool* found,
                                Error* error) const
{
    QByteArray text;
    bool exists = false;
    if (!readFile(&text, &exists, error))
        return false;
    return editRead(text, serverName, entry, found, error);
}

} // namespace aipex
