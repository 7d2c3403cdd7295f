#include "ConnectPage.h"

#include "JsonHighlighter.h"
#include "SecureFile.h"

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
#include <QVBoxLayout>

namespace aipex::gui {

ConnectPage::ConnectPage(WizardController* controller, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_serverName(new QLineEdit(McpEntry::kDefaultServerName, this))
    , m_preview(new QPlainTextEdit(this))
    , m_reveal(new QPushButton(tr("&Reveal key"), this))
    , m_copy(new QPushButton(tr("&Copy config"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
    , m_tools(new QVBoxLayout)
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
    auto* nameLabel = new QLabel(tr("Server &name:"), this);
    nameLabel->setBuddy(m_serverName);
    form->addRow(nameLabel, m_serverName);
    auto* actions = new QHBoxLayout;
    actions->setObjectName(QStringLiteral("actionsRow"));
    actions->addWidget(m_reveal);
    actions->addStretch();
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addLayout(actions);
    layout->addLayout(m_tools);
    addStatusPanel();

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
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save MCP config"), QDir::home().filePath(QStringLiteral("mcp_config.json")),
            tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            saveConfigTo(path);
    });
}

void ConnectPage::initializePage()
{
    m_reveal->setChecked(false);
    refresh();
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
