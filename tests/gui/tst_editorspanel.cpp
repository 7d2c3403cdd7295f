#include "clients/ClientLinks.h"
#include "clients/ConfigInstaller.h"
#include "credentials/MemoryCredentialStore.h"
#include "editors/EditorsPanel.h"
#include "fakeserver/FakeServer.h"
#include "util/EditorTestUtil.h"
#include "util/WizardDriver.h"
#include "wizard/ConnectPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace aipex;
using aipex::gui::ConnectPage;
using aipex::gui::EditorsPanel;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

namespace {

const QString kPassword = QStringLiteral("Adm1n-Pa55!");

// Hand-written, with comments, trailing commas and a server of its own.
const QByteArray kVsCodeConfig = "// My MCP servers\n"
                                 "{\n"
                                 "  /* prompted once */\n"
                                 "  \"inputs\": [],\n"
                                 "  \"servers\": {\n"
                                 "    // the GitHub one\n"
                                 "    \"github\": {\n"
                                 "      \"type\": \"http\",\n"
                                 "      \"url\": \"https://api.githubcopilot.com/mcp/\", // remote\n"
                                 "    },\n"
                                 "  },\n"
                                 "}\n";

} // namespace

// The "Install into an editor" tab of the real wizard, against the FakeServer, in a temporary home.
class TestEditorsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void installAndUninstallKeepEveryByte();
    void replacingAsksFirst();
    void malformedFileIsRefused();
    void claudeDesktopNeedsTheBridge();
    void cursorDeeplink();
    void copyCommandForClaudeCode();
    void runCommandOnlyWhenAskedAndPresent();
    void fitsTheDefaultWindow();
    void keyboardReachesEveryAction();

private:
    void walkToConnect();
    EditorsPanel* showPanel(const QString& client);
    QDialog* waitForDialog();
    void click(const char* name) { QTest::mouseClick(d.find<QAbstractButton>(name), Qt::LeftButton); }
    QString home(const QString& relative) const { return m_home->filePath(relative); }
    QUrl mcpUrl() const { return m_wizard->controller()->result().mcpUrl; }
    QString key() const { return McpEntry::tokenOf(mcpUrl()); }

    FakeServer* m_server = nullptr;
    MemoryCredentialStore* m_store = nullptr;
    SetupWizard* m_wizard = nullptr;
    QTemporaryDir* m_home = nullptr;
    QByteArray m_path;
    WizardDriver d{nullptr};
};

void TestEditorsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editorspanel"));
}

void TestEditorsPanel::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("verify/automatic"), false);
    m_path = qgetenv("PATH");
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    m_server = new FakeServer(this);
    m_server->addUser(QStringLiteral("owner@example.com"), kPassword);
    QVERIFY(m_server->listen());
    m_store = new MemoryCredentialStore(this);
    m_wizard = new SetupWizard(m_store);
    m_wizard->controller()->setTimeoutMs(3000);
    d.wizard = m_wizard;
    ClientEnvironment env;
    env.os = ClientEnvironment::Os::Linux;
    env.home = m_home->path();
    auto* page = qobject_cast<ConnectPage*>(m_wizard->page(SetupWizard::Connect));
    QVERIFY(page);
    page->setClientEnvironment(env);
    page->editorsPanel()->setProcRoot(home(QStringLiteral("proc"))); // no "self": state unknown
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
}

void TestEditorsPanel::cleanup()
{
    qputenv("PATH", m_path);
    delete m_wizard;
    delete m_store;
    delete m_server;
    delete m_home;
}

void TestEditorsPanel::walkToConnect()
{
    m_wizard->findChild<QComboBox*>(QStringLiteral("serverUrl"))->setFocus();
    d.type("serverUrlEdit", m_server->baseUrl().toString());
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::SignIn), qPrintable(d.statusText()));
    d.type("email", QStringLiteral("owner@example.com"));
    d.type("password", kPassword);
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Application));
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::ApiKey), qPrintable(d.statusText()));
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::Connect), qPrintable(d.statusText()));
    QVERIFY(mcpUrl().isValid());
    QVERIFY(!key().isEmpty());
}

EditorsPanel* TestEditorsPanel::showPanel(const QString& client)
{
    auto* tabs = d.find<QTabWidget>("connectTabs");
    auto* panel = d.find<EditorsPanel>("editorsPanel");
    // Alt+I, as from the keyboard.
    QTest::keyClick(m_wizard, Qt::Key_I, Qt::AltModifier);
    if (tabs->currentWidget() != panel)
        tabs->setCurrentWidget(panel);
    if (!QTest::qWaitFor([panel] { return panel->isVisible(); }))
        return nullptr;
    auto* list = d.find<QListWidget>("clientList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == client) {
            list->scrollToItem(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(i)).center());
        }
    }
    return panel->currentClientId() == client ? panel : nullptr;
}

QDialog* TestEditorsPanel::waitForDialog()
{
    QDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog"));
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TestEditorsPanel::installAndUninstallKeepEveryByte()
{
    const QString path = home(QStringLiteral(".config/Code/User/mcp.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY(editortest::writeFile(path, kVsCodeConfig));
    walkToConnect();
    EditorsPanel* panel = showPanel(QStringLiteral("vscode"));
    QVERIFY(panel);
    auto* list = d.find<QListWidget>("clientList");
    // The name carries a short mark; the words are in the tooltip and for a screen reader.
    QVERIFY(list->currentItem()->text().startsWith(QLatin1String("VS Code")));
    QVERIFY(!list->currentItem()->text().contains(QLatin1String("installed")));
    QVERIFY(list->currentItem()->toolTip().contains(QLatin1String("installed")));
    QVERIFY(
        list->currentItem()->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("installed")));
    QCOMPARE(d.find<QLineEdit>("clientPath")->text(), QDir::toNativeSeparators(path));
    QVERIFY(panel->previewText().contains(QLatin1String("\"servers\"")));
    QVERIFY(panel->previewText().contains(QLatin1String("\"sse\"")));
    QVERIFY(!panel->previewText().contains(key()));

    click("installButton");
    QDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    const QString diff = dialog->findChild<QPlainTextEdit*>(QStringLiteral("changeDiff"))->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("+      \"type\": \"sse\"")) ||
                 diff.contains(QLatin1String("\"sse\"")),
             qPrintable(diff));
    QVERIFY(diff.contains(McpEntry::maskToken(key())));
    QVERIFY(!diff.contains(key()));
    QCOMPARE(editortest::readFile(path), kVsCodeConfig); // nothing written before the confirmation
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("confirmInstall")), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog")));

    const QByteArray after = editortest::readFile(path);
    QByteArray extra;
    QVERIFY2(editortest::onlyInserted(kVsCodeConfig, after, &extra), after.constData());
    const ConfigInstaller installer(*ClientProfile::find(QStringLiteral("vscode")), path);
    QJsonObject entry;
    bool found = false;
    Error error;
    QVERIFY(installer.readEntry(McpEntry::kDefaultServerName, &entry, &found, &error));
    QVERIFY(found);
    QCOMPARE(entry.value(QLatin1String("type")).toString(), QStringLiteral("sse"));
    QCOMPARE(entry.value(QLatin1String("url")).toString(), mcpUrl().toString(QUrl::FullyEncoded));
    const QStringList backups = installer.backups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(editortest::readFile(backups.at(0)), kVsCodeConfig);
    QVERIFY2(d.statusText().contains(QDir::toNativeSeparators(backups.at(0))), qPrintable(d.statusText()));
    QVERIFY(!d.statusText().contains(key()));

    click("uninstallButton");
    dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("confirmUninstall")),
                      Qt::LeftButton);
    QTRY_COMPARE(editortest::readFile(path), kVsCodeConfig);
    QCOMPARE(installer.backups().size(), 2);
    // The write runs on a worker: its report reaches the page a moment after the file.
    QTRY_VERIFY(d.statusText().contains(QLatin1String("Removed")));
    QVERIFY(d.statusText().contains(QDir::toNativeSeparators(installer.backups().at(0))));

    // Nothing left to remove: said, and no dialog.
    QTRY_VERIFY(!m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog")));
    click("uninstallButton");
    QTRY_VERIFY(d.statusText().contains(QLatin1String("nothing to remove")));
    QVERIFY(!m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog")));
}

void TestEditorsPanel::replacingAsksFirst()
{
    const QString path = home(QStringLiteral(".cursor/mcp.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    const QByteArray old =
        "{\"mcpServers\": {\"aipexbase-mcp-server\": {\"url\": \"http://old.example/mcp/sse\"}}}\n";
    QVERIFY(editortest::writeFile(path, old));
    walkToConnect();
    QVERIFY(showPanel(QStringLiteral("cursor")));
    click("installButton");
    QDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("changeMessage"))
                ->text()
                .contains(QLatin1String("Replace")));
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("cancelChange")), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog")));
    QCOMPARE(editortest::readFile(path), old);
    click("installButton");
    dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("confirmInstall")), Qt::LeftButton);
    QTRY_VERIFY(d.statusText().contains(QLatin1String("Replaced")));
    QVERIFY(editortest::readFile(path).contains(key().toUtf8()));
}

void TestEditorsPanel::malformedFileIsRefused()
{
    const QString path = home(QStringLiteral(".cursor/mcp.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    const QByteArray broken = "{\n  \"mcpServers\": {\n    \"x\": {\"url\": }\n  }\n}\n";
    QVERIFY(editortest::writeFile(path, broken));
    walkToConnect();
    QVERIFY(showPanel(QStringLiteral("cursor")));
    click("installButton");
    QTRY_VERIFY(d.statusText().contains(QLatin1String("line 3")));
    QVERIFY2(d.statusText().contains(QLatin1String("column")), qPrintable(d.statusText()));
    QVERIFY(!m_wizard->findChild<QDialog*>(QStringLiteral("changeDialog")));
    QCOMPARE(editortest::readFile(path), broken);
    QVERIFY(ConfigInstaller(*ClientProfile::find(QStringLiteral("cursor")), path).backups().isEmpty());
}

void TestEditorsPanel::claudeDesktopNeedsTheBridge()
{
    // A node that is too old, found on PATH and asked for its version without blocking.
    const QString bin = home(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString node = bin + QStringLiteral("/node");
    QVERIFY(editortest::writeFile(node, "#!/bin/sh\necho v16.20.2\n"));
    QVERIFY(QFile::setPermissions(node, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("PATH", bin.toUtf8());
    // Claude Desktop is running.
    const QDir proc(home(QStringLiteral("proc")));
    QVERIFY(proc.mkpath(QStringLiteral("self")));
    QVERIFY(proc.mkpath(QStringLiteral("42")));
    QVERIFY(editortest::writeFile(proc.filePath(QStringLiteral("42/comm")), "claude-desktop\n"));
    QVERIFY(editortest::writeFile(proc.filePath(QStringLiteral("42/cmdline")),
                                  QByteArray("claude-desktop\0", 15)));
    walkToConnect();
    EditorsPanel* panel = showPanel(QStringLiteral("claude-desktop"));
    QVERIFY(panel);
    QVERIFY(panel->infoText().contains(QLatin1String("mcp-remote")));
    QTRY_VERIFY2(panel->infoText().contains(QLatin1String("Node.js v16.20.2 is too old")),
                 qPrintable(panel->infoText()));
    QVERIFY(panel->infoText().contains(QLatin1String("is running: quit it first")));
    QVERIFY(panel->previewText().contains(QLatin1String("mcp-remote")));
    QVERIFY(!panel->previewText().contains(key()));
    QVERIFY(d.find<QLineEdit>("clientPath")->text().endsWith(QLatin1String("claude_desktop_config.json")));

    click("installButton");
    QDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("changeWarnings"))
                ->text()
                .contains(QLatin1String("quit it first")));
    QTest::mouseClick(dialog->findChild<QAbstractButton*>(QStringLiteral("confirmInstall")), Qt::LeftButton);
    QTRY_VERIFY2(d.statusText().contains(QLatin1String("created")), qPrintable(d.statusText()));
    QVERIFY(QFile::exists(d.find<QLineEdit>("clientPath")->text()));

    // Reveal shows the key in this preview too.
    QTest::mouseClick(d.find<QAbstractButton>("revealToken"), Qt::LeftButton);
    QVERIFY(panel->previewText().contains(key()));
}

void TestEditorsPanel::cursorDeeplink()
{
    walkToConnect();
    EditorsPanel* panel = showPanel(QStringLiteral("cursor"));
    QVERIFY(panel);
    QList<QUrl> opened;
    panel->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QVERIFY(d.find<QAbstractButton>("openDeeplink")->isEnabled());
    click("openDeeplink");
    QCOMPARE(opened.size(), 1);
    const QUrl link = opened.at(0);
    QCOMPARE(link.scheme(), QStringLiteral("cursor"));
    const QUrlQuery query(link);
    QCOMPARE(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), McpEntry::kDefaultServerName);
    const QByteArray json =
        QByteArray::fromBase64(query.queryItemValue(QStringLiteral("config"), QUrl::FullyDecoded).toLatin1());
    QCOMPARE(QJsonDocument::fromJson(json).object(),
             QJsonObject({{QStringLiteral("url"), mcpUrl().toString(QUrl::FullyEncoded)}}));
    // Claude Code has no link.
    QVERIFY(showPanel(QStringLiteral("claude-code")));
    QVERIFY(!d.find<QAbstractButton>("openDeeplink")->isEnabled());
}

void TestEditorsPanel::copyCommandForClaudeCode()
{
    walkToConnect();
    QVERIFY(showPanel(QStringLiteral("claude-code")));
    QVERIFY(d.find<QAbstractButton>("copyCommand")->isEnabled());
    click("copyCommand");
    const QString url = mcpUrl().toString(QUrl::FullyEncoded);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("claude mcp add --transport sse --scope user aipexbase-mcp-server '") + url +
                 u'\'');
    QVERIFY(!d.statusText().contains(key()));
    QVERIFY(showPanel(QStringLiteral("cursor")));
    QVERIFY(!d.find<QAbstractButton>("copyCommand")->isEnabled());
}

void TestEditorsPanel::runCommandOnlyWhenAskedAndPresent()
{
    // A stand-in `claude` on PATH that records how it was called.
    const QString bin = home(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString record = home(QStringLiteral("claude-args.txt"));
    const QString tool = bin + QStringLiteral("/claude");
    QVERIFY(editortest::writeFile(
        tool,
        QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '%1'\n").arg(record).toUtf8()));
    QVERIFY(QFile::setPermissions(tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", bin.toUtf8());
    walkToConnect();
    QVERIFY(showPanel(QStringLiteral("claude-code")));
    QVERIFY(d.find<QAbstractButton>("runCommand")->isEnabled());
    QVERIFY(!QFile::exists(record)); // nothing runs until asked
    click("runCommand");
    QTRY_VERIFY(QFile::exists(record));
    QTRY_VERIFY(d.statusText().contains(QLatin1String("added the server")));
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList args = QString::fromUtf8(f.readAll()).trimmed().split(u'\n');
    QCOMPARE(args,
             (QStringList{QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("--transport"),
                          QStringLiteral("sse"), QStringLiteral("--scope"), QStringLiteral("user"),
                          QStringLiteral("aipexbase-mcp-server"), mcpUrl().toString(QUrl::FullyEncoded)}));
    QVERIFY(!d.statusText().contains(key()));
    // Gemini's tool is not on PATH here: the button stays off.
    QVERIFY(showPanel(QStringLiteral("gemini")));
    QVERIFY(!d.find<QAbstractButton>("runCommand")->isEnabled());
    qputenv("PATH", oldPath);
}

void TestEditorsPanel::fitsTheDefaultWindow()
{
    walkToConnect();
    QCOMPARE(m_wizard->size(), QSize(780, 580));
    for (const char* client : {"claude-desktop", "codex", "vscode"}) {
        EditorsPanel* panel = showPanel(QLatin1String(client));
        QVERIFY(panel);
        QTRY_VERIFY(!panel->infoText().contains(QLatin1String("Checking")));
        QTest::qWait(20); // the layout settles
        QWidget* page = m_wizard->currentPage();
        if (qEnvironmentVariableIsSet("AIPEX_SHOT"))
            m_wizard->grab().save(qEnvironmentVariable("AIPEX_SHOT") + QLatin1String(client) +
                                  QStringLiteral(".png"));
        // Every editor's name is seen whole, without scrolling sideways.
        auto* list = d.find<QListWidget>("clientList");
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(list->sizeHintForColumn(0) <= list->viewport()->width(),
                 qPrintable(QString::number(list->viewport()->width())));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(list->fontMetrics().horizontalAdvance(list->item(i)->text()) <=
                         list->viewport()->width(),
                     qPrintable(list->item(i)->text()));
        QList<QWidget*> widgets = panel->focusOrder();
        widgets << d.find<QWidget>("clientLegend") << d.find<QWidget>("clientInfo")
                << d.find<QWidget>("verifyButton") << d.find<QWidget>("bridgeConsent")
                << d.find<QWidget>("statusPanel");
        for (QWidget* w : std::as_const(widgets)) {
            if (!w || !w->isVisible())
                continue;
            const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
            QVERIFY2(page->rect().contains(r), qPrintable(w->objectName()));
            QVERIFY2(w->height() >= qMin(w->minimumSizeHint().height(), 40), qPrintable(w->objectName()));
        }
    }
}

void TestEditorsPanel::keyboardReachesEveryAction()
{
    walkToConnect();
    QVERIFY(showPanel(QStringLiteral("vscode")));
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    d.find<QWidget>("clientList")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), d.find<QWidget>("clientList"));
    QStringList order;
    for (int i = 0; i < 12; ++i) {
        order << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected{
        QStringLiteral("clientList"),    QStringLiteral("clientPath"),    QStringLiteral("clientScope"),
        QStringLiteral("clientPreview"), QStringLiteral("installButton"), QStringLiteral("uninstallButton"),
        QStringLiteral("openDeeplink"),  QStringLiteral("copyCommand"),   QStringLiteral("verifyButton")};
    QVERIFY2(order.mid(0, expected.size()) == expected, qPrintable(order.join(u' ')));
}

QTEST_MAIN(TestEditorsPanel)
#include "tst_editorspanel.moc"
