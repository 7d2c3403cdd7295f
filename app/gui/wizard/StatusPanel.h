#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace aipex::gui {

// The strip under every page's inputs: a busy bar with Cancel while the server works,
// then either nothing, a note, or an error with its code, a plain hint and Retry.
// Errors are said in words, not by colour alone, so screen readers announce them.
class StatusPanel : public QFrame
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget* parent = nullptr);

    void showBusy(const QString& message);
    void showError(const Error& error, bool retryable);
    void showNote(const QString& message);
    void showSuccess(const QString& message);
    void clear();
    QString text() const;

signals:
    void cancelRequested();
    void retryRequested();

private:
    void setMode(const QString& mode);
    QLabel* m_text;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QPushButton* m_retry;
};

} // namespace aipex::gui
