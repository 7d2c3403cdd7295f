#include "server/PendingJournal.h"

#include "Logging.h"
#include "SecureFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace aipex {

namespace {
const QLatin1String kSavedAt("saved_at");
const QLatin1String kState("state");
} // namespace

PendingJournal::PendingJournal(const QString& path)
    : m_path(path)
{}

QString PendingJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/pending-setup.json");
}

QString PendingJournal::keyFor(const QString& baseUrl, const QString& email)
{
    return baseUrl + QLatin1Char(' ') + email.trimmed().toLower();
}

QJsonObject PendingJournal::readAll() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Never more than a few entries; anything large is not ours.
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20));
    return doc.object();
}

QJsonObject PendingJournal::find(const QString& key, const QDateTime& now) const
{
    const QJsonObject entry = readAll().value(key).toObject();
    const QDateTime savedAt = QDateTime::fromString(entry.value(kSavedAt).toString(), Qt::ISODate).toUTC();
    if (!savedAt.isValid() || savedAt.secsTo(now) > kStaleAfterSecs || savedAt.secsTo(now) < 0)
        return {};
    return entry.value(kState).toObject();
}

bool PendingJournal::store(const QString& key, const QJsonObject& state, const QDateTime& now)
{
    QJsonObject all = readAll();
    // Drop stale entries on every write so the file cannot grow without end.
    for (auto it = all.begin(); it != all.end();) {
        const QDateTime t =
            QDateTime::fromString(it.value().toObject().value(kSavedAt).toString(), Qt::ISODate);
        if (!t.isValid() || t.toUTC().secsTo(now) > kStaleAfterSecs)
            it = all.erase(it);
        else
            ++it;
    }
    if (state.isEmpty()) {
        if (!all.contains(key) && !QFileInfo::exists(m_path))
            return true;
        all.remove(key);
    } else {
        all.insert(key, QJsonObject{{kSavedAt, now.toUTC().toString(Qt::ISODate)}, {kState, state}});
    }
    if (all.isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    Error error;
    if (!SecureFile::write(m_path, QJsonDocument(all).toJson(QJsonDocument::Indented), &error)) {
        qCWarning(lcFlow).noquote() << "could not record the pending create:" << error.message();
        return false;
    }
    return true;
}

} // namespace aipex
