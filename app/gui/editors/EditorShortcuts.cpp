#include "editors/EditorShortcuts.h"

#include "clients/ClientLinks.h"
#include "mcp/KeyMask.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

namespace aipex::gui {

EditorShortcuts::EditorShortcuts(QWidget* parent)
    : QWidget(parent)
    , m_deeplink(new QPushButton(tr("One-clic&k install"), this))
    , m_copyCommand(new QPushButton(tr("Cop&y command"), this))
    , m_runCommand(new QPushButton(tr("Run t&he command"), this))
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_deeplink->setObjectName(QStringLiteral("openDeeplink"));
    m_deeplink->setAccessibleDescription(tr("Opens the editor's own install link"));
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    m_copyCommand->setAccessibleDescription(tr("Copies the editor's own command for adding the server"));
    m_runCommand->setObjectName(QStringLiteral("runCommand"));
    m_runCommand->setAccessibleDescription(tr("Runs the editor's own command for adding the server"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_deeplink);
    layout->addWidget(m_copyCommand);
    layout->addWidget(m_runCommand);
    connect(m_deeplink, &QPushButton::clicked, this, &EditorShortcuts::openLink);
    connect(m_copyCommand, &QPushButton::clicked, this, &EditorShortcuts::copyCommand);
    connect(m_runCommand, &QPushButton::clicked, this, &EditorShortcuts::runCommand);
}

EditorShortcuts::~EditorShortcuts()
{
    // A command still running would report to a page being torn down.
    if (m_running) {
        m_running->disconnect(this);
        delete m_running;
    }
}

QList<QWidget*> EditorShortcuts::focusOrder() const
{
    return {m_deeplink, m_copyCommand, m_runCommand};
}

void EditorShortcuts::setTarget(const EditorTarget& target, ClientEnvironment::Os os)
{
    m_target = target;
    m_os = os;
    update();
}

void EditorShortcuts::update()
{
    const ClientProfile* p = m_target.profile;
    if (!p)
        return;
    m_deeplink->setEnabled(p->deeplink() != ClientProfile::Deeplink::None);
    m_copyCommand->setEnabled(p->native() != ClientProfile::Native::None);
    m_deeplink->setToolTip(m_deeplink->isEnabled() ? tr("Opens %1's own install link").arg(p->displayName())
                                                   : tr("%1 has no install link").arg(p->displayName()));
    // Run only what the user asked for, and only a tool that is really there.
    const NativeCommand command =
        ClientLinks::nativeCommand(*p, m_target.serverName, m_target.url, m_target.scope);
    const bool onPath = !command.isEmpty() && !QStandardPaths::findExecutable(command.argv.first()).isEmpty();
    m_runCommand->setEnabled(onPath && !m_running);
    m_runCommand->setToolTip(command.isEmpty() ? tr("%1 has no command of its own").arg(p->displayName())
                             : onPath          ? tr("Runs: %1 mcp add …").arg(command.argv.first())
                                               : tr("%1 is not on PATH").arg(command.argv.first()));
    m_copyCommand->setToolTip(m_copyCommand->isEnabled()
                                  ? tr("Copies %1's own command for adding the server").arg(p->displayName())
                                  : tr("%1 has no command of its own").arg(p->displayName()));
}

void EditorShortcuts::openLink()
{
    const ClientProfile* p = m_target.profile;
    if (!p)
        return;
    const QString link = ClientLinks::deeplink(*p, m_target.serverName, m_target.url, m_os);
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

void EditorShortcuts::copyCommand()
{
    const ClientProfile* p = m_target.profile;
    if (!p)
        return;
    const NativeCommand command =
        ClientLinks::nativeCommand(*p, m_target.serverName, m_target.url, m_target.scope);
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_os == ClientEnvironment::Os::Windows ? command.windows()
                                                                                 : command.posix());
    emit succeeded(tr("The %1 command is on the clipboard (it holds the key): run it in a terminal.")
                       .arg(p->displayName()));
}

void EditorShortcuts::runCommand()
{
    const ClientProfile* p = m_target.profile;
    if (!p || m_running)
        return;
    QStringList argv = ClientLinks::nativeCommand(*p, m_target.serverName, m_target.url, m_target.scope).argv;
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
        commandEnded(name, status == QProcess::NormalExit && code == 0, code,
                     QString::fromUtf8(process->readAll()));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, name](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_running.clear();
        emit failed(Error(Error::RequestFailed, tr("The %1 command could not be started.").arg(name)));
        update();
    });
    emit noted(tr("Running the %1 command…").arg(name));
    process->start(program, argv);
}

void EditorShortcuts::commandEnded(const QString& name, bool ok, int code, const QString& output)
{
    m_running.clear();
    if (ok) {
        emit succeeded(tr("%1 added the server.").arg(name));
    } else {
        // The tool's output may repeat the URL: keep only its end, with the key masked.
        const QString tail = KeyMask(m_target.url).apply(output).trimmed().right(400);
        emit failed(Error(Error::RequestFailed,
                          tr("The %1 command failed (exit code %2): %3").arg(name).arg(code).arg(tail)));
    }
    update();
}

} // namespace aipex::gui
