#include "clients/ProcessCheck.h"
#include "util/EditorTestUtil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using aipex::ProcessCheck;

class TestProcessCheck : public QObject
{
    Q_OBJECT
private slots:
    void fakeProc();
    void realProc();
};

namespace {

void addProcess(const QDir& root, int pid, const QByteArray& comm, const QByteArray& cmdline)
{
    QVERIFY(root.mkpath(QString::number(pid)));
    QVERIFY(
        editortest::writeFile(root.filePath(QString::number(pid) + QStringLiteral("/comm")), comm + '\n'));
    QVERIFY(editortest::writeFile(root.filePath(QString::number(pid) + QStringLiteral("/cmdline")), cmdline));
}

} // namespace

void TestProcessCheck::fakeProc()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    const QStringList names{QStringLiteral("Claude"), QStringLiteral("claude-desktop")};
    QCOMPARE(ProcessCheck::find(names, dir.path()), ProcessCheck::State::Unknown); // no "self": not a /proc
    QVERIFY(root.mkpath(QStringLiteral("self")));
    addProcess(root, 10, "bash", QByteArray("bash\0", 5));
    // Claude Code's CLI is "claude": not the desktop app.
    addProcess(root, 11, "claude", QByteArray("claude\0mcp\0list\0", 16));
    QCOMPARE(ProcessCheck::find(names, dir.path()), ProcessCheck::State::NotRunning);
    // Electron renames comm; argv[0] still names the app.
    addProcess(root, 12, "electron", QByteArray("/opt/Claude/claude-desktop\0--no-sandbox\0", 40));
    QCOMPARE(ProcessCheck::find(names, dir.path()), ProcessCheck::State::Running);
    QCOMPARE(ProcessCheck::find({}, dir.path()), ProcessCheck::State::NotRunning);
    QCOMPARE(ProcessCheck::find(names, dir.filePath(QStringLiteral("missing"))),
             ProcessCheck::State::Unknown);
}

void TestProcessCheck::realProc()
{
#ifdef Q_OS_LINUX
    // This test itself is running.
    QCOMPARE(ProcessCheck::find({QStringLiteral("tst_processcheck")}), ProcessCheck::State::Running);
    QCOMPARE(ProcessCheck::find({QStringLiteral("no-such-process-name")}), ProcessCheck::State::NotRunning);
#else
    QSKIP("needs /proc");
#endif
}

QTEST_GUILESS_MAIN(TestProcessCheck)
#include "tst_processcheck.moc"
