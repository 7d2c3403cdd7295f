#include "KeychainCredentialStore.h"
#include "util/CredentialStoreChecks.h"

using namespace aipex;

// Talks to the real Secret Service. scripts/test.sh runs the suite inside
// dbus-run-session with an unlocked gnome-keyring-daemon and sets
// AIPEXBASE_REQUIRE_KEYCHAIN=1, so there a missing keychain is a failure.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
};

void TestKeychainCredentialStore::roundTrip()
{
    KeychainCredentialStore store(QStringLiteral(AIPEXBASE_APP_ID ".test"));
    const QString account = QStringLiteral("tester@example.com@http://127.0.0.1:9");
    const CredentialResult probe = CredentialStoreChecks::call(&store, [&] { store.read(account); });
    if (probe.status == CredentialResult::Status::Unavailable ||
        probe.status == CredentialResult::Status::Failed) {
        if (qEnvironmentVariableIntValue("AIPEXBASE_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("no usable keychain: ") + probe.message));
        QSKIP("No Secret Service on this session bus (scripts/test.sh provides one).");
    }
    CredentialStoreChecks::roundTrip(&store, account);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
