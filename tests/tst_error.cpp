#include "Error.h"

#include <QJsonObject>
#include <QTest>

using aipex::Error;

class TestError : public QObject
{
    Q_OBJECT
private slots:
    void categories_data();
    void categories();
    void httpStatus_data();
    void httpStatus();
    void jsonFieldNames();
    void noneIsNotAnError();
};

void TestError::categories_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("exit");
    QTest::newRow("1001") << 1001 << "AuthenticationError" << 3;
    QTest::newRow("1002") << 1002 << "AuthenticationError" << 3;
    QTest::newRow("1004") << 1004 << "AuthenticationError" << 3;
    QTest::newRow("2001") << 2001 << "APIError" << 4;
    QTest::newRow("2002") << 2002 << "APIError" << 4;
    QTest::newRow("2003") << 2003 << "APIError" << 4;
    QTest::newRow("2004") << 2004 << "APIError" << 4;
    QTest::newRow("2006") << 2006 << "APIError" << 4;
    QTest::newRow("3001") << 3001 << "ConfigurationError" << 2;
    QTest::newRow("3002") << 3002 << "ConfigurationError" << 2;
    QTest::newRow("4000") << 4000 << "APIError" << 4;
    QTest::newRow("4999") << 4999 << "APIError" << 4;
    QTest::newRow("5000") << 5000 << "APIError" << 4;
    QTest::newRow("9000") << 9000 << "AIPEXBASEError" << 1;
    QTest::newRow("9999") << 9999 << "AIPEXBASEError" << 1;
}

void TestError::categories()
{
    QFETCH(int, code);
    QFETCH(QString, type);
    QFETCH(int, exit);
    const Error e(Error::Code(code), QStringLiteral("m"));
    QCOMPARE(e.errorType(), type);
    QCOMPARE(e.exitCode(), exit);
    QVERIFY(!e.hint().isEmpty());
    QCOMPARE(e.toDisplayString(), QStringLiteral("[%1] m").arg(code));
}

void TestError::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("400") << 400 << 4000;
    QTest::newRow("404") << 404 << 4000;
    QTest::newRow("499") << 499 << 4000;
    QTest::newRow("500") << 500 << 5000;
    QTest::newRow("502") << 502 << 5000;
    QTest::newRow("599") << 599 << 5000;
    QTest::newRow("302") << 302 << 4999;
    QTest::newRow("600") << 600 << 4999;
}

void TestError::httpStatus()
{
    QFETCH(int, status);
    QFETCH(int, code);
    const Error e = Error::fromHttpStatus(status, QStringLiteral("x"));
    QCOMPARE(int(e.code()), code);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.toJson().value(QLatin1String("http_status")).toInt(), status);
}

void TestError::jsonFieldNames()
{
    Error e(Error::InvalidCredentials, QStringLiteral("Sign-in refused: Incorrect password"));
    e.addContext(QStringLiteral("email"), QStringLiteral("a@b.c"));
    e.addDetail(QStringLiteral("envelope_code"), 50000);
    const QJsonObject o = e.toJson();
    QCOMPARE(o.keys(),
             (QStringList{QStringLiteral("code"), QStringLiteral("context"), QStringLiteral("details"),
                          QStringLiteral("error_type"), QStringLiteral("http_status"),
                          QStringLiteral("message"), QStringLiteral("original_error")}));
    QCOMPARE(o.value(QLatin1String("code")).toString(), QStringLiteral("1002")); // a string, as the reference
    QVERIFY(o.value(QLatin1String("http_status")).isNull());
    QVERIFY(o.value(QLatin1String("original_error")).isNull());
    QCOMPARE(o.value(QLatin1String("context")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("a@b.c"));
    QCOMPARE(o.value(QLatin1String("details")).toObject().value(QLatin1String("envelope_code")).toInt(),
             50000);
}

void TestError::noneIsNotAnError()
{
    const Error e;
    QVERIFY(!e);
    QCOMPARE(e.exitCode(), 0);
    QVERIFY(Error(Error::Timeout, QString()).isRetryable());
    QVERIFY(!Error(Error::InvalidCredentials, QString()).isRetryable());
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
