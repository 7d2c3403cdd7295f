#include "KeychainCredentialStore.h"
#include "SetupWizard.h"
#include "StartupTimer.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

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
    aipex::gui::StartupTimer::watch(&wizard);
    wizard.show();
    return QApplication::exec();
}
