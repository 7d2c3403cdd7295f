#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace aipex::gui {

// Colours JSON keys, strings, numbers and literals in the config preview.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
};

} // namespace aipex::gui
