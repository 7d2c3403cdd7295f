#pragma once

#include "wizard/StatusPanel.h"
#include "wizard/WizardController.h"

#include <QWizardPage>

namespace aipex::gui {

// A page whose Next waits for the server (two-phase): the first validatePage() starts the server work
// and returns false; the result arrives later and advances the wizard. Next stays
// disabled while the controller is busy; errors stay on the page with Retry.
class AsyncPage : public QWizardPage
{
    Q_OBJECT
public:
    AsyncPage(WizardController* controller, QWidget* parent = nullptr);

    bool isComplete() const override;
    StatusPanel* status() const { return m_status; }
    void showError(const Error& error);

protected:
    virtual bool isInputComplete() const { return true; }
    // What Retry does: by default validatePage() again, which resumes where it stopped.
    virtual void retry();
    // Called by subclasses once their work succeeded: moves on if validatePage() asked for it.
    void workSucceeded();
    void startWork() { m_advanceWhenDone = true; }
    void inputChanged();
    bool isCurrent() const;
    WizardController* controller() const { return m_controller; }
    // Puts the status panel at the bottom of the page's layout.
    void addStatusPanel();

private:
    WizardController* m_controller;
    StatusPanel* m_status;
    bool m_advanceWhenDone = false;
};

} // namespace aipex::gui
