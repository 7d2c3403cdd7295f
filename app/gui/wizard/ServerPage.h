#pragma once

#include "wizard/AsyncPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aipex::gui {

class ServerPage : public AsyncPage
{
    Q_OBJECT
public:
    explicit ServerPage(WizardController* controller, QWidget* parent = nullptr);

    void setServerUrl(const QString& url);
    QString serverUrl() const;
    void initializePage() override;
    bool validatePage() override;

    static constexpr int kHistorySize = 8;

protected:
    bool isInputComplete() const override;

private:
    void updateWarning();
    void loadHistory();
    void remember(const QString& url);
    bool applyOverride();

    QComboBox* m_url;
    QPushButton* m_check;
    QLabel* m_warning;
    QCheckBox* m_advanced;
    QLineEdit* m_mcpOverride;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QPushButton* m_trust;
    QString m_pendingFingerprint;
    bool m_historyLoaded = false;
};

} // namespace aipex::gui
