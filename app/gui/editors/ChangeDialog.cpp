#include "editors/ChangeDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace aipex::gui {

ChangeDialog::ChangeDialog(const EditorPlan& plan, const QString& title, const QString& confirmText,
                           const QString& confirmName, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_buttons(new QDialogButtonBox(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("changeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    auto* text = new QLabel(plan.question, this);
    text->setObjectName(QStringLiteral("changeMessage"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* diff = new QPlainTextEdit(this);
    diff->setObjectName(QStringLiteral("changeDiff"));
    diff->setAccessibleName(tr("Changes to the file"));
    diff->setReadOnly(true);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diff->setPlainText(plan.diff);
    auto* warnings = new QLabel(plan.change.warnings.join(u'\n'), this);
    warnings->setObjectName(QStringLiteral("changeWarnings"));
    warnings->setTextFormat(Qt::PlainText);
    warnings->setWordWrap(true);
    warnings->setVisible(!plan.change.warnings.isEmpty());
    warnings->setAccessibleName(tr("Warning"));
    m_busy->setObjectName(QStringLiteral("changeBusy"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Writing the file"));
    m_busy->setVisible(false);
    QPushButton* ok = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(confirmName);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelChange"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(diff, 1);
    layout->addWidget(warnings);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
    ok->setDefault(true);
    ok->setFocus();
}

void ChangeDialog::confirm()
{
    if (m_writing)
        return;
    m_writing = true;
    m_buttons->setEnabled(false);
    m_busy->setVisible(true);
    emit confirmed();
}

void ChangeDialog::reject()
{
    if (!m_writing)
        QDialog::reject();
}

void ChangeDialog::finish()
{
    m_writing = false;
    accept();
}

} // namespace aipex::gui
