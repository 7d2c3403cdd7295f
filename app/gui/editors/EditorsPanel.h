#pragma once

#include "Error.h"
#include "clients/ClientEnvironment.h"
#include "clients/ClientProfile.h"
#include "clients/ConfigChange.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProcess;
class QPushButton;

namespace aipex::gui {

// "Install into an editor": every known MCP client with whether it looks installed, the file
// that would be written (editable), its entry as that client wants it, and Install /
// Uninstall through ConfigInstaller (diff first, confirmed, backed up), one-click links and
// the client's own command. Results and errors go out as signals for the page's status panel.
class EditorsPanel : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit EditorsPanel(QWidget* parent = nullptr);
    ~EditorsPanel() override;

    // Where client paths are looked up; ClientEnvironment::system() unless set (tests use a temporary home).
    void setEnvironment(const ClientEnvironment& env);
    ClientEnvironment environment() const;
    // Where running apps are looked for (tests use a fake /proc).
    void setProcRoot(const QString& procRoot);
    // Opens one-click links; QDesktopServices::openUrl unless set.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The server entry to install; the token stays masked on screen unless revealed.
    void setEntry(const QString& serverName, const QUrl& url, bool revealed);

    bool selectClient(const QString& id);
    QString currentClientId() const;
    QString configPath() const;
    QString previewText() const;
    QString infoText() const;
    // The open diff dialog, if any.
    QDialog* changeDialog() const { return m_dialog; }
    // Keyboard order of the panel's inputs, top to bottom, left to right.
    QList<QWidget*> focusOrder() const;

signals:
    void succeeded(const QString& message);
    void noted(const QString& message);
    void failed(const aipex::Error& error);

private:
    enum class Node
    {
        NotChecked,
        Checking,
        Missing,
        TooOld,
        Found,
        Broken
    };

    const ClientProfile* current() const;
    ConfigScope scope() const;
    void ensureList();
    void fillList();
    void clientChanged();
    void updatePath();
    void updateDetails();
    void updateInfo();
    void checkNode();
    QStringList secrets() const;
    QString masked(const QString& text) const;
    void startInstall();
    void startUninstall();
    void showChange(const ConfigChange& change, const QString& message, const QString& confirmText,
                    const char* confirmName);
    void applyChange();
    void openLink();
    void copyCommand();
    void runCommand();
    void browseProject();

    QListWidget* m_list;
    QLineEdit* m_path;
    QComboBox* m_scope;
    QLabel* m_projectLabel;
    QLineEdit* m_project;
    QPushButton* m_browse;
    QLabel* m_info;
    QPlainTextEdit* m_preview;
    QPushButton* m_install;
    QPushButton* m_uninstall;
    QPushButton* m_deeplink;
    QPushButton* m_copyCommand;
    QPushButton* m_runCommand;
    QPointer<QProcess> m_running;
    QPointer<QDialog> m_dialog;
    QPointer<QProcess> m_nodeCheck;

    ClientEnvironment m_env;
    bool m_envSet = false;
    bool m_listed = false;
    bool m_pathEdited = false;
    QString m_procRoot = QStringLiteral("/proc");
    UrlOpener m_openUrl;
    QString m_serverName;
    QUrl m_url;
    bool m_revealed = false;
    Node m_node = Node::NotChecked;
    QString m_nodeVersion;
    ConfigChange m_pending;
    QString m_pendingClient;
    QString m_pendingPath;
};

} // namespace aipex::gui
