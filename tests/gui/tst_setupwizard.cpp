#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/TlsTestServer.h"
#include "util/WizardDriver.h"
#include "wizard/ConnectPage.h"
#include "wizard/DonePage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace aipex;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

Q_DECLARE_METATYPE(aipex::test::FakeServer::Flavor)

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    g_messages << msg;
    if (g_previous)
        g_previous(type, ctx, msg);
}
const QString kPassword = QStringLiteral("Adm1n-Pa55!");
} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullFlow_data();
    void fullFlow();
    void wrongPasswordStaysOnPage();
    void serverDownOffersRetry();
    void notAipexbaseIsSaid();
    void insecureWarning();
    void tokenExpiryIsInvisible();
    void failedRenewalReturnsToSignIn();
    void cancelDuringSlowRequest();
    void backAndNextRepeatNothing();
    void existingApplication();
    void pastExpiryRefusedBeforeSending();
    void keychainFillsAndForgets();
    void noKeychainIsKnownBeforeSignIn();
    void noSecretsInSettingsOrLogs();
    void verifyButtonExplainsABadKey();
    void automaticVerifyCanBeTurnedOff();
    void verifyThroughTheBridge();
    void selfSignedServerCanBeTrusted();
    void expiredCertificateIsNotOfferedTrust();
    void expiredSessionAfterTheKeyAsksToSignIn();

private:
    void walkToSignIn(const QString& url);
    void signIn(const QString& password = kPassword);
    // Server → sign in → default application → default key → Connect editors.
    void walkToConnect();
    FakeServer* m_server = nullptr;
    MemoryCredentialStore* m_store = nullptr;
    SetupWizard* m_wizard = nullptr;
    WizardDriver d{nullptr};
};

void TestSetupWizard::initTestCase()
{
    wizardtest::initTestCase("tst_setupwizard");
    g_previous = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("aipexbase.*.debug=true"));
}

void TestSetupWizard::init()
{
    m_server = wizardtest::startServer(this, kPassword);
    QVERIFY(m_server);
    m_store = new MemoryCredentialStore(this);
    m_wizard = wizardtest::showWizard(m_store, 3000);
    QVERIFY(m_wizard);
    d.wizard = m_wizard;
}

void TestSetupWizard::cleanup()
{
    delete m_wizard;
    delete m_store;
    delete m_server;
}

void TestSetupWizard::walkToSignIn(const QString& url)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Server));
    m_wizard->findChild<QComboBox*>(QStringLiteral("serverUrl"))->setFocus();
    d.type("serverUrlEdit", url);
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::SignIn), qPrintable(d.statusText()));
}

void TestSetupWizard::signIn(const QString& password)
{
    d.type("email", QStringLiteral("owner@example.com"));
    d.type("password", password);
    QVERIFY(d.next());
}

void TestSetupWizard::walkToConnect()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Connect));
}

void TestSetupWizard::fullFlow_data()
{
    QTest::addColumn<FakeServer::Flavor>("flavor");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("typePrefix");
    QTest::newRow("v1 direct") << FakeServer::Flavor::V1 << QString() << false;
    QTest::newRow("v1 nginx, prefix typed") << FakeServer::Flavor::V1 << QStringLiteral("/baas-api") << true;
    QTest::newRow("v2 nginx, prefix forgotten")
        << FakeServer::Flavor::V2 << QStringLiteral("/baas-api") << false;
    QTest::newRow("v2 direct") << FakeServer::Flavor::V2 << QString() << false;
}

void TestSetupWizard::fullFlow()
{
    QFETCH(FakeServer::Flavor, flavor);
    QFETCH(QString, prefix);
    QFETCH(bool, typePrefix);
    m_server->setFlavor(flavor);
    m_server->setPrefix(prefix);
    walkToSignIn((typePrefix ? m_server->baseUrl() : m_server->originUrl()).toString());
    // The probe fixed a missing prefix in the field itself.
    QCOMPARE(m_wizard->findChild<QComboBox*>(QStringLiteral("serverUrl"))->currentText(),
             m_server->baseUrl().toString());

    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(d.find<QLineEdit>("appName")->text().startsWith(QString::fromUtf8("AI项目_")));
    d.type("appName", QStringLiteral("Wizard app"));
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::ApiKey), qPrintable(d.statusText()));
    // With the English UI the key's defaults are English (the CLI keeps the script's Chinese ones).
    QCOMPARE(d.find<QLineEdit>("keyName")->text(), QStringLiteral("MCP key"));
    QCOMPARE(d.find<QLineEdit>("keyDescription")->text(), QStringLiteral("API key for MCP tool calls"));
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::Connect), qPrintable(d.statusText()));

    const QString appId = m_server->apps().at(0).toObject().value(QLatin1String("appId")).toString();
    const QString key = m_server->keys(appId).at(0).toObject().value(QLatin1String("keyName")).toString();
    auto* connect = qobject_cast<gui::ConnectPage*>(m_wizard->currentPage());
    QVERIFY(connect);
    // The new config is checked right away, like an editor would connect.
    QTRY_VERIFY2(connect->verifyText().contains(QLatin1String("key proven, 3 tools")),
                 qPrintable(connect->verifyText()));
    QVERIFY(!connect->previewText().contains(key)); // masked until revealed
    QVERIFY(connect->previewText().contains(QStringLiteral("kf_api_")));
    QTest::mouseClick(d.find<QAbstractButton>("revealToken"), Qt::LeftButton);
    QVERIFY(connect->previewText().contains(key));
    QTest::mouseClick(d.find<QAbstractButton>("copyConfig"), Qt::LeftButton);
    const QJsonObject copied =
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied.value(QLatin1String("mcpServers"))
                 .toObject()
                 .value(QLatin1String("aipexbase-mcp-server"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             m_server->originUrl().toString() + QStringLiteral("/mcp/sse?token=") + key);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mcp.json"));
    QVERIFY(connect->saveConfigTo(path));
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);

    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Done));
    const QString summary = qobject_cast<gui::DonePage*>(m_wizard->currentPage())->summary();
    QVERIFY(summary.contains(QStringLiteral("Wizard app")));
    QVERIFY(summary.contains(appId));
    QVERIFY(!summary.contains(key));
    QCOMPARE(m_server->apps().size(), 1);
    QCOMPARE(m_server->keys(appId).size(), 1);
}

void TestSetupWizard::wrongPasswordStaysOnPage()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn(QStringLiteral("wrong"));
    QTRY_VERIFY(d.statusText().contains(QLatin1String("1002")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SignIn));
    QVERIFY(d.statusText().contains(QLatin1String("Incorrect password")));
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
}

void TestSetupWizard::serverDownOffersRetry()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    d.type("serverUrlEdit", url);
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("2004")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Server));
    auto* retry = m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    // The server comes up on that port; Retry finds it.
    FakeServer late;
    QVERIFY(late.listen(QHostAddress::LocalHost, QUrl(url).port()));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
}

void TestSetupWizard::notAipexbaseIsSaid()
{
    m_server->setPrefix(QStringLiteral("/elsewhere"));
    d.type("serverUrlEdit", m_server->originUrl().toString());
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("2002")));
    QVERIFY(d.statusText().contains(QLatin1String("not like an AIPEXBASE server")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Server));
}

void TestSetupWizard::insecureWarning()
{
    auto* warning = d.find<QLabel>("insecureWarning");
    d.type("serverUrlEdit", QStringLiteral("http://192.168.1.5:8080/baas-api"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("unencrypted")));
    d.type("serverUrlEdit", QStringLiteral("https://192.168.1.5/baas-api"));
    QVERIFY(!warning->isVisible());
    d.type("serverUrlEdit", QStringLiteral("http://localhost:8080"));
    QVERIFY(!warning->isVisible());
}

void TestSetupWizard::tokenExpiryIsInvisible()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    m_server->expireTokens();
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::ApiKey), qPrintable(d.statusText()));
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 2);
    QCOMPARE(m_server->apps().size(), 1);
}

void TestSetupWizard::failedRenewalReturnsToSignIn()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    m_server->setFault(FakeServer::Endpoint::AppCreate, FakeServer::Fault::TokenExpired);
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    QTRY_VERIFY(d.statusText().contains(QLatin1String("1004")));
}

void TestSetupWizard::cancelDuringSlowRequest()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    m_server->setResponseDelayMs(4000);
    QVERIFY(d.next());
    QTRY_VERIFY(m_wizard->controller()->isBusy());
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
    auto* cancel = m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("cancelButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->controller()->isBusy());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("9000")));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Application));
    m_server->setResponseDelayMs(0);
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::ApiKey), qPrintable(d.statusText()));
    // The cancelled create reached the server; the retry found it instead of making another.
    QCOMPARE(m_server->apps().size(), 1);
}

void TestSetupWizard::backAndNextRepeatNothing()
{
    walkToConnect();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!m_wizard->controller()->isBusy()); // the automatic connection check
    QVERIFY(m_server->count(FakeServer::Endpoint::McpSse) == 1);
    const int before = m_server->requests().size();
    for (int i = 0; i < 3; ++i)
        d.back();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::SignIn));
    for (const int page : {SetupWizard::Application, SetupWizard::ApiKey, SetupWizard::Connect}) {
        QVERIFY(d.next());
        QVERIFY(d.waitForPage(page));
    }
    QCOMPARE(m_server->requests().size(), before);
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 1);
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 1);
}

void TestSetupWizard::existingApplication()
{
    for (int i = 0; i < 12; ++i)
        m_server->addApp(QStringLiteral("app %1").arg(i), QStringLiteral("owner@example.com"));
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    auto* existing = d.find<QRadioButton>("useExistingRadio");
    QTest::mouseClick(existing, Qt::LeftButton, {}, QPoint(8, existing->height() / 2)); // on the indicator
    auto* list = d.find<QTreeWidget>("appList");
    QTRY_COMPARE(list->topLevelItemCount(), 10);
    QVERIFY(d.find<QLabel>("pageLabel")->text().contains(QLatin1String("12")));
    QTest::mouseClick(d.find<QAbstractButton>("nextPage"), Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    d.type("appSearch", QStringLiteral("app 11"));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!d.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    QCOMPARE(m_server->count(FakeServer::Endpoint::AppCreate), 0);
    QVERIFY(d.find<QLabel>("appLabel")->text().contains(QStringLiteral("app 11")));
}

void TestSetupWizard::pastExpiryRefusedBeforeSending()
{
    walkToSignIn(m_server->baseUrl().toString());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    auto* expiry = d.find<QComboBox>("expiry");
    expiry->setCurrentIndex(expiry->count() - 1);
    d.find<QDateTimeEdit>("expiryDate")->setDateTime(QDateTime::currentDateTime().addDays(-2));
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("3002")));
    QCOMPARE(m_server->count(FakeServer::Endpoint::KeySave), 0);
    expiry->setCurrentIndex(2); // 90 days
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Connect));
    const QJsonObject key = m_server->keys(m_wizard->controller()->result().appId).at(0).toObject();
    QCOMPARE(key.value(QLatin1String("expireAt")).toString(),
             QDate::currentDate().addDays(90).toString(QStringLiteral("yyyy-MM-dd")) +
                 QStringLiteral(" 23:59:59"));
}

void TestSetupWizard::keychainFillsAndForgets()
{
    walkToSignIn(m_server->baseUrl().toString());
    QVERIFY(d.find<QCheckBox>("rememberPassword")->isChecked());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    const QString account = m_wizard->controller()->accountFor(QStringLiteral("owner@example.com"));
    QTRY_VERIFY(m_store->contains(account));

    // A second run on the same server: email remembered, password from the keychain.
    delete m_wizard;
    m_wizard = new SetupWizard(m_store);
    d.wizard = m_wizard;
    m_wizard->show();
    walkToSignIn(m_server->baseUrl().toString());
    QCOMPARE(d.find<QLineEdit>("email")->text(), QStringLiteral("owner@example.com"));
    QTRY_COMPARE(d.find<QLineEdit>("password")->text(), kPassword);
    QVERIFY(!d.find<QLabel>("keychainNote")->text().isEmpty());
    QTest::mouseClick(d.find<QAbstractButton>("forgetPassword"), Qt::LeftButton);
    QTRY_VERIFY(!m_store->contains(account));
    // No keychain at all: a note, and the flow goes on.
    m_store->setAvailable(false);
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QTRY_VERIFY(d.find<QLabel>("keychainNote")->text().contains(QLatin1String("keychain")));
}

void TestSetupWizard::noKeychainIsKnownBeforeSignIn()
{
    m_store->setAvailable(false);
    walkToSignIn(m_server->baseUrl().toString());
    auto* remember = d.find<QCheckBox>("rememberPassword");
    auto* note = d.find<QLabel>("keychainNote");
    // Known on arrival, before anything is typed or sent.
    QTRY_VERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("No system keychain")), qPrintable(note->text()));
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 0);
    // Away and back: asked again, and the note is still there and still says why.
    d.back();
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(note->text().contains(QLatin1String("No system keychain")));
    // A keyring that starts later is noticed the next time the page is shown.
    m_store->setAvailable(true);
    d.back();
    d.back();
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    QTRY_VERIFY(remember->isEnabled());
    QVERIFY(remember->isChecked());
    QVERIFY(note->text().isEmpty());
}

void TestSetupWizard::noSecretsInSettingsOrLogs()
{
    g_messages.clear();
    walkToSignIn(m_server->baseUrl().toString());
    d.find<QCheckBox>("rememberPassword")->setChecked(false);
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Connect));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Done));
    m_wizard->accept(); // saves geometry and history

    const QString key = m_wizard->controller()->result().apiKey;
    const QString token = m_server->lastIssuedToken();
    QVERIFY(!key.isEmpty() && !token.isEmpty());
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("servers")); // the history was written, so this file is the one to check
    QVERIFY(stored.contains("geometry"));
    for (const QString& secret : {kPassword, token, key}) {
        QVERIFY2(!stored.contains(secret.toUtf8()), "a secret is in the settings file");
        for (const QString& m : std::as_const(g_messages))
            QVERIFY2(!m.contains(secret),
                     qPrintable(QStringLiteral("a secret is in a log line: ") + m.left(80)));
    }
    QVERIFY(!g_messages.isEmpty()); // the debug categories were on, so there were lines to check
    QVERIFY(!m_store->contains(m_wizard->controller()->accountFor(QStringLiteral("owner@example.com"))));
}

void TestSetupWizard::verifyButtonExplainsABadKey()
{
    walkToConnect();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!m_wizard->controller()->isBusy());
    m_server->setKeyStatus(m_wizard->controller()->result().apiKey, QStringLiteral("DISABLE"));
    QTest::mouseClick(d.find<QAbstractButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY2(d.statusText().contains(QLatin1String("2005")), qPrintable(d.statusText()));
    auto* connect = qobject_cast<gui::ConnectPage*>(m_wizard->currentPage());
    QVERIFY(connect->verifyText().contains(QLatin1String("failed")));
    QCOMPARE(m_server->count(FakeServer::Endpoint::McpSse), 2);
}

void TestSetupWizard::automaticVerifyCanBeTurnedOff()
{
    QSettings().setValue(QStringLiteral("verify/automatic"), false);
    walkToConnect();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!d.find<QCheckBox>("autoVerify")->isChecked());
    QTest::qWait(200);
    QCOMPARE(m_server->count(FakeServer::Endpoint::McpSse), 0);
}

void TestSetupWizard::verifyThroughTheBridge()
{
    const QString proxy = qEnvironmentVariable("AIPEXBASE_SOURCE_DIR") +
                          QStringLiteral("/tests/peers/node_modules/mcp-remote/dist/proxy.js");
    if (!QFile::exists(proxy)) {
        if (qEnvironmentVariableIntValue("AIPEXBASE_REQUIRE_PEERS"))
            QFAIL("tests/peers/node_modules is missing");
        QSKIP("Node.js peers not installed");
    }
    // The mcp-remote of the test lockfile instead of a download through npx.
    QSettings().setValue(QStringLiteral("verify/bridgeLauncher"), QString(QStringLiteral("node ") + proxy));
    QSettings().setValue(QStringLiteral("verify/automatic"), false);
    QTemporaryDir auth;
    qputenv("MCP_REMOTE_CONFIG_DIR", auth.path().toUtf8());
    walkToConnect();
    if (QTest::currentTestFailed())
        return;
    auto* bridge = d.find<QAbstractButton>("verifyBridgeButton");
    QVERIFY(!bridge->isEnabled()); // nothing runs without consent
    auto* consent = d.find<QCheckBox>("bridgeConsent");
    QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2));
    QVERIFY(bridge->isEnabled());
    QTest::mouseClick(bridge, Qt::LeftButton);
    auto* connect = qobject_cast<gui::ConnectPage*>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(connect->verifyText().contains(QLatin1String("key proven, 3 tools")), 30000);
    QVERIFY(connect->verifyText().contains(QLatin1String("stdio")));
}

void TestSetupWizard::selfSignedServerCanBeTrusted()
{
    TlsTestServer tls({}, TlsTestServer::Issuer::SelfSigned, m_server->port());
    QVERIFY(tls.isReady());
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(tls.port());
    const QString key = QStringLiteral("tls/trusted/127.0.0.1_%1").arg(tls.port());
    // A certificate pinned earlier that the server no longer has: asked again, not accepted.
    QSettings().setValue(key, QStringLiteral("00").repeated(32));
    d.type("serverUrlEdit", url);
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("2004")));
    QVERIFY(d.statusText().contains(QLatin1String("self-signed")));
    auto* trust = d.find<QAbstractButton>("trustCertificate");
    QTRY_VERIFY(trust->isVisible());
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::Server));
    QCOMPARE(m_server->requests().size(), 0); // nothing crossed the untrusted connection
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY2(d.waitForPage(SetupWizard::SignIn), qPrintable(d.statusText()));
    QCOMPARE(QSettings().value(key).toString(), tls.fingerprint());
    signIn();
    QVERIFY(d.waitForPage(SetupWizard::Application));
}

void TestSetupWizard::expiredCertificateIsNotOfferedTrust()
{
    TlsTestServer tls({}, TlsTestServer::Issuer::Expired, m_server->port());
    QVERIFY(tls.isReady());
    d.type("serverUrlEdit", QStringLiteral("https://127.0.0.1:%1").arg(tls.port()));
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("2004")));
    QVERIFY2(d.statusText().contains(QLatin1String("expired")), qPrintable(d.statusText()));
    QVERIFY(d.statusText().contains(QLatin1String("would not help")));
    QVERIFY(!d.find<QAbstractButton>("trustCertificate")->isVisible());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestSetupWizard::expiredSessionAfterTheKeyAsksToSignIn()
{
    // Once the key exists the password is gone, so a later listing cannot renew the session.
    walkToConnect();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!m_wizard->controller()->isBusy());
    d.back();
    d.back();
    QVERIFY(d.waitForPage(SetupWizard::Application));
    m_server->expireTokens();
    QTest::mouseClick(d.find<QAbstractButton>("useExistingRadio"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    QTRY_VERIFY(d.statusText().contains(QLatin1String("1004")));
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 1); // nothing tried with a forgotten password
    signIn();
    QVERIFY2(d.waitForPage(SetupWizard::Application), qPrintable(d.statusText()));
    QCOMPARE(m_server->count(FakeServer::Endpoint::Login), 2);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
