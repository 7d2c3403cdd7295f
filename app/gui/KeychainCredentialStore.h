#pragma once

#include "credentials/CredentialStore.h"

namespace aipex {

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager). Never falls back to an unencrypted file: without a keychain
// the result is Unavailable and the wizard says the password will not be remembered.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString& service, QObject* parent = nullptr);

    void read(const QString& account) override;
    void write(const QString& account, const QString& secret) override;
    void remove(const QString& account) override;
    void probe() override;

private:
    QString m_service;
};

} // namespace aipex
