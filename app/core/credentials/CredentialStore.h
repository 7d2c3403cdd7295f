#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace aipex {

struct CredentialResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };
    Status status = Status::Failed;
    QString account;
    QString secret; // only for a read that found one
    QString message;

    bool ok() const { return status == Status::Ok; }
};

// Where the wizard keeps the administrator password: an OS keychain in the app, memory
// in tests. Every call answers through finished(), never synchronously, so callers are
// written the same way for both. "No keychain" is a state to show, not an error to stop on.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
        Probe
    };
    Q_ENUM(Operation)

    using QObject::QObject;

    // `email@origin`: one entry per account and server, so two servers never share a password.
    static QString accountKey(const QString& email, const QUrl& serverOrigin);

    virtual void read(const QString& account) = 0;
    virtual void write(const QString& account, const QString& secret) = 0;
    virtual void remove(const QString& account) = 0;
    // Answers Ok or Unavailable without touching any stored entry, so a page can say before
    // sign-in whether "remember" can work instead of learning it from a failed write.
    virtual void probe() = 0;

signals:
    void finished(aipex::CredentialStore::Operation operation, const aipex::CredentialResult& result);
};

} // namespace aipex

Q_DECLARE_METATYPE(aipex::CredentialResult)
