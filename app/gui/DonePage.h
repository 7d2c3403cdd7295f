#pragma once

#include "WizardController.h"

#include <QWizardPage>

class QLabel;

namespace aipex::gui {

class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(WizardController* controller, QWidget* parent = nullptr);
    void initializePage() override;
    QString summary() const;

private:
    WizardController* m_controller;
    QLabel* m_summary;
    QLabel* m_next;
};

} // namespace aipex::gui
