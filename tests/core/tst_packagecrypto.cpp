// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted audit package (core/package/PackageCrypto): AES-256-GCM under a scrypt key; a wrong passphrase,
// any changed byte (header included) or a truncated file is refused; the CLI seals and opens packages.
#include "PackageTestSupport.h"

#include "package/AuditPackage.h"
#include "package/PackageCrypto.h"
#include "workflow/Lifecycle.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace packagetest;

class TestPackageCrypto : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Cheap scrypt parameters for the byte-by-byte tests; the default ones are used where it matters.
    const PackageKdf m_fast{10, 8, 1};

    static QPair<int, QString> cli(const QStringList& args, const QString& secret = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!secret.isNull())
            env.insert("AUDIT_SECRET", secret);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ISOAUDIT_CLI), args);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripWithDefaultParameters()
    {
        const QByteArray plain = QByteArray("{\"format\": \"isoaudit-package\", \"text\": \"æøå\"}").repeated(100);
        auto sealed = PackageCrypto::encrypt(plain, "correct horse battery staple");
        QVERIFY(sealed.ok());
        QVERIFY(PackageCrypto::isEncrypted(sealed.value()));
        QVERIFY(!PackageCrypto::isEncrypted(plain));
        QCOMPARE(sealed->size(), plain.size() + PackageCrypto::headerSize + PackageCrypto::tagSize);
        QVERIFY(!sealed->contains("isoaudit-package"));
        QCOMPARE(quint8(sealed->at(10)), quint8(17)); // N = 2^17 recorded in the header
        auto opened = PackageCrypto::decrypt(sealed.value(), "correct horse battery staple");
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened.value(), plain);
        // Salt and nonce are fresh each time.
        QVERIFY(PackageCrypto::encrypt(plain, "correct horse battery staple", m_fast).value() != sealed.value());
    }

    void wrongPassphraseIsRefused()
    {
        auto sealed = PackageCrypto::encrypt("secret findings", "right", m_fast);
        QVERIFY(sealed.ok());
        auto opened = PackageCrypto::decrypt(sealed.value(), "wrong");
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("passphrase is wrong")), qPrintable(opened.error()));
        QVERIFY(!PackageCrypto::decrypt(sealed.value(), "").ok());
        QVERIFY(!PackageCrypto::encrypt("x", "").ok());
    }

    void everyModifiedByteIsRefused()
    {
        auto sealed = PackageCrypto::encrypt("{\"risks\": []}", "pass", m_fast);
        QVERIFY(sealed.ok());
        for (int i = 0; i < sealed->size(); ++i) {
            QByteArray changed = sealed.value();
            changed[i] = char(changed.at(i) ^ 0x01);
            auto opened = PackageCrypto::decrypt(changed, "pass");
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 changed but accepted").arg(i)));
        }
    }

    void truncatedIsRefused()
    {
        auto sealed = PackageCrypto::encrypt("{\"risks\": []}", "pass", m_fast);
        for (int size : {0, 8, PackageCrypto::headerSize, PackageCrypto::headerSize + PackageCrypto::tagSize - 1,
                         int(sealed->size()) - 1}) {
            auto opened = PackageCrypto::decrypt(sealed->left(size), "pass");
            QVERIFY2(!opened.ok(), qPrintable(QString::number(size)));
        }
        QVERIFY(PackageCrypto::decrypt(sealed->left(30), "pass").error().contains(QLatin1String("truncated")));
    }

    void hostileHeaderParametersAreRefusedBeforeDerivation()
    {
        auto sealed = PackageCrypto::encrypt("{}", "pass", m_fast);
        QByteArray hostile = sealed.value();
        hostile[10] = char(40); // N = 2^40 would need terabytes
        auto opened = PackageCrypto::decrypt(hostile, "pass");
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QLatin1String("out of range")), qPrintable(opened.error()));
        hostile = sealed.value();
        hostile[8] = char(9);
        QVERIFY(PackageCrypto::decrypt(hostile, "pass").error().contains(QLatin1String("version 9")));
    }

    void cliExportAndImportEncrypted()
    {
        const QString audit = m_dir.filePath("source.isoaudit");
        {
            auto store = Lifecycle::create(audit, {"Client æøå", "stage2", "Lead", {}, {}, {}});
            QVERIFY(store.ok());
            const QString problem = fillRichAudit(*store.value());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString sealed = m_dir.filePath("audit.pkg");
        auto [code, output] = cli({"export", audit, "-o", sealed, "--encrypt", "--pass-env", "AUDIT_SECRET"}, "s3cret");
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(QLatin1String("(encrypted)")));
        const QByteArray bytes = readAll(sealed);
        QVERIFY(PackageCrypto::isEncrypted(bytes));
        QVERIFY(!bytes.contains("Client"));

        // Wrong passphrase, modified byte, unset variable, no terminal: refused, no file created.
        const QString target = m_dir.filePath("imported.isoaudit");
        std::tie(code, output) = cli({"import-package", target, sealed, "--pass-env", "AUDIT_SECRET"}, "wrong");
        QCOMPARE(code, 2);
        QVERIFY2(output.contains(QLatin1String("passphrase is wrong")), qPrintable(output));
        QVERIFY(!QFileInfo::exists(target));
        const QString modified = m_dir.filePath("modified.pkg");
        QByteArray changed = bytes;
        changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x20);
        QVERIFY(writeAll(modified, changed));
        std::tie(code, output) = cli({"import-package", target, modified, "--pass-env", "AUDIT_SECRET"}, "s3cret");
        QCOMPARE(code, 2);
        QVERIFY(output.contains(QLatin1String("changed or damaged")));
        QVERIFY(!QFileInfo::exists(target));
        std::tie(code, output) = cli({"import-package", target, sealed, "--pass-env", "NO_SUCH_VARIABLE_SET"});
        QCOMPARE(code, 2);
        QVERIFY(output.contains(QLatin1String("is not set")));

        // The right passphrase gives back the same audit.
        std::tie(code, output) = cli({"import-package", target, sealed, "--pass-env", "AUDIT_SECRET"}, "s3cret");
        QVERIFY2(code == 0, qPrintable(output));
        auto original = AuditStore::open(audit, AuditDatabase::Mode::ReadOnly);
        auto imported = AuditStore::open(target, AuditDatabase::Mode::ReadOnly);
        QVERIFY(original.ok() && imported.ok());
        QCOMPARE(AuditPackage::serialize(*imported.value()).value(),
                 AuditPackage::serialize(*original.value()).value());
        // A plain package with --pass-env is a mistake worth naming.
        const QString plain = m_dir.filePath("plain.json");
        QCOMPARE(cli({"export", audit, "-o", plain}).first, 0);
        std::tie(code, output)
            = cli({"import-package", m_dir.filePath("other.isoaudit"), plain, "--pass-env", "AUDIT_SECRET"}, "s3cret");
        QCOMPARE(code, 2);
        QVERIFY(output.contains(QLatin1String("not an encrypted package")));
    }
};

QTEST_GUILESS_MAIN(TestPackageCrypto)
#include "tst_packagecrypto.moc"
