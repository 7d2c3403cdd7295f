#pragma once

#include "clients/EditorPlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace aipex::gui {

// Shows a planned change to an editor's file before anything is written: the question,
// the diff (key masked), the warnings, and a confirm button. Confirming emits confirmed();
// the dialog then stays open and busy until finish() closes it, so it never claims a
// write that has not happened.
class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // confirmName: the confirm button's objectName (tests and screen readers find it).
    ChangeDialog(const EditorPlan& plan, const QString& title, const QString& confirmText,
                 const QString& confirmName, QWidget* parent);

    const EditorPlan& plan() const { return m_plan; }
    // The write ended (either way): close.
    void finish();
    // Not while the file is being written: the dialog says what happened when it ends.
    void reject() override;

signals:
    void confirmed();

private:
    void confirm();

    EditorPlan m_plan;
    QDialogButtonBox* m_buttons;
    QProgressBar* m_busy;
    bool m_writing = false;
};

} // namespace aipex::gui
