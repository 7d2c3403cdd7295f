#pragma once

#include "Error.h"
#include "clients/EditorSetup.h"
#include "clients/NodeCheck.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace aipex::gui {

class ChangeDialog;
class ClientList;
class EditorShortcuts;

// "Install into an editor": every known MCP client with whether it looks installed, the file
// that would be written (editable), its entry as that client wants it, and Install /
// Uninstall through clients/EditorSetup (planned and written on a worker thread, the diff
// confirmed in a ChangeDialog first), plus the editor's own shortcuts (EditorShortcuts).
// Results and errors go out as signals for the page's status panel.
class EditorsPanel : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit EditorsPanel(QWidget* parent = nullptr);

    // Where client paths are looked up; ClientEnvironment::system() unless set (tests use a temporary home).
    void setEnvironment(const ClientEnvironment& env);
    ClientEnvironment environment() const;
    // Where running apps are looked for (tests use a fake /proc).
    void setProcRoot(const QString& procRoot);
    // Opens one-click links; QDesktopServices::openUrl unless set.
    void setUrlOpener(UrlOpener opener);

    // The server entry to install; the token stays masked on screen unless revealed.
    void setEntry(const QString& serverName, const QUrl& url, bool revealed);

    QString currentClientId() const;
    QString configPath() const;
    QString previewText() const;
    QString infoText() const;
    // Keyboard order of the panel's inputs, top to bottom, left to right.
    QList<QWidget*> focusOrder() const;

signals:
    void succeeded(const QString& message);
    void noted(const QString& message);
    void failed(const aipex::Error& error);

private:
    struct Planned
    {
        bool ok = false;
        EditorPlan plan;
        Error error;
    };

    void buildLayout(QLabel* listLabel, QLabel* pathLabel, QLabel* scopeLabel);
    const ClientProfile* current() const;
    ConfigScope scope() const;
    EditorTarget target() const;
    KeyMask mask() const;
    void ensureList();
    void fillList();
    void clientChanged();
    void updatePath();
    void updateDetails();
    void updateInfo();
    void start(ConfigChange::Action action);
    void planned(const EditorTarget& target, const Planned& result);
    void confirmed(ChangeDialog* dialog, const EditorTarget& target);
    void setBusy(bool busy);
    void browseProject();

    ClientList* m_list;
    QLineEdit* m_path;
    QComboBox* m_scope;
    QLabel* m_projectLabel;
    QLineEdit* m_project;
    QPushButton* m_browse;
    QLabel* m_info;
    QPlainTextEdit* m_preview;
    QPushButton* m_install;
    QPushButton* m_uninstall;
    EditorShortcuts* m_shortcuts;
    NodeCheck* m_node;
    QPointer<ChangeDialog> m_dialog;

    EditorSetup m_setup;
    bool m_envSet = false;
    bool m_listed = false;
    bool m_pathEdited = false;
    bool m_busy = false;
    QString m_serverName = McpEntry::kDefaultServerName;
    QUrl m_url;
    bool m_revealed = false;
};

} // namespace aipex::gui
