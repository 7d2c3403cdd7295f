// Walks the real wizard against an in-process stand-in and saves one PNG per page:
// what scripts/screenshots.sh runs under Xvfb for the README and for review.
#include "Translations.h"
#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/WizardDriver.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QPalette>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QWindow>

using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

namespace {

QPalette fusionDark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    p.setColor(QPalette::Highlight, QColor(0x4f, 0x8c, 0xf7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x83));
    return p;
}

bool shoot(SetupWizard* wizard, const QString& dir, const QString& name)
{
    if (!QTest::qWaitFor([wizard] { return !wizard->controller()->isBusy(); }, 10000))
        std::printf("still busy on %s\n", qPrintable(name));
    QTest::qWait(150); // let the last paint land
    QPixmap shot;
    if (QScreen* screen = wizard->screen(); screen && QGuiApplication::platformName() == QLatin1String("xcb"))
        shot = screen->grabWindow(wizard->winId());
    if (shot.isNull())
        shot = wizard->grab();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AIPEXBASE-screenshots"));
    QApplication::setApplicationName(QStringLiteral("aipexbase-setup"));
    QCommandLineParser parser;
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption prefixOpt(QStringLiteral("prefix"), QStringLiteral("File name prefix."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("en or zh_CN."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Fusion with a dark palette."));
    parser.addOptions({outOpt, prefixOpt, langOpt, darkOpt});
    parser.process(app);
    aipex::Translations::install(parser.isSet(langOpt) ? parser.value(langOpt) : QStringLiteral("en"));
    if (parser.isSet(darkOpt)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(fusionDark());
    }
    const QString out = parser.isSet(outOpt) ? parser.value(outOpt) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    const QString prefix = parser.value(prefixOpt);

    FakeServer server;
    server.setPrefix(QStringLiteral("/baas-api"));
    server.listen();
    for (const char* name : {"Online shop", "CRM", "Blog"})
        server.addApp(QString::fromLatin1(name));

    aipex::MemoryCredentialStore store;
    SetupWizard wizard(&store);
    wizard.setDemoHint(QApplication::translate("main", "Demo server: sign in as admin@example.com with the "
                                                       "password admin123."));
    wizard.resize(780, 580);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        std::printf("the window was never exposed\n");
    WizardDriver d{&wizard};
    int failures = 0;
    auto step = [&](int page, const char* name) {
        if (!d.waitForPage(page)) {
            std::printf("FAILED to reach %s: %s\n", name, qPrintable(d.statusText()));
            ++failures;
            return false;
        }
        failures += shoot(&wizard, out, prefix + QString::fromLatin1(name)) ? 0 : 1;
        return true;
    };

    // Each page is shot filled in, as a user sees it just before pressing Next.
    // The second tab of the Connect page, with VS Code chosen (paths under a scratch home).
    auto shootInstallTab = [&] {
        auto* tabs = wizard.findChild<QTabWidget*>(QStringLiteral("connectTabs"));
        auto* list = wizard.findChild<QListWidget*>(QStringLiteral("clientList"));
        if (!tabs || !list)
            return true;
        tabs->setCurrentIndex(1);
        const QList<QListWidgetItem*> vscode =
            list->findItems(QStringLiteral("VS Code"), Qt::MatchStartsWith);
        if (!vscode.isEmpty())
            list->setCurrentItem(vscode.first());
        failures += shoot(&wizard, out, prefix + QStringLiteral("5b-install")) ? 0 : 1;
        tabs->setCurrentIndex(0);
        return true;
    };
    d.type("serverUrlEdit", server.originUrl().toString());
    QTest::mouseClick(d.find<QAbstractButton>("checkButton"), Qt::LeftButton);
    if (step(SetupWizard::Server, "1-server") && d.next() && d.waitForPage(SetupWizard::SignIn)) {
        d.type("email", QStringLiteral("admin@example.com"));
        d.type("password", QStringLiteral("admin123"));
        if (step(SetupWizard::SignIn, "2-sign-in") && d.next() &&
            step(SetupWizard::Application, "3-application") && d.next() &&
            step(SetupWizard::ApiKey, "4-api-key") && d.next() && step(SetupWizard::Connect, "5-connect") &&
            shootInstallTab() && d.next())
            step(SetupWizard::Done, "6-done");
    }
    return failures ? 1 : 0;
}
