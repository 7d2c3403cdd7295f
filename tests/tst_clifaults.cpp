#include "fakeserver/FakeServer.h"
#include "util/CliRunner.h"
#include "util/FaultMatrix.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using aipex::test::FakeServer;
using aipex::test::FaultCase;
using aipex::test::MatrixStep;

// The fault matrix through the CLI, each run a separate process as in a script: the
// first run meets the fault and says its code, the user (or CI) runs the same command
// again, and that run succeeds without a second application or key — also when the
// first process never heard whether its create worked.
class TestCliFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void matrix_data();
    void matrix();
    void staleJournalIsIgnored();

private:
    CliRun cli(const QStringList& args, const QUrl& base = QUrl());
    QStringList commandFor(const FaultCase& c) const;
    QString journalPath() const; // empty when there is none

    FakeServer* m_server = nullptr;
    QTemporaryDir* m_home = nullptr;
    QString m_mcpUrl; // for the verify rows: a key made beforehand
};

void TestCliFaults::init()
{
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_home = new QTemporaryDir;
}

void TestCliFaults::cleanup()
{
    delete m_home;
    delete m_server;
}

CliRun TestCliFaults::cli(const QStringList& args, const QUrl& base)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("AIPEXBASE_BASE_URL"),
               (base.isEmpty() ? m_server->baseUrl() : base).toString());
    env.insert(QStringLiteral("AIPEXBASE_ADMIN_EMAIL"), QStringLiteral("admin@example.com"));
    env.insert(QStringLiteral("AIPEXBASE_ADMIN_PASSWORD"), QStringLiteral("admin123"));
    env.insert(QStringLiteral("AIPEXBASE_TIMEOUT"), QStringLiteral("1"));
    return runCli(args + QStringList{QStringLiteral("--no-color")}, env, m_home->path());
}

QString TestCliFaults::journalPath() const
{
    QDirIterator it(m_home->path(), {QStringLiteral("pending-setup.json")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void TestCliFaults::matrix_data()
{
    QTest::addColumn<FaultCase>("row");
    for (const FaultCase& c : aipex::test::faultMatrix())
        QTest::newRow(qPrintable(c.name)) << c;
}

QStringList TestCliFaults::commandFor(const FaultCase& c) const
{
    switch (c.step) {
    case MatrixStep::ListApps:
        return {QStringLiteral("apps")};
    case MatrixStep::Verify:
        return {QStringLiteral("verify"), m_mcpUrl};
    default:
        // No application name: a rerun must not mint a new default name and so a new app.
        return {QStringLiteral("create")};
    }
}

void TestCliFaults::matrix()
{
    QFETCH(FaultCase, row);
    m_server->setFlavor(row.flavor);
    QUrl base;
    if (row.step == MatrixStep::Probe) {
        // The CLI asks the probe only when the sign-in meets something that is not the
        // API, such as the web console's address without /baas-api.
        m_server->setPrefix(QStringLiteral("/baas-api"));
        base = m_server->originUrl();
    }
    if (row.step == MatrixStep::ListApps)
        m_server->addApp(QStringLiteral("Existing"));
    if (row.step == MatrixStep::Verify) {
        const QString appId =
            m_server->addApp(QStringLiteral("Verified")).value(QLatin1String("appId")).toString();
        const QString key =
            m_server->addKey(appId, QStringLiteral("k")).value(QLatin1String("keyName")).toString();
        m_mcpUrl = m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + key;
    }
    const QStringList command = commandFor(row);
    m_server->setFault(row.endpoint, row.fault, row.times());

    CliRun first = cli(command, base);
    QVERIFY2(first.exitCode >= 0, "the CLI crashed or hung");
    const QByteArray code = QByteArray::number(row.code);
    if (row.step == MatrixStep::Probe) {
        // The sign-in's own 404 is the error; the probe, faulty or not, only adds to it.
        QCOMPARE(first.exitCode, 4);
        QVERIFY2(first.err.contains("Error 4000:"), first.all().constData());
    } else if (row.code == 0) {
        QVERIFY2(first.exitCode == 0, first.all().constData());
    } else {
        QVERIFY2(first.exitCode != 0, first.all().constData());
        QVERIFY2(first.err.contains(QByteArray("Error " + code + ":")), first.all().constData());
    }
    QVERIFY2(!first.all().contains("admin123"), "the password was printed");
    m_server->clearFaults();

    // Run it again, as the user would once the server is fine (a run that went through
    // unharmed is not repeated: that would rightly make a second application).
    const CliRun again = row.code == 0 && row.step != MatrixStep::Probe ? first : cli(command, base);
    if (row.step == MatrixStep::Probe) {
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(m_server->baseUrl().toString().toUtf8()), again.all().constData());
        QCOMPARE(m_server->apps().size(), 0);
        return;
    }
    QVERIFY2(again.exitCode == 0, again.all().constData());
    if (row.step == MatrixStep::ListApps) {
        QVERIFY2(again.out.contains("Existing"), again.all().constData());
        QCOMPARE(m_server->apps().size(), 1);
        return;
    }
    if (row.step == MatrixStep::Verify) {
        QVERIFY2(again.out.contains("key proven"), again.all().constData());
        QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 0);
        QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 0);
        return;
    }
    // Exactly one application and one key, and the config holds that key.
    const QJsonArray apps = m_server->apps();
    QCOMPARE(apps.size(), 1);
    const QString appId = apps.at(0).toObject().value(QLatin1String("appId")).toString();
    const QJsonArray keys = m_server->keys(appId);
    QCOMPARE(keys.size(), 1);
    QFile config(m_home->filePath(QStringLiteral("mcp_config.json")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(
        config.readAll().contains(keys.at(0).toObject().value(QLatin1String("keyName")).toString().toUtf8()));
    if (row.step == MatrixStep::CreateApp && row.answerLost())
        QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1); // looked up, not made again
    // Nothing is left pending once a run succeeded.
    QVERIFY2(journalPath().isEmpty(), qPrintable(journalPath()));
}

void TestCliFaults::staleJournalIsIgnored()
{
    // A lost create answer, then nothing for more than a week: the next run starts afresh.
    m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::Hang, 1);
    QVERIFY(cli({QStringLiteral("create")}).exitCode != 0);
    QCOMPARE(m_server->apps().size(), 1);
    const QString journal = journalPath();
    QVERIFY(!journal.isEmpty());
    QCOMPARE(QFile::permissions(journal) & 0x0777, 0x0600);
    QFile f(journal);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(!text.contains("admin123"));
    QVERIFY(!text.contains(m_server->lastIssuedToken().toUtf8()));
    text.replace(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).left(10).toUtf8(), "2020-01-01");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const CliRun again = cli({QStringLiteral("create")});
    QVERIFY2(again.exitCode == 0, again.all().constData());
    QCOMPARE(m_server->apps().size(), 2); // a new default name, a new application
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
