#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/WizardDriver.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace aipex;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext&, const QString& msg)
{
    g_log << msg;
}
const QString kPassword = QStringLiteral("Audit-Pa55word!");
} // namespace

// Full runs of both front ends with every debug category on, then a search of
// everything they printed or left on disk for the password and the admin token.
class TestSecretsAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliAndWizardLeaveNoSecret();

private:
    QTemporaryDir m_home;
};

void TestSecretsAudit::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything the wizard writes (settings included) goes under this home.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral(".cache")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE"));
    QCoreApplication::setApplicationName(QStringLiteral("aipexbase-setup"));
    qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("aipexbase.*.debug=true\nqt.network.*.debug=false"));
}

void TestSecretsAudit::cliAndWizardLeaveNoSecret()
{
    FakeServer server;
    server.setPrefix(QStringLiteral("/baas-api"));
    server.addUser(QStringLiteral("audit@example.com"), kPassword);
    QVERIFY(server.listen());
    QStringList tokens;

    // The CLI, verbose, creating, verifying and installing into an editor.
    QByteArray printed;
    const QString work = m_home.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(work));
    for (const QStringList& args :
         {QStringList{QStringLiteral("create"), QStringLiteral("--verbose"), QStringLiteral("--verify")},
          QStringList{QStringLiteral("install"), QStringLiteral("--client"), QStringLiteral("cursor"),
                      QStringLiteral("--verbose")},
          QStringList{QStringLiteral("apps"), QStringLiteral("--verbose"), QStringLiteral("--json")}}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIPEXBASE_BASE_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("AIPEXBASE_ADMIN_EMAIL"), QStringLiteral("audit@example.com"));
        env.insert(QStringLiteral("AIPEXBASE_VERBOSE"), QStringLiteral("true"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(work);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("AIPEXBASE_BIN_DIR") + QStringLiteral("/aipexbase-setup-cli"),
                args + QStringList{QStringLiteral("--password-stdin")});
        p.write(kPassword.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(done.wait(30000));
        QCOMPARE(p.exitCode(), 0);
        printed += p.readAllStandardOutput() + p.readAllStandardError();
        tokens << server.lastIssuedToken();
    }

    // The wizard, remembering nothing, with every debug category on.
    {
        MemoryCredentialStore store;
        SetupWizard wizard(&store);
        wizard.show();
        WizardDriver d{&wizard};
        d.type("serverUrlEdit", server.baseUrl().toString());
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(SetupWizard::SignIn));
        d.find<QCheckBox>("rememberPassword")->setChecked(false);
        d.type("email", QStringLiteral("audit@example.com"));
        d.type("password", kPassword);
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(SetupWizard::Application));
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(SetupWizard::ApiKey));
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(SetupWizard::Connect));
        QTRY_VERIFY(!wizard.controller()->isBusy());
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(SetupWizard::Done));
        wizard.accept();
        tokens << server.lastIssuedToken();
    }
    QSettings().sync();

    // Every file under the home and the work folder, every line printed or logged.
    const QStringList secrets = QStringList{kPassword} + tokens;
    QStringList hits;
    for (const QString& s : secrets) {
        if (printed.contains(s.toUtf8()))
            hits << QStringLiteral("CLI output holds a secret");
        for (const QString& line : std::as_const(g_log)) {
            if (line.contains(s))
                hits << QStringLiteral("log line: ") + line.left(60);
        }
    }
    QStringList keyFiles;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray data = f.readAll();
        for (const QString& s : secrets) {
            if (data.contains(s.toUtf8()))
                hits << QStringLiteral("file holds a secret: ") + path;
        }
        if (data.contains("kf_api_"))
            keyFiles << path;
    }
    QVERIFY(files >= 3); // the config, the editor's file, the wizard's settings
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // The API key is only in the files the user asked for, readable only by them.
    for (const QString& path : std::as_const(keyFiles)) {
        QVERIFY2(path.endsWith(QLatin1String("mcp_config.json")) ||
                     path.endsWith(QLatin1String(".cursor/mcp.json")),
                 qPrintable(path));
        QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);
    }
    QVERIFY(keyFiles.size() >= 2);
}

QTEST_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
