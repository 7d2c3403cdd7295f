#pragma once

#include "credentials/CredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// Drives the real wizard the way a person would: typing into fields found by
// objectName and pressing the wizard's own buttons.
struct WizardDriver
{
    aipex::gui::SetupWizard* wizard;

    template<typename T = QWidget>
    T* find(const char* name) const
    {
        T* w = wizard->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    void type(const char* name, const QString& text) const
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QAbstractButton* button(QWizard::WizardButton which) const { return wizard->button(which); }

    // Clicks Next when it is enabled (the wizard keeps it disabled while busy).
    bool next() const
    {
        QAbstractButton* b = button(QWizard::NextButton);
        if (!QTest::qWaitFor([b] { return b->isEnabled() && b->isVisible(); }, 5000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }

    void back() const { QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton); }

    bool waitForPage(int id, int ms = 10000) const
    {
        return QTest::qWaitFor([this, id] { return wizard->currentId() == id; }, ms);
    }

    QString statusText() const
    {
        QWidget* page = wizard->currentPage();
        auto* label = page ? page->findChild<QLabel*>(QStringLiteral("statusText")) : nullptr;
        return label ? label->text() : QString();
    }
};

// The set-up the wizard tests share: settings and paths of their own, a stand-in with the
// owner's account, and a wizard on that credential store, shown and ready to drive.
namespace wizardtest {

inline void initTestCase(const char* appName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE-test"));
    QCoreApplication::setApplicationName(QLatin1String(appName));
}

inline aipex::test::FakeServer* startServer(QObject* parent, const QString& ownerPassword)
{
    QSettings().clear();
    auto* server = new aipex::test::FakeServer(parent);
    server->addUser(QStringLiteral("owner@example.com"), ownerPassword);
    return server->listen() ? server : nullptr;
}

inline aipex::gui::SetupWizard* showWizard(aipex::CredentialStore* store, int timeoutMs)
{
    auto* wizard = new aipex::gui::SetupWizard(store);
    wizard->controller()->setTimeoutMs(timeoutMs);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard)) {
        delete wizard;
        return nullptr;
    }
    return wizard;
}

} // namespace wizardtest
