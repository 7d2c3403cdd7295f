#pragma once

#include "fakeserver/FakeHttpResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace aipex::test {

class FakeHttpConnection;
class FakeStore;

// One legacy HTTP+SSE MCP session (protocol 2024-11-05) as the backend's servlet
// transport runs it: the SSE stream carries the endpoint event and every JSON-RPC
// answer; messages arrive as separate POSTs. Lives as a child of its stream.
class FakeMcpSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Normal,
        Silent,             // accept messages, never answer them
        Malformed,          // answer with an event whose data is not JSON
        CloseOnNextMessage, // end the stream when a message is posted
    };

    FakeMcpSession(FakeHttpConnection* stream, const QString& token, FakeStore* store, Mode mode);

    QString id() const { return m_id; }
    bool isOpen() const;
    // Starts the event-stream answer and sends the endpoint event.
    void start();
    // Handles one POSTed message; returns the POST's own answer. The JSON-RPC answer
    // goes to the stream. `override` (if not Normal) applies to this message only.
    FakeHttpResponse post(const QByteArray& body, const QString& postToken, Mode override);
    void close();

private:
    QJsonObject dispatch(const QString& method, const QJsonObject& params, const QString& token,
                         int* errorCode, QString* errorMessage);
    QJsonObject callTool(const QJsonObject& params, const QString& token, int* errorCode,
                         QString* errorMessage);
    static QJsonObject toolResult(const QString& text, bool isError);
    static QJsonObject tools();
    static QJsonObject prompts();

    QPointer<FakeHttpConnection> m_stream;
    QString m_id;
    QString m_token;
    bool m_initialized = false;
    FakeStore* m_store;
    Mode m_mode;
};

} // namespace aipex::test
