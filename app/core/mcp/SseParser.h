#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace aipex {

struct SseEvent
{
    QString event = QStringLiteral("message");
    QString data;
    QString id;
};

// The text/event-stream rules of the HTML standard: lines end in CRLF, LF or CR (also
// split across reads), ':' starts a comment, several data: lines join with '\n',
// "retry:" sets the reconnection time, a blank line dispatches, a leading BOM is dropped.
class SseParser
{
public:
    // Returns the events completed by these bytes.
    QList<SseEvent> feed(const QByteArray& bytes);
    int retryMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastId; }
    // Bytes held for an unfinished line: a server that never ends a line cannot grow it without bound.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(const QByteArray& line, QList<SseEvent>* out);

    QByteArray m_line;
    bool m_started = false;
    bool m_lastWasCR = false;
    QString m_event;
    QString m_data;
    bool m_hasData = false;
    QString m_lastId;
    int m_retryMs = -1;
};

} // namespace aipex
