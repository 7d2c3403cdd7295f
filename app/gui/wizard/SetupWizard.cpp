#include "wizard/SetupWizard.h"

#include "SettingsKeys.h"
#include "Translations.h"
#include "widgets/Icons.h"
#include "wizard/ApiKeyPage.h"
#include "wizard/ApplicationPage.h"
#include "wizard/ConnectPage.h"
#include "wizard/DonePage.h"
#include "wizard/ServerPage.h"
#include "wizard/SignInPage.h"

#include <QAbstractButton>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

// Resources compiled into a static library must be registered by name, at global scope,
// and before any page (built in the member initialisers) loads an icon.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace aipex::gui {

SetupWizard::SetupWizard(CredentialStore* credentials, QWidget* parent)
    : QWizard((initResources(), parent))
    , m_controller(new WizardController(credentials, this))
    , m_server(new ServerPage(m_controller, this))
    , m_signIn(new SignInPage(m_controller, credentials, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("AIPEXBASE MCP Setup"));
    const QIcon icon = Icons::app();
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(QSize(48, 48), devicePixelRatio()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&About"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("aboutButton"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });
    m_controller->setLanguage(Translations::current());

    setPage(Server, m_server);
    setPage(SignIn, m_signIn);
    setPage(Application, new ApplicationPage(m_controller, this));
    setPage(ApiKey, new ApiKeyPage(m_controller, this));
    setPage(Connect, new ConnectPage(m_controller, this));
    setPage(Done, new DonePage(m_controller, this));

    resize(780, 580);
    setMinimumSize(560, 440);
    const QByteArray geometry = QSettings().value(SettingsKeys::windowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);

    connect(m_controller, &WizardController::failed, this,
            [this](WizardController::Task task, const Error& e) {
                if (task == WizardController::Task::SignIn && currentId() != SignIn)
                    returnToSignIn(e);
            });
}

void SetupWizard::returnToSignIn(const Error& error)
{
    // The session could not be renewed silently: the user signs in again, then goes on.
    while (currentId() > SignIn)
        back();
    m_signIn->showError(error);
}

void SetupWizard::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About AIPEXBASE MCP Setup"));
    box->setIconPixmap(Icons::app().pixmap(QSize(64, 64), devicePixelRatio()));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>AIPEXBASE MCP Setup %1</h3>"
                    "<p>Connects AI editors to an AIPEXBASE server over MCP.</p>"
                    "<p>Released under the MIT licence.</p>"
                    "<p><a href=\"%2\">AIPEXBASE</a> · <a href=\"%3\">Model Context Protocol</a></p>")
                     .arg(QStringLiteral(AIPEXBASE_VERSION),
                          QStringLiteral("https://github.com/kuafuai/aipexbase"),
                          QStringLiteral("https://modelcontextprotocol.io")));
    box->setStandardButtons(QMessageBox::Close);
    box->open(); // window-modal, not a nested event loop
}

void SetupWizard::setServerUrl(const QString& url)
{
    m_server->setServerUrl(url);
}

void SetupWizard::setDemoHint(const QString& hint)
{
    m_signIn->setDemoHint(hint);
}

void SetupWizard::done(int result)
{
    m_controller->cancel();
    QSettings().setValue(SettingsKeys::windowGeometry, saveGeometry());
    QWizard::done(result);
}

} // namespace aipex::gui
