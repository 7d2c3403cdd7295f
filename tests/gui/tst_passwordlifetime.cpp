#include "credentials/MemoryCredentialStore.h"
#include "util/WizardDriver.h"
#include "wizard/ConnectPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace aipex;
using aipex::gui::SetupWizard;

namespace {

// The password, stored scrambled so the test's own data never holds it in plain form;
// it exists in plain bytes only inside the scanner's excluded buffer and in what the
// wizard is given (typed key by key).
constexpr char kScrambled[] = "\x1b\x3a\x69\x73\x35\x3b\x2e\x2a\x73\x30\x31\x29\x36\x3b\x2c\x3b\x73\x67\x0f";
constexpr char kXor = 0x5e;

// Reads every writable mapping of this process through /proc/self/mem and counts where
// the needles occur. The scratch buffer (and the needles in it) is one mmap, left out.
class MemoryScanner
{
public:
    MemoryScanner()
    {
        m_size = 64 << 20;
        void* p = ::mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        m_base = p == MAP_FAILED ? nullptr : static_cast<char*>(p);
    }
    ~MemoryScanner()
    {
        if (m_base)
            ::munmap(m_base, m_size);
    }
    bool ok() const { return m_base != nullptr; }
    const char* utf8() const { return m_utf8; }
    qint64 utf8Size() const { return qint64(m_utf8Len); }

    // Plain password as UTF-8 and as UTF-16, written into the excluded buffer.
    void preparePassword()
    {
        const size_t n = sizeof(kScrambled) - 1;
        m_utf8 = m_base;
        for (size_t i = 0; i < n; ++i)
            m_utf8[i] = char(kScrambled[i] ^ kXor);
        m_utf8Len = n;
        m_utf16 = m_base + 64;
        for (size_t i = 0; i < n; ++i) {
            m_utf16[2 * i] = m_utf8[i];
            m_utf16[2 * i + 1] = 0;
        }
        m_utf16Len = 2 * n;
    }

    int countHits()
    {
        int hits = 0;
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        maps.close();
        const int fd = ::open("/proc/self/mem", O_RDONLY);
        if (fd < 0)
            return -1;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 2 || f.at(1).size() < 2 || f.at(1).at(0) != 'r' || f.at(1).at(1) != 'w')
                continue;
            const QList<QByteArray> range = f.at(0).split('-');
            const quintptr start = range.value(0).toULongLong(nullptr, 16);
            const quintptr end = range.value(1).toULongLong(nullptr, 16);
            if (end <= start || end - start > (quintptr(1) << 30))
                continue; // sanitizer shadow and reservations: nothing of ours lives there
            // The scanner's own buffer may share a mapping with its neighbours: cut it out.
            const quintptr ownStart = quintptr(m_base), ownEnd = ownStart + m_size;
            hits += scanRange(fd, start, qMin(end, qMax(start, ownStart)));
            hits += scanRange(fd, qMax(start, qMin(end, ownEnd)), end);
        }
        ::close(fd);
        return hits;
    }

private:
    int scanRange(int fd, quintptr from, quintptr to)
    {
        char* scratch = m_base + 4096;
        const size_t scratchSize = m_size - 4096;
        const size_t overlap = m_utf16Len; // a match across two reads is still seen
        int hits = 0;
        for (quintptr at = from; at < to; at += scratchSize - overlap) {
            const size_t want = size_t(qMin<quintptr>(scratchSize, to - at));
            const ssize_t got = ::pread(fd, scratch, want, off_t(at));
            if (got <= 0)
                break;
            hits += count(scratch, size_t(got), m_utf8, m_utf8Len) +
                    count(scratch, size_t(got), m_utf16, m_utf16Len);
            if (want < scratchSize)
                break;
        }
        return hits;
    }

    static int count(const char* hay, size_t n, const char* needle, size_t len)
    {
        int hits = 0;
        const char* p = hay;
        while (const void* found = ::memmem(p, n - size_t(p - hay), needle, len)) {
            ++hits;
            p = static_cast<const char*>(found) + 1;
        }
        return hits;
    }

    char* m_base = nullptr;
    size_t m_size = 0;
    char* m_utf8 = nullptr;
    size_t m_utf8Len = 0;
    char* m_utf16 = nullptr;
    size_t m_utf16Len = 0;
};

} // namespace

// The password is not kept in memory longer than needed: the wizard is walked against
// the stand-in in another process (which must know the password), and this process's
// writable memory is searched. While the application and key are made the flow keeps
// one copy to renew the session (the scan must find it: the scanner works); once the key
// exists no live copy remains. Freed heap blocks are filled by the allocator here
// (MALLOC_PERTURB_, ASan's free_fill_byte), so only live copies can be found.
class TestPasswordLifetime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void passwordIsGoneOnceTheKeyExists();

private:
    QProcess m_server;
    QString m_url;
};

void TestPasswordLifetime::initTestCase()
{
    wizardtest::initTestCase("tst_passwordlifetime");
    MemoryScanner s;
    QVERIFY(s.ok());
    s.preparePassword();
    m_server.setProgram(qEnvironmentVariable("AIPEXBASE_BIN_DIR") + QStringLiteral("/aipexbase-fake-server"));
    // On a pipe, not in the arguments: QProcess would keep those in this process.
    m_server.setArguments({QStringLiteral("--email"), QStringLiteral("owner@example.com"),
                           QStringLiteral("--password-stdin"), QStringLiteral("--quiet")});
    // ...and from a file written straight from the scanner's buffer: QProcess's own write
    // buffer would keep a copy here for as long as the server runs.
    const QByteArray file =
        QDir::temp()
            .filePath(QStringLiteral("tst_passwordlifetime-%1").arg(QCoreApplication::applicationPid()))
            .toLocal8Bit();
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    QVERIFY(::write(fd, s.utf8(), size_t(s.utf8Size())) == s.utf8Size());
    QVERIFY(::write(fd, "\n", 1) == 1);
    ::close(fd);
    m_server.setStandardInputFile(QString::fromLocal8Bit(file));
    m_server.start();
    QVERIFY(m_server.waitForStarted());
    m_server.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([this] { return m_server.canReadLine(); }, 10000));
    ::unlink(file.constData());
    const QByteArray line = m_server.readLine().trimmed();
    QVERIFY2(line.startsWith("listening "), line.constData());
    m_url = QString::fromUtf8(line.mid(10));
}

void TestPasswordLifetime::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished();
}

void TestPasswordLifetime::passwordIsGoneOnceTheKeyExists()
{
    MemoryScanner scan;
    QVERIFY(scan.ok());
    MemoryCredentialStore store; // remember is off: the store gets nothing
    SetupWizard* wizard = wizardtest::showWizard(&store, 5000);
    QVERIFY(wizard);
    WizardDriver d{wizard};
    d.type("serverUrlEdit", m_url);
    QVERIFY(d.next());
    QVERIFY(d.waitForPage(SetupWizard::SignIn));
    d.type("email", QStringLiteral("owner@example.com"));
    // Not remembered: the in-memory store would be the keychain holding it, by request.
    d.find<QCheckBox>("rememberPassword")->setChecked(false);
    {
        scan.preparePassword();
        for (int i = 0; i < int(sizeof(kScrambled)) - 1; ++i)
            QTest::keyClick(d.find<QLineEdit>("password"),
                            QChar::fromLatin1(kScrambled[i] ^ kXor).toLatin1());
    }
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::Application), qPrintable(d.statusText()));
    QTest::qWait(50);
    QVERIFY2(scan.countHits() >= 1, "the scanner did not find the copy kept for renewing the session");
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::ApiKey), qPrintable(d.statusText()));
    QVERIFY(d.next());
    QVERIFY2(d.waitForPage(SetupWizard::Connect), qPrintable(d.statusText()));
    auto* connect = qobject_cast<gui::ConnectPage*>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(connect->verifyText().contains(QLatin1String("key proven")), 15000);
    QTest::qWait(100); // let deferred deletes run
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int hits = scan.countHits();
    QVERIFY2(hits == 0, qPrintable(QStringLiteral("%1 live copies of the password remain").arg(hits)));
    delete wizard;
}

int main(int argc, char** argv)
{
    // Freed blocks are filled by the allocator, so the scan sees only live copies. The
    // variables must be set before the process starts: run once more with them.
    if (!qEnvironmentVariableIsSet("AIPEXBASE_SCAN_CHILD")) {
        qputenv("AIPEXBASE_SCAN_CHILD", "1");
        qputenv("MALLOC_PERTURB_", "165");
        QByteArray asan = qgetenv("ASAN_OPTIONS");
        asan += asan.isEmpty() ? "" : ":";
        asan += "max_free_fill_size=2147483647:free_fill_byte=165";
        qputenv("ASAN_OPTIONS", asan);
        ::execv("/proc/self/exe", argv);
        return 127;
    }
    QApplication app(argc, argv);
    TestPasswordLifetime t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_passwordlifetime.moc"
