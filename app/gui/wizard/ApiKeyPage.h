#pragma once

#include "wizard/AsyncPage.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace aipex::gui {

class ApiKeyPage : public AsyncPage
{
    Q_OBJECT
public:
    explicit ApiKeyPage(WizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // "" for never, else "yyyy-MM-dd HH:mm:ss" as the server wants it.
    QString expireAt() const;

protected:
    bool isInputComplete() const override;

private:
    QLabel* m_app;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_expiry;
    QDateTimeEdit* m_date;
};

} // namespace aipex::gui
