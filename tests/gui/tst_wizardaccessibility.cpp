#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/WizardDriver.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace aipex;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

// Keyboard and screen-reader use of the real wizard.
class TestWizardAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyInputIsNamed();
    void keyboardOnlyToAWrittenConfig();
    void focusFollowsVisualOrder();
    void errorsAreSaidInWords();
    void aboutBox();

private:
    QWidget* focused() const { return QApplication::focusWidget(); }
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(focused() ? focused() : m_wizard, key, mods);
    }
    FakeServer* m_server = nullptr;
    MemoryCredentialStore* m_store = nullptr;
    SetupWizard* m_wizard = nullptr;
    WizardDriver d{nullptr};
};

void TestWizardAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardaccessibility"));
}

void TestWizardAccessibility::init()
{
    QSettings().clear();
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
    m_store = new MemoryCredentialStore(this);
    m_wizard = new SetupWizard(m_store);
    d.wizard = m_wizard;
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
}

void TestWizardAccessibility::cleanup()
{
    delete m_wizard;
    delete m_store;
    delete m_server;
}

void TestWizardAccessibility::everyInputIsNamed()
{
    QStringList unnamed;
    QHash<QWidget*, QLabel*> buddies;
    for (QLabel* label : m_wizard->findChildren<QLabel*>()) {
        if (label->buddy())
            buddies.insert(label->buddy(), label);
    }
    const QList<QWidget*> all = m_wizard->findChildren<QWidget*>();
    for (QWidget* w : all) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTreeWidget*>(w) ||
                           qobject_cast<QDateTimeEdit*>(w);
        if (!input || !w->focusPolicy())
            continue;
        if (qobject_cast<QLineEdit*>(w) &&
            (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QDateTimeEdit*>(w->parentWidget())))
            continue; // the editor inside a combo box or date field: named through its owner
        if (!buddies.contains(w) && w->accessibleName().isEmpty())
            unnamed << w->objectName() + QStringLiteral(" (") +
                           QString::fromLatin1(w->metaObject()->className()) + u')';
    }
    for (QAbstractButton* b : m_wizard->findChildren<QAbstractButton*>()) {
        if (b->text().isEmpty() && b->accessibleName().isEmpty() && b->toolTip().isEmpty() &&
            b->isVisibleTo(m_wizard))
            unnamed << b->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestWizardAccessibility::keyboardOnlyToAWrittenConfig()
{
    // Server page: the address field has the focus when the window opens.
    QTRY_VERIFY(
        focused()->objectName().startsWith(QLatin1String("serverUrl"))); // the combo box or its editor
    QTest::keyClicks(focused(), m_server->baseUrl().toString());
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    // Sign in: email, Tab, password, Enter.
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("email"));
    QTest::keyClicks(focused(), QStringLiteral("admin@example.com"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("password"));
    QTest::keyClicks(focused(), QStringLiteral("admin123"));
    // Tab on to "Remember password" and switch it off with Space.
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("rememberPassword"));
    press(Qt::Key_Space);
    QVERIFY(!d.find<QCheckBox>("rememberPassword")->isChecked());
    press(Qt::Key_Return);
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QTRY_VERIFY(d.button(QWizard::NextButton)->isEnabled());
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    // Alt+B goes back, Alt+N forward again, without making anything twice.
    press(Qt::Key_B, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::Application));
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    QCOMPARE(m_server->apps().size(), 1);
    QTRY_VERIFY(d.button(QWizard::NextButton)->isEnabled());
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::Connect));
    QTRY_VERIFY(!m_wizard->controller()->isBusy()); // the automatic check
    // Save as… (Alt+S), type a file name, Enter.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-keyboard.json"));
    press(Qt::Key_S, Qt::AltModifier);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog*>(QStringLiteral("saveDialog"))) &&
                dialog->isVisible());
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same on every desktop
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    auto* nameField = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(nameField);
    nameField->selectAll();
    QTest::keyClicks(nameField, path);
    QTest::keyClick(nameField, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & 0x0777, 0x0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).object().contains(QLatin1String("mcpServers")));
    // Alt+N to the end, Alt+F finishes.
    // The offscreen platform has no window manager to give the focus back after a dialog.
    QTRY_VERIFY(!m_wizard->findChild<QFileDialog*>(QStringLiteral("saveDialog")));
    m_wizard->activateWindow();
    QTRY_VERIFY(m_wizard->isActiveWindow());
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(d.waitForPage(SetupWizard::Done));
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(!m_wizard->isVisible());
}

void TestWizardAccessibility::focusFollowsVisualOrder()
{
    // Tab through each of the first pages: page widgets come top to bottom, left to right.
    auto check = [this] {
        QWidget* page = m_wizard->currentPage();
        QList<QWidget*> order;
        QWidget* start = focused();
        for (int i = 0; i < 40; ++i) {
            QWidget* w = focused();
            if (page->isAncestorOf(w) && !order.contains(w))
                order << w;
            press(Qt::Key_Tab);
            if (focused() == start)
                break;
        }
        QVERIFY(order.size() >= 2);
        for (int i = 1; i < order.size(); ++i) {
            const QPoint a = order.at(i - 1)->mapTo(page, QPoint(0, 0));
            const QPoint b = order.at(i)->mapTo(page, QPoint(0, 0));
            const bool rowBelow = b.y() > a.y() + 4;
            const bool sameRowRight = qAbs(b.y() - a.y()) <= 4 && b.x() >= a.x();
            QVERIFY2(rowBelow || sameRowRight || order.at(i - 1)->isAncestorOf(order.at(i)),
                     qPrintable(order.at(i - 1)->objectName() + QStringLiteral(" before ") +
                                order.at(i)->objectName()));
        }
    };
    check();
    d.type("serverUrlEdit", m_server->baseUrl().toString());
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    check();
}

void TestWizardAccessibility::errorsAreSaidInWords()
{
    d.type("serverUrlEdit", QStringLiteral("ftp://nope"));
    QVERIFY(d.next());
    auto* text = m_wizard->currentPage()->findChild<QLabel*>(QStringLiteral("statusText"));
    QTRY_VERIFY(text->text().startsWith(QLatin1String("Error 3002")));
    QCOMPARE(text->accessibleName(), QStringLiteral("Error"));
}

void TestWizardAccessibility::aboutBox()
{
    QTest::mouseClick(d.find<QAbstractButton>("aboutButton"), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(AIPEXBASE_VERSION)));
    QVERIFY(box->text().contains(QLatin1String("MIT")));
    QVERIFY(box->text().contains(QLatin1String("https://")));
    box->close();
}

QTEST_MAIN(TestWizardAccessibility)
#include "tst_wizardaccessibility.moc"
