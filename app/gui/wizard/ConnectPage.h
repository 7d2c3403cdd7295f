#pragma once

#include "clients/ClientEnvironment.h"
#include "mcp/McpEntry.h"
#include "wizard/AsyncPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace aipex::gui {

class EditorsPanel;

// Shows the finished config and hands it over: copy or save it for any editor, install it
// into one editor's own file (EditorsPanel, the second tab), and verify the connection.
class ConnectPage : public AsyncPage
{
    Q_OBJECT
public:
    explicit ConnectPage(WizardController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    McpEntry entry() const;
    bool saveConfigTo(const QString& path);
    bool isRevealed() const;
    QString previewText() const;
    QVBoxLayout* toolsArea() const { return m_tools; }
    QString verifyText() const;
    EditorsPanel* editorsPanel() const { return m_editors; }
    // Where editors' files are looked up; ClientEnvironment::system() unless set.
    void setClientEnvironment(const ClientEnvironment& env);

protected:
    void retry() override;

private:
    void refresh();
    void startVerify();

    QLineEdit* m_serverName;
    QPushButton* m_reveal;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_preview;
    QPushButton* m_copy;
    QPushButton* m_save;
    EditorsPanel* m_editors;
    QVBoxLayout* m_tools;
    QPushButton* m_verify;
    QCheckBox* m_autoVerify;
    QLabel* m_verifyResult;
    QPushButton* m_verifyBridge;
    QCheckBox* m_bridgeConsent;
    QStringList m_verifySteps;
    enum class RetryTarget
    {
        Other,
        Verify,
        BridgeVerify
    } m_retryTarget = RetryTarget::Other; // what Retry repeats: the last verify, or validatePage()
};

} // namespace aipex::gui
