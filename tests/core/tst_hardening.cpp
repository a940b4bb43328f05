// SPDX-License-Identifier: GPL-3.0-or-later
// Regression tests for what the sanitizer build and the fuzzers found (docs/hardening.md): each input here once
// crashed, hung or asked for absurd resources. The fuzz corpora (tests/fuzz/corpus) keep the raw inputs too.
#include "package/PackageCrypto.h"

#include <QTest>

using namespace isoaudit;

class TestHardening : public QObject
{
    Q_OBJECT

    /// A sealed-package header with the given scrypt parameters and a zero salt, nonce, body and tag.
    static QByteArray sealedHeader(quint8 log2N, quint32 r, quint32 p)
    {
        QByteArray data = QByteArrayLiteral("IAPKGENC");
        data.append(char(1)).append(char(1)).append(char(log2N));
        for (quint32 value : {r, p}) {
            for (int shift = 24; shift >= 0; shift -= 8)
                data.append(char(quint8(value >> shift)));
        }
        data.append(QByteArray(16 + 12 + 20 + PackageCrypto::tagSize, '\0'));
        return data;
    }

private slots:
    void sealedHeaderCannotAskForGigabytes_data()
    {
        QTest::addColumn<int>("log2N");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        // Each parameter is within its own bound, but together they asked scrypt for 16 GiB (N * r * 128 bytes).
        QTest::newRow("16 GiB") << 22 << quint32(32) << quint32(16);
        QTest::newRow("2 GiB") << 20 << quint32(16) << quint32(1);
        // Within the memory bound, but 512 times the default work.
        QTest::newRow("512x work") << 20 << quint32(8) << quint32(16);
        // Out of every bound; log2N >= 64 must not reach a shift (undefined behaviour, caught by UBSan).
        QTest::newRow("log2N 200") << 200 << quint32(8) << quint32(1);
        QTest::newRow("r max") << 17 << quint32(0xffffffff) << quint32(0xffffffff);
    }

    void sealedHeaderCannotAskForGigabytes()
    {
        QFETCH(int, log2N);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        auto result = PackageCrypto::decrypt(sealedHeader(quint8(log2N), r, p), QByteArrayLiteral("secret"));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("out of range")), qPrintable(result.error()));
    }

    void defaultAndCheapParametersStillDerive()
    {
        // The bounds must not refuse what IsoAudit writes: the default parameters reach the authentication check.
        const PackageKdf kdf;
        auto result = PackageCrypto::decrypt(sealedHeader(kdf.log2N, kdf.r, kdf.p), QByteArrayLiteral("secret"));
        QVERIFY(!result);
        QVERIFY2(!result.error().contains(QLatin1String("out of range")), qPrintable(result.error()));
        auto sealed = PackageCrypto::encrypt(QByteArrayLiteral("{}"), QByteArrayLiteral("secret"), kdf);
        QVERIFY(sealed);
        auto opened = PackageCrypto::decrypt(sealed.value(), QByteArrayLiteral("secret"));
        QVERIFY(opened);
        QCOMPARE(opened.value(), QByteArrayLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
