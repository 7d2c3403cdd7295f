#include "wizard/AsyncPage.h"

#include <QLayout>
#include <QWizard>

namespace aipex::gui {

AsyncPage::AsyncPage(WizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_status(new StatusPanel(this))
{
    connect(controller, &WizardController::busyChanged, this, [this](bool busy) {
        if (busy && isCurrent())
            m_status->showBusy(tr("Talking to the server…"));
        else if (!busy && isCurrent() && m_status->property("mode").toString() == QLatin1String("busy"))
            m_status->clear();
        emit completeChanged();
    });
    connect(controller, &WizardController::progress, this, [this](const QString& text) {
        if (isCurrent() && m_controller->isBusy())
            m_status->showBusy(text);
    });
    connect(m_status, &StatusPanel::cancelRequested, controller, &WizardController::cancel);
    connect(m_status, &StatusPanel::retryRequested, this, [this] { retry(); });
}

void AsyncPage::retry()
{
    if (wizard())
        wizard()->next();
}

void AsyncPage::addStatusPanel()
{
    layout()->addWidget(m_status);
}

bool AsyncPage::isCurrent() const
{
    return wizard() && wizard()->currentPage() == this;
}

bool AsyncPage::isComplete() const
{
    return !m_controller->isBusy() && isInputComplete();
}

void AsyncPage::workSucceeded()
{
    const bool advance = m_advanceWhenDone && isCurrent();
    m_advanceWhenDone = false;
    emit completeChanged();
    if (advance)
        wizard()->next();
}

void AsyncPage::showError(const Error& error)
{
    m_advanceWhenDone = false;
    m_status->showError(error, error.code() != Error::InvalidConfig && error.code() != Error::MissingConfig);
}

void AsyncPage::inputChanged()
{
    if (!m_controller->isBusy())
        m_status->clear();
    emit completeChanged();
}

} // namespace aipex::gui
