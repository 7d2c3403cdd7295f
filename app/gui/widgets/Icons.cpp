#include "widgets/Icons.h"

#include <QImageReader>
#include <QPixmap>

namespace aipex::gui::Icons {

namespace {

QPixmap png(const QString& path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}

} // namespace

QIcon app()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addPixmap(png(QStringLiteral(":/icons/app-%1.png").arg(size)));
    return icon;
}

QIcon eye(bool revealed)
{
    const QString base = revealed ? QStringLiteral(":/icons/eye-off-") : QStringLiteral(":/icons/eye-");
    QIcon icon;
    icon.addPixmap(png(base + QStringLiteral("16.png")));
    icon.addPixmap(png(base + QStringLiteral("32.png")));
    return icon;
}

} // namespace aipex::gui::Icons
