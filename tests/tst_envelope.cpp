#include "net/Envelope.h"

#include <QTest>

using aipex::Envelope;

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void deepNestingDoesNotCrash();
};

void TestEnvelope::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("success with data")
        << QByteArray(R"({"code":0,"data":"tok","message":"ok","success":true})") << true << 0 << "ok";
    QTest::newRow("success data null")
        << QByteArray(R"({"code":0,"data":null,"message":"ok","success":true})") << true << 0 << "ok";
    QTest::newRow("filter 401 without data")
        << QByteArray("{\"code\":401,\"message\":\"\xe8\xaf\xb7\xe6\xb1\x82\",\"success\":false}") << true
        << 401 << QString::fromUtf8("\xe8\xaf\xb7\xe6\xb1\x82");
    QTest::newRow("429") << QByteArray(R"({"code":429,"message":"Too many requests"})") << true << 429
                         << "Too many requests";
    QTest::newRow("business error") << QByteArray(
                                           R"({"code":50000,"data":null,"message":"Incorrect password"})")
                                    << true << 50000 << "Incorrect password";
    QTest::newRow("minus one") << QByteArray(R"({"code":-1,"message":"Parameter error"})") << true << -1
                               << "Parameter error";
    QTest::newRow("no message") << QByteArray(R"({"code":0,"data":true})") << true << 0 << "";
    QTest::newRow("whitespace around") << QByteArray(" \n{\"code\":0}\r\n") << true << 0 << "";
    QTest::newRow("empty") << QByteArray() << false << 0 << "";
    QTest::newRow("blank") << QByteArray("   ") << false << 0 << "";
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false << 0 << "";
    QTest::newRow("truncated") << QByteArray(R"({"code":0,"data":{"appId":"baas_)") << false << 0 << "";
    QTest::newRow("array") << QByteArray("[1,2]") << false << 0 << "";
    QTest::newRow("no code") << QByteArray(R"({"data":1,"message":"x"})") << false << 0 << "";
    QTest::newRow("code as string") << QByteArray(R"({"code":"0"})") << false << 0 << "";
    QTest::newRow("code fractional") << QByteArray(R"({"code":0.5})") << false << 0 << "";
    QTest::newRow("code huge") << QByteArray(R"({"code":1e20})") << false << 0 << "";
    QTest::newRow("message not text") << QByteArray(R"({"code":0,"message":{}})") << false << 0 << "";
    QTest::newRow("spring 404 json")
        << QByteArray(R"({"timestamp":"x","status":404,"error":"Not Found","path":"/admin/login"})") << false
        << 0 << "";
}

void TestEnvelope::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(int, code);
    QFETCH(QString, message);
    Envelope env;
    QString why;
    QCOMPARE(Envelope::parse(body, &env, &why), valid);
    if (!valid) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QCOMPARE(env.code, code);
    QCOMPARE(env.message, message);
    QCOMPARE(env.isSuccess(), code == 0);
}

void TestEnvelope::deepNestingDoesNotCrash()
{
    const QByteArray deep = "{\"code\":0,\"data\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    Envelope env;
    QString why;
    // Qt's parser stops at its nesting limit: an error, not a stack overflow.
    QVERIFY(!Envelope::parse(deep, &env, &why));
    QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
