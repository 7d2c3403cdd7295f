#include "wizard/WizardController.h"

#include "Secrets.h"
#include "SettingsKeys.h"
#include "mcp/BridgeCommand.h"
#include "mcp/McpEntry.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>

Q_LOGGING_CATEGORY(lcWizard, "aipexbase.gui.wizard", QtWarningMsg)

namespace aipex::gui {

WizardController::WizardController(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_flow(&m_client)
    , m_probe(&m_client)
    , m_credentials(credentials)
{
    m_flow.setServerName(McpEntry::kDefaultServerName);
    connect(&m_flow, &SetupFlow::progress, this, &WizardController::progress);
    // Queued: a step that needs no request (an existing application) must not answer
    // inside the page's validatePage() that asked for it.
    connect(&m_flow, &SetupFlow::failed, this, &WizardController::onFlowFailed, Qt::QueuedConnection);
    connect(
        &m_flow, &SetupFlow::reached, this,
        [this](SetupFlow::Step step) {
            end();
            switch (step) {
            case SetupFlow::Step::SignIn:
                if (!m_pendingRemember.isEmpty() && m_credentials)
                    m_credentials->write(m_pendingRemember, m_pendingSecret);
                m_pendingRemember.clear();
                Secrets::wipe(m_pendingSecret);
                emit signedIn();
                break;
            case SetupFlow::Step::Application:
                emit applicationReady();
                break;
            case SetupFlow::Step::ApiKey:
            case SetupFlow::Step::Done:
                // The password was kept only to renew the session while things were made.
                m_flow.forgetPassword();
                emit keyReady();
                break;
            }
        },
        Qt::QueuedConnection);
    connect(&m_probe, &ServerProbe::finished, this, [this](const ProbeResult& r) {
        end();
        if (r.error) {
            emit failed(Task::Probe, r.error);
            return;
        }
        m_client.setEndpoint(r.endpoint);
        m_probeNote = r.prefixAdded
                          ? tr("Added %1: the AIPEXBASE API answers there.").arg(ServerEndpoint::kPrefix)
                          : QString();
        m_confirmedTyped = r.endpoint.baseString();
        emit serverConfirmed(r.endpoint, r.prefixAdded);
    });
    connect(&m_mcpProbe, &McpProbe::stepStarted, this, &WizardController::verifyStep);
    connect(&m_mcpProbe, &McpProbe::finished, this, [this](const McpProbeReport& r) {
        end();
        emit verifyFinished(r);
    });
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::finished, this,
                [this](CredentialStore::Operation op, const CredentialResult& r) {
                    if (r.status == CredentialResult::Status::Unavailable) {
                        emit keychainNote(
                            tr("No system keychain is available: the password will not be remembered."));
                        return;
                    }
                    if (op == CredentialStore::Operation::Read && r.ok()) {
                        emit savedPasswordFound(r.account, r.secret);
                    } else if (op == CredentialStore::Operation::Write && !r.ok()) {
                        emit keychainNote(
                            tr("The password could not be saved in the keychain: %1").arg(r.message));
                    } else if (op == CredentialStore::Operation::Remove) {
                        emit keychainNote(
                            r.ok() || r.status == CredentialResult::Status::NotFound
                                ? tr("The saved password was removed from the keychain.")
                                : tr("The saved password could not be removed: %1").arg(r.message));
                    }
                });
    }
}

void WizardController::setLanguage(const QString& uiLanguage)
{
    m_client.setLanguage(ApiClient::acceptLanguageFor(uiLanguage));
}

void WizardController::begin(Task task)
{
    m_task = task;
    qCDebug(lcWizard) << "begin" << task;
    emit busyChanged(true);
}

void WizardController::end()
{
    if (m_task == Task::None)
        return;
    qCDebug(lcWizard) << "end" << m_task;
    m_task = Task::None;
    emit busyChanged(false);
}

void WizardController::cancel()
{
    if (m_task == Task::Probe)
        m_probe.cancel();
    else if (m_task == Task::Verify)
        m_mcpProbe.cancel();
    else if (m_task == Task::ListApps)
        m_flow.cancelQuery();
    else
        m_flow.cancel();
    if (m_task == Task::Probe) {
        end();
        emit failed(Task::Probe, Error(Error::Cancelled, tr("The check was cancelled.")));
    }
}

void WizardController::onFlowFailed(SetupFlow::Step step, const Error& error)
{
    const Task was = m_task;
    end();
    Task where = was;
    if (step == SetupFlow::Step::SignIn)
        where = Task::SignIn;
    emit failed(where, error);
}

// ---- server ----------------------------------------------------------------

void WizardController::checkServer(const QString& typed)
{
    if (isBusy())
        return;
    Error error;
    const ServerEndpoint ep = ServerEndpoint::parse(typed, &error);
    if (error) {
        emit failed(Task::Probe, error);
        return;
    }
    const QUrl mcpOverride = m_client.endpoint().mcpOverride();
    if (m_client.endpoint().isValid() && ep.baseString() != m_client.endpoint().baseString()) {
        // Another server: nothing signed in or created on the old one applies.
        m_flow.setCredentials(QString(), QString());
        m_flow.setExistingApplication({});
    }
    loadTrust(ep);
    begin(Task::Probe);
    ServerEndpoint withOverride = ep;
    withOverride.setMcpOverride(mcpOverride);
    m_probe.start(withOverride);
}

QString WizardController::trustKey(const ServerEndpoint& endpoint)
{
    const QUrl origin = endpoint.origin();
    return SettingsKeys::trustedPrefix + origin.host() + u'_' + QString::number(origin.port(443));
}

void WizardController::loadTrust(const ServerEndpoint& endpoint)
{
    TlsTrust trust;
    const QString pinned = QSettings().value(trustKey(endpoint)).toString();
    Error ignored;
    if (!pinned.isEmpty())
        trust.addFingerprint(pinned, &ignored);
    m_client.setTrust(trust);
    m_mcpProbe.setTrust(trust);
}

void WizardController::trustCertificate(const QString& typed, const QString& sha256)
{
    const ServerEndpoint ep = ServerEndpoint::parse(typed);
    if (!ep.isValid() || sha256.isEmpty())
        return;
    // A fingerprint is public knowledge, not a secret: the settings file may hold it.
    QSettings().setValue(trustKey(ep), sha256);
    checkServer(typed);
}

bool WizardController::isServerConfirmed(const QString& typed) const
{
    if (m_confirmedTyped.isEmpty())
        return false;
    const ServerEndpoint ep = ServerEndpoint::parse(typed);
    return ep.isValid() &&
           (ep.baseString() == m_confirmedTyped || ep.withPrefix().baseString() == m_confirmedTyped);
}

bool WizardController::setMcpOverride(const QString& text, Error* error)
{
    QUrl url;
    if (!ServerEndpoint::parseMcpOverride(text, &url, error))
        return false;
    ServerEndpoint ep = m_client.endpoint();
    ep.setMcpOverride(url);
    m_client.setEndpoint(ep);
    return true;
}

// ---- sign in ---------------------------------------------------------------

QString WizardController::accountFor(const QString& email) const
{
    return CredentialStore::accountKey(email, m_client.endpoint().origin());
}

void WizardController::signIn(const QString& email, const QString& password, bool remember)
{
    if (isBusy())
        return;
    m_flow.setCredentials(email, password);
    m_pendingRemember = remember ? accountFor(email) : QString();
    m_pendingSecret = remember ? password : QString();
    begin(Task::SignIn);
    m_flow.runUntil(SetupFlow::Step::SignIn);
}

bool WizardController::isSignedInAs(const QString& email) const
{
    return m_flow.isDone(SetupFlow::Step::SignIn) && m_flow.signedInEmail() == email.trimmed();
}

void WizardController::loadSavedPassword(const QString& email)
{
    if (m_credentials && !email.trimmed().isEmpty() && m_client.endpoint().isValid())
        m_credentials->read(accountFor(email));
}

void WizardController::forgetSavedPassword(const QString& email)
{
    if (m_credentials && !email.trimmed().isEmpty())
        m_credentials->remove(accountFor(email));
}

// ---- application -----------------------------------------------------------

void WizardController::listApplications(int page, const QString& search)
{
    if (isBusy())
        return;
    begin(Task::ListApps);
    m_flow.query([this, page, search] { return m_flow.api()->listApplications(page, 10, search); },
                 [this](const ApiResult& r) {
                     end();
                     if (!r.ok()) {
                         // A session that could not be renewed: the sign-in page is where to act.
                         emit failed(r.error.code() == Error::TokenExpired ? Task::SignIn : Task::ListApps,
                                     r.error);
                         return;
                     }
                     const QJsonObject p = r.data.toObject();
                     emit applicationsListed(p.value(QLatin1String("records")).toArray(),
                                             p.value(QLatin1String("current")).toInt(1),
                                             qMax(1, p.value(QLatin1String("pages")).toInt(1)),
                                             p.value(QLatin1String("total")).toInt());
                 });
}

void WizardController::createApplication(const QString& name, const QString& description)
{
    if (isBusy())
        return;
    m_flow.setNewApplication(name, description);
    begin(Task::Application);
    m_flow.runUntil(SetupFlow::Step::Application);
}

void WizardController::useApplication(const QJsonObject& app)
{
    if (isBusy())
        return;
    m_flow.setExistingApplication(app);
    begin(Task::Application);
    m_flow.runUntil(SetupFlow::Step::Application);
}

bool WizardController::hasApplicationFor(const QString& name, const QString& description) const
{
    return m_flow.hasApplicationFor(name, description);
}

bool WizardController::hasApplication(const QString& appId) const
{
    return m_flow.isDone(SetupFlow::Step::Application) &&
           m_flow.application().value(QLatin1String("appId")).toString() == appId;
}

// ---- verify ----------------------------------------------------------------

void WizardController::verifyConnection(const QUrl& mcpUrl)
{
    if (isBusy())
        return;
    m_verifiedUrl = mcpUrl; // once per URL automatically; the button can always run it again
    begin(Task::Verify);
    m_mcpProbe.start(mcpUrl);
}

void WizardController::verifyThroughBridge(const QUrl& mcpUrl)
{
    if (isBusy())
        return;
    const QStringList launcher =
        QProcess::splitCommand(QSettings().value(SettingsKeys::bridgeLauncher).toString());
    QStringList command = BridgeCommand::forUrl(mcpUrl, launcher);
    const QString program = command.takeFirst();
    Error missing;
    if (!BridgeCommand::findProgram(program, &missing)) {
        emit failed(Task::Verify, missing);
        return;
    }
    begin(Task::Verify);
    m_mcpProbe.startStdio(program, command);
}

// ---- key -------------------------------------------------------------------

void WizardController::createKey(const QString& name, const QString& description, const QString& expireAt)
{
    if (isBusy())
        return;
    m_flow.setKeyRequest(name, description, expireAt);
    begin(Task::ApiKey);
    m_flow.runUntil(SetupFlow::Step::ApiKey);
}

bool WizardController::hasKeyFor(const QString& name, const QString& description,
                                 const QString& expireAt) const
{
    return m_flow.hasKeyFor(name, description, expireAt);
}

} // namespace aipex::gui
