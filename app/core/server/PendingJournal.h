#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace aipex {

// Remembers, across processes, a create whose answer never arrived: which server and
// account, and the flow's pending state (SetupFlow::pendingState, nothing secret). The
// next run for the same server and account looks the application or key up before it
// creates another. One small JSON file; entries go stale after a week.
class PendingJournal
{
public:
    explicit PendingJournal(const QString& path = defaultPath());

    static QString defaultPath();
    static QString keyFor(const QString& baseUrl, const QString& email);

    // The state saved for key, or an empty object (also for stale or unreadable entries).
    QJsonObject find(const QString& key, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // An empty state removes the entry. Returns false when the file cannot be written.
    bool store(const QString& key, const QJsonObject& state,
               const QDateTime& now = QDateTime::currentDateTimeUtc());

    static constexpr qint64 kStaleAfterSecs = 7 * 24 * 3600;

private:
    QJsonObject readAll() const;
    QString m_path;
};

} // namespace aipex
