#include "wizard/SignInPage.h"

#include "Secrets.h"
#include "SettingsKeys.h"
#include "credentials/CredentialStore.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace aipex::gui {

SignInPage::SignInPage(WizardController* controller, CredentialStore* credentials, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_credentials(credentials)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reveal(new QAction(this))
    , m_remember(new QCheckBox(tr("&Remember password in the system keychain"), this))
    , m_forget(new QPushButton(tr("&Forget saved password"), this))
    , m_keychainNote(new QLabel(this))
    , m_demoHint(new QLabel(this))
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in as administrator"));
    setSubTitle(tr("Use the administrator account of the AIPEXBASE web console."));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(QStringLiteral("admin@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reveal->setObjectName(QStringLiteral("revealPassword"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show password"));
    m_reveal->setToolTip(tr("Show password"));
    m_reveal->setIcon(Icons::eye(false));
    m_password->addAction(m_reveal, QLineEdit::TrailingPosition);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setVisible(false);

    auto* form = new QFormLayout;
    auto* emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);
    auto* keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_remember);
    keychainRow->addStretch();
    keychainRow->addWidget(m_forget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(keychainRow);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_demoHint);
    layout->addStretch();
    addStatusPanel();

    connect(m_reveal, &QAction::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide password") : tr("Show password"));
        m_reveal->setIcon(Icons::eye(on));
        m_reveal->setToolTip(m_reveal->text());
    });
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        if (!this->controller()->isSignedInAs(m_email->text()))
            m_password->setPlaceholderText(QString());
        inputChanged();
    });
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_filledFromKeychain.clear();
        inputChanged();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        if (m_password->text().isEmpty())
            this->controller()->loadSavedPassword(m_email->text());
    });
    connect(m_forget, &QPushButton::clicked, this,
            [this] { this->controller()->forgetSavedPassword(m_email->text()); });
    connect(controller, &WizardController::savedPasswordFound, this,
            [this](const QString& account, const QString& pw) {
                if (account != this->controller()->accountFor(m_email->text()) ||
                    !m_password->text().isEmpty())
                    return;
                m_password->setText(pw);
                m_filledFromKeychain = account;
                m_remember->setChecked(true);
                m_keychainNote->setText(tr("The password was filled in from the system keychain."));
            });
    // Without a keychain every later note only repeats that, in words less useful than ours.
    connect(controller, &WizardController::keychainNote, this, [this](const QString& note) {
        if (m_keychainAvailable)
            m_keychainNote->setText(note);
    });
    if (m_credentials) {
        // Connected after the controller, so for the same answer this note is the one that stays.
        connect(m_credentials, &CredentialStore::finished, this,
                [this](CredentialStore::Operation op, const CredentialResult& r) {
                    if (op == CredentialStore::Operation::Probe ||
                        r.status == CredentialResult::Status::Unavailable)
                        showKeychainAvailable(r.status != CredentialResult::Status::Unavailable, r.message);
                });
    }
    connect(controller, &WizardController::signedIn, this, [this] {
        QSettings().setValue(SettingsKeys::lastEmail, m_email->text().trimmed());
        // Signed in: the field lets go of the password (setText also drops its undo history).
        QString typed = m_password->text();
        m_password->setText(QString());
        Secrets::wipe(typed);
        m_password->setPlaceholderText(tr("Signed in; type the password only to sign in again"));
        workSucceeded();
    });
    connect(controller, &WizardController::failed, this, [this](WizardController::Task task, const Error& e) {
        if (task == WizardController::Task::SignIn)
            showError(e);
    });
}

void SignInPage::setDemoHint(const QString& hint)
{
    m_demoHint->setText(hint);
    m_demoHint->setVisible(!hint.isEmpty());
}

void SignInPage::showKeychainAvailable(bool available, const QString& detail)
{
    if (available == m_keychainAvailable)
        return;
    m_keychainAvailable = available;
    m_remember->setEnabled(available);
    m_forget->setEnabled(available);
    if (available) {
        // The keychain came back (a keyring daemon started): undo only what we changed.
        if (m_uncheckedForNoKeychain)
            m_remember->setChecked(true);
        m_uncheckedForNoKeychain = false;
        m_keychainNote->clear();
        m_keychainNote->setToolTip(QString());
        m_remember->setAccessibleDescription(QString());
        return;
    }
    m_uncheckedForNoKeychain = m_remember->isChecked();
    m_remember->setChecked(false);
    m_keychainNote->setText(
        tr("No system keychain is available, so the password cannot be remembered: you will type it again "
           "next time."));
    // The backend's own words are untranslated and technical: there for whoever looks closer.
    m_keychainNote->setToolTip(detail);
    // A screen reader reaching the disabled box hears why it is disabled.
    m_remember->setAccessibleDescription(m_keychainNote->text());
}

void SignInPage::initializePage()
{
    if (m_credentials)
        m_credentials->probe();
    else
        showKeychainAvailable(false, QString());
    if (m_email->text().isEmpty())
        m_email->setText(QSettings().value(SettingsKeys::lastEmail).toString());
    if (!m_email->text().isEmpty() && m_password->text().isEmpty())
        controller()->loadSavedPassword(m_email->text());
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void SignInPage::cleanupPage()
{
    // Going back to another server: a password filled in for this one must not follow.
    if (!m_filledFromKeychain.isEmpty())
        m_password->clear();
    status()->clear();
}

bool SignInPage::isInputComplete() const
{
    return !m_email->text().trimmed().isEmpty() &&
           (!m_password->text().isEmpty() || controller()->isSignedInAs(m_email->text()));
}

bool SignInPage::validatePage()
{
    if (controller()->isBusy())
        return false;
    if (controller()->isSignedInAs(m_email->text()))
        return true;
    startWork();
    controller()->signIn(m_email->text().trimmed(), m_password->text(), m_remember->isChecked());
    return false;
}

} // namespace aipex::gui
