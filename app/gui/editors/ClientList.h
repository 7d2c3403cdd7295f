#pragma once

#include "clients/ClientProfile.h"

#include <QListWidget>

namespace aipex::gui {

// The editors of the Install tab: each name with a short mark (found here, best guess) and the
// full state in its tooltip and accessible text. Long "(not found, best guess)" labels needed a
// horizontal scroll bar and cut names; this list is as wide as its widest entry instead.
class ClientList : public QListWidget
{
    Q_OBJECT
public:
    explicit ClientList(QWidget* parent = nullptr);

    // One entry per ClientProfile, its id in Qt::UserRole; the current row is left to the caller.
    void fill(const ClientEnvironment& env);
    // The marks explained, for a label beside the list.
    static QString legend();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    int neededWidth() const;
};

} // namespace aipex::gui
