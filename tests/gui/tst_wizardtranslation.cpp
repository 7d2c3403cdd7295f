#include "Translations.h"
#include "credentials/MemoryCredentialStore.h"
#include "fakeserver/FakeServer.h"
#include "util/WizardDriver.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace aipex;
using aipex::gui::SetupWizard;
using aipex::test::FakeServer;

// Walks the real wizard in Simplified Chinese and fails on any English sentence left
// on screen: names and protocol words may stay English, prose may not.
class TestWizardTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageIsChinese();

private:
    QStringList visibleTexts(QWidget* root) const;
    static bool looksEnglish(const QString& text);
};

void TestWizardTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AIPEXBASE-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardtranslation"));
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
}

bool TestWizardTranslation::looksEnglish(const QString& raw)
{
    QString text = raw;
    // What may stay as it is: addresses, ids, keys, file names, product and protocol names.
    static const QRegularExpression drop(QStringLiteral(
        R"((https?://\S+)|(\S+@\S+)|(baas_\w+)|(kf_api_\S+)|(\S+\.json)|(\b[a-z]+(_[a-z]+)+\b)|(\b[\w-]+-[\w-]+\b)|)"
        R"(\b(AIPEXBASE|MCP|API|URL|JSON|SSE|HTTP|HTTPS|Cursor|VS|Code|Claude|Desktop|Windsurf|Trae|Cline|Roo|Gemini|)"
        R"(Qwen|Codex|Zed|Kiro|LM|Studio|CodeBuddy|Continue|Generic|English|Node|js|npx|stdio|sse|ok|streamable|)"
        R"(http|token|servers|mcpServers|type|url|Ctrl|Alt|Shift|Tab|Enter|ID|AI|CLI)\b)"));
    text.remove(drop);
    static const QRegularExpression twoWords(
        QStringLiteral(R"(\b[A-Za-z]{2,}\b[\s,.:;'’]+\b[A-Za-z]{2,}\b)"));
    return twoWords.match(text).hasMatch();
}

QStringList TestWizardTranslation::visibleTexts(QWidget* root) const
{
    QStringList texts;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (l->isVisible())
            texts << l->text();
    }
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (b->isVisible())
            texts << b->text() << b->toolTip() << b->accessibleName() << b->accessibleDescription();
    }
    for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
        if (e->isVisible())
            texts << e->placeholderText() << e->accessibleName();
    }
    for (QComboBox* c : root->findChildren<QComboBox*>()) {
        if (!c->isVisible())
            continue;
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    }
    for (QTreeWidget* t : root->findChildren<QTreeWidget*>()) {
        if (!t->isVisible())
            continue;
        for (int i = 0; i < t->columnCount(); ++i)
            texts << t->headerItem()->text(i);
    }
    return texts;
}

void TestWizardTranslation::everyPageIsChinese()
{
    FakeServer server;
    server.setPrefix(QStringLiteral("/baas-api"));
    QVERIFY(server.listen());
    server.addApp(QStringLiteral("existing"));
    MemoryCredentialStore store;
    SetupWizard wizard(&store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d{&wizard};
    QStringList english;
    auto collect = [&] {
        QStringList texts = visibleTexts(&wizard);
        texts << wizard.windowTitle() << wizard.currentPage()->title() << wizard.currentPage()->subTitle();
        for (const QString& t : std::as_const(texts)) {
            if (looksEnglish(t))
                english << QStringLiteral("[page %1] %2").arg(wizard.currentId()).arg(t);
        }
    };
    collect();
    d.type("serverUrlEdit", server.originUrl().toString());
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    collect();
    d.type("email", QStringLiteral("admin@example.com"));
    d.type("password", QStringLiteral("wrong"));
    QVERIFY(d.next());
    QTRY_VERIFY(d.statusText().contains(QLatin1String("1002")));
    collect(); // an error, in Chinese too (the server answers in Chinese: Accept-Language zh-CN)
    QVERIFY(d.statusText().contains(QString::fromUtf8("密码有误")));
    d.type("password", QStringLiteral("admin123"));
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Application));
    collect();
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::ApiKey));
    // The key's defaults follow the UI language: the reference script's own words in Chinese.
    QCOMPARE(d.find<QLineEdit>("keyName")->text(), QString::fromUtf8("MCP 专用密钥"));
    QCOMPARE(d.find<QLineEdit>("keyDescription")->text(), QString::fromUtf8("用于 MCP 工具调用的 API 密钥"));
    collect();
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Connect));
    QTRY_VERIFY(!wizard.controller()->isBusy());
    collect();
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::Done));
    collect();
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(u'\n' + english.join(u'\n')));
}

QTEST_MAIN(TestWizardTranslation)
#include "tst_wizardtranslation.moc"
