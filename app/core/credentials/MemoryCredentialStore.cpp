#include "credentials/MemoryCredentialStore.h"

#include <QTimer>

namespace aipex {

void MemoryCredentialStore::answer(Operation op, CredentialResult result)
{
    if (!m_available) {
        result.status = CredentialResult::Status::Unavailable;
        result.secret.clear();
        result.message = tr("No keychain is available.");
    }
    // Asynchronous like a real keychain, so callers cannot come to rely on an instant answer.
    QTimer::singleShot(0, this, [this, op, result] { emit finished(op, result); });
}

void MemoryCredentialStore::read(const QString& account)
{
    CredentialResult r;
    r.account = account;
    const auto it = m_secrets.constFind(account);
    r.status = it == m_secrets.cend() ? CredentialResult::Status::NotFound : CredentialResult::Status::Ok;
    if (it != m_secrets.cend())
        r.secret = *it;
    answer(Operation::Read, r);
}

void MemoryCredentialStore::write(const QString& account, const QString& secret)
{
    if (m_available)
        m_secrets.insert(account, secret);
    answer(Operation::Write, {CredentialResult::Status::Ok, account, QString(), QString()});
}

void MemoryCredentialStore::remove(const QString& account)
{
    const bool had = m_available && m_secrets.remove(account) > 0;
    answer(Operation::Remove, {had ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound,
                               account, QString(), QString()});
}

void MemoryCredentialStore::probe()
{
    answer(Operation::Probe, {CredentialResult::Status::Ok, QString(), QString(), QString()});
}

} // namespace aipex
