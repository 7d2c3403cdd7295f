#pragma once

#include "wizard/AsyncPage.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aipex::gui {

class SignInPage : public AsyncPage
{
    Q_OBJECT
public:
    explicit SignInPage(WizardController* controller, QWidget* parent = nullptr);

    // Demo mode shows the stand-in's credentials as a hint (never in normal use).
    void setDemoHint(const QString& hint);
    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;

protected:
    bool isInputComplete() const override;

private:
    QLineEdit* m_email;
    QLineEdit* m_password;
    QAction* m_reveal;
    QCheckBox* m_remember;
    QPushButton* m_forget;
    QLabel* m_keychainNote;
    QLabel* m_demoHint;
    QString m_filledFromKeychain;
};

} // namespace aipex::gui
