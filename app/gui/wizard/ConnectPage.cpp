#include "wizard/ConnectPage.h"

#include "SecureFile.h"
#include "SettingsKeys.h"
#include "editors/EditorsPanel.h"
#include "widgets/JsonHighlighter.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace aipex::gui {

ConnectPage::ConnectPage(WizardController* controller, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_serverName(new QLineEdit(McpEntry::kDefaultServerName, this))
    , m_reveal(new QPushButton(tr("&Reveal key"), this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy config"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
    , m_editors(new EditorsPanel(this))
    , m_tools(new QVBoxLayout)
    , m_verify(new QPushButton(tr("&Verify connection"), this))
    , m_autoVerify(new QCheckBox(tr("Verify a&utomatically after a key is created"), this))
    , m_verifyResult(new QLabel(this))
    , m_verifyBridge(new QPushButton(tr("Verify through the brid&ge"), this))
    , m_bridgeConsent(new QCheckBox(tr("Allow running npx mcp-remote (it may be &downloaded)"), this))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect your editor"));
    setSubTitle(
        tr("Add this MCP server to your editor. The key is hidden on screen; Copy and Save use the real "
           "one."));
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_preview->setObjectName(QStringLiteral("configPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("MCP configuration"));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_preview->document());
    m_reveal->setObjectName(QStringLiteral("revealToken"));
    m_reveal->setCheckable(true);
    m_copy->setObjectName(QStringLiteral("copyConfig"));
    m_save->setObjectName(QStringLiteral("saveConfig"));

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("Server na&me:"), this);
    nameLabel->setBuddy(m_serverName);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_serverName, 1);
    // Above the tabs: it masks the token in both of them.
    nameRow->addWidget(m_reveal);
    form->addRow(nameLabel, nameRow);
    auto* actions = new QHBoxLayout;
    actions->setObjectName(QStringLiteral("actionsRow"));
    actions->addStretch();
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    auto* anyEditor = new QWidget(m_tabs);
    anyEditor->setObjectName(QStringLiteral("anyEditorTab"));
    auto* anyLayout = new QVBoxLayout(anyEditor);
    anyLayout->addWidget(m_preview, 1);
    anyLayout->addLayout(actions);
    m_tabs->setObjectName(QStringLiteral("connectTabs"));
    m_tabs->addTab(anyEditor, tr("Any &editor (copy / save)"));
    m_tabs->addTab(m_editors, tr("&Install into an editor"));
    m_tabs->setAccessibleName(tr("How to connect"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleDescription(
        tr("Connect to the MCP server like an editor would and check the key"));
    m_autoVerify->setObjectName(QStringLiteral("autoVerify"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->setAccessibleName(tr("Connection check"));
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_autoVerify, 1);
    m_tools->addLayout(verifyRow);
    // Editors that only run local programs (Claude Desktop, Codex, Zed) reach the server through
    // mcp-remote; checking that path runs npx, which is why it waits for an explicit yes.
    m_verifyBridge->setObjectName(QStringLiteral("verifyBridgeButton"));
    m_bridgeConsent->setObjectName(QStringLiteral("bridgeConsent"));
    m_verifyBridge->setEnabled(false);
    auto* bridgeRow = new QHBoxLayout;
    bridgeRow->addWidget(m_verifyBridge);
    bridgeRow->addWidget(m_bridgeConsent, 1);
    m_tools->addLayout(bridgeRow);
    m_tools->addWidget(m_verifyResult);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(m_tools);
    addStatusPanel();

    // Tab goes top to bottom, left to right, whatever order the widgets were made in.
    QList<QWidget*> order{m_serverName, m_reveal, m_tabs, m_preview, m_copy, m_save};
    order += m_editors->focusOrder();
    order += QList<QWidget*>{m_verify, m_autoVerify, m_verifyBridge, m_bridgeConsent};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_editors, &EditorsPanel::succeeded, this,
            [this](const QString& text) { status()->showSuccess(text); });
    connect(m_editors, &EditorsPanel::noted, this, [this](const QString& text) { status()->showNote(text); });
    connect(m_editors, &EditorsPanel::failed, this, [this](const Error& e) {
        m_retryTarget = RetryTarget::Other;
        showError(e);
    });

    connect(m_verify, &QPushButton::clicked, this, &ConnectPage::startVerify);
    connect(m_bridgeConsent, &QCheckBox::toggled, this,
            [this](bool on) { m_verifyBridge->setEnabled(on && !this->controller()->isBusy()); });
    connect(m_verifyBridge, &QPushButton::clicked, this, [this] {
        m_retryTarget = RetryTarget::BridgeVerify;
        m_verifySteps.clear();
        status()->clear();
        this->controller()->verifyThroughBridge(this->controller()->result().mcpUrl);
    });
    connect(controller, &WizardController::failed, this, [this](WizardController::Task task, const Error& e) {
        if (task == WizardController::Task::Verify) {
            if (m_retryTarget == RetryTarget::Other)
                m_retryTarget = RetryTarget::Verify;
            showError(e);
        }
    });
    connect(m_autoVerify, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(SettingsKeys::autoVerify, on); });
    connect(controller, &WizardController::busyChanged, m_verify, [this](bool busy) {
        m_verify->setEnabled(!busy);
        m_verifyBridge->setEnabled(!busy && m_bridgeConsent->isChecked());
    });
    connect(controller, &WizardController::verifyStep, this, [this](const QString& title) {
        m_verifySteps << title;
        m_verifyResult->setText(tr("Checking the connection…") + u'\n' + QStringLiteral("• ") +
                                m_verifySteps.join(QStringLiteral("\n• ")));
    });
    connect(controller, &WizardController::verifyFinished, this, [this](const McpProbeReport& r) {
        if (r.error) {
            m_verifyResult->setText(tr("✗ The connection check failed while %1.")
                                        .arg(m_verifySteps.value(m_verifySteps.size() - 1, r.failedStep)));
            showError(r.error);
            return;
        }
        QString text = QStringLiteral("✓ ") + r.summary() + u'\n' +
                       tr("Server: %1 %2 (MCP %3, %4)")
                           .arg(r.serverName, r.serverVersion, r.protocolVersion, r.transport) +
                       u'\n' + tr("Tools: %1").arg(r.tools.join(QLatin1String(", ")));
        if (!r.keyCheckable)
            text +=
                u'\n' + tr("This server has no list_tables tool, so the key itself could not be checked.");
        m_verifyResult->setText(text);
        status()->clear();
    });

    connect(m_serverName, &QLineEdit::textChanged, this, &ConnectPage::refresh);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_reveal->setText(on ? tr("&Hide key") : tr("&Reveal key"));
        refresh();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(entry().configJson()));
        status()->showSuccess(tr("The config is on the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        // Opened, not exec()'d: the wizard's event loop keeps running while the user picks a file.
        auto* dialog = new QFileDialog(this, tr("Save MCP config"),
                                       QDir::home().filePath(QStringLiteral("mcp_config.json")),
                                       tr("JSON files (*.json);;All files (*)"));
        dialog->setObjectName(QStringLiteral("saveDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString& path) { saveConfigTo(path); });
        dialog->open();
    });
}

void ConnectPage::initializePage()
{
    m_reveal->setChecked(false);
    refresh();
    m_autoVerify->setChecked(QSettings().value(SettingsKeys::autoVerify, true).toBool());
    // Once per new key: coming back to this page does not run it again by itself.
    if (m_autoVerify->isChecked() && !controller()->hasVerified(controller()->result().mcpUrl))
        startVerify();
}

void ConnectPage::setClientEnvironment(const ClientEnvironment& env)
{
    m_editors->setEnvironment(env);
}

void ConnectPage::retry()
{
    if (m_retryTarget == RetryTarget::BridgeVerify)
        m_verifyBridge->click();
    else if (m_retryTarget == RetryTarget::Verify)
        startVerify();
    else
        AsyncPage::retry();
}

void ConnectPage::startVerify()
{
    m_retryTarget = RetryTarget::Verify;
    m_verifySteps.clear();
    status()->clear();
    controller()->verifyConnection(controller()->result().mcpUrl);
}

QString ConnectPage::verifyText() const
{
    return m_verifyResult->text();
}

McpEntry ConnectPage::entry() const
{
    return McpEntry(m_serverName->text().trimmed(), controller()->result().mcpUrl);
}

bool ConnectPage::isRevealed() const
{
    return m_reveal->isChecked();
}

QString ConnectPage::previewText() const
{
    return m_preview->toPlainText();
}

void ConnectPage::refresh()
{
    const McpEntry e = entry();
    m_preview->setPlainText(QString::fromUtf8(m_reveal->isChecked() ? e.configJson() : e.maskedConfigJson()));
    m_editors->setEntry(e.serverName(), e.url(), m_reveal->isChecked());
}

bool ConnectPage::saveConfigTo(const QString& path)
{
    Error error;
    bool created = false;
    if (!SecureFile::write(path, entry().configJson(), &error, &created)) {
        showError(error);
        return false;
    }
    status()->showSuccess(created
                              ? tr("Saved to %1 (readable only by you).").arg(QDir::toNativeSeparators(path))
                              : tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace aipex::gui
