#pragma once

#include "credentials/CredentialStore.h"
#include "mcp/McpProbe.h"
#include "net/ApiClient.h"
#include "server/ServerProbe.h"
#include "server/SetupFlow.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace aipex::gui {

// The one object that holds the wizard's state: pages show it and forward the
// user's actions. Every server call goes through here, asynchronously, one at a time.
class WizardController : public QObject
{
    Q_OBJECT
public:
    enum class Task
    {
        None,
        Probe,
        SignIn,
        ListApps,
        Application,
        ApiKey,
        Verify
    };
    Q_ENUM(Task)

    explicit WizardController(CredentialStore* credentials, QObject* parent = nullptr);

    // Server
    void checkServer(const QString& typed);
    bool isServerConfirmed(const QString& typed) const;
    ServerEndpoint endpoint() const { return m_client.endpoint(); }
    bool setMcpOverride(const QString& text, Error* error);
    // Trusts exactly this certificate for this server from now on (remembered by fingerprint;
    // a different certificate later is refused again and the user is asked again).
    void trustCertificate(const QString& typed, const QString& sha256);
    QString lastProbeNote() const { return m_probeNote; }

    // Sign in
    void signIn(const QString& email, const QString& password, bool remember);
    bool isSignedInAs(const QString& email) const;
    void loadSavedPassword(const QString& email);
    void forgetSavedPassword(const QString& email);
    QString accountFor(const QString& email) const;

    // Application
    void listApplications(int page, const QString& search);
    void createApplication(const QString& name, const QString& description);
    void useApplication(const QJsonObject& app);
    bool hasApplicationFor(const QString& name, const QString& description) const;
    bool hasApplication(const QString& appId) const;

    // API key
    void createKey(const QString& name, const QString& description, const QString& expireAt);
    bool hasKeyFor(const QString& name, const QString& description, const QString& expireAt) const;

    // Connects to the MCP URL like an editor would (see McpProbe).
    void verifyConnection(const QUrl& mcpUrl);
    // Through the mcp-remote bridge, as a stdio-only editor would reach the server. Runs npx
    // (or the launcher in the "verify/bridgeLauncher" setting): call only with the user's consent.
    void verifyThroughBridge(const QUrl& mcpUrl);
    bool hasVerified(const QUrl& mcpUrl) const { return m_verifiedUrl == mcpUrl; }

    QJsonObject application() const { return m_flow.application(); }
    SetupResult result() const { return m_flow.result(); }

    bool isBusy() const { return m_task != Task::None; }
    Task task() const { return m_task; }
    void cancel();
    void setTimeoutMs(int ms)
    {
        m_client.setTimeoutMs(ms);
        m_mcpProbe.setTimeoutMs(ms);
    }
    void setLanguage(const QString& uiLanguage);

signals:
    void busyChanged(bool busy);
    void progress(const QString& message);
    void serverConfirmed(const aipex::ServerEndpoint& endpoint, bool prefixAdded);
    void signedIn();
    void applicationsListed(const QJsonArray& records, int page, int pages, int total);
    void applicationReady();
    void keyReady();
    // page says where the user can act on it; Task::SignIn when the session could not be renewed.
    void failed(aipex::gui::WizardController::Task task, const aipex::Error& error);
    void savedPasswordFound(const QString& account, const QString& password);
    void keychainNote(const QString& note);
    void verifyStep(const QString& title);
    void verifyFinished(const aipex::McpProbeReport& report);

private:
    void begin(Task task);
    void end();
    void onFlowFailed(SetupFlow::Step step, const Error& error);

    ApiClient m_client;
    SetupFlow m_flow;
    ServerProbe m_probe;
    McpProbe m_mcpProbe;
    QUrl m_verifiedUrl;
    void loadTrust(const ServerEndpoint& endpoint);
    static QString trustKey(const ServerEndpoint& endpoint);
    CredentialStore* m_credentials;
    Task m_task = Task::None;
    QString m_confirmedTyped;
    QString m_probeNote;
    QString m_pendingRemember; // account to store after a successful sign-in
    QString m_pendingSecret;
};

} // namespace aipex::gui
