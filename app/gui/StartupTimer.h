#pragma once

#include <QObject>

class QWidget;

namespace aipex::gui {

// Logs, under aipexbase.gui.startup (info), how long after the process started the
// first page was painted. Compiled into the app and into the benchmark's bare
// QWizard alike, so both are measured by the same code.
class StartupTimer : public QObject
{
    Q_OBJECT
public:
    // Does nothing unless the category is enabled: no cost in normal runs.
    static void watch(QWidget* window);
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace aipex::gui
