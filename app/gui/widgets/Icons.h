#pragma once

#include <QIcon>

namespace aipex::gui::Icons {

// The app icon and UI icons from the embedded PNG twins of the SVG masters. They are
// read by Qt's built-in PNG reader with format sniffing off: otherwise Qt loads every
// image-format plugin (SVG, GIF, ICO, JPEG) to sniff each file, a cost paid before
// the first frame.
QIcon app();
QIcon eye(bool revealed);

} // namespace aipex::gui::Icons
