#include "wizard/DonePage.h"

#include "mcp/McpEntry.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace aipex::gui {

DonePage::DonePage(WizardController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_app(value("doneApp"))
    , m_key(value("doneKey"))
    , m_url(value("doneUrl"))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("All set"));
    setSubTitle(tr("Your editor can now reach AIPEXBASE over MCP."));
    auto* next = new QLabel(this);
    next->setObjectName(QStringLiteral("doneNextSteps"));
    next->setWordWrap(true);
    next->setTextFormat(Qt::PlainText);
    next->setText(
        tr("Next steps:\n"
           "1. If you have not yet, add the config to your editor's MCP settings (Copy or Save on the "
           "previous page).\n"
           "2. Restart or reload the editor so it connects.\n"
           "3. Ask your AI assistant to list the tables of your application."));
    auto* form = new QFormLayout;
    form->addRow(tr("Application:"), m_app);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("MCP URL:"), m_url);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(16);
    layout->addWidget(next);
    layout->addStretch();
}

QLabel* DonePage::value(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

void DonePage::initializePage()
{
    const SetupResult r = m_controller->result();
    m_app->setText(QStringLiteral("%1 (%2)").arg(r.appName, r.appId));
    m_key->setText(r.apiKeyName);
    m_url->setText(McpEntry::maskedUrl(r.mcpUrl));
}

QString DonePage::summary() const
{
    return QStringList{m_app->text(), m_key->text(), m_url->text()}.join(u'\n');
}

} // namespace aipex::gui
