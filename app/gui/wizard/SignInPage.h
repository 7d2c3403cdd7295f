#pragma once

#include "wizard/AsyncPage.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aipex {
class CredentialStore;
}

namespace aipex::gui {

class SignInPage : public AsyncPage
{
    Q_OBJECT
public:
    // credentials is the store the controller uses; null means there is none.
    SignInPage(WizardController* controller, CredentialStore* credentials, QWidget* parent = nullptr);

    // Demo mode shows the stand-in's credentials as a hint (never in normal use).
    void setDemoHint(const QString& hint);
    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;

protected:
    bool isInputComplete() const override;

private:
    void showKeychainAvailable(bool available, const QString& detail);

    CredentialStore* m_credentials;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QAction* m_reveal;
    QCheckBox* m_remember;
    QPushButton* m_forget;
    QLabel* m_keychainNote;
    QLabel* m_demoHint;
    QString m_filledFromKeychain;
    bool m_keychainAvailable = true;
    bool m_uncheckedForNoKeychain = false;
};

} // namespace aipex::gui
