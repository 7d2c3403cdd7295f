#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace aipex::cli {

CliOutput::CliOutput()
{
    m_color = ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") &&
              qgetenv("TERM") != QByteArrayLiteral("dumb");
}

void CliOutput::write(FILE* to, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

QString CliOutput::paint(const QString& text, Tone tone) const
{
    if (!m_color || tone == Tone::Plain)
        return text;
    const char* code = "";
    switch (tone) {
    case Tone::Ok:
        code = "32";
        break;
    case Tone::Warn:
        code = "33";
        break;
    case Tone::Fail:
        code = "31";
        break;
    case Tone::Dim:
        code = "2";
        break;
    case Tone::Bold:
        code = "1";
        break;
    case Tone::Plain:
        break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

void CliOutput::line(const QString& text, Tone tone)
{
    if (!m_json)
        write(stdout, paint(text, tone) + u'\n');
}

void CliOutput::step(const QString& text)
{
    line(paint(QStringLiteral("→ "), Tone::Dim) + text);
}

void CliOutput::ok(const QString& text)
{
    line(paint(QStringLiteral("✓ "), Tone::Ok) + text);
}

void CliOutput::warn(const QString& text)
{
    if (m_json)
        write(stderr, text + u'\n');
    else
        line(paint(QStringLiteral("! "), Tone::Warn) + text);
}

void CliOutput::error(const Error& e)
{
    if (m_json) {
        printJson(e.toJson());
        return;
    }
    QString text =
        paint(QStringLiteral("✗ "), Tone::Fail) +
        paint(QCoreApplication::translate("CliOutput", "Error %1: %2").arg(e.codeString(), e.message()),
              Tone::Bold) +
        u'\n';
    const QString hint = e.hint();
    if (!hint.isEmpty())
        text += QStringLiteral("  ") + hint + u'\n';
    write(stderr, text);
}

void CliOutput::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliOutput::raw(const QString& text)
{
    write(stdout, text);
}

} // namespace aipex::cli
