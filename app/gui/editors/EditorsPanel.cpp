#include "editors/EditorsPanel.h"

#include "Background.h"
#include "editors/ChangeDialog.h"
#include "editors/ClientList.h"
#include "editors/EditorShortcuts.h"
#include "widgets/JsonHighlighter.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aipex::gui {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

EditorsPanel::EditorsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new ClientList(this))
    , m_path(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_projectLabel(new QLabel(tr("Pro&ject folder:"), this))
    , m_project(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_info(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_install(new QPushButton(tr("Ins&tall…"), this))
    , m_uninstall(new QPushButton(tr("Uninst&all…"), this))
    , m_shortcuts(new EditorShortcuts(this))
    , m_node(new NodeCheck(this))
    , m_setup(ClientEnvironment{})
{
    setObjectName(QStringLiteral("editorsPanel"));
    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setAccessibleName(tr("Editors"));
    m_list->setAccessibleDescription(tr("Each editor with whether it was found on this computer"));
    m_path->setObjectName(QStringLiteral("clientPath"));
    m_path->setAccessibleDescription(tr("The file that Install changes; you can type another one"));
    m_scope->setObjectName(QStringLiteral("clientScope"));
    m_project->setObjectName(QStringLiteral("projectFolder"));
    m_project->setPlaceholderText(tr("The project's top folder"));
    m_browse->setObjectName(QStringLiteral("browseProject"));
    m_browse->setAccessibleName(tr("Browse for the project folder"));
    m_info->setObjectName(QStringLiteral("clientInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAccessibleName(tr("About this editor"));
    m_preview->setObjectName(QStringLiteral("clientPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("Entry for this editor"));
    m_preview->setMinimumHeight(48);
    new JsonHighlighter(m_preview->document());
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setAccessibleDescription(tr("Shows the change to the file first"));
    m_uninstall->setObjectName(QStringLiteral("uninstallButton"));
    m_uninstall->setAccessibleDescription(tr("Shows the change to the file first"));

    auto* listLabel = new QLabel(tr("Editor &list:"), this);
    listLabel->setBuddy(m_list);
    auto* pathLabel = new QLabel(tr("Config &path:"), this);
    pathLabel->setBuddy(m_path);
    auto* scopeLabel = new QLabel(tr("Sc&ope:"), this);
    scopeLabel->setBuddy(m_scope);
    m_projectLabel->setBuddy(m_project);
    buildLayout(listLabel, pathLabel, scopeLabel);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_pathEdited = false;
        clientChanged();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_pathEdited = false;
        updateDetails();
    });
    connect(m_project, &QLineEdit::textChanged, this, [this] {
        m_pathEdited = false;
        updatePath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &EditorsPanel::browseProject);
    connect(m_install, &QPushButton::clicked, this, [this] { start(ConfigChange::Action::Install); });
    connect(m_uninstall, &QPushButton::clicked, this, [this] { start(ConfigChange::Action::Uninstall); });
    connect(m_node, &NodeCheck::finished, this, &EditorsPanel::updateInfo);
    connect(m_shortcuts, &EditorShortcuts::succeeded, this, &EditorsPanel::succeeded);
    connect(m_shortcuts, &EditorShortcuts::noted, this, &EditorsPanel::noted);
    connect(m_shortcuts, &EditorShortcuts::failed, this, &EditorsPanel::failed);
}

void EditorsPanel::buildLayout(QLabel* listLabel, QLabel* pathLabel, QLabel* scopeLabel)
{
    auto* legend = new QLabel(ClientList::legend(), this);
    legend->setObjectName(QStringLiteral("clientLegend"));
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(legend);

    auto* grid = new QGridLayout;
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1, 1, 4);
    grid->addWidget(scopeLabel, 1, 0);
    grid->addWidget(m_scope, 1, 1);
    grid->addWidget(m_projectLabel, 1, 2);
    grid->addWidget(m_project, 1, 3);
    grid->addWidget(m_browse, 1, 4);
    grid->setColumnStretch(3, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_uninstall);
    buttons->addStretch();
    buttons->addWidget(m_shortcuts);
    auto* right = new QVBoxLayout;
    right->addLayout(grid);
    right->addWidget(m_info);
    right->addWidget(m_preview, 1);
    right->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // The list is never narrower than its widest name (ClientList); room beyond that goes
    // mostly to the entry preview, whose lines are the long ones.
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);
}

QList<QWidget*> EditorsPanel::focusOrder() const
{
    return QList<QWidget*>{m_list, m_path, m_scope, m_project, m_browse, m_preview, m_install, m_uninstall} +
           m_shortcuts->focusOrder();
}

void EditorsPanel::setEnvironment(const ClientEnvironment& env)
{
    m_setup.setEnvironment(env);
    m_envSet = true;
    if (m_listed)
        fillList();
}

ClientEnvironment EditorsPanel::environment() const
{
    return m_envSet ? m_setup.environment() : ClientEnvironment::system();
}

void EditorsPanel::setProcRoot(const QString& procRoot)
{
    m_setup.setProcRoot(procRoot);
    if (m_listed)
        updateInfo();
}

void EditorsPanel::setUrlOpener(UrlOpener opener)
{
    m_shortcuts->setOpener(std::move(opener));
}

void EditorsPanel::setEntry(const QString& serverName, const QUrl& url, bool revealed)
{
    m_serverName = serverName.isEmpty() ? McpEntry::kDefaultServerName : serverName;
    m_url = url;
    m_revealed = revealed;
    ensureList();
    updateDetails();
}

void EditorsPanel::ensureList()
{
    if (m_listed)
        return;
    // The machine is looked at only when the tab is first needed: not on the start-up path.
    if (!m_envSet) {
        m_setup.setEnvironment(ClientEnvironment::system());
        m_envSet = true;
    }
    m_listed = true;
    fillList();
}

void EditorsPanel::fillList()
{
    const QString keep = currentClientId();
    const QSignalBlocker block(m_list);
    m_list->fill(m_setup.environment());
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    }
    m_list->setCurrentRow(row);
    clientChanged();
}

const ClientProfile* EditorsPanel::current() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? ClientProfile::find(item->data(Qt::UserRole).toString()) : nullptr;
}

QString EditorsPanel::currentClientId() const
{
    const ClientProfile* p = current();
    return p ? p->id() : QString();
}

ConfigScope EditorsPanel::scope() const
{
    return m_scope->currentData().toInt() == int(ConfigScope::Project) ? ConfigScope::Project
                                                                       : ConfigScope::User;
}

EditorTarget EditorsPanel::target() const
{
    EditorTarget t;
    t.profile = current();
    t.scope = scope();
    t.path = QDir::fromNativeSeparators(configPath());
    t.serverName = m_serverName;
    t.url = m_url;
    return t;
}

KeyMask EditorsPanel::mask() const
{
    return m_revealed ? KeyMask() : KeyMask(m_url);
}

QString EditorsPanel::configPath() const
{
    return m_path->text().trimmed();
}

QString EditorsPanel::previewText() const
{
    return m_preview->toPlainText();
}

QString EditorsPanel::infoText() const
{
    return m_info->text();
}

void EditorsPanel::clientChanged()
{
    const ClientProfile* p = current();
    {
        const QSignalBlocker block(m_scope);
        m_scope->clear();
        if (p && p->supportsScope(ConfigScope::User))
            m_scope->addItem(tr("User (all projects)"), int(ConfigScope::User));
        if (p && p->supportsScope(ConfigScope::Project))
            m_scope->addItem(tr("This project only"), int(ConfigScope::Project));
        if (m_scope->count() == 0)
            m_scope->addItem(tr("Any file you choose"), int(ConfigScope::User));
        m_scope->setEnabled(m_scope->count() > 1);
    }
    if (p && p->usesBridge(m_url))
        m_node->start(); // once; the result fills in the info line
    updateDetails();
}

void EditorsPanel::updateDetails()
{
    const bool project = scope() == ConfigScope::Project;
    m_projectLabel->setVisible(project);
    m_project->setVisible(project);
    m_browse->setVisible(project);
    updatePath();
    const EditorTarget t = target();
    if (t.profile) {
        m_preview->setPlainText(m_setup.preview(t, mask()));
        m_shortcuts->setTarget(t, m_setup.environment().os);
    }
    m_install->setEnabled(t.profile && !m_busy);
    m_uninstall->setEnabled(t.profile && !m_busy);
    updateInfo();
}

void EditorsPanel::updatePath()
{
    const ClientProfile* p = current();
    if (!p || m_pathEdited)
        return;
    const QString projectDir = m_project->text().trimmed();
    QString path;
    if (p->supportsScope(scope()) && (scope() == ConfigScope::User || !projectDir.isEmpty()))
        path = p->configPath(scope(), m_setup.environment(), projectDir, m_serverName);
    m_path->setText(native(path));
    m_path->setPlaceholderText(scope() == ConfigScope::Project ? tr("Choose the project folder first")
                                                               : tr("Type the file to write"));
}

void EditorsPanel::updateInfo()
{
    const ClientProfile* p = current();
    const QStringList lines = p ? m_setup.about(*p, m_url, m_node->result()) : QStringList();
    m_info->setText(lines.join(u'\n'));
    m_info->setVisible(!lines.isEmpty());
}

void EditorsPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_install->setEnabled(current() && !busy);
    m_uninstall->setEnabled(current() && !busy);
}

void EditorsPanel::start(ConfigChange::Action action)
{
    const EditorTarget t = target();
    if (!t.profile || m_busy)
        return;
    if (t.path.isEmpty()) {
        emit failed(Error(Error::MissingConfig, action == ConfigChange::Action::Install
                                                    ? tr("Choose the config file to write first.")
                                                    : tr("Choose the config file to change first.")));
        return;
    }
    if (m_dialog)
        m_dialog->close();
    setBusy(true);
    // Reading, parsing and diffing a large file must not hold up the window.
    const EditorSetup setup = m_setup;
    const KeyMask hide = mask();
    runInBackground<Planned>(
        this,
        [setup, t, hide, action] {
            Planned r;
            r.ok = action == ConfigChange::Action::Install ? setup.planInstall(t, hide, &r.plan, &r.error)
                                                           : setup.planUninstall(t, hide, &r.plan, &r.error);
            return r;
        },
        [this, t](const Planned& r) { planned(t, r); });
}

void EditorsPanel::planned(const EditorTarget& t, const Planned& r)
{
    setBusy(false);
    if (!r.ok) {
        emit failed(r.error);
        return;
    }
    if (!r.plan.needsWrite()) {
        emit noted(m_setup.summary(t, r.plan).oneLine());
        return;
    }
    const bool install = r.plan.change.action == ConfigChange::Action::Install;
    const bool replace = r.plan.outcome == EditorPlan::Outcome::NameTaken;
    auto* dialog = new ChangeDialog(
        r.plan,
        install ? tr("Install into %1").arg(t.profile->displayName())
                : tr("Uninstall from %1").arg(t.profile->displayName()),
        install ? (replace ? tr("&Replace") : tr("&Install")) : tr("&Remove"),
        install ? QStringLiteral("confirmInstall") : QStringLiteral("confirmUninstall"), this);
    connect(dialog, &ChangeDialog::confirmed, this, [this, dialog, t] { confirmed(dialog, t); });
    connect(dialog, &QDialog::rejected, this, [this] { emit noted(tr("Nothing was changed.")); });
    m_dialog = dialog;
    // Opened, not exec()'d: no nested event loop.
    dialog->open();
}

void EditorsPanel::confirmed(ChangeDialog* dialog, const EditorTarget& t)
{
    setBusy(true);
    const EditorSetup setup = m_setup;
    const EditorPlan plan = dialog->plan();
    QPointer<ChangeDialog> guard(dialog);
    runInBackground<Planned>(
        this,
        [setup, t, plan] {
            Planned r;
            r.plan = plan;
            r.ok = setup.apply(t, &r.plan, &r.error);
            return r;
        },
        [this, guard, t](const Planned& r) {
            setBusy(false);
            if (guard)
                guard->finish();
            if (!r.ok)
                emit failed(r.error);
            else
                emit succeeded(m_setup.summary(t, r.plan).oneLine());
            updateDetails();
        });
}

void EditorsPanel::browseProject()
{
    auto* dialog = new QFileDialog(this, tr("Project folder"), m_project->text());
    dialog->setObjectName(QStringLiteral("projectDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& dir) { m_project->setText(QDir::toNativeSeparators(dir)); });
    dialog->open();
}

} // namespace aipex::gui
