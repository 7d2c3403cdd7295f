// aipexbase-fake-server: the test stand-in as a process, for scripts/demo.sh and the benchmarks.
#include "fakeserver/FakeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using aipex::test::FakeServer;

namespace {

#ifdef Q_OS_UNIX
int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalFds[0], &byte, 1);
}

// Only async-signal-safe work in the handler; the event loop does the rest, so the
// server's destructor closes every socket before the process ends.
void quitOnTerminationSignals(QCoreApplication* app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
#endif

// ENDPOINT=FAULT[:TIMES], e.g. KeySave=Http500:2 or other=html502
bool applyFault(FakeServer& server, const QString& spec)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    QString faultPart = spec.mid(equals + 1);
    int times = -1;
    const qsizetype colon = faultPart.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        times = faultPart.mid(colon + 1).toInt(&ok);
        if (!ok || times == 0 || times < -1)
            return false;
        faultPart.truncate(colon);
    }
    bool endpointOk = false;
    bool faultOk = false;
    const FakeServer::Endpoint endpoint = FakeServer::endpointFromString(spec.left(equals), &endpointOk);
    const FakeServer::Fault fault = FakeServer::faultFromString(faultPart, &faultOk);
    if (!endpointOk || !faultOk)
        return false;
    server.setFault(endpoint, fault, times);
    return true;
}

void fail(const QString& message)
{
    std::fprintf(stderr, "aipexbase-fake-server: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aipexbase-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for an AIPEXBASE server (tests and demos only)."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Address to bind (loopback by default)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption flavor(QStringLiteral("flavor"), QStringLiteral("Server generation: v1 or v2."),
                                    QStringLiteral("v1|v2"), QStringLiteral("v2"));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    QStringLiteral("Serve the admin API under this path, e.g. /baas-api."),
                                    QStringLiteral("path"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Admin e-mail to accept."),
                                   QStringLiteral("email"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password for --email."),
                                      QStringLiteral("password"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password for --email from standard input."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Inject a fault, e.g. KeySave=Http500:1 (repeatable)."),
                                   QStringLiteral("ENDPOINT=FAULT[:TIMES]"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Delay every answer."),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log requests to stderr."));
    parser.addOptions({host, port, flavor, prefix, email, password, passwordStdin, fault, delay, quiet});
    parser.process(app);

    FakeServer server;
    bool ok = false;
    server.setFlavor(FakeServer::flavorFromString(parser.value(flavor), &ok));
    if (!ok) {
        fail(QStringLiteral("--flavor must be v1 or v2"));
        return 2;
    }
    server.setPrefix(parser.value(prefix));
    const bool anyPassword = parser.isSet(password) || parser.isSet(passwordStdin);
    if (parser.isSet(email) != anyPassword) {
        fail(QStringLiteral("--email and --password (or --password-stdin) go together"));
        return 2;
    }
    QString secret = parser.value(password);
    if (parser.isSet(passwordStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read standard input"));
            return 2;
        }
        secret = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (parser.isSet(email))
        server.addUser(parser.value(email), secret);
    for (const QString& spec : parser.values(fault)) {
        if (!applyFault(server, spec)) {
            fail(QStringLiteral("bad --fault '%1' (want ENDPOINT=FAULT[:TIMES])").arg(spec));
            return 2;
        }
    }
    const int delayMs = parser.value(delay).toInt(&ok);
    if (!ok || delayMs < 0) {
        fail(QStringLiteral("--delay-ms must be a number >= 0"));
        return 2;
    }
    server.setResponseDelayMs(delayMs);
    const quint16 portNumber = parser.value(port).toUShort(&ok);
    if (!ok) {
        fail(QStringLiteral("--port must be 0..65535"));
        return 2;
    }
    const QString hostName = parser.value(host);
    const QHostAddress address = hostName == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(hostName);
    if (address.isNull()) {
        fail(QStringLiteral("--host must be an IP address"));
        return 2;
    }
    if (!server.listen(address, portNumber)) {
        fail(QStringLiteral("cannot listen on %1:%2").arg(hostName).arg(portNumber));
        return 1;
    }

    // The log is only for in-process tests; a long-running demo server must not grow it.
    const bool logRequests = !parser.isSet(quiet);
    QObject::connect(&server, &FakeServer::requestLogged, &server, [&server, logRequests] {
        if (logRequests) {
            const aipex::test::LoggedRequest request = server.requests().constLast();
            QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path +
                           QLatin1Char(' ') + FakeServer::toString(request.endpoint);
            if (request.fault != FakeServer::Fault::None)
                line += QStringLiteral(" fault=") + FakeServer::toString(request.fault);
            std::fprintf(stderr, "%s\n", qPrintable(line));
        }
        server.clearLog();
    });

#ifdef Q_OS_UNIX
    quitOnTerminationSignals(&app);
#endif
    std::fprintf(stdout, "listening %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
