#include "wizard/ApplicationPage.h"

#include "server/EnvConfig.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace aipex::gui {

namespace {
constexpr int kAppRole = Qt::UserRole + 1;
}

ApplicationPage::ApplicationPage(WizardController* controller, QWidget* parent)
    : AsyncPage(controller, parent)
    , m_createNew(new QRadioButton(tr("Create a ne&w application"), this))
    , m_useExisting(new QRadioButton(tr("Use an &existing application"), this))
    , m_createBox(new QWidget(this))
    , m_existingBox(new QWidget(this))
    , m_name(new QLineEdit(m_createBox))
    , m_description(new QLineEdit(m_createBox))
    , m_search(new QLineEdit(m_existingBox))
    , m_list(new QTreeWidget(m_existingBox))
    , m_prev(new QPushButton(tr("&Previous page"), m_existingBox))
    , m_next(new QPushButton(tr("Ne&xt page"), m_existingBox))
    , m_pageLabel(new QLabel(m_existingBox))
{
    setObjectName(QStringLiteral("applicationPage"));
    setTitle(tr("Application"));
    setSubTitle(
        tr("The MCP key belongs to one application: its tables and APIs are what your editor will see."));
    m_createNew->setObjectName(QStringLiteral("createNewRadio"));
    m_useExisting->setObjectName(QStringLiteral("useExistingRadio"));
    m_createNew->setChecked(true);
    m_name->setObjectName(QStringLiteral("appName"));
    m_description->setObjectName(QStringLiteral("appDescription"));
    m_search->setObjectName(QStringLiteral("appSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setAccessibleName(tr("Search applications by name"));
    m_list->setObjectName(QStringLiteral("appList"));
    m_list->setAccessibleName(tr("Applications"));
    m_list->setHeaderLabels({tr("Name"), tr("Application id"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_prev->setObjectName(QStringLiteral("prevPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));

    auto* createForm = new QFormLayout(m_createBox);
    createForm->setContentsMargins(24, 0, 0, 0);
    auto* nameLabel = new QLabel(tr("Na&me:"), m_createBox);
    nameLabel->setBuddy(m_name);
    auto* descLabel = new QLabel(tr("&Description:"), m_createBox);
    descLabel->setBuddy(m_description);
    createForm->addRow(nameLabel, m_name);
    createForm->addRow(descLabel, m_description);

    auto* existing = new QVBoxLayout(m_existingBox);
    existing->setContentsMargins(24, 0, 0, 0);
    existing->addWidget(m_search);
    existing->addWidget(m_list, 1);
    auto* paging = new QHBoxLayout;
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_prev);
    paging->addWidget(m_next);
    existing->addLayout(paging);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_createNew);
    layout->addWidget(m_createBox);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_existingBox, 1);
    addStatusPanel();

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(350);
    connect(searchDelay, &QTimer::timeout, this, [this] { load(1); });
    connect(m_search, &QLineEdit::textEdited, searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        load(1);
    });
    connect(m_createNew, &QRadioButton::toggled, this, &ApplicationPage::updateMode);
    connect(m_name, &QLineEdit::textChanged, this, [this] { inputChanged(); });
    connect(m_description, &QLineEdit::textChanged, this, [this] { inputChanged(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { inputChanged(); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (wizard() && isComplete())
            wizard()->next();
    });
    connect(m_prev, &QPushButton::clicked, this, [this] { load(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { load(m_page + 1); });
    connect(controller, &WizardController::applicationsListed, this,
            [this](const QJsonArray& records, int page, int pages, int total) {
                m_loaded = true;
                m_page = page;
                m_pages = pages;
                m_list->clear();
                for (const QJsonValue& v : records) {
                    const QJsonObject app = v.toObject();
                    auto* item = new QTreeWidgetItem(m_list, {app.value(QLatin1String("appName")).toString(),
                                                              app.value(QLatin1String("appId")).toString(),
                                                              app.value(QLatin1String("status")).toString()});
                    item->setData(0, kAppRole, app);
                }
                m_pageLabel->setText(
                    tr("Page %1 of %2 (%n application(s))", nullptr, total).arg(page).arg(pages));
                m_prev->setEnabled(page > 1);
                m_next->setEnabled(page < pages);
                emit completeChanged();
            });
    connect(controller, &WizardController::applicationReady, this, [this] { workSucceeded(); });
    connect(controller, &WizardController::failed, this, [this](WizardController::Task task, const Error& e) {
        if (task == WizardController::Task::Application || task == WizardController::Task::ListApps) {
            m_listFailed = task == WizardController::Task::ListApps;
            showError(e);
        }
    });
    updateMode();
}

void ApplicationPage::initializePage()
{
    // Here, not in the constructor: the style's clear icon makes Qt load every image
    // plugin, which would otherwise happen before the first page is painted.
    m_search->setClearButtonEnabled(true);
    if (m_name->text().isEmpty())
        m_name->setText(EnvConfig::defaultProjectName());
}

void ApplicationPage::updateMode()
{
    const bool create = m_createNew->isChecked();
    m_createBox->setEnabled(create);
    m_existingBox->setEnabled(!create);
    if (!create && !m_loaded && !controller()->isBusy())
        load(1);
    emit completeChanged();
}

void ApplicationPage::retry()
{
    if (!m_listFailed) {
        AsyncPage::retry();
        return;
    }
    status()->clear();
    load(m_page);
}

void ApplicationPage::load(int page)
{
    m_listFailed = false;
    controller()->listApplications(qBound(1, page, qMax(1, m_pages)), m_search->text().trimmed());
}

QJsonObject ApplicationPage::selectedApplication() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QJsonObject() : items.first()->data(0, kAppRole).toJsonObject();
}

bool ApplicationPage::isInputComplete() const
{
    return m_createNew->isChecked() ? !m_name->text().trimmed().isEmpty() : !selectedApplication().isEmpty();
}

bool ApplicationPage::validatePage()
{
    if (controller()->isBusy())
        return false;
    if (m_createNew->isChecked()) {
        const QString name = m_name->text().trimmed();
        if (controller()->hasApplicationFor(name, m_description->text()))
            return true;
        startWork();
        controller()->createApplication(name, m_description->text());
        return false;
    }
    const QJsonObject app = selectedApplication();
    if (controller()->hasApplication(app.value(QLatin1String("appId")).toString()))
        return true;
    startWork();
    controller()->useApplication(app);
    return false;
}

} // namespace aipex::gui
