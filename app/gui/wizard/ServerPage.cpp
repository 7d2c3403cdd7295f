#include "wizard/ServerPage.h"

#include "SettingsKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace aipex::gui {

ServerPage::ServerPage(WizardController* controller, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_url(new QComboBox(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_warning(new QLabel(this))
    , m_advanced(new QCheckBox(tr("Show ad&vanced settings"), this))
    , m_mcpOverride(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_trust(new QPushButton(tr("&Trust this certificate"), this))
{
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAccessibleDescription(tr("Trust exactly the certificate shown for this server from now on"));
    m_trust->setVisible(false);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setTextFormat(Qt::PlainText);
    m_languageNote->setWordWrap(true);
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Your AIPEXBASE server"));
    setSubTitle(tr("Where does your AIPEXBASE server answer? For example http://localhost:8080/baas-api."));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setMinimumContentsLength(36);
    m_url->lineEdit()->setPlaceholderText(QStringLiteral("http://localhost:8080/baas-api"));
    m_url->lineEdit()->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setAccessibleName(tr("Server address"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setAccessibleDescription(tr("Check that an AIPEXBASE server answers at this address"));
    m_warning->setObjectName(QStringLiteral("insecureWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_advanced->setObjectName(QStringLiteral("advancedToggle"));
    m_mcpOverride->setObjectName(QStringLiteral("mcpOverride"));
    m_mcpOverride->setPlaceholderText(tr("Leave empty to use <server>/mcp/sse"));
    m_mcpOverride->setAccessibleName(tr("MCP address override"));

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_check);
    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(tr("Server &address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    auto* overrideLabel = new QLabel(tr("&MCP address:"), this);
    overrideLabel->setBuddy(m_mcpOverride);
    form->addRow(overrideLabel, m_mcpOverride);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_advanced);
    auto* languageRow = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);
    layout->addLayout(languageRow);
    layout->addStretch();
    addStatusPanel();
    layout->addWidget(m_trust, 0, Qt::AlignRight);

    overrideLabel->setVisible(false);
    m_mcpOverride->setVisible(false);
    m_warning->setVisible(false);
    connect(m_advanced, &QCheckBox::toggled, this, [this, overrideLabel](bool on) {
        overrideLabel->setVisible(on);
        m_mcpOverride->setVisible(on);
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        QSettings().setValue(SettingsKeys::language, m_language->currentData().toString());
        m_languageNote->setText(tr("Takes effect the next time the wizard starts."));
    });
    connect(m_url, &QComboBox::editTextChanged, this, [this] {
        m_trust->setVisible(false);
        updateWarning();
        inputChanged();
    });
    connect(m_check, &QPushButton::clicked, this, [this] { this->controller()->checkServer(serverUrl()); });
    connect(controller, &WizardController::serverConfirmed, this,
            [this](const ServerEndpoint& ep, bool prefixAdded) {
                const QSignalBlocker block(m_url);
                m_url->setEditText(ep.baseString());
                status()->showSuccess(prefixAdded
                                          ? this->controller()->lastProbeNote()
                                          : tr("Found an AIPEXBASE server at %1.").arg(ep.baseString()));
                updateWarning();
                workSucceeded();
            });
    connect(controller, &WizardController::failed, this, [this](WizardController::Task task, const Error& e) {
        if (task != WizardController::Task::Probe)
            return;
        // An untrusted certificate: show what it is and offer to trust exactly it, never errors wholesale.
        // Only for problems a pin may excuse: an expired certificate stays refused whatever is trusted.
        m_pendingFingerprint = e.details().value(QLatin1String("certificate_pinnable")).toBool(true)
                                   ? e.details().value(QLatin1String("certificate_sha256")).toString()
                                   : QString();
        Error shown = e;
        if (!m_pendingFingerprint.isEmpty())
            shown.setHint(tr("Certificate: %1. Trust it only if you know it is your server's: compare the "
                             "fingerprint with the one on the server.")
                              .arg(e.details().value(QLatin1String("certificate")).toString()));
        showError(shown);
        m_trust->setVisible(!m_pendingFingerprint.isEmpty());
    });
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_trust->setVisible(false);
        startWork();
        this->controller()->trustCertificate(serverUrl(), m_pendingFingerprint);
    });
    connect(controller, &WizardController::busyChanged, m_check,
            [this](bool busy) { m_check->setEnabled(!busy); });
}

void ServerPage::initializePage()
{
    // The history is read after the window is up: settings stay off the path to the first frame.
    if (!m_historyLoaded)
        loadHistory();
    const int index = m_language->findData(QSettings().value(SettingsKeys::language).toString());
    m_language->setCurrentIndex(qMax(0, index));
    m_url->setFocus(); // typing starts in the address, not on a button
}

void ServerPage::loadHistory()
{
    m_historyLoaded = true;
    const QString current = m_url->currentText();
    const QStringList recent = QSettings().value(SettingsKeys::recentServers).toStringList();
    const QSignalBlocker block(m_url);
    m_url->clear();
    m_url->addItems(recent);
    m_url->setEditText(current.isEmpty() && !recent.isEmpty() ? recent.first() : current);
    updateWarning();
    emit completeChanged();
}

void ServerPage::remember(const QString& url)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKeys::recentServers).toStringList();
    recent.removeAll(url);
    recent.prepend(url);
    settings.setValue(SettingsKeys::recentServers, recent.mid(0, kHistorySize));
}

void ServerPage::setServerUrl(const QString& url)
{
    m_url->setEditText(url);
    updateWarning();
}

QString ServerPage::serverUrl() const
{
    return m_url->currentText().trimmed();
}

bool ServerPage::isInputComplete() const
{
    return !serverUrl().isEmpty();
}

void ServerPage::updateWarning()
{
    const ServerEndpoint ep = ServerEndpoint::parse(serverUrl());
    const bool insecure = ep.isInsecureRemote();
    m_warning->setVisible(insecure);
    if (insecure)
        m_warning->setText(
            tr("Warning: %1 uses plain http:// to another machine. Your administrator password will "
               "cross the network unencrypted. Prefer https:// if the server offers it.")
                .arg(ep.origin().host()));
}

bool ServerPage::applyOverride()
{
    Error error;
    if (!controller()->setMcpOverride(m_mcpOverride->text(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool ServerPage::validatePage()
{
    if (controller()->isBusy())
        return false;
    if (controller()->isServerConfirmed(serverUrl())) {
        if (!applyOverride())
            return false;
        remember(controller()->endpoint().baseString());
        return true;
    }
    Error error;
    QUrl ignored;
    if (!ServerEndpoint::parseMcpOverride(m_mcpOverride->text(), &ignored, &error)) {
        showError(error);
        return false;
    }
    startWork();
    controller()->checkServer(serverUrl());
    return false;
}

} // namespace aipex::gui
