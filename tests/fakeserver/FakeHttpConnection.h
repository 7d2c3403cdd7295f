#pragma once

#include "fakeserver/FakeHttpRequest.h"
#include "fakeserver/FakeHttpResponse.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace aipex::test {

// One accepted socket: parses HTTP/1.1 requests one at a time (keep-alive, no
// pipelining: the next request is read only once the current one is answered) and
// writes answers the way Tomcat does, head and body in one write. Deletes itself
// (later) once the peer goes away.
class FakeHttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpConnection(QTcpSocket* socket, QObject* parent = nullptr);
    ~FakeHttpConnection() override;

    // Each of these answers the pending request; they do nothing once the socket is gone.
    void respond(const FakeHttpResponse& response);
    // Announces the full Content-Length, sends half the body, then closes.
    void respondTruncated(const FakeHttpResponse& response);
    // Drops the socket with an RST instead of an answer.
    void resetConnection();
    // Server-sent events: a chunked text/event-stream answer that stays open.
    void startEventStream();
    void sendEvent(const QByteArray& event, const QByteArray& data);
    void endEventStream();

    bool isOpen() const;
    bool isStreaming() const;

signals:
    void requestReceived(const aipex::test::FakeHttpRequest& request);
    void closed();

private:
    enum class State
    {
        Reading,
        Answering,
        Streaming,
        Closing,
        Closed
    };
    enum class Parse
    {
        NeedMore,
        Done,
        Failed
    };

    void onReadyRead();
    void onDisconnected();
    void parseNext();
    Parse tryParse(FakeHttpRequest* request);
    Parse decodeChunked(qsizetype start, QByteArray* body, qsizetype* end);
    void failRequest(int status);
    void writeAnswer(const FakeHttpResponse& response, const QByteArray& body, qsizetype contentLength);

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_continueSent = false;
    int m_failStatus = 400;
};

} // namespace aipex::test
