#pragma once

#include "wizard/AsyncPage.h"

#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QWidget;

namespace aipex::gui {

class ApplicationPage : public AsyncPage
{
    Q_OBJECT
public:
    explicit ApplicationPage(WizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QJsonObject selectedApplication() const;

protected:
    bool isInputComplete() const override;
    void retry() override;

private:
    void updateMode();
    void load(int page);

    QRadioButton* m_createNew;
    QRadioButton* m_useExisting;
    QWidget* m_createBox;
    QWidget* m_existingBox;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QPushButton* m_prev;
    QPushButton* m_next;
    QLabel* m_pageLabel;
    int m_page = 1;
    bool m_listFailed = false; // Retry then lists again instead of going on
    int m_pages = 1;
    bool m_loaded = false;
};

} // namespace aipex::gui
