// The audit chain's SHA-256 (core/store/audit.cpp) is Steward's own, for speed: both its paths —
// the processor's SHA instructions and the portable code — must give FIPS 180-4's digests, for
// every length around the padding's boundaries and for long inputs, or verify would fail files.
#include "store/audit.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace steward;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void everyLengthMatchesTheReference();
    void longRandomInputsMatchTheReference();
};

void TestSha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // The examples of FIPS 180-4 (NIST's "SHA256.pdf") and the empty message.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::knownDigests()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(audit::sha256Hex(message), digest);
    QCOMPARE(audit::sha256HexPortable(message), digest);
}

void TestSha256::everyLengthMatchesTheReference()
{
    // 0 to 300 bytes crosses the one-or-two-final-blocks boundary (55/56 bytes) several times.
    QByteArray message;
    for (int length = 0; length <= 300; ++length) {
        const QByteArray reference = QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex();
        QVERIFY2(audit::sha256Hex(message) == reference, qPrintable(QString::number(length)));
        QVERIFY2(audit::sha256HexPortable(message) == reference, qPrintable(QString::number(length)));
        message.append(char(0x20 + (length * 37) % 95));
    }
}

void TestSha256::longRandomInputsMatchTheReference()
{
    QRandomGenerator random(20261201); // fixed: a failure can be reproduced
    for (int round = 0; round < 40; ++round) {
        QByteArray message(int(random.bounded(1, 70000)), Qt::Uninitialized);
        for (char& byte : message)
            byte = char(random.bounded(256));
        const QByteArray reference = QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex();
        QCOMPARE(audit::sha256Hex(message), reference);
        QCOMPARE(audit::sha256HexPortable(message), reference);
    }
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
