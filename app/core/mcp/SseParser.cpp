#include "mcp/SseParser.h"

namespace aipex {

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> out;
    for (const char c : bytes) {
        if (c == '\n' && m_lastWasCR) { // the LF of a CRLF already ended the line
            m_lastWasCR = false;
            continue;
        }
        m_lastWasCR = c == '\r';
        if (c == '\n' || c == '\r') {
            QByteArray line = m_line;
            m_line.clear();
            if (!m_started) {
                m_started = true;
                if (line.startsWith("\xEF\xBB\xBF"))
                    line.remove(0, 3);
            }
            processLine(line, &out);
            continue;
        }
        m_line.append(c);
    }
    return out;
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>* out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            SseEvent e;
            if (!m_event.isEmpty())
                e.event = m_event;
            e.data = m_data;
            e.id = m_lastId;
            out->append(e);
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, often a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.isEmpty() && value.at(0) >= '0' && value.at(0) <= '9')
            m_retryMs = ms;
    }
}

} // namespace aipex
