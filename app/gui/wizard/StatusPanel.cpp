#include "wizard/StatusPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace aipex::gui {

StatusPanel::StatusPanel(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
{
    setObjectName(QStringLiteral("statusPanel"));
    m_text->setObjectName(QStringLiteral("statusText"));
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server messages are shown, never interpreted
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_cancel->setAccessibleDescription(tr("Stop the request that is running"));
    m_retry->setAccessibleDescription(tr("Try the failed step again"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &StatusPanel::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &StatusPanel::retryRequested);
    clear();
}

void StatusPanel::setMode(const QString& mode)
{
    setProperty("mode", mode);
    style()->unpolish(this);
    style()->polish(this);
}

void StatusPanel::showBusy(const QString& message)
{
    setMode(QStringLiteral("busy"));
    m_text->setText(message);
    m_text->setStyleSheet(QString());
    m_busy->show();
    m_cancel->show();
    m_retry->hide();
    m_text->setVisible(!message.isEmpty());
}

void StatusPanel::showError(const Error& error, bool retryable)
{
    setMode(QStringLiteral("error"));
    const QString text = tr("Error %1: %2").arg(error.codeString(), error.message()) + u'\n' + error.hint();
    m_text->setText(text);
    m_text->setAccessibleName(tr("Error"));
    m_text->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b42318; padding: 6px; "
                       "border-radius: 4px;"));
    m_text->show();
    m_busy->hide();
    m_cancel->hide();
    m_retry->setVisible(retryable);
}

void StatusPanel::showNote(const QString& message)
{
    setMode(QStringLiteral("note"));
    m_text->setText(message);
    m_text->setAccessibleName(tr("Note"));
    m_text->setStyleSheet(QString());
    m_text->setVisible(!message.isEmpty());
    m_busy->hide();
    m_cancel->hide();
    m_retry->hide();
}

void StatusPanel::showSuccess(const QString& message)
{
    showNote(QStringLiteral("✓ ") + message);
}

void StatusPanel::clear()
{
    showNote(QString());
}

QString StatusPanel::text() const
{
    return m_text->text();
}

} // namespace aipex::gui
