#include "StartupTimer.h"

#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QWidget>

#include <time.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStartup, "aipexbase.gui.startup", QtWarningMsg)

namespace aipex::gui {

void StartupTimer::watch(QWidget* window)
{
    if (lcStartup().isInfoEnabled())
        window->installEventFilter(new StartupTimer(window));
}

double StartupTimer::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // From the kernel's start time of this process, so the dynamic loader and static
    // initialisers count too, not only what runs after main().
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 19) { // field 22 of the file: start time in clock ticks since boot
            timespec now{};
            clock_gettime(CLOCK_BOOTTIME, &now);
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            return nowMs - fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
        }
    }
#endif
    return -1;
}

bool StartupTimer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Once this paint has been handled, not before it.
        QTimer::singleShot(0, this, [] {
            qCInfo(lcStartup, "first page shown %.1f ms after process start", msSinceProcessStart());
        });
    }
    return false;
}

} // namespace aipex::gui
