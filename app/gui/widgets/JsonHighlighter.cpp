#include "widgets/JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace aipex::gui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?)"))
    , m_number(QStringLiteral(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // Colours that read on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat key, string, number, literal;
    key.setForeground(dark ? QColor(0x7d, 0xc4, 0xe4) : QColor(0x0b, 0x57, 0xa4));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(dark ? QColor(0xa6, 0xda, 0x95) : QColor(0x1a, 0x7f, 0x37));
    number.setForeground(dark ? QColor(0xf5, 0xa9, 0x7f) : QColor(0xb3, 0x50, 0x00));
    literal.setForeground(dark ? QColor(0xc6, 0xa0, 0xf6) : QColor(0x82, 0x3f, 0xc2));

    for (auto it = m_number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), number);
    }
    for (auto it = m_literal.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), literal);
    }
    // Strings last: digits inside a URL are part of the string.
    for (auto it = m_string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool isKey = m.capturedLength(1) > 0;
        const int length = int(m.capturedLength() - m.capturedLength(1));
        setFormat(int(m.capturedStart()), length, isKey ? key : string);
    }
}

} // namespace aipex::gui
