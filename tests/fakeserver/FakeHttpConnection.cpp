#include "fakeserver/FakeHttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaObject>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace aipex::test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           QByteArrayLiteral(" GMT");
}

QByteArray headLines(int status, bool keepAlive)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
                      FakeHttpResponse::reasonPhrase(status) + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Date: ") + httpDate() + QByteArrayLiteral("\r\n");
    if (keepAlive)
        head += QByteArrayLiteral("Keep-Alive: timeout=60\r\nConnection: keep-alive\r\n");
    else
        head += QByteArrayLiteral("Connection: close\r\n");
    return head;
}

} // namespace

FakeHttpConnection::FakeHttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Without TCP_NODELAY every keep-alive request pays the ~40 ms delayed-ACK penalty.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeHttpConnection::onDisconnected);
    // A peer may have sent data, or already gone, before we were connected to its signals.
    QTimer::singleShot(0, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
        else if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    });
}

FakeHttpConnection::~FakeHttpConnection()
{
    // The socket's own destructor aborts it and would signal into a half-destroyed object.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

bool FakeHttpConnection::isOpen() const
{
    return m_state != State::Closed && m_state != State::Closing;
}

bool FakeHttpConnection::isStreaming() const
{
    return m_state == State::Streaming;
}

void FakeHttpConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > MaxHeadBytes + MaxBodyBytes + 1024) {
        failRequest(413);
        return;
    }
    parseNext();
}

void FakeHttpConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    emit closed();
    deleteLater();
}

void FakeHttpConnection::parseNext()
{
    if (m_state != State::Reading)
        return;
    FakeHttpRequest request;
    switch (tryParse(&request)) {
    case Parse::NeedMore:
        return;
    case Parse::Failed:
        failRequest(m_failStatus);
        return;
    case Parse::Done:
        m_state = State::Answering;
        m_keepAlive = request.keepAlive;
        emit requestReceived(request);
        return;
    }
}

FakeHttpConnection::Parse FakeHttpConnection::tryParse(FakeHttpRequest* request)
{
    m_failStatus = 400;
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 && m_buffer.size() <= MaxHeadBytes)
        return Parse::NeedMore;
    if (headEnd < 0 || headEnd > MaxHeadBytes) {
        m_failStatus = 431;
        return Parse::Failed;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Failed;
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Failed;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        QByteArray& slot = request->headers[name];
        slot = slot.isEmpty() ? value : slot + QByteArrayLiteral(", ") + value;
    }

    QByteArray pathPart = request->target;
    if (pathPart.startsWith("http://") || pathPart.startsWith("https://")) {
        const qsizetype slash = pathPart.indexOf('/', pathPart.indexOf("//") + 2);
        pathPart = slash < 0 ? QByteArrayLiteral("/") : pathPart.mid(slash);
    }
    const qsizetype question = pathPart.indexOf('?');
    request->path = QString::fromUtf8(question < 0 ? pathPart : pathPart.left(question));
    if (question >= 0)
        request->query = QUrlQuery(QString::fromUtf8(pathPart.mid(question + 1)));

    const QByteArray connection = request->header(QByteArrayLiteral("connection")).toLower();
    request->keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    if (request->header(QByteArrayLiteral("transfer-encoding")).toLower().contains("chunked")) {
        const Parse result = decodeChunked(bodyStart, &request->body, &end);
        if (result != Parse::Done)
            return result;
    } else if (request->headers.contains(QByteArrayLiteral("content-length"))) {
        bool ok = false;
        const qint64 length = request->header(QByteArrayLiteral("content-length")).toLongLong(&ok);
        if (!ok || length < 0)
            return Parse::Failed;
        if (length > MaxBodyBytes) {
            m_failStatus = 413;
            return Parse::Failed;
        }
        if (m_buffer.size() < bodyStart + length) {
            // curl waits a second for this before sending a larger body.
            if (!m_continueSent && request->header(QByteArrayLiteral("expect")).toLower() == "100-continue") {
                m_continueSent = true;
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return Parse::NeedMore;
        }
        request->body = m_buffer.mid(bodyStart, length);
        end = bodyStart + length;
    }
    m_buffer.remove(0, end);
    m_continueSent = false;
    return Parse::Done;
}

FakeHttpConnection::Parse FakeHttpConnection::decodeChunked(qsizetype start, QByteArray* body, qsizetype* end)
{
    qsizetype pos = start;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Parse::NeedMore;
        QByteArray sizeField = m_buffer.mid(pos, lineEnd - pos);
        const qsizetype extension = sizeField.indexOf(';');
        if (extension >= 0)
            sizeField.truncate(extension);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return Parse::Failed;
        pos = lineEnd + 2;
        if (size == 0) {
            for (;;) { // optional trailers, then an empty line
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return Parse::NeedMore;
                const bool last = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (last) {
                    *end = pos;
                    return Parse::Done;
                }
            }
        }
        if (body->size() + size > MaxBodyBytes) {
            m_failStatus = 413;
            return Parse::Failed;
        }
        if (m_buffer.size() < pos + size + 2)
            return Parse::NeedMore;
        if (m_buffer.mid(pos + size, 2) != "\r\n")
            return Parse::Failed;
        body->append(m_buffer.mid(pos, size));
        pos += size + 2;
    }
}

void FakeHttpConnection::failRequest(int status)
{
    m_state = State::Answering;
    m_keepAlive = false;
    respond(FakeHttpResponse::empty(status));
}

void FakeHttpConnection::writeAnswer(const FakeHttpResponse& response, const QByteArray& body,
                                     qsizetype contentLength)
{
    QByteArray data = headLines(response.status, m_keepAlive);
    if (!response.contentType.isEmpty())
        data += QByteArrayLiteral("Content-Type: ") + response.contentType + QByteArrayLiteral("\r\n");
    data +=
        QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + QByteArrayLiteral("\r\n");
    for (const auto& header : response.headers)
        data += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    data += QByteArrayLiteral("\r\n") + body;
    m_socket->write(data);
}

void FakeHttpConnection::respond(const FakeHttpResponse& response)
{
    if (m_state != State::Answering)
        return;
    writeAnswer(response, response.body, response.body.size());
    if (!m_keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Reading;
    if (!m_buffer.isEmpty()) // never recurse into the next request from inside an answer
        QMetaObject::invokeMethod(this, &FakeHttpConnection::parseNext, Qt::QueuedConnection);
}

void FakeHttpConnection::respondTruncated(const FakeHttpResponse& response)
{
    if (m_state != State::Answering)
        return;
    QByteArray body = response.body;
    if (body.size() < 2)
        body = QByteArrayLiteral("{\"code\":0,\"data\":null}");
    m_keepAlive = false;
    writeAnswer(response, body.left(body.size() / 2), body.size());
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

void FakeHttpConnection::resetConnection()
{
    if (m_state == State::Closed)
        return;
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN.
    const ::linger noLinger{1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                 sizeof noLinger);
#endif
    m_socket->abort(); // emits disconnected(), which marks us closed
    onDisconnected();
}

void FakeHttpConnection::startEventStream()
{
    if (m_state != State::Answering)
        return;
    // What Tomcat sends for an async servlet answer of unknown length.
    QByteArray data = headLines(200, true);
    data += QByteArrayLiteral("Content-Type: text/event-stream;charset=UTF-8\r\n"
                              "Cache-Control: no-cache\r\n"
                              "Access-Control-Allow-Origin: *\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n");
    m_socket->write(data);
    m_state = State::Streaming;
}

void FakeHttpConnection::sendEvent(const QByteArray& event, const QByteArray& data)
{
    if (m_state != State::Streaming)
        return;
    QByteArray payload = QByteArrayLiteral("event: ") + event + '\n';
    for (const QByteArray& line : data.split('\n'))
        payload += QByteArrayLiteral("data: ") + line + '\n';
    payload += '\n';
    m_socket->write(QByteArray::number(payload.size(), 16) + QByteArrayLiteral("\r\n") + payload +
                    QByteArrayLiteral("\r\n"));
}

void FakeHttpConnection::endEventStream()
{
    if (m_state != State::Streaming)
        return;
    m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
    m_state = State::Closing;
    m_socket->disconnectFromHost();
}

} // namespace aipex::test
