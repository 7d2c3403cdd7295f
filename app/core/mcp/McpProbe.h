#pragma once

#include "mcp/McpProbeReport.h"
#include "net/TlsTrust.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace aipex {

class McpTransport;

// Connects to an MCP server the way an editor would and reports what it proved:
// initialize → notifications/initialized → tools/list → prompts/list → and, where the
// server offers it, the read-only list_tables call that proves the key itself. It never
// calls a tool that changes anything. One overall deadline; cancellable.
class McpProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 15000;
    static const QString kKeyCheckTool; // list_tables

    explicit McpProbe(QObject* parent = nullptr);
    ~McpProbe() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms > 0 ? ms : kDefaultTimeoutMs; }
    void setTrust(const TlsTrust& trust) { m_trust = trust; }
    // Legacy HTTP+SSE first; a URL that answers without an event stream gets a Streamable HTTP try.
    void start(const QUrl& url);
    // Through a bridge command (mcp-remote) speaking MCP on its stdin/stdout.
    void startStdio(const QString& program, const QStringList& arguments);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stepStarted(const QString& title);
    void finished(const aipex::McpProbeReport& report);

private:
    enum class Step
    {
        Connect,
        Initialize,
        ListTools,
        ListPrompts,
        CheckKey
    };

    void reset();
    void use(McpTransport* transport);
    void begin(Step step);
    void request(const QString& method, const QJsonObject& params = {});
    void onMessage(const QJsonObject& message);
    void onResult(const QJsonObject& result);
    void afterTools();
    void finish(const Error& error = {});
    QString stepName(Step step) const;
    QString stepTitle(Step step) const;
    QNetworkAccessManager* network();

    QNetworkAccessManager* m_network = nullptr;
    TlsTrust m_trust;
    QPointer<McpTransport> m_transport;
    QUrl m_url;
    QTimer m_deadline;
    QElapsedTimer m_stepClock;
    Step m_step = Step::Connect;
    McpProbeReport m_report;
    QJsonObject m_serverCapabilities;
    QString m_cursor;
    QString m_notAStream; // what the event-stream GET got instead, once we fell back to Streamable HTTP
    int m_pages = 0;
    int m_nextId = 1;
    int m_pendingId = 0;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_running = false;
    bool m_stepStarted = false;
};

} // namespace aipex

Q_DECLARE_METATYPE(aipex::McpProbeReport)
