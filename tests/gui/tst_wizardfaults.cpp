#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/FaultMatrix.h"
#include "util/WizardDriver.h"
#include "wizard/ConnectPage.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace aipex;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;
using aipex::test::FaultCase;
using aipex::test::MatrixStep;

namespace {
const QString kPassword = QStringLiteral("Adm1n-Pa55!");
constexpr int kTimeoutMs = 1500;
} // namespace

// The fault matrix through the wizard: a person walks the real wizard, meets each fault
// at each step, reads the code on the page, presses Retry and ends with one application,
// one key and a proven connection.
class TestWizardFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matrix_data();
    void matrix();

private:
    // Either the step goes through unnoticed (code 0), or the page shows the code and
    // a message, and Retry, once the fault is gone, reaches `reached`.
    void failThenRetry(const FaultCase& c, MatrixStep step, const std::function<bool()>& reached);
    void arm(const FaultCase& c, MatrixStep step);

    FakeServer* m_server = nullptr;
    MemoryCredentialStore* m_store = nullptr;
    SetupWizard* m_wizard = nullptr;
    WizardDriver d{};
};

void TestWizardFaults::initTestCase()
{
    wizardtest::initTestCase("tst_wizardfaults");
}

void TestWizardFaults::init()
{
    m_server = wizardtest::startServer(this, kPassword);
    QVERIFY(m_server);
    m_store = new MemoryCredentialStore(this);
    m_wizard = wizardtest::showWizard(m_store, kTimeoutMs);
    QVERIFY(m_wizard);
    d.wizard = m_wizard;
}

void TestWizardFaults::cleanup()
{
    delete m_wizard;
    delete m_store;
    delete m_server;
}

void TestWizardFaults::matrix_data()
{
    QTest::addColumn<FaultCase>("row");
    for (const FaultCase& c : aipex::test::faultMatrix())
        QTest::newRow(qPrintable(c.name)) << c;
}

void TestWizardFaults::arm(const FaultCase& c, MatrixStep step)
{
    if (c.step == step)
        m_server->setFault(c.endpoint, c.fault, c.times());
}

void TestWizardFaults::failThenRetry(const FaultCase& c, MatrixStep step,
                                     const std::function<bool()>& reached)
{
    if (c.step != step || c.code == 0) {
        QVERIFY2(QTest::qWaitFor(reached, 10000), qPrintable(d.statusText()));
        return;
    }
    const QString code = QString::number(c.code);
    QVERIFY2(QTest::qWaitFor([&] { return d.statusText().contains(code); }, 10000),
             qPrintable(QStringLiteral("page %1: %2").arg(m_wizard->currentId()).arg(d.statusText())));
    QVERIFY(!m_wizard->controller()->isBusy());
    // The code comes with words the user can act on, not alone.
    QVERIFY2(d.statusText().size() > code.size() + 20, qPrintable(d.statusText()));
    auto* retry = m_wizard->currentPage()->findChild<QAbstractButton*>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    m_server->clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor(reached, 10000), qPrintable(d.statusText()));
}

void TestWizardFaults::matrix()
{
    QFETCH(FaultCase, row);
    m_server->setFlavor(row.flavor);
    if (row.step == MatrixStep::ListApps)
        m_server->addApp(QStringLiteral("Existing"), QStringLiteral("owner@example.com"));
    auto onPage = [this](int id) {
        return [this, id] {
            return m_wizard->currentId() == id;
        };
    };

    arm(row, MatrixStep::Probe);
    d.type("serverUrlEdit", m_server->baseUrl().toString());
    QVERIFY(d.next());
    failThenRetry(row, MatrixStep::Probe, onPage(SetupWizard::SignIn));
    if (QTest::currentTestFailed())
        return;

    arm(row, MatrixStep::SignIn);
    d.type("email", QStringLiteral("owner@example.com"));
    d.type("password", kPassword);
    QVERIFY(d.next());
    failThenRetry(row, MatrixStep::SignIn, onPage(SetupWizard::Application));
    if (QTest::currentTestFailed())
        return;

    if (row.step == MatrixStep::ListApps) {
        arm(row, MatrixStep::ListApps);
        QTest::mouseClick(d.find<QAbstractButton>("useExistingRadio"), Qt::LeftButton, {}, QPoint(8, 8));
        auto* list = d.find<QTreeWidget>("appList");
        failThenRetry(row, MatrixStep::ListApps, [list] { return list->topLevelItemCount() == 1; });
        if (QTest::currentTestFailed())
            return;
        list->setCurrentItem(list->topLevelItem(0));
    } else {
        arm(row, MatrixStep::CreateApp);
        d.type("appName", QStringLiteral("Fault app"));
    }
    QVERIFY(d.next());
    failThenRetry(row, MatrixStep::CreateApp, onPage(SetupWizard::ApiKey));
    if (QTest::currentTestFailed())
        return;

    arm(row, MatrixStep::CreateKey);
    arm(row, MatrixStep::ListKeys);
    arm(row, MatrixStep::Verify); // the check runs as soon as the Connect page opens
    QVERIFY(d.next());
    failThenRetry(row, row.step == MatrixStep::ListKeys ? MatrixStep::ListKeys : MatrixStep::CreateKey,
                  onPage(SetupWizard::Connect));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(d.waitForPage(SetupWizard::Connect));
    auto* connect = qobject_cast<gui::ConnectPage*>(m_wizard->currentPage());
    QVERIFY(connect);
    const auto proven = [connect] {
        return connect->verifyText().contains(QLatin1String("key proven"));
    };
    failThenRetry(row, MatrixStep::Verify, proven);
    if (QTest::currentTestFailed())
        return;

    // The request log: exactly one application and one key, whatever was lost on the way.
    const QJsonArray apps = m_server->apps();
    QCOMPARE(apps.size(), 1);
    const QString appId = m_wizard->controller()->result().appId;
    QCOMPARE(m_server->keys(appId).size(), 1);
    QCOMPARE(m_server->keys(appId).at(0).toObject().value(QLatin1String("keyName")).toString(),
             m_wizard->controller()->result().apiKey);
}

QTEST_MAIN(TestWizardFaults)
#include "tst_wizardfaults.moc"
