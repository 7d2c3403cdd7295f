#pragma once

#include "AsyncPage.h"
#include "McpEntry.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace aipex::gui {

// Shows the finished config and hands it over: copy, save, and (later) install per
// editor and verify. Those plug into the actions row and the tools area below.
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

private:
    void refresh();
    void startVerify();

    QLineEdit* m_serverName;
    QPlainTextEdit* m_preview;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QPushButton* m_save;
    QVBoxLayout* m_tools;
    QPushButton* m_verify;
    QCheckBox* m_autoVerify;
    QLabel* m_verifyResult;
    QPushButton* m_verifyBridge;
    QCheckBox* m_bridgeConsent;
    QStringList m_verifySteps;
};

} // namespace aipex::gui
