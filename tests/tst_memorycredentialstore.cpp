#include "credentials/MemoryCredentialStore.h"
#include "util/CredentialStoreChecks.h"

using namespace aipex;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void accountKey();
    void roundTrip();
    void unavailable();
};

void TestMemoryCredentialStore::accountKey()
{
    QCOMPARE(CredentialStore::accountKey(QStringLiteral(" Admin@Example.com "),
                                         QUrl(QStringLiteral("https://h:8443/baas-api/"))),
             QStringLiteral("admin@example.com@https://h:8443"));
    QVERIFY(CredentialStore::accountKey(QStringLiteral("a@b"), QUrl(QStringLiteral("http://one"))) !=
            CredentialStore::accountKey(QStringLiteral("a@b"), QUrl(QStringLiteral("http://two"))));
}

void TestMemoryCredentialStore::roundTrip()
{
    MemoryCredentialStore store;
    CredentialStoreChecks::roundTrip(&store, QStringLiteral("admin@example.com@http://127.0.0.1:1"));
}

void TestMemoryCredentialStore::unavailable()
{
    MemoryCredentialStore store;
    store.setAvailable(false);
    const CredentialResult w =
        CredentialStoreChecks::call(&store, [&] { store.write(QStringLiteral("a"), QStringLiteral("s")); });
    QCOMPARE(w.status, CredentialResult::Status::Unavailable);
    QVERIFY(!w.message.isEmpty());
    QVERIFY(!store.contains(QStringLiteral("a")));
    const CredentialResult p = CredentialStoreChecks::call(&store, [&] { store.probe(); });
    QCOMPARE(p.status, CredentialResult::Status::Unavailable);
    QVERIFY(!p.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
