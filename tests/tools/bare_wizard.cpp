// The floor for the start-up benchmark: a QWizard of six empty pages, measured by the
// same StartupTimer as the real wizard. Built and run by scripts/bench.sh only.
#include "StartupTimer.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 0; i < 6; ++i)
        wizard.addPage(new QWizardPage);
    aipex::gui::StartupTimer::watch(&wizard);
    wizard.show();
    return QApplication::exec();
}
