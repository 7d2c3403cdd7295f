#pragma once

#include "credentials/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

// The contract every CredentialStore keeps, run against the memory store and the real keychain.
namespace CredentialStoreChecks {

inline aipex::CredentialResult call(aipex::CredentialStore* store, const std::function<void()>& start)
{
    QSignalSpy spy(store, &aipex::CredentialStore::finished);
    start();
    // Asynchronous always: nothing is emitted before control returns to the event loop.
    if (!spy.isEmpty())
        return {aipex::CredentialResult::Status::Failed, {}, {}, QStringLiteral("answered synchronously")};
    if (!spy.wait(10000))
        return {aipex::CredentialResult::Status::Failed, {}, {}, QStringLiteral("no answer")};
    return spy.at(0).at(1).value<aipex::CredentialResult>();
}

inline void roundTrip(aipex::CredentialStore* store, const QString& account)
{
    using S = aipex::CredentialResult::Status;
    const QString secret =
        QString::fromUtf8("pä$$ wörd-密码-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    call(store, [&] { store->remove(account); }); // leftovers of an earlier run

    // A store that can keep a password says so when asked, and the question stores nothing.
    aipex::CredentialResult probed = call(store, [&] { store->probe(); });
    QVERIFY2(probed.ok(), qPrintable(probed.message));

    aipex::CredentialResult r = call(store, [&] { store->read(account); });
    QCOMPARE(r.status, S::NotFound);
    r = call(store, [&] { store->write(account, secret); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = call(store, [&] { store->read(account); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, secret);
    QCOMPARE(r.account, account);
    // Another server or account is another entry.
    r = call(store, [&] { store->read(account + QStringLiteral(".other")); });
    QCOMPARE(r.status, S::NotFound);
    r = call(store, [&] { store->remove(account); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = call(store, [&] { store->read(account); });
    QCOMPARE(r.status, S::NotFound);
}

} // namespace CredentialStoreChecks
