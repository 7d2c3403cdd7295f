#include "CliApp.h"

#include "Secrets.h"
#include "server/PendingJournal.h"

#include "BatchRunner.h"
#include "ListingPrinter.h"
#include "SecureFile.h"
#include "Translations.h"
#include "VerifyRunner.h"
#include "mcp/McpEntry.h"
#include "server/ServerProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace aipex::cli {

CliApp::CliApp(QObject* parent)
    : QObject(parent)
{}

int CliApp::start(const QStringList& arguments)
{
    Error error;
    bool exitNow = false;
    const bool parsed = m_opt.parse(arguments, &error, &exitNow);
    m_out.setJson(m_opt.json);
    if (m_opt.noColor)
        m_out.setColor(false);
    if (!parsed) {
        if (error.context().contains(QLatin1String("usage")) && !m_opt.json)
            m_out.raw(tr("Run with --help for the list of commands and options.\n"));
        return finish(error);
    }
    if (exitNow)
        return 0;
    if (m_opt.verbose) {
        // Only method, address path, status and timing are logged: never bodies or headers.
        QLoggingCategory::setFilterRules(QStringLiteral("aipexbase.*.debug=true"));
    }
    for (const QString& w : m_opt.env.warnings())
        m_out.warn(tr("%1: %2").arg(m_opt.env.envFilePath(), w));

    switch (m_opt.command) {
    case CliOptions::Command::Config:
        if (!m_opt.editor.clientId.isEmpty())
            return EditorCommands(&m_out).printConfig(m_opt.editor);
        return runConfig();
    case CliOptions::Command::Uninstall:
        return EditorCommands(&m_out).uninstall(m_opt.editor);
    case CliOptions::Command::Restore:
        return EditorCommands(&m_out).restore(m_opt.editor);
    case CliOptions::Command::Clients:
        return EditorCommands(&m_out).listClients(m_opt.editor);
    case CliOptions::Command::Install:
        if (!m_opt.editor.url.isEmpty())
            return EditorCommands(&m_out).install(m_opt.editor);
        runInstall();
        break;
    case CliOptions::Command::Create:
        runCreate();
        break;
    case CliOptions::Command::Apps:
        runApps();
        break;
    case CliOptions::Command::Keys:
        runKeys();
        break;
    case CliOptions::Command::Batch:
        runBatch();
        break;
    case CliOptions::Command::Verify:
        runVerify();
        break;
    }
    return -1;
}

void CliApp::quit(int code)
{
    // Queued: an early failure happens before the event loop runs, and exit() outside it is lost.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

int CliApp::finish(const Error& error)
{
    if (error)
        m_out.error(error);
    return error.exitCode();
}

bool CliApp::prepareConnection()
{
    Error error = m_opt.env.checkRequired();
    // Flags count as much as the environment for what is required.
    if (error) {
        QStringList missing;
        if (m_opt.baseUrl.trimmed().isEmpty())
            missing << EnvConfig::kBaseUrl;
        if (m_opt.email.isEmpty())
            missing << EnvConfig::kEmail;
        if (m_opt.password.isEmpty())
            missing << EnvConfig::kPassword;
        if (missing.isEmpty()) {
            error = Error();
        } else {
            error = Error(Error::MissingConfig,
                          tr("Missing required settings: %1. Set them in the environment, in a .env file, or "
                             "with --base-url, --email and --password-stdin.")
                              .arg(missing.join(QLatin1String(", "))));
            error.addContext(QStringLiteral("missing_vars"), QJsonArray::fromStringList(missing));
        }
    }
    ServerEndpoint endpoint;
    if (!error)
        endpoint = ServerEndpoint::parse(m_opt.baseUrl, &error);
    QUrl mcpOverride;
    if (!error)
        ServerEndpoint::parseMcpOverride(m_opt.mcpUrlOverride, &mcpOverride, &error);
    if (!error && m_opt.command != CliOptions::Command::Apps && m_opt.command != CliOptions::Command::Keys)
        error = EnvConfig::checkExpireAt(m_opt.expireAt);
    if (error) {
        quit(finish(error));
        return false;
    }
    endpoint.setMcpOverride(mcpOverride);
    if (endpoint.isInsecureRemote())
        m_out.warn(
            tr("%1 uses plain http:// to another machine: the password crosses the network unencrypted.")
                .arg(endpoint.baseString()));

    m_client = new ApiClient(this);
    m_client->setEndpoint(endpoint);
    m_client->setTimeoutMs(m_opt.timeoutMs);
    m_client->setTrust(m_opt.trust);
    m_client->setLanguage(ApiClient::acceptLanguageFor(Translations::current()));
    m_flow = new SetupFlow(m_client, this);
    m_flow->setCredentials(m_opt.email, m_opt.password);
    // From here the flow holds the only copy, and wipes it once the key is made.
    Secrets::wipe(m_opt.password);
    m_opt.env.forget(EnvConfig::kPassword);
    m_flow->setServerName(m_opt.serverName);
    connect(m_flow, &SetupFlow::progress, this, [this](const QString& text) { m_out.step(text); });
    return true;
}

QString CliApp::maskedIfNeeded(const QString& key) const
{
    return m_opt.showKey ? key : McpEntry::maskToken(key);
}

void CliApp::startCreateFlow(std::function<void()> whenDone)
{
    // create and install share this: sign in, application from [NAME] [DESCRIPTION], key.
    if (!prepareConnection())
        return;
    const bool nameGiven = !m_opt.positional.value(0).trimmed().isEmpty();
    const QString journalKey = PendingJournal::keyFor(m_client->endpoint().baseString(), m_opt.email);
    const QJsonObject pending = PendingJournal().find(journalKey);
    // A rerun without a name continues the interrupted one rather than minting a new default name.
    const QString pendingName = pending.value(QLatin1String("app_name")).toString();
    const QString name = nameGiven                ? m_opt.positional.value(0)
                         : !pendingName.isEmpty() ? pendingName
                                                  : EnvConfig::defaultProjectName();
    m_flow->setNewApplication(name, m_opt.positional.value(1));
    m_flow->setKeyRequest(m_opt.keyName, m_opt.keyDescription, m_opt.expireAt);
    if (!pending.isEmpty() && m_flow->resumePending(pending))
        m_out.step(tr("An earlier run for \"%1\" ended without the server's answer; checking what it made "
                      "before creating anything.")
                       .arg(name));
    connect(m_flow, &SetupFlow::stepSucceeded, this, &CliApp::describeStep);
    connect(m_flow, &SetupFlow::failed, this, [this, journalKey](SetupFlow::Step step, const Error& error) {
        PendingJournal().store(journalKey, m_flow->pendingState());
        diagnoseAndQuit(step, error);
    });
    connect(m_flow, &SetupFlow::reached, this, [this, journalKey, whenDone] {
        PendingJournal().store(journalKey, {});
        whenDone();
    });
    m_flow->runUntil(SetupFlow::Step::Done);
}

void CliApp::runCreate()
{
    startCreateFlow([this] {
        const SetupResult result = m_flow->result();
        m_flow->forgetPassword();
        Error error;
        bool created = false;
        const QByteArray text = QJsonDocument(result.mcpConfig).toJson(QJsonDocument::Indented);
        if (!SecureFile::write(m_opt.outputFile, text, &error, &created)) {
            quit(finish(error));
            return;
        }
        if (!(m_opt.json && m_opt.verifyAfterCreate))
            printCreateResult(result, QFileInfo(m_opt.outputFile).absoluteFilePath());
        if (m_opt.verifyAfterCreate) {
            verify(result.mcpUrl, &result);
            return;
        }
        quit(0);
    });
}

void CliApp::diagnoseAndQuit(SetupFlow::Step step, const Error& error)
{
    // A sign-in that meets a 404 or a web page usually means the address lacks (or
    // wrongly has) the /baas-api prefix: ask the server before telling the user.
    const bool looksMisaddressed = error.code() == Error::Http4xx || error.code() == Error::InvalidResponse ||
                                   error.code() == Error::Http5xx;
    if (step != SetupFlow::Step::SignIn || !looksMisaddressed) {
        quit(finish(error));
        return;
    }
    auto* probe = new ServerProbe(m_client, this);
    connect(probe, &ServerProbe::finished, this, [this, error](const ProbeResult& r) {
        Error out = error;
        if (!r.error && r.prefixAdded) {
            out = Error(error.code(), tr("%1 The AIPEXBASE API answers at %2: use that as the server address "
                                         "(AIPEXBASE_BASE_URL or --base-url).")
                                          .arg(error.message(), r.endpoint.baseString()));
            out.setHttpStatus(error.httpStatus());
            out.addDetail(QStringLiteral("suggested_base_url"), r.endpoint.baseString());
        } else if (r.error.code() == Error::InvalidResponse) {
            out.addDetail(QStringLiteral("probe"), r.error.message());
        }
        quit(finish(out));
    });
    probe->start(m_client->endpoint());
}

void CliApp::describeStep(SetupFlow::Step step)
{
    switch (step) {
    case SetupFlow::Step::SignIn:
        m_out.ok(tr("Signed in as %1").arg(m_flow->signedInEmail()));
        break;
    case SetupFlow::Step::Application: {
        const QJsonObject app = m_flow->application();
        m_out.ok(tr("Application \"%1\" (%2)")
                     .arg(app.value(QLatin1String("appName")).toString(),
                          app.value(QLatin1String("appId")).toString()));
        break;
    }
    case SetupFlow::Step::ApiKey:
        m_out.ok(tr("API key \"%1\" created").arg(m_flow->result().apiKeyName));
        break;
    case SetupFlow::Step::Done:
        break;
    }
}

void CliApp::printCreateResult(const SetupResult& result, const QString& writtenTo)
{
    if (m_opt.json) {
        m_out.printJson(result.toJson());
        return;
    }
    m_out.ok(tr("MCP config written to %1").arg(QDir::toNativeSeparators(writtenTo)));
    m_out.line(QString());
    m_out.line(tr("  Application:  %1 (%2)").arg(result.appName, result.appId));
    m_out.line(tr("  API key:      %1").arg(maskedIfNeeded(result.apiKey)));
    m_out.line(tr("  MCP URL:      %1")
                   .arg(m_opt.showKey ? result.mcpUrl.toString(QUrl::FullyEncoded)
                                      : McpEntry::maskedUrl(result.mcpUrl)));
    m_out.line(QString());
    if (!m_opt.showKey)
        m_out.line(
            tr("The key is masked here; the file holds it in full (only you can read it). Use --show-key "
               "to print it."),
            CliOutput::Tone::Dim);
    m_out.line(tr("Next: add the \"mcpServers\" entry of that file to your editor's MCP settings."),
               CliOutput::Tone::Dim);
}

void CliApp::signInThen(std::function<void()> next)
{
    connect(m_flow, &SetupFlow::failed, this, &CliApp::diagnoseAndQuit);
    connect(
        m_flow, &SetupFlow::reached, this, [next] { next(); }, Qt::SingleShotConnection);
    m_flow->runUntil(SetupFlow::Step::SignIn);
}

void CliApp::runApps()
{
    if (!prepareConnection())
        return;
    signInThen([this] {
        m_flow->query(
            [this] { return m_flow->api()->listApplications(m_opt.page, m_opt.pageSize, m_opt.search); },
            [this](const ApiResult& r) {
                if (!r.ok()) {
                    quit(finish(r.error));
                    return;
                }
                ListingPrinter::applications(&m_out, r.data.toObject(), m_opt.page);
                quit(0);
            });
    });
}

void CliApp::runKeys()
{
    if (!prepareConnection())
        return;
    signInThen([this] {
        const QString appId = m_opt.positional.value(0);
        m_flow->query([this, appId] { return m_flow->api()->listApiKeys(appId, m_opt.page, m_opt.pageSize); },
                      [this, appId](const ApiResult& r) {
                          if (!r.ok()) {
                              quit(finish(r.error));
                              return;
                          }
                          ListingPrinter::keys(&m_out, r.data.toObject(), appId, m_opt.showKey);
                          quit(0);
                      });
    });
}

int CliApp::runConfig()
{
    Error error;
    QUrl url;
    if (m_opt.configUrl.trimmed().isEmpty()) {
        error = Error(Error::MissingConfig, tr("config needs --url MCP_URL."));
        error.addContext(QStringLiteral("missing_vars"), QJsonArray{QStringLiteral("--url")});
        return finish(error);
    }
    if (!ServerEndpoint::parseMcpOverride(m_opt.configUrl, &url, &error))
        return finish(error);
    const McpEntry entry(m_opt.serverName, url);
    if (m_opt.outputSet) {
        if (!SecureFile::write(m_opt.outputFile, entry.configJson(), &error))
            return finish(error);
    }
    m_out.printJson(entry.config());
    return 0;
}

void CliApp::runVerify()
{
    QUrl url;
    Error error;
    const QString given = m_opt.positional.value(0);
    if (given.isEmpty()) {
        if (!VerifyRunner::urlFromConfig(m_opt.outputFile, m_opt.serverName, &url, &error)) {
            quit(finish(error));
            return;
        }
    } else if (!ServerEndpoint::parseMcpOverride(given, &url, &error)) {
        quit(finish(error));
        return;
    }
    verify(url, nullptr);
}

void CliApp::verify(const QUrl& url, const SetupResult* created)
{
    m_out.line(QString());
    m_out.line(tr("Checking %1 like an MCP client would…").arg(McpEntry::maskedUrl(url)),
               CliOutput::Tone::Bold);
    auto* runner = new VerifyRunner(m_opt, &m_out, this);
    const QJsonObject createdJson = created ? created->toJson() : QJsonObject();
    connect(runner, &VerifyRunner::done, this, [this, createdJson](const McpProbeReport& r) {
        if (m_opt.json && !createdJson.isEmpty()) {
            QJsonObject combined = createdJson;
            combined.insert(QStringLiteral("verify"), r.toJson());
            m_out.printJson(combined);
        }
        if (r.ok()) {
            quit(0);
            return;
        }
        // A server that answered but refused the key is an API error; otherwise the error's own category.
        quit(r.error ? r.error.exitCode() : 4);
    });
    runner->start(url);
}

void CliApp::runInstall()
{
    // No --url: make the application and key first (the create flow's options), then install.
    // The client is checked first: nothing is created for an install that cannot happen.
    if (const int code = EditorCommands(&m_out).checkClient(m_opt.editor)) {
        quit(code);
        return;
    }
    startCreateFlow([this] {
        m_flow->forgetPassword();
        EditorRequest request = m_opt.editor;
        request.url = m_flow->result().mcpUrl.toString(QUrl::FullyEncoded);
        quit(EditorCommands(&m_out).install(request));
    });
}

void CliApp::runBatch()
{
    if (!prepareConnection())
        return;
    m_flow->setKeyRequest(m_opt.keyName, m_opt.keyDescription, m_opt.expireAt);
    auto* runner = new BatchRunner(m_flow, &m_out, this);
    connect(runner, &BatchRunner::done, this, [this](const Error& e) { quit(finish(e)); });
    runner->start(m_opt.positional.value(0), m_opt.resultsFile);
}

} // namespace aipex::cli
