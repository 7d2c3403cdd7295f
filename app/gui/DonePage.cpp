#include "DonePage.h"

#include "McpEntry.h"

#include <QLabel>
#include <QVBoxLayout>

namespace aipex::gui {

DonePage::DonePage(WizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("All set"));
    setSubTitle(tr("Your editor can now reach AIPEXBASE over MCP."));
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("doneNextSteps"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);
    m_next->setText(
        tr("Next steps:\n"
           "1. If you have not yet, add the config to your editor's MCP settings (Copy or Save on the "
           "previous page).\n"
           "2. Restart or reload the editor so it connects.\n"
           "3. Ask your AI assistant to list the tables of your application."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_next);
    layout->addStretch();
}

void DonePage::initializePage()
{
    const SetupResult r = m_controller->result();
    m_summary->setText(tr("Application: %1 (%2)\nAPI key: %3\nMCP URL: %4")
                           .arg(r.appName, r.appId, r.apiKeyName, McpEntry::maskedUrl(r.mcpUrl)));
}

QString DonePage::summary() const
{
    return m_summary->text();
}

} // namespace aipex::gui
