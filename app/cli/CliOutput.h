#pragma once

#include "Error.h"

#include <QJsonValue>
#include <QString>

namespace aipex::cli {

// Everything the CLI prints goes through here: colour only on a terminal (and
// never with NO_COLOR), JSON mode keeps stdout to exactly one JSON document.
class CliOutput
{
public:
    enum class Tone
    {
        Plain,
        Ok,
        Warn,
        Fail,
        Dim,
        Bold
    };

    CliOutput();

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setColor(bool color) { m_color = color; }

    // Human progress and results (suppressed in JSON mode).
    void line(const QString& text, Tone tone = Tone::Plain);
    void step(const QString& text);
    void ok(const QString& text);
    void warn(const QString& text);
    // Always shown: on stderr in human mode.
    void error(const Error& error);
    void printJson(const QJsonValue& value);
    void raw(const QString& text);

    QString paint(const QString& text, Tone tone) const;

private:
    static void write(FILE* to, const QString& text);
    bool m_json = false;
    bool m_color = false;
};

} // namespace aipex::cli
