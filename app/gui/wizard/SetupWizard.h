#pragma once

#include "wizard/WizardController.h"

#include <QWizard>

namespace aipex::gui {

class ServerPage;
class SignInPage;

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Server,
        SignIn,
        Application,
        ApiKey,
        Connect,
        Done
    };

    explicit SetupWizard(CredentialStore* credentials, QWidget* parent = nullptr);

    WizardController* controller() const { return m_controller; }
    void setServerUrl(const QString& url);
    void setDemoHint(const QString& hint);
    void done(int result) override;
    void showAbout();

private:
    void returnToSignIn(const Error& error);

    WizardController* m_controller;
    ServerPage* m_server;
    SignInPage* m_signIn;
};

} // namespace aipex::gui
