#include "wizard/ApiKeyPage.h"

#include "server/EnvConfig.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace aipex::gui {

ApiKeyPage::ApiKeyPage(WizardController* controller, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_app(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_date(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("apiKeyPage"));
    setTitle(tr("API key"));
    setSubTitle(
        tr("Your editor uses this key to reach the application. It is shown once, so the wizard puts it "
           "straight into the MCP config."));
    m_app->setObjectName(QStringLiteral("appLabel"));
    m_app->setTextFormat(Qt::PlainText);
    m_name->setObjectName(QStringLiteral("keyName"));
    m_description->setObjectName(QStringLiteral("keyDescription"));
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->addItem(tr("Never"), 0);
    m_expiry->addItem(tr("In 30 days"), 30);
    m_expiry->addItem(tr("In 90 days"), 90);
    m_expiry->addItem(tr("In 365 days"), 365);
    m_expiry->addItem(tr("On a date…"), -1);
    m_date->setObjectName(QStringLiteral("expiryDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_date->setCalendarPopup(true);
    m_date->setDateTime(QDateTime::currentDateTime().addDays(30));
    m_date->setAccessibleName(tr("Expiry date"));
    m_date->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Application:"), m_app);
    auto* nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto* descLabel = new QLabel(tr("&Description:"), this);
    descLabel->setBuddy(m_description);
    auto* expiryLabel = new QLabel(tr("E&xpires:"), this);
    expiryLabel->setBuddy(m_expiry);
    auto* dateLabel = new QLabel(tr("Expiry &date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(nameLabel, m_name);
    form->addRow(descLabel, m_description);
    form->addRow(expiryLabel, m_expiry);
    form->addRow(dateLabel, m_date);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    addStatusPanel();

    dateLabel->setVisible(false);
    m_date->setVisible(false);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this, dateLabel] {
        const bool onDate = m_expiry->currentData().toInt() < 0;
        m_date->setEnabled(onDate);
        m_date->setVisible(onDate);
        dateLabel->setVisible(onDate);
        inputChanged();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] { inputChanged(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { inputChanged(); });
    connect(m_description, &QLineEdit::textChanged, this, [this] { inputChanged(); });
    connect(controller, &WizardController::keyReady, this, [this] { workSucceeded(); });
    connect(controller, &WizardController::failed, this, [this](WizardController::Task task, const Error& e) {
        if (task == WizardController::Task::ApiKey)
            showError(e);
    });
}

void ApiKeyPage::initializePage()
{
    // The defaults speak the UI's language (set by now, also when chosen on the first page);
    // the CLI keeps the reference script's Chinese ones (server/EnvConfig.h). What the user
    // typed stays.
    if (!m_name->isModified())
        m_name->setText(tr("MCP key"));
    if (!m_description->isModified())
        m_description->setText(tr("API key for MCP tool calls"));
    const QJsonObject app = controller()->application();
    m_app->setText(QStringLiteral("%1 (%2)").arg(app.value(QLatin1String("appName")).toString(),
                                                 app.value(QLatin1String("appId")).toString()));
}

QString ApiKeyPage::expireAt() const
{
    const int days = m_expiry->currentData().toInt();
    if (days == 0)
        return {};
    // Presets end at the end of a day, so the value stays the same when the user comes
    // back to this page the same day and no second key is made for a changed second.
    const QDateTime when =
        days > 0 ? QDateTime(QDate::currentDate().addDays(days), QTime(23, 59, 59))
                 : QDateTime(m_date->dateTime().date(),
                             QTime(m_date->dateTime().time().hour(), m_date->dateTime().time().minute()));
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool ApiKeyPage::isInputComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

bool ApiKeyPage::validatePage()
{
    if (controller()->isBusy())
        return false;
    const QString expire = expireAt();
    const QString name = m_name->text().trimmed();
    if (controller()->hasKeyFor(name, m_description->text(), expire))
        return true;
    // A date in the past is refused here, before anything is sent.
    if (const Error e = EnvConfig::checkExpireAt(expire)) {
        showError(e);
        return false;
    }
    startWork();
    controller()->createKey(name, m_description->text(), expire);
    return false;
}

} // namespace aipex::gui
