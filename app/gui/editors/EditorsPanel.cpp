#include "editors/EditorsPanel.h"

#include "clients/ClientLinks.h"
#include "clients/ConfigInstaller.h"
#include "clients/ProcessCheck.h"
#include "clients/UnifiedDiff.h"
#include "mcp/McpEntry.h"
#include "widgets/JsonHighlighter.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace aipex::gui {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

constexpr int kNodeMajor = 18;

} // namespace

EditorsPanel::EditorsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_path(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_projectLabel(new QLabel(tr("Pro&ject folder:"), this))
    , m_project(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_info(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_install(new QPushButton(tr("Ins&tall…"), this))
    , m_uninstall(new QPushButton(tr("Uninst&all…"), this))
    , m_deeplink(new QPushButton(tr("One-clic&k install"), this))
    , m_copyCommand(new QPushButton(tr("Cop&y command"), this))
    , m_runCommand(new QPushButton(tr("Run t&he command"), this))
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("editorsPanel"));
    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setAccessibleName(tr("Editors"));
    m_list->setAccessibleDescription(tr("Each editor with whether it was found on this computer"));
    m_list->setMaximumWidth(230);
    m_path->setObjectName(QStringLiteral("clientPath"));
    m_path->setAccessibleDescription(tr("The file that Install changes; you can type another one"));
    m_scope->setObjectName(QStringLiteral("clientScope"));
    m_project->setObjectName(QStringLiteral("projectFolder"));
    m_project->setPlaceholderText(tr("The project's top folder"));
    m_browse->setObjectName(QStringLiteral("browseProject"));
    m_browse->setAccessibleName(tr("Browse for the project folder"));
    m_info->setObjectName(QStringLiteral("clientInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAccessibleName(tr("About this editor"));
    m_preview->setObjectName(QStringLiteral("clientPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("Entry for this editor"));
    m_preview->setMinimumHeight(48);
    new JsonHighlighter(m_preview->document());
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setAccessibleDescription(tr("Shows the change to the file first"));
    m_uninstall->setObjectName(QStringLiteral("uninstallButton"));
    m_uninstall->setAccessibleDescription(tr("Shows the change to the file first"));
    m_deeplink->setObjectName(QStringLiteral("openDeeplink"));
    m_deeplink->setAccessibleDescription(tr("Opens the editor's own install link"));
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    m_runCommand->setObjectName(QStringLiteral("runCommand"));
    m_runCommand->setAccessibleDescription(tr("Runs the editor's own command for adding the server"));
    m_copyCommand->setAccessibleDescription(tr("Copies the editor's own command for adding the server"));

    auto* listLabel = new QLabel(tr("Editor &list:"), this);
    listLabel->setBuddy(m_list);
    auto* pathLabel = new QLabel(tr("Config &path:"), this);
    pathLabel->setBuddy(m_path);
    auto* scopeLabel = new QLabel(tr("Sc&ope:"), this);
    scopeLabel->setBuddy(m_scope);
    m_projectLabel->setBuddy(m_project);

    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1, 1, 4);
    grid->addWidget(scopeLabel, 1, 0);
    grid->addWidget(m_scope, 1, 1);
    grid->addWidget(m_projectLabel, 1, 2);
    grid->addWidget(m_project, 1, 3);
    grid->addWidget(m_browse, 1, 4);
    grid->setColumnStretch(3, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_uninstall);
    buttons->addStretch();
    buttons->addWidget(m_deeplink);
    buttons->addWidget(m_copyCommand);
    buttons->addWidget(m_runCommand);
    auto* right = new QVBoxLayout;
    right->addLayout(grid);
    right->addWidget(m_info);
    right->addWidget(m_preview, 1);
    right->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_pathEdited = false;
        clientChanged();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_pathEdited = false;
        updateDetails();
    });
    connect(m_project, &QLineEdit::textChanged, this, [this] {
        m_pathEdited = false;
        updatePath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &EditorsPanel::browseProject);
    connect(m_install, &QPushButton::clicked, this, &EditorsPanel::startInstall);
    connect(m_uninstall, &QPushButton::clicked, this, &EditorsPanel::startUninstall);
    connect(m_deeplink, &QPushButton::clicked, this, &EditorsPanel::openLink);
    connect(m_copyCommand, &QPushButton::clicked, this, &EditorsPanel::copyCommand);
    connect(m_runCommand, &QPushButton::clicked, this, &EditorsPanel::runCommand);
}

EditorsPanel::~EditorsPanel()
{
    // A node still starting up must not report to a half-destroyed panel.
    if (m_nodeCheck) {
        m_nodeCheck->disconnect(this);
        delete m_nodeCheck;
    }
    // Likewise an editor command still running: its end would report to a page being torn down.
    if (m_running) {
        m_running->disconnect(this);
        delete m_running;
    }
}

QList<QWidget*> EditorsPanel::focusOrder() const
{
    return {m_list,    m_path,      m_scope,    m_project,     m_browse,    m_preview,
            m_install, m_uninstall, m_deeplink, m_copyCommand, m_runCommand};
}

void EditorsPanel::setEnvironment(const ClientEnvironment& env)
{
    m_env = env;
    m_envSet = true;
    if (m_listed)
        fillList();
}

ClientEnvironment EditorsPanel::environment() const
{
    return m_envSet ? m_env : ClientEnvironment::system();
}

void EditorsPanel::setProcRoot(const QString& procRoot)
{
    m_procRoot = procRoot;
    if (m_listed)
        updateInfo();
}

void EditorsPanel::setEntry(const QString& serverName, const QUrl& url, bool revealed)
{
    m_serverName = serverName.isEmpty() ? McpEntry::kDefaultServerName : serverName;
    m_url = url;
    m_revealed = revealed;
    ensureList();
    updateDetails();
}

void EditorsPanel::ensureList()
{
    if (m_listed)
        return;
    if (!m_envSet) {
        m_env = ClientEnvironment::system();
        m_envSet = true;
    }
    m_listed = true;
    fillList();
}

void EditorsPanel::fillList()
{
    const QString keep = currentClientId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ClientProfile& p : ClientProfile::all()) {
        const bool hasFile = p.supportsScope(ConfigScope::User) || p.supportsScope(ConfigScope::Project);
        QString state;
        if (hasFile)
            state = p.looksInstalled(m_env) ? tr("installed") : tr("not found");
        if (!p.confirmed())
            state = state.isEmpty() ? tr("best guess") : tr("%1, best guess").arg(state);
        auto* item = new QListWidgetItem(state.isEmpty() ? p.displayName()
                                                         : tr("%1 (%2)").arg(p.displayName(), state));
        item->setData(Qt::UserRole, p.id());
        if (!p.note().isEmpty())
            item->setToolTip(p.note());
        m_list->addItem(item);
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    }
    m_list->setCurrentRow(row);
    clientChanged();
}

bool EditorsPanel::selectClient(const QString& id)
{
    ensureList();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

const ClientProfile* EditorsPanel::current() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? ClientProfile::find(item->data(Qt::UserRole).toString()) : nullptr;
}

QString EditorsPanel::currentClientId() const
{
    const ClientProfile* p = current();
    return p ? p->id() : QString();
}

ConfigScope EditorsPanel::scope() const
{
    return m_scope->currentData().toInt() == int(ConfigScope::Project) ? ConfigScope::Project
                                                                       : ConfigScope::User;
}

QString EditorsPanel::configPath() const
{
    return m_path->text().trimmed();
}

QString EditorsPanel::previewText() const
{
    return m_preview->toPlainText();
}

QString EditorsPanel::infoText() const
{
    return m_info->text();
}

void EditorsPanel::clientChanged()
{
    const ClientProfile* p = current();
    {
        const QSignalBlocker block(m_scope);
        m_scope->clear();
        if (p && p->supportsScope(ConfigScope::User))
            m_scope->addItem(tr("User (all projects)"), int(ConfigScope::User));
        if (p && p->supportsScope(ConfigScope::Project))
            m_scope->addItem(tr("This project only"), int(ConfigScope::Project));
        if (m_scope->count() == 0)
            m_scope->addItem(tr("Any file you choose"), int(ConfigScope::User));
        m_scope->setEnabled(m_scope->count() > 1);
    }
    const bool bridge = p && p->usesBridge(m_url);
    if (bridge)
        checkNode();
    updateDetails();
}

void EditorsPanel::updateDetails()
{
    const ClientProfile* p = current();
    const bool project = scope() == ConfigScope::Project;
    m_projectLabel->setVisible(project);
    m_project->setVisible(project);
    m_browse->setVisible(project);
    updatePath();
    if (p) {
        const ConfigInstaller installer(*p, configPath(), m_env.os);
        m_preview->setPlainText(masked(QString::fromUtf8(installer.snippet(m_serverName, m_url))));
        m_deeplink->setEnabled(p->deeplink() != ClientProfile::Deeplink::None);
        m_copyCommand->setEnabled(p->native() != ClientProfile::Native::None);
        m_deeplink->setToolTip(m_deeplink->isEnabled()
                                   ? tr("Opens %1's own install link").arg(p->displayName())
                                   : tr("%1 has no install link").arg(p->displayName()));
        // Run only what the user asked for, and only a tool that is really there.
        const NativeCommand command = ClientLinks::nativeCommand(*p, m_serverName, m_url, scope());
        const bool onPath =
            !command.isEmpty() && !QStandardPaths::findExecutable(command.argv.first()).isEmpty();
        m_runCommand->setEnabled(onPath && !m_running);
        m_runCommand->setToolTip(command.isEmpty() ? tr("%1 has no command of its own").arg(p->displayName())
                                 : onPath          ? tr("Runs: %1 mcp add …").arg(command.argv.first())
                                                   : tr("%1 is not on PATH").arg(command.argv.first()));
        m_copyCommand->setToolTip(
            m_copyCommand->isEnabled()
                ? tr("Copies %1's own command for adding the server").arg(p->displayName())
                : tr("%1 has no command of its own").arg(p->displayName()));
    }
    m_install->setEnabled(p);
    m_uninstall->setEnabled(p);
    updateInfo();
}

void EditorsPanel::updatePath()
{
    const ClientProfile* p = current();
    if (!p || m_pathEdited)
        return;
    const QString projectDir = m_project->text().trimmed();
    QString path;
    if (p->supportsScope(scope()) && (scope() == ConfigScope::User || !projectDir.isEmpty()))
        path = p->configPath(scope(), m_env, projectDir, m_serverName);
    m_path->setText(native(path));
    m_path->setPlaceholderText(scope() == ConfigScope::Project ? tr("Choose the project folder first")
                                                               : tr("Type the file to write"));
}

void EditorsPanel::updateInfo()
{
    const ClientProfile* p = current();
    if (!p) {
        m_info->clear();
        return;
    }
    QStringList lines;
    if (!p->note().isEmpty())
        lines << (p->confirmed() || p->note().startsWith(tr("Best guess"))
                      ? p->note()
                      : tr("Best guess: %1").arg(p->note()));
    else if (!p->confirmed())
        lines << tr("Best guess: where %1 keeps its servers is not confirmed.").arg(p->displayName());
    if (p->usesBridge(m_url)) {
        QString node;
        switch (m_node) {
        case Node::NotChecked:
        case Node::Checking:
            node = tr("Checking for Node.js…");
            break;
        case Node::Missing:
            node = tr("Node.js was not found on PATH: install Node.js %1 or later.").arg(kNodeMajor);
            break;
        case Node::TooOld:
            node = tr("Node.js %1 is too old: install %2 or later.").arg(m_nodeVersion).arg(kNodeMajor);
            break;
        case Node::Found:
            node = tr("Node.js %1 found.").arg(m_nodeVersion);
            break;
        case Node::Broken:
            node = tr("Node.js did not answer \"node --version\".");
            break;
        }
        lines << tr("%1 reaches the server through the mcp-remote bridge (needs Node.js %2 or later). %3")
                     .arg(p->displayName())
                     .arg(kNodeMajor)
                     .arg(node);
    }
    if (!p->processNames().isEmpty()) {
        const ProcessCheck::State state = ProcessCheck::find(p->processNames(), m_procRoot);
        if (state == ProcessCheck::State::Running)
            lines << tr("%1 is running: quit it first, or it undoes the change when it exits.")
                         .arg(p->displayName());
    }
    m_info->setText(lines.join(u'\n'));
    m_info->setVisible(!lines.isEmpty());
}

void EditorsPanel::checkNode()
{
    if (m_node != Node::NotChecked)
        return;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_node = Node::Missing;
        return;
    }
    m_node = Node::Checking;
    // Asynchronous: the GUI keeps running while node starts (which can take a while).
    auto* process = new QProcess(this);
    m_nodeCheck = process;
    process->setObjectName(QStringLiteral("nodeVersionCheck"));
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        const QString version = QString::fromLatin1(process->readAllStandardOutput()).trimmed();
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^v?(\\d+)\\.")).match(version);
        if (status != QProcess::NormalExit || code != 0 || !m.hasMatch()) {
            m_node = Node::Broken;
        } else {
            m_nodeVersion = version;
            m_node = m.captured(1).toInt() < kNodeMajor ? Node::TooOld : Node::Found;
        }
        process->deleteLater();
        updateInfo();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the others end in finished()
        m_node = Node::Broken;
        process->deleteLater();
        updateInfo();
    });
    QTimer::singleShot(5000, process, [process] { process->kill(); });
    process->start(node, {QStringLiteral("--version")});
}

QStringList EditorsPanel::secrets() const
{
    if (m_revealed)
        return {};
    const QString token = McpEntry::tokenOf(m_url);
    if (token.isEmpty())
        return {};
    return {token, QString::fromLatin1(QUrl::toPercentEncoding(token))};
}

QString EditorsPanel::masked(const QString& text) const
{
    QString out = text;
    for (const QString& s : secrets()) {
        if (!s.isEmpty())
            out.replace(s, McpEntry::maskToken(s));
    }
    return out;
}

void EditorsPanel::startInstall()
{
    const ClientProfile* p = current();
    if (!p)
        return;
    if (configPath().isEmpty()) {
        emit failed(Error(Error::MissingConfig, tr("Choose the config file to write first.")));
        return;
    }
    ConfigInstaller installer(*p, QDir::fromNativeSeparators(configPath()), m_env.os);
    installer.setProcRoot(m_procRoot);
    ConfigChange change;
    Error error;
    QString message;
    QString confirm = tr("&Install");
    if (!installer.planInstall(m_serverName, m_url, false, &change, &error)) {
        if (!error.context().value(QLatin1String("exists")).toBool()) {
            emit failed(error);
            return;
        }
        // Same name, other settings: replace only when the user says so.
        if (!installer.planInstall(m_serverName, m_url, true, &change, &error)) {
            emit failed(error);
            return;
        }
        message = tr("%1 already has a server named \"%2\" with other settings. Replace it?")
                      .arg(native(change.path), m_serverName);
        confirm = tr("&Replace");
    }
    if (!change.changed()) {
        emit noted(tr("%1 already has \"%2\" as wanted: %3 was left as it is.")
                       .arg(p->displayName(), m_serverName, native(change.path)));
        return;
    }
    if (message.isEmpty())
        message = change.fileExisted
                      ? tr("Install adds \"%1\" to %2 like this:").arg(m_serverName, native(change.path))
                      : tr("Install creates %1 like this:").arg(native(change.path));
    showChange(change, message, confirm, "confirmInstall");
}

void EditorsPanel::startUninstall()
{
    const ClientProfile* p = current();
    if (!p)
        return;
    if (configPath().isEmpty()) {
        emit failed(Error(Error::MissingConfig, tr("Choose the config file to change first.")));
        return;
    }
    ConfigInstaller installer(*p, QDir::fromNativeSeparators(configPath()), m_env.os);
    installer.setProcRoot(m_procRoot);
    ConfigChange change;
    Error error;
    if (!installer.planUninstall(m_serverName, &change, &error)) {
        emit failed(error);
        return;
    }
    if (!change.entryExisted || !change.changed()) {
        emit noted(
            tr("No server named \"%1\" in %2: nothing to remove.").arg(m_serverName, native(change.path)));
        return;
    }
    showChange(change,
               tr("Uninstall removes \"%1\" from %2 like this:").arg(m_serverName, native(change.path)),
               tr("&Remove"), "confirmUninstall");
}

void EditorsPanel::showChange(const ConfigChange& change, const QString& message, const QString& confirmText,
                              const char* confirmName)
{
    if (m_dialog)
        m_dialog->close();
    m_pending = change;
    m_pendingClient = currentClientId();
    m_pendingPath = QDir::fromNativeSeparators(configPath());

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("changeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(change.action == ConfigChange::Action::Install
                               ? tr("Install into %1").arg(current()->displayName())
                               : tr("Uninstall from %1").arg(current()->displayName()));
    auto* text = new QLabel(message, dialog);
    text->setObjectName(QStringLiteral("changeMessage"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* diff = new QPlainTextEdit(dialog);
    diff->setObjectName(QStringLiteral("changeDiff"));
    diff->setAccessibleName(tr("Changes to the file"));
    diff->setReadOnly(true);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diff->setPlainText(
        UnifiedDiff::make(change.before, change.after, QFileInfo(change.path).fileName(), secrets()));
    auto* warnings = new QLabel(change.warnings.join(u'\n'), dialog);
    warnings->setObjectName(QStringLiteral("changeWarnings"));
    warnings->setTextFormat(Qt::PlainText);
    warnings->setWordWrap(true);
    warnings->setVisible(!change.warnings.isEmpty());
    warnings->setAccessibleName(tr("Warning"));
    auto* box = new QDialogButtonBox(dialog);
    QPushButton* ok = box->addButton(confirmText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QLatin1String(confirmName));
    QPushButton* cancel = box->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelChange"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(diff, 1);
    layout->addWidget(warnings);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, &EditorsPanel::applyChange);
    connect(dialog, &QDialog::rejected, this, [this] { emit noted(tr("Nothing was changed.")); });
    dialog->resize(640, 420);
    m_dialog = dialog;
    ok->setDefault(true);
    ok->setFocus();
    // Opened, not exec()'d: no nested event loop.
    dialog->open();
}

void EditorsPanel::applyChange()
{
    const ClientProfile* p = ClientProfile::find(m_pendingClient);
    if (!p)
        return;
    ConfigInstaller installer(*p, m_pendingPath, m_env.os);
    installer.setProcRoot(m_procRoot);
    ConfigChange change = m_pending;
    Error error;
    if (!installer.apply(&change, &error)) {
        emit failed(error);
        return;
    }
    const QString where = native(change.path);
    QString message = change.action == ConfigChange::Action::Install
                          ? (change.entryExisted ? tr("Replaced \"%1\" in %2.") : tr("Added \"%1\" to %2."))
                                .arg(change.serverName, where)
                          : tr("Removed \"%1\" from %2.").arg(change.serverName, where);
    if (!change.backupPath.isEmpty())
        message += u' ' + tr("Backup of the previous text: %1").arg(native(change.backupPath));
    else if (change.created)
        message += u' ' + tr("The file was created (readable only by you).");
    if (change.action == ConfigChange::Action::Install)
        message += u' ' + tr("Restart %1 (or reload its MCP servers) to pick it up.").arg(p->displayName());
    emit succeeded(message);
}

void EditorsPanel::openLink()
{
    const ClientProfile* p = current();
    if (!p)
        return;
    const QString link = ClientLinks::deeplink(*p, m_serverName, m_url, m_env.os);
    if (link.isEmpty())
        return;
    if (!m_openUrl(QUrl(link))) {
        emit failed(Error(
            Error::InvalidConfig,
            tr("Nothing on this computer opens %1's install link: is %1 installed?").arg(p->displayName())));
        return;
    }
    emit noted(tr("Asked %1 to add the server: confirm it there.").arg(p->displayName()));
}

void EditorsPanel::copyCommand()
{
    const ClientProfile* p = current();
    if (!p)
        return;
    const NativeCommand command = ClientLinks::nativeCommand(*p, m_serverName, m_url, scope());
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_env.os == ClientEnvironment::Os::Windows ? command.windows()
                                                                                     : command.posix());
    emit succeeded(tr("The %1 command is on the clipboard (it holds the key): run it in a terminal.")
                       .arg(p->displayName()));
}

void EditorsPanel::runCommand()
{
    const ClientProfile* p = current();
    if (!p || m_running)
        return;
    QStringList argv = ClientLinks::nativeCommand(*p, m_serverName, m_url, scope()).argv;
    if (argv.isEmpty())
        return;
    const QString program = QStandardPaths::findExecutable(argv.takeFirst());
    if (program.isEmpty())
        return;
    auto* process = new QProcess(this);
    m_running = process;
    m_runCommand->setEnabled(false);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QString name = p->displayName();
    connect(process, &QProcess::finished, this, [this, process, name](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        // The tool's output may repeat the URL: keep only its end, with the key masked.
        QString output = QString::fromUtf8(process->readAll()).trimmed().right(400);
        output.replace(McpEntry::tokenOf(m_url), McpEntry::maskToken(McpEntry::tokenOf(m_url)));
        if (status == QProcess::NormalExit && code == 0) {
            emit succeeded(tr("%1 added the server.").arg(name));
        } else {
            Error e(Error::RequestFailed,
                    tr("The %1 command failed (exit code %2): %3").arg(name).arg(code).arg(output));
            emit failed(e);
        }
        updateDetails();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, name](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        emit failed(Error(Error::RequestFailed, tr("The %1 command could not be started.").arg(name)));
        updateDetails();
    });
    emit noted(tr("Running the %1 command…").arg(name));
    process->start(program, argv);
}

void EditorsPanel::browseProject()
{
    auto* dialog = new QFileDialog(this, tr("Project folder"), m_project->text());
    dialog->setObjectName(QStringLiteral("projectDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& dir) { m_project->setText(QDir::toNativeSeparators(dir)); });
    dialog->open();
}

} // namespace aipex::gui
