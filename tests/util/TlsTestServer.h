#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

// An HTTPS endpoint with a certificate made at test time by openssl: self-signed, or
// signed by a throw-away CA (caFile()). It either answers every request with one canned
// response, or, given a backend port, forwards the decrypted bytes there (TLS in front
// of the plain-HTTP stand-in, as nginx would be).
class TlsTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Issuer
    {
        SelfSigned,
        TestCa,
        Expired,  // self-signed, valid only in January 2020
        WrongHost // self-signed for other.invalid, not 127.0.0.1
    };

    explicit TlsTestServer(QByteArray response, Issuer issuer = Issuer::SelfSigned, quint16 backendPort = 0,
                           QObject* parent = nullptr)
        : QObject(parent)
        , m_response(std::move(response))
        , m_backend(backendPort)
    {
        if (!makeCertificate(issuer))
            return;
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                m_backend ? forward(s) : answer(s);
        });
        m_ok = m_server.listen(QHostAddress::LocalHost);
    }

    bool isReady() const { return m_ok; }
    quint16 port() const { return m_server.serverPort(); }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString fingerprint() const
    {
        return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
    }

private:
    bool run(const QStringList& args)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"), args);
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
    }

    bool makeCertificate(Issuer issuer)
    {
        const QString san = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
        bool ok = false;
        if (issuer == Issuer::WrongHost) {
            ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=other.invalid"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=DNS:other.invalid")});
        } else if (issuer == Issuer::Expired) {
            // `openssl req` cannot date a certificate in the past; `openssl ca` can.
            QDir(m_dir.path()).mkpath(QStringLiteral("db"));
            QFile index(m_dir.filePath(QStringLiteral("db/index.txt")));
            QFile serial(m_dir.filePath(QStringLiteral("db/serial")));
            QFile conf(m_dir.filePath(QStringLiteral("ca.cnf")));
            ok = index.open(QIODevice::WriteOnly) && serial.open(QIODevice::WriteOnly) &&
                 serial.write("01\n") > 0 && conf.open(QIODevice::WriteOnly) &&
                 conf.write("[ca]\ndefault_ca = test\n[test]\ndatabase = db/index.txt\nserial = db/serial\n"
                            "new_certs_dir = db\ndefault_md = sha256\npolicy = any\ncopy_extensions = copy\n"
                            "unique_subject = no\n[any]\ncommonName = supplied\n") > 0;
            index.close();
            serial.close();
            conf.close();
            ok = ok &&
                 run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                      QStringLiteral("-out"), QStringLiteral("leaf.csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), san}) &&
                 run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                      QStringLiteral("ca.cnf"), QStringLiteral("-selfsign"), QStringLiteral("-keyfile"),
                      QStringLiteral("key.pem"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                      QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-startdate"),
                      QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                      QStringLiteral("20200201000000Z")});
        } else if (issuer == Issuer::SelfSigned) {
            ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), san});
        } else {
            QFile ext(m_dir.filePath(QStringLiteral("ext.cnf")));
            ok = ext.open(QIODevice::WriteOnly) && ext.write(san.toUtf8() + '\n') > 0;
            ext.close();
            ok = ok &&
                 run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=AIPEXBASE Test CA")}) &&
                 run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                      QStringLiteral("-out"), QStringLiteral("leaf.csr"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost")}) &&
                 run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      QStringLiteral("leaf.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                      QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                      QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"),
                      QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
        }
        QFile k(m_dir.filePath(QStringLiteral("key.pem"))), c(m_dir.filePath(QStringLiteral("cert.pem")));
        if (!ok || !k.open(QIODevice::ReadOnly) || !c.open(QIODevice::ReadOnly))
            return false;
        m_certificate = QSslCertificate(c.readAll());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(k.readAll(), QSsl::Rsa));
        config.setLocalCertificate(m_certificate);
        m_server.setSslConfiguration(config);
        return !m_certificate.isNull();
    }

    void answer(QTcpSocket* s)
    {
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            s->write(m_response);
            s->disconnectFromHost();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    void forward(QTcpSocket* s)
    {
        auto* backend = new QTcpSocket(s);
        backend->connectToHost(QHostAddress::LocalHost, m_backend);
        connect(s, &QTcpSocket::readyRead, backend, [s, backend] { backend->write(s->readAll()); });
        connect(backend, &QTcpSocket::readyRead, s, [s, backend] { s->write(backend->readAll()); });
        connect(backend, &QTcpSocket::disconnected, s, [s] { s->disconnectFromHost(); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    QTemporaryDir m_dir;
    QSslServer m_server;
    QSslCertificate m_certificate;
    QByteArray m_response;
    quint16 m_backend = 0;
    bool m_ok = false;
};
