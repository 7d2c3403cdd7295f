#include "VerifyRunner.h"

#include "mcp/BridgeCommand.h"
#include "mcp/McpEntry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace aipex::cli {

VerifyRunner::VerifyRunner(const CliOptions& options, CliOutput* out, QObject* parent)
    : QObject(parent)
    , m_opt(options)
    , m_out(out)
{
    m_probe.setTimeoutMs(qMax(m_opt.timeoutMs, 1000));
    m_probe.setTrust(m_opt.trust);
    connect(&m_probe, &McpProbe::stepStarted, this, [this](const QString& title) { m_out->step(title); });
    connect(&m_probe, &McpProbe::finished, this, [this](const McpProbeReport& r) {
        print(r);
        emit done(r);
    });
}

bool VerifyRunner::urlFromConfig(const QString& path, const QString& serverName, QUrl* url, Error* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Error(Error::MissingConfig,
                       tr("No MCP URL given and %1 could not be read: %2. Pass the URL: verify "
                          "MCP_URL.")
                           .arg(QDir::toNativeSeparators(path), f.errorString()));
        error->addContext(QStringLiteral("file"), path);
        return false;
    }
    const QJsonObject servers =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("mcpServers")).toObject();
    QString text = servers.value(serverName).toObject().value(QLatin1String("url")).toString();
    for (auto it = servers.begin(); text.isEmpty() && it != servers.end(); ++it)
        text = it.value().toObject().value(QLatin1String("url")).toString();
    if (text.isEmpty()) {
        *error = Error(Error::InvalidConfig,
                       tr("%1 has no mcpServers entry with a \"url\".").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    *url = QUrl(text);
    return true;
}

void VerifyRunner::start(const QUrl& url)
{
    if (!m_opt.bridge) {
        m_probe.start(url);
        return;
    }
    // What an editor with a stdio-only config runs: the bridge, then MCP over its pipes.
    QStringList command = BridgeCommand::forUrl(url, QProcess::splitCommand(m_opt.bridgeCommand));
    const QString program = command.takeFirst();
    Error missing;
    if (!BridgeCommand::findProgram(program, &missing)) {
        McpProbeReport r;
        r.transport = QStringLiteral("stdio");
        r.failedStep = QStringLiteral("connect");
        r.error = missing;
        print(r);
        emit done(r);
        return;
    }
    m_probe.startStdio(program, command);
}

void VerifyRunner::print(const McpProbeReport& r)
{
    if (m_out->json()) {
        if (m_opt.command == CliOptions::Command::Verify)
            m_out->printJson(r.toJson());
        return;
    }
    if (r.error) {
        m_out->line(m_out->paint(QStringLiteral("✗ "), CliOutput::Tone::Fail) +
                    tr("The connection check failed at %1.").arg(r.failedStep));
        m_out->error(r.error);
        return;
    }
    m_out->ok(m_out->paint(r.summary(), CliOutput::Tone::Bold));
    m_out->line(tr("  Server:    %1 %2 (MCP %3, %4)")
                    .arg(r.serverName, r.serverVersion, r.protocolVersion, r.transport));
    m_out->line(tr("  Tools:     %1").arg(r.tools.join(QLatin1String(", "))));
    m_out->line(tr("  Prompts:   %1").arg(r.promptCount));
    QStringList timing;
    for (const auto& s : r.steps)
        timing << QStringLiteral("%1 %2 ms").arg(s.name).arg(s.ms);
    m_out->line(tr("  Timing:    %1").arg(timing.join(QStringLiteral(" · "))), CliOutput::Tone::Dim);
    if (!r.keyCheckable)
        m_out->line(tr("  This server has no list_tables tool, so the key itself could not be checked."),
                    CliOutput::Tone::Dim);
}

} // namespace aipex::cli
