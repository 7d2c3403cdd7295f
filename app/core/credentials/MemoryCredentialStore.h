#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>

namespace aipex {

// Keeps passwords in this process only: for tests, and for "do not remember" sessions.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    // Simulates a machine without a keychain.
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& account) const { return m_secrets.contains(account); }

    void read(const QString& account) override;
    void write(const QString& account, const QString& secret) override;
    void remove(const QString& account) override;
    void probe() override;

private:
    void answer(Operation op, CredentialResult result);
    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace aipex
