#include "KeychainCredentialStore.h"
#include "SetupWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <time.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStartup, "aipexbase.gui.startup", QtWarningMsg)

namespace {

// Milliseconds since the kernel started this process, so the figure includes the
// dynamic loader and static initialisers, not only what runs after main().
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Field 22 of the file is the 20th after the command name: start time in clock ticks since boot.
        if (fields.size() > 19) {
            const double startTicks = fields.at(19).toDouble();
            timespec now{};
            clock_gettime(CLOCK_BOOTTIME, &now);
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
        }
    }
#endif
    return -1;
}

// Reports when the first page has been painted: the moment a user sees the window.
class FirstFrameReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this paint has been handled, not before it.
            QTimer::singleShot(0, this, [] {
                qCInfo(lcStartup, "first page shown %.1f ms after process start", msSinceProcessStart());
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aipexbase-setup"));
    QApplication::setOrganizationName(QStringLiteral("AIPEXBASE"));
    QApplication::setApplicationVersion(QStringLiteral(AIPEXBASE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(AIPEXBASE_APP_ID));
    aipex::Translations::install(aipex::Translations::languageFromArguments(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "AIPEXBASE MCP Setup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Connect AI editors to an AIPEXBASE server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QApplication::translate("main", "Fill in the server address."),
                                       QStringLiteral("URL"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QApplication::translate("main", "Show the local demo server's sign-in hint."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QApplication::translate("main", "Language: en or zh_CN."),
                                     QStringLiteral("LANG"));
    parser.addOptions({serverOpt, demoOpt, langOpt});
    parser.process(app);

    aipex::KeychainCredentialStore keychain(QStringLiteral(AIPEXBASE_APP_ID));
    aipex::gui::SetupWizard wizard(&keychain);
    if (parser.isSet(serverOpt))
        wizard.setServerUrl(parser.value(serverOpt));
    if (parser.isSet(demoOpt))
        wizard.setDemoHint(QApplication::translate("main",
                                                   "Demo server: sign in as admin@example.com with the "
                                                   "password admin123."));
    FirstFrameReporter reporter;
    if (lcStartup().isInfoEnabled())
        wizard.installEventFilter(&reporter);
    wizard.show();
    return QApplication::exec();
}
