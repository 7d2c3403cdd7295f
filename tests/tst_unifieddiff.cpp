#include "clients/UnifiedDiff.h"
#include "mcp/McpEntry.h"

#include <QTest>

using aipex::UnifiedDiff;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private slots:
    void identical();
    void insertionWithContext();
    void newFile();
    void twoHunks();
    void mergedHunks();
    void noNewlineAtEnd();
    void masksSecrets();
};

void TestUnifiedDiff::identical()
{
    QVERIFY(UnifiedDiff::make("a\nb\n", "a\nb\n", QStringLiteral("f")).isEmpty());
}

void TestUnifiedDiff::insertionWithContext()
{
    const QByteArray a = "1\n2\n3\n4\n5\n6\n7\n8\n";
    const QByteArray b = "1\n2\n3\n4\n4a\n4b\n5\n6\n7\n8\n";
    QCOMPARE(UnifiedDiff::make(a, b, QStringLiteral("x/mcp.json")),
             QStringLiteral(
                 "--- a/x/mcp.json\n+++ b/x/mcp.json\n@@ -2,6 +2,8 @@\n 2\n 3\n 4\n+4a\n+4b\n 5\n 6\n 7\n"));
    QCOMPARE(UnifiedDiff::make(b, a, QStringLiteral("f")),
             QStringLiteral("--- a/f\n+++ b/f\n@@ -2,8 +2,6 @@\n 2\n 3\n 4\n-4a\n-4b\n 5\n 6\n 7\n"));
}

void TestUnifiedDiff::newFile()
{
    QCOMPARE(UnifiedDiff::make(QByteArray(), "{\n}\n", QStringLiteral("f")),
             QStringLiteral("--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+{\n+}\n"));
}

void TestUnifiedDiff::twoHunks()
{
    QByteArray a, b;
    for (int i = 1; i <= 20; ++i) {
        a += QByteArray::number(i) + '\n';
        b += (i == 2 || i == 18 ? QByteArray("x") : QByteArray::number(i)) + '\n';
    }
    QCOMPARE(UnifiedDiff::make(a, b, QStringLiteral("f")),
             QStringLiteral("--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n"
                            "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n"));
}

void TestUnifiedDiff::mergedHunks()
{
    // Changes six lines apart share a hunk: their contexts touch.
    QByteArray a, b;
    for (int i = 1; i <= 12; ++i) {
        a += QByteArray::number(i) + '\n';
        b += (i == 3 || i == 9 ? QByteArray("x") : QByteArray::number(i)) + '\n';
    }
    const QString d = UnifiedDiff::make(a, b, QStringLiteral("f"));
    QCOMPARE(d.count(QLatin1String("@@ -")), 1);
    QVERIFY(d.contains(QLatin1String("@@ -1,12 +1,12 @@")));
}

void TestUnifiedDiff::noNewlineAtEnd()
{
    QCOMPARE(
        UnifiedDiff::make("a\nb", "a\nb\nc\n", QStringLiteral("f")),
        QStringLiteral("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n"));
}

void TestUnifiedDiff::masksSecrets()
{
    const QString token = QStringLiteral("kf_api_ab3456789012345678901234567891234");
    const QByteArray b = "{\"url\": \"http://h/mcp/sse?token=" + token.toUtf8() + "\"}\n";
    const QString d = UnifiedDiff::make("{}\n", b, QStringLiteral("f"), {token});
    QVERIFY(!d.contains(token));
    QVERIFY(d.contains(aipex::McpEntry::maskToken(token)));
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
