#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

// Placeholder until the wizard lands: the window, its title and the six steps.
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aipexbase-setup"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "AIPEXBASE MCP Setup"));
    QApplication::setApplicationVersion(QStringLiteral(AIPEXBASE_VERSION));
    aipex::Translations::install(aipex::Translations::languageFromArguments(QApplication::arguments()));

    QWizard wizard;
    wizard.setObjectName(QStringLiteral("setupWizard"));
    wizard.setWindowTitle(QApplication::translate("main", "AIPEXBASE MCP Setup"));
    const QString titles[] = {
        QApplication::translate("main", "Server"),          QApplication::translate("main", "Sign in"),
        QApplication::translate("main", "Application"),     QApplication::translate("main", "API key"),
        QApplication::translate("main", "Connect editors"), QApplication::translate("main", "Done"),
    };
    for (const QString& t : titles) {
        auto* page = new QWizardPage;
        page->setTitle(t);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QApplication::translate("main", "Coming soon."), page));
        wizard.addPage(page);
    }
    wizard.resize(720, 540);
    wizard.show();
    return QApplication::exec();
}
