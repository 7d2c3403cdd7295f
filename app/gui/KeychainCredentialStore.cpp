#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace aipex {

namespace {

CredentialResult::Status statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return CredentialResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialResult::Status::Unavailable;
    default:
        return CredentialResult::Status::Failed;
    }
}

template<typename Job>
Job* prepare(Job* job, const QString& account)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString& service, QObject* parent)
    : CredentialStore(parent)
    , m_service(service)
{}

void KeychainCredentialStore::read(const QString& account)
{
    auto* job = prepare(new QKeychain::ReadPasswordJob(m_service, this), account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        CredentialResult r{statusOf(job->error()), account, QString(), job->errorString()};
        if (r.ok())
            r.secret = job->textData();
        emit finished(Operation::Read, r);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString& account, const QString& secret)
{
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service, this), account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        emit finished(Operation::Write, {statusOf(job->error()), account, QString(), job->errorString()});
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString& account)
{
    auto* job = prepare(new QKeychain::DeletePasswordJob(m_service, this), account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        emit finished(Operation::Remove, {statusOf(job->error()), account, QString(), job->errorString()});
    });
    job->start();
}

void KeychainCredentialStore::probe()
{
    // QtKeychain 0.13 has no availability call. Reading a key that is never written reaches the
    // backend like a real read, and as nothing matches, a locked keyring asks for no password.
    auto* job =
        prepare(new QKeychain::ReadPasswordJob(m_service, this), QStringLiteral("availability-probe"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        // A backend that cannot even answer a read (no Secret Service on the bus, no bus at
        // all) could not keep a password either.
        const bool usable = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit finished(Operation::Probe,
                      {usable ? CredentialResult::Status::Ok : CredentialResult::Status::Unavailable,
                       QString(), QString(), usable ? QString() : job->errorString()});
    });
    job->start();
}

} // namespace aipex
