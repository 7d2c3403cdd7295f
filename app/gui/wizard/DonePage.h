#pragma once

#include "wizard/WizardController.h"

#include <QWizardPage>

class QLabel;

namespace aipex::gui {

class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(WizardController* controller, QWidget* parent = nullptr);
    void initializePage() override;
    // The summary as one text (for copying and for tests).
    QString summary() const;

private:
    QLabel* value(const char* objectName);

    WizardController* m_controller;
    QLabel* m_app;
    QLabel* m_key;
    QLabel* m_url;
};

} // namespace aipex::gui
