#include "mcp/McpProbe.h"

#include "Logging.h"
#include "mcp/LegacySseTransport.h"
#include "mcp/StdioTransport.h"
#include "mcp/StreamableHttpTransport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace aipex {

const QString McpProbe::kKeyCheckTool = QStringLiteral("list_tables");

namespace {
constexpr int kMaxPages = 20;
const QString kLegacyProtocol = QStringLiteral("2024-11-05");
const QString kStreamableProtocol = QStringLiteral("2025-03-26");
} // namespace

McpProbe::McpProbe(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        Error e(Error::Timeout,
                tr("No answer within %n second(s) while %1.", nullptr, (m_timeoutMs + 999) / 1000)
                    .arg(stepTitle(m_step)));
        e.addContext(QStringLiteral("step"), stepName(m_step));
        finish(e);
    });
}

McpProbe::~McpProbe()
{
    if (m_transport)
        m_transport->close();
}

QNetworkAccessManager* McpProbe::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return m_network;
}

QString McpProbe::stepName(Step step) const
{
    switch (step) {
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::Initialize:
        return QStringLiteral("initialize");
    case Step::ListTools:
        return QStringLiteral("tools/list");
    case Step::ListPrompts:
        return QStringLiteral("prompts/list");
    case Step::CheckKey:
        return kKeyCheckTool;
    }
    return {};
}

QString McpProbe::stepTitle(Step step) const
{
    switch (step) {
    case Step::Connect:
        return tr("connecting to the MCP endpoint");
    case Step::Initialize:
        return tr("starting the MCP session (initialize)");
    case Step::ListTools:
        return tr("listing the tools");
    case Step::ListPrompts:
        return tr("listing the prompts");
    case Step::CheckKey:
        return tr("checking the key with the read-only list_tables tool");
    }
    return {};
}

void McpProbe::reset()
{
    if (m_transport) {
        m_transport->close();
        m_transport->deleteLater();
    }
    m_report = McpProbeReport();
    m_serverCapabilities = {};
    m_notAStream.clear();
    m_nextId = 1;
    m_pendingId = 0;
    m_stepStarted = false;
    m_running = true;
    m_deadline.start(m_timeoutMs);
}

void McpProbe::start(const QUrl& url)
{
    reset();
    m_url = url;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        Error e(Error::InvalidConfig,
                tr("\"%1\" is not an http:// or https:// MCP address.").arg(url.toString(QUrl::RemoveQuery)));
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    auto* sse = new LegacySseTransport(network(), url, this);
    connect(sse, &LegacySseTransport::notAnEventStream, this, [this](int status, const QString& type) {
        qCDebug(lcApi) << "not an event stream (" << status << type << "); trying Streamable HTTP";
        m_notAStream = tr("HTTP %1 with %2").arg(status).arg(type.isEmpty() ? tr("no content type") : type);
        auto* streamable = new StreamableHttpTransport(network(), m_url, this);
        streamable->setProtocolVersion(QString());
        use(streamable);
    });
    use(sse);
}

void McpProbe::startStdio(const QString& program, const QStringList& arguments)
{
    reset();
    m_url = QUrl();
    use(new StdioTransport(program, arguments, this));
}

void McpProbe::use(McpTransport* transport)
{
    if (m_transport && m_transport != transport) {
        m_transport->close();
        m_transport->deleteLater();
    }
    m_transport = transport;
    transport->setTrust(&m_trust);
    m_report.transport = transport->name();
    connect(transport, &McpTransport::failed, this, [this](const Error& e) { finish(e); });
    connect(transport, &McpTransport::message, this, &McpProbe::onMessage);
    connect(transport, &McpTransport::ready, this, [this] {
        begin(Step::Initialize);
        const bool streamable = m_report.transport == QLatin1String("streamable-http");
        request(QStringLiteral("initialize"),
                {{QStringLiteral("protocolVersion"), streamable ? kStreamableProtocol : kLegacyProtocol},
                 {QStringLiteral("capabilities"), QJsonObject()},
                 {QStringLiteral("clientInfo"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("aipexbase-setup")},
                              {QStringLiteral("version"), QStringLiteral(AIPEXBASE_VERSION)}}}});
    });
    begin(Step::Connect);
    transport->open();
}

void McpProbe::begin(Step step)
{
    if (m_stepStarted)
        m_report.steps.append({stepName(m_step), m_stepClock.elapsed()});
    m_stepStarted = true;
    m_step = step;
    m_stepClock.start();
    m_cursor.clear();
    m_pages = 0;
    emit stepStarted(stepTitle(step));
}

void McpProbe::request(const QString& method, const QJsonObject& params)
{
    m_pendingId = m_nextId++;
    QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), m_pendingId},
                    {QStringLiteral("method"), method}};
    if (!params.isEmpty() || method != QLatin1String("tools/list"))
        msg.insert(QStringLiteral("params"), params);
    m_transport->send(msg);
}

void McpProbe::onMessage(const QJsonObject& message)
{
    if (!m_running)
        return;
    const QJsonValue id = message.value(QLatin1String("id"));
    const QString method = message.value(QLatin1String("method")).toString();
    if (!method.isEmpty()) {
        // A request from the server: answer a ping, decline the rest politely.
        if (!id.isUndefined() && !id.isNull()) {
            QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
            if (method == QLatin1String("ping"))
                reply.insert(QStringLiteral("result"), QJsonObject());
            else
                reply.insert(QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), -32601},
                                         {QStringLiteral("message"), QStringLiteral("not supported")}});
            m_transport->send(reply);
        }
        return;
    }
    if (id.toInt(-1) != m_pendingId)
        return;
    if (message.contains(QLatin1String("error"))) {
        const QJsonObject err = message.value(QLatin1String("error")).toObject();
        const int code = err.value(QLatin1String("code")).toInt();
        if (m_step == Step::ListPrompts && code == -32601) { // no prompts: not a failure
            onResult({});
            return;
        }
        Error e(Error::RequestFailed, tr("The MCP server answered %1 with error %2: %3")
                                          .arg(stepName(m_step))
                                          .arg(code)
                                          .arg(err.value(QLatin1String("message")).toString()));
        e.addDetail(QStringLiteral("jsonrpc_code"), code);
        finish(e);
        return;
    }
    onResult(message.value(QLatin1String("result")).toObject());
}

void McpProbe::onResult(const QJsonObject& result)
{
    switch (m_step) {
    case Step::Connect:
        return;
    case Step::Initialize: {
        const QJsonObject info = result.value(QLatin1String("serverInfo")).toObject();
        m_report.serverName = info.value(QLatin1String("name")).toString();
        m_report.serverVersion = info.value(QLatin1String("version")).toString();
        m_report.protocolVersion = result.value(QLatin1String("protocolVersion")).toString();
        m_serverCapabilities = result.value(QLatin1String("capabilities")).toObject();
        m_report.connected = true;
        if (auto* streamable = qobject_cast<StreamableHttpTransport*>(m_transport.data()))
            streamable->setProtocolVersion(m_report.protocolVersion);
        // Servers (AIPEXBASE's among them) hold every request until this arrives.
        m_transport->send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("method"), QStringLiteral("notifications/initialized")}});
        begin(Step::ListTools);
        request(QStringLiteral("tools/list"));
        return;
    }
    case Step::ListTools: {
        for (const QJsonValue& t : result.value(QLatin1String("tools")).toArray())
            m_report.tools << t.toObject().value(QLatin1String("name")).toString();
        m_cursor = result.value(QLatin1String("nextCursor")).toString();
        if (!m_cursor.isEmpty() && ++m_pages < kMaxPages) {
            request(QStringLiteral("tools/list"), {{QStringLiteral("cursor"), m_cursor}});
            return;
        }
        if (m_serverCapabilities.contains(QLatin1String("prompts"))) {
            begin(Step::ListPrompts);
            request(QStringLiteral("prompts/list"));
            return;
        }
        afterTools();
        return;
    }
    case Step::ListPrompts: {
        m_report.promptCount += int(result.value(QLatin1String("prompts")).toArray().size());
        m_cursor = result.value(QLatin1String("nextCursor")).toString();
        if (!m_cursor.isEmpty() && ++m_pages < kMaxPages) {
            request(QStringLiteral("prompts/list"), {{QStringLiteral("cursor"), m_cursor}});
            return;
        }
        afterTools();
        return;
    }
    case Step::CheckKey: {
        if (result.value(QLatin1String("isError")).toBool()) {
            QString text;
            for (const QJsonValue& c : result.value(QLatin1String("content")).toArray())
                text += c.toObject().value(QLatin1String("text")).toString();
            Error e(Error::KeyNotFound,
                    tr("The server refused the API key (%1). The key is wrong, disabled or expired, or its "
                       "application was deleted: create a new key.")
                        .arg(text.left(200)));
            e.setHint(
                tr("Make a new key (the wizard or aipexbase-setup-cli create) and put its config into the "
                   "editor."));
            finish(e);
            return;
        }
        m_report.keyProven = true;
        finish();
        return;
    }
    }
}

void McpProbe::afterTools()
{
    m_report.keyCheckable = m_report.tools.contains(kKeyCheckTool);
    if (!m_report.keyCheckable) {
        finish();
        return;
    }
    begin(Step::CheckKey);
    request(QStringLiteral("tools/call"),
            {{QStringLiteral("name"), kKeyCheckTool}, {QStringLiteral("arguments"), QJsonObject()}});
}

void McpProbe::finish(const Error& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_report.steps.append({stepName(m_step), m_stepClock.isValid() ? m_stepClock.elapsed() : 0});
    if (error) {
        m_report.error = error;
        // Neither transport found an MCP server there: say what each request got, rather
        // than only the fallback's 404, which would point at a wrong path.
        if (!m_notAStream.isEmpty() && error.code() == Error::Http4xx) {
            m_report.error =
                Error(Error::InvalidResponse,
                      tr("%1 does not answer like an MCP server: the event-stream request got %2 "
                         "instead of a stream, and a Streamable HTTP request got HTTP %3.")
                          .arg(m_url.toString(QUrl::RemoveQuery), m_notAStream)
                          .arg(error.httpStatus()));
            m_report.error.setHttpStatus(error.httpStatus());
        }
        m_report.failedStep = stepName(m_step);
        m_report.error.addContext(QStringLiteral("step"), m_report.failedStep);
    }
    if (m_transport)
        m_transport->close();
    emit finished(m_report);
}

void McpProbe::cancel()
{
    if (m_running)
        finish(Error(Error::Cancelled, tr("The check was cancelled.")));
}

} // namespace aipex
