#include "CliApp.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aipexbase-setup-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIPEXBASE_VERSION));

    // Before parsing, so --help is already in the chosen language.
    aipex::Translations::install(aipex::Translations::languageFromArguments(QCoreApplication::arguments()));

    aipex::cli::CliApp cli;
    const int code = cli.start(QCoreApplication::arguments());
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
