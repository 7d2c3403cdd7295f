#include "KeychainCredentialStore.h"
#include "SettingsKeys.h"
#include "StartupTimer.h"
#include "Translations.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstring>
#include <memory>

namespace {
// --help and --version print and leave: they need no display, so they get no GUI.
bool textOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app(textOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                                                     : new QApplication(argc, argv));
    QApplication::setApplicationName(QStringLiteral("aipexbase-setup"));
    QApplication::setOrganizationName(QStringLiteral("AIPEXBASE"));
    QApplication::setApplicationVersion(QStringLiteral(AIPEXBASE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(AIPEXBASE_APP_ID));
    // --lang wins; else the language chosen in the wizard; else the system's.
    QString language = aipex::Translations::languageFromArguments(QCoreApplication::arguments());
    if (language.isEmpty() && !textOnly(argc, argv))
        language = QSettings().value(aipex::gui::SettingsKeys::language).toString();
    aipex::Translations::install(language);
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
    parser.process(*app);

    aipex::KeychainCredentialStore keychain(QStringLiteral(AIPEXBASE_APP_ID));
    aipex::gui::SetupWizard wizard(&keychain);
    if (parser.isSet(serverOpt))
        wizard.setServerUrl(parser.value(serverOpt));
    if (parser.isSet(demoOpt))
        wizard.setDemoHint(QApplication::translate("main",
                                                   "Demo server: sign in as admin@example.com with the "
                                                   "password admin123."));
    aipex::gui::StartupTimer::watch(&wizard);
    wizard.show();
    return QApplication::exec();
}
