#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Answers every request with one fixed HTTP response: for the odd answers a real
// AIPEXBASE server never gives (a create without appId, a redirect, a huge body).
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    // waitForHeaders false: answer the first bytes, whatever they are (as nginx answers
    // a TLS hello on its plain port).
    explicit CannedHttpServer(QByteArray response, bool waitForHeaders = true, QObject* parent = nullptr)
        : QObject(parent)
        , m_response(std::move(response))
        , m_waitForHeaders(waitForHeaders)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_received += s->readAll();
                    if (m_waitForHeaders && !m_received.contains("\r\n\r\n"))
                        return;
                    ++m_hits;
                    m_received.clear();
                    s->write(m_response);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    static QByteArray json(const QByteArray& body, int status = 200)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    QUrl url(const QString& path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int hits() const { return m_hits; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_received;
    int m_hits = 0;
    bool m_waitForHeaders = true;
};
