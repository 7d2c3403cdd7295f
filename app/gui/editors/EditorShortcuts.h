#pragma once

#include "Error.h"
#include "clients/ClientEnvironment.h"
#include "clients/EditorTarget.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QProcess;
class QPushButton;

namespace aipex::gui {

// The editor's own ways to add the server, beside our Install: its one-click link, its
// command to copy, and running that command (only when asked, only a tool on PATH).
class EditorShortcuts : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit EditorShortcuts(QWidget* parent = nullptr);
    ~EditorShortcuts() override;

    void setOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setTarget(const EditorTarget& target, ClientEnvironment::Os os);
    QList<QWidget*> focusOrder() const;

signals:
    void succeeded(const QString& message);
    void noted(const QString& message);
    void failed(const aipex::Error& error);

private:
    void update();
    void openLink();
    void copyCommand();
    void runCommand();
    void commandEnded(const QString& name, bool ok, int code, const QString& output);

    QPushButton* m_deeplink;
    QPushButton* m_copyCommand;
    QPushButton* m_runCommand;
    QPointer<QProcess> m_running;
    UrlOpener m_openUrl;
    EditorTarget m_target;
    ClientEnvironment::Os m_os = ClientEnvironment::currentOs();
};

} // namespace aipex::gui
