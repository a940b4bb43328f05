// SPDX-License-Identifier: GPL-3.0-or-later
// The PAdES signer and verifier against the outside world: poppler's pdfsig must call our signatures valid and
// total, qpdf must find the signed file clean, and every change after signing must be caught by both.
// QTEST_MAIN (not GUILESS): QPdfWriter needs a QGuiApplication for its fonts.
#include "TestPki.h"

#include "signing/CertificateTrust.h"
#include "signing/CmsSigner.h"
#include "signing/PdfSigner.h"
#include "signing/PdfStructure.h"
#include "signing/PdfVerifier.h"
#include "signing/SignatureStamp.h"

#include <QCryptographicHash>
#include <QImage>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestPdfSigner : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    QTemporaryDir m_dir;
    QByteArray m_plain;

    CmsSigner signer(const QString& who)
    {
        auto loaded = CmsSigner::fromPkcs12File(m_pki.p12(who), QString::fromUtf8(TestPki::passphrase));
        if (!loaded)
            qFatal("cannot load %s: %s", qPrintable(who), qPrintable(loaded.error()));
        return loaded.value();
    }

    QByteArray signedByLead()
    {
        PdfSignatureOptions options;
        options.reason = QStringLiteral("Final audit report");
        options.location = QStringLiteral("Aarhus");
        auto signedPdf = PdfSigner::sign(m_plain, signer(QStringLiteral("lead")), options);
        if (!signedPdf)
            qFatal("signing failed: %s", qPrintable(signedPdf.error()));
        return signedPdf.value();
    }

    QString save(const QString& name, const QByteArray& data)
    {
        const QString file = m_dir.filePath(name);
        if (!writeFile(file, data))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    /// `pdf` plus an unsigned incremental update that replaces one object with `body`.
    static QByteArray appendUpdate(const QByteArray& pdf, int number, const QByteArray& body)
    {
        auto structure = PdfStructure::parse(pdf);
        if (!structure)
            qFatal("cannot parse: %s", qPrintable(structure.error()));
        QByteArray edited = pdf;
        const qint64 objectAt = edited.size();
        edited += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        const qint64 xrefAt = edited.size();
        edited += "xref\n" + QByteArray::number(number) + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0')
            + " 00000 n \ntrailer\n<< /Size " + QByteArray::number(structure->size()) + " /Root "
            + structure->root().toBytes() + " /Info " + structure->trailer().raw("Info") + " /Prev "
            + QByteArray::number(structure->startXref()) + " >>\nstartxref\n" + QByteArray::number(xrefAt)
            + "\n%%EOF\n";
        return edited;
    }

    static QByteArray sha256(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        m_plain = makeQtPdf(3);
        QVERIFY(m_plain.startsWith("%PDF-"));
    }

    void textStrings()
    {
        for (const QString& text : {QStringLiteral("Jane (lead) \\ auditor"), QStringLiteral("Søren Østergaard 日本")})
            QCOMPARE(pdfDecodeTextString(pdfTextString(text)), text);
        QCOMPARE(pdfStringBytes("(A\\101\\n\\(x\\)\\\n)"), QByteArray("AA\n(x)"));
        QCOMPARE(pdfStringBytes("<48 65 6C6C 6F>"), QByteArray("Hello"));
        QCOMPARE(pdfStringBytes("/NotAString"), QByteArray());
        QByteArray nested = "<< /T (a (nested) string\\)) /V [1 0 R 2 0 R] >>";
        PdfLexer lexer(nested, 0);
        auto dictionary = lexer.readDictionary();
        QVERIFY(dictionary);
        QCOMPARE(pdfDecodeTextString(dictionary->raw("T")), QStringLiteral("a (nested) string)"));
        QCOMPARE(dictionary->raw("V"), QByteArray("[1 0 R 2 0 R]"));
    }

    void loadsPkcs12()
    {
        const CmsSigner lead = signer(QStringLiteral("lead"));
        QCOMPARE(lead.signerName(), QStringLiteral("Jane Auditor"));
        QVERIFY(lead.subject().contains(QLatin1String("CN=Jane Auditor")));
        QCOMPARE(lead.certificateSha256().size(), 64);
        QCOMPARE(signer(QStringLiteral("client")).signerName(), QStringLiteral("Søren Østergaard"));
    }

    void wrongPassphraseIsAClearError()
    {
        auto loaded = CmsSigner::fromPkcs12File(m_pki.p12(QStringLiteral("lead")), QStringLiteral("wrong"));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(QLatin1String("passphrase is wrong")), qPrintable(loaded.error()));
        auto notP12 = CmsSigner::fromPkcs12(QByteArray("not a certificate"), QStringLiteral("x"));
        QVERIFY(!notP12);
        QVERIFY2(notP12.error().contains(QLatin1String("PKCS#12")), qPrintable(notP12.error()));
        auto missing = CmsSigner::fromPkcs12File(m_dir.filePath(QStringLiteral("none.p12")), QStringLiteral("x"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("cannot be read")), qPrintable(missing.error()));
    }

    void signatureIsValidAndTotalForPdfsig()
    {
        const QByteArray signedPdf = signedByLead();
        QVERIFY(signedPdf.startsWith(m_plain)); // an incremental update: the original bytes are untouched
        QString output;
        const auto signatures = pdfsig(save(QStringLiteral("signed.pdf"), signedPdf), &output);
        QCOMPARE(signatures.size(), 1);
        QVERIFY2(signatures.first().valid(), qPrintable(output));
        QVERIFY2(signatures.first().total(), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("ETSI.CAdES.detached")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Jane Auditor")), qPrintable(output));
    }

    void ourVerifierAgrees()
    {
        const QByteArray signedPdf = signedByLead();
        auto verification = PdfVerifier::verify(signedPdf);
        QVERIFY2(verification, qPrintable(verification.error()));
        QVERIFY2(verification->ok(), qPrintable(verification->problems().join(QLatin1Char('\n'))));
        QCOMPARE(verification->signatures.size(), 1);
        const PdfSignatureCheck& check = verification->signatures.first();
        QVERIFY(check.valid);
        QVERIFY(check.total);
        QVERIFY(check.padesBaseline);
        QCOMPARE(check.fieldName, QStringLiteral("Signature1"));
        QCOMPARE(check.name, QStringLiteral("Jane Auditor"));
        QVERIFY(check.signerSubject.contains(QLatin1String("CN=Jane Auditor")));
        QCOMPARE(check.certificateSha256, signer(QStringLiteral("lead")).certificateSha256());
        QCOMPARE(check.revisionSha256, sha256(signedPdf));
        QVERIFY(qAbs(check.time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QVERIFY(verification->problems().isEmpty());
    }

    void trustIsCheckedOnlyAgainstGivenAnchors()
    {
        const QByteArray signedPdf = signedByLead();
        auto testCa = CertificateTrust::fromPemFile(m_pki.path(QStringLiteral("ca.crt")));
        QVERIFY2(testCa, qPrintable(testCa.error()));
        QCOMPARE(testCa->anchorCount(), 1);
        auto trusted = PdfVerifier::verify(signedPdf, &testCa.value());
        QVERIFY(trusted);
        QVERIFY(trusted->signatures.first().trustChecked);
        QVERIFY2(trusted->signatures.first().trusted, qPrintable(trusted->signatures.first().trustProblem));
        QVERIFY(trusted->ok());

        // Another certificate as the only anchor: the signature is still intact, but not trusted.
        auto other = CertificateTrust::fromPemFile(m_pki.path(QStringLiteral("client.crt")));
        QVERIFY(other);
        auto untrusted = PdfVerifier::verify(signedPdf, &other.value());
        QVERIFY(untrusted);
        QVERIFY(untrusted->signatures.first().valid);
        QVERIFY(!untrusted->signatures.first().trusted);
        QVERIFY(!untrusted->ok());
        QVERIFY2(untrusted->problems().join(QLatin1Char(' ')).contains(QLatin1String("does not chain")),
                 qPrintable(untrusted->problems().join(QLatin1Char(' '))));

        auto notPem = CertificateTrust::fromPem("no certificates here");
        QVERIFY(!notPem);
        QVERIFY2(notPem.error().contains(QLatin1String("PEM")), qPrintable(notPem.error()));
        QVERIFY(!PdfVerifier::verify(signedPdf)->signatures.first().trustChecked); // no anchors, no trust decision
    }

    void unsignedPdfIsNotOk()
    {
        auto verification = PdfVerifier::verify(m_plain);
        QVERIFY(verification);
        QVERIFY(!verification->ok());
        QVERIFY(verification->problems().join(QLatin1Char(' ')).contains(QLatin1String("no signatures")));
    }

    void qpdfFindsTheSignedFileClean()
    {
        QString output;
        const int code
            = runProgram(QStringLiteral("qpdf"),
                         {QStringLiteral("--check"), save(QStringLiteral("check.pdf"), signedByLead())}, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("No syntax or stream encoding errors")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("WARNING")), qPrintable(output));
    }

    void cmsIsPadesBaseline()
    {
        // The CMS carries the ESS signing-certificate-v2 attribute and no signing-time (PAdES puts it in /M).
        const QByteArray signedPdf = signedByLead();
        const qint64 start = signedPdf.lastIndexOf("/Contents <") + 11;
        const QByteArray hex = signedPdf.mid(start, signedPdf.indexOf('>', start) - start);
        const QString der = save(QStringLiteral("signature.der"), QByteArray::fromHex(hex));
        QString output;
        QCOMPARE(
            runProgram(QStringLiteral("openssl"), {"cms", "-cmsout", "-print", "-inform", "DER", "-in", der}, &output),
            0);
        QVERIFY2(output.contains(QLatin1String("signingCertificateV2")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("sha256")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("signingTime")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("IsoAudit Test CA")), qPrintable(output)); // the chain is included
    }

    void pdfaMarkersSurvive()
    {
        auto structure = PdfStructure::parse(signedByLead());
        QVERIFY2(structure, qPrintable(structure.error()));
        auto catalog = structure->dictionary(structure->root());
        QVERIFY(catalog);
        QVERIFY(catalog->contains("Metadata"));
        QVERIFY(catalog->contains("OutputIntents"));
        QVERIFY(catalog->raw("AcroForm").contains("/SigFlags 3"));
        QVERIFY(structure->trailer().contains("ID"));
        QCOMPARE(structure->signatureFields()->size(), 1);
    }

    void flippedByteIsDetected_data()
    {
        QTest::addColumn<QByteArray>("anchor"); // flip a byte just after it
        QTest::addColumn<bool>("damagesStructure"); // the verifier must then find the signature by scanning
        QTest::newRow("page content stream") << QByteArray("stream\n") << false;
        QTest::newRow("document info") << QByteArray("/Producer") << false;
        QTest::newRow("signature date") << QByteArray("/M (D:") << false;
        QTest::newRow("signature value") << QByteArray("/Contents <") << false;
        QTest::newRow("update's xref table") << QByteArray("xref\n") << true;
    }

    void flippedByteIsDetected()
    {
        QFETCH(QByteArray, anchor);
        QFETCH(bool, damagesStructure);
        QByteArray tampered = signedByLead();
        const bool inUpdate = anchor.startsWith("/M") || anchor.startsWith("/Contents") || anchor == "xref\n";
        const qint64 at = inUpdate ? tampered.lastIndexOf(anchor) : tampered.indexOf(anchor);
        QVERIFY(at > 0);
        const qint64 position = at + anchor.size() + 2;
        tampered[position] = char(tampered.at(position) ^ 0x01);
        auto verification = PdfVerifier::verify(tampered);
        QVERIFY(verification);
        QVERIFY(!verification->ok());
        QCOMPARE(verification->signatures.size(), 1);
        QVERIFY(!verification->signatures.first().valid);
        QCOMPARE(!verification->structureProblem.isEmpty(), damagesStructure);
        QString output;
        const auto signatures = pdfsig(save(QStringLiteral("flipped.pdf"), tampered), &output);
        QVERIFY2(signatures.size() == 1 && !signatures.first().valid(), qPrintable(output));
    }

    void appendedBytesAreDetected()
    {
        const QByteArray signedPdf = signedByLead();
        const QByteArray appended = signedPdf + "% added after signing\n";
        auto verification = PdfVerifier::verify(appended);
        QVERIFY(verification);
        QCOMPARE(verification->signatures.size(), 1);
        QVERIFY(verification->signatures.first().valid); // the signed bytes themselves are intact ...
        QVERIFY(!verification->totalDocumentSigned()); // ... but they are no longer the whole document
        QVERIFY(!verification->ok());
        QVERIFY2(verification->problems().join(QLatin1Char(' ')).contains(QLatin1String("not totally signed")),
                 qPrintable(verification->problems().join(QLatin1Char(' '))));
        QString output;
        const auto signatures = pdfsig(save(QStringLiteral("appended.pdf"), appended), &output);
        QVERIFY2(signatures.size() == 1 && !signatures.first().total(), qPrintable(output));
    }

    void unsignedIncrementalUpdateIsDetected()
    {
        // A real edit after signing: a new revision that changes the document info, without a signature.
        const QByteArray signedPdf = signedByLead();
        const auto info = PdfStructure::parse(signedPdf)->trailer().reference("Info");
        QVERIFY(info);
        const QByteArray edited = appendUpdate(signedPdf, info->number, "<< /Title (Changed) >>");
        QVERIFY(PdfStructure::parse(edited)); // a well-formed revision, not junk
        auto verification = PdfVerifier::verify(edited);
        QVERIFY(verification);
        QVERIFY(verification->allValid());
        QVERIFY(!verification->ok());
        QVERIFY(!verification->totalDocumentSigned());
    }

    void changeBeforeASecondSignatureIsDetected()
    {
        // Someone changes a page (here its size) and then signs: every signature is "valid" and the last one total,
        // as pdfsig says too, but the document is no longer what the first signer signed.
        const QByteArray once = signedByLead();
        auto structure = PdfStructure::parse(once);
        QVERIFY(structure);
        const PdfRef firstPage = structure->pages()->first();
        PdfDictionary page = structure->dictionary(firstPage).value();
        page.set("MediaBox", "[0 0 300 300]");
        const QByteArray edited = appendUpdate(once, firstPage.number, page.serialize());
        auto twice = PdfSigner::sign(edited, signer(QStringLiteral("client")));
        QVERIFY2(twice, qPrintable(twice.error()));
        QString output;
        const auto signatures = pdfsig(save(QStringLiteral("changed-then-signed.pdf"), *twice), &output);
        QVERIFY2(signatures.size() == 2 && signatures.at(0).valid() && signatures.at(1).valid(), qPrintable(output));

        auto verification = PdfVerifier::verify(*twice);
        QVERIFY(verification);
        QVERIFY(verification->allValid());
        QVERIFY(verification->totalDocumentSigned());
        QVERIFY(!verification->onlySignaturesAdded());
        QVERIFY(!verification->ok());
        QVERIFY2(verification->signatures.first().changedAfter.contains(QLatin1String("/Page")),
                 qPrintable(verification->signatures.first().changedAfter));
        QVERIFY(verification->signatures.last().changedAfter.isEmpty());
    }

    void secondSignatureKeepsTheFirstValid()
    {
        const QByteArray once = signedByLead();
        PdfSignatureOptions options;
        options.reason = QStringLiteral("Accepted by the client");
        auto twice = PdfSigner::sign(once, signer(QStringLiteral("client")), options);
        QVERIFY2(twice, qPrintable(twice.error()));
        QVERIFY(twice->startsWith(once));
        auto verification = PdfVerifier::verify(*twice);
        QVERIFY(verification);
        QVERIFY2(verification->ok(), qPrintable(verification->problems().join(QLatin1Char('\n'))));
        QCOMPARE(verification->signatures.size(), 2);
        QVERIFY(verification->signatures.at(0).valid && !verification->signatures.at(0).total);
        QVERIFY(verification->signatures.at(1).valid && verification->signatures.at(1).total);
        QCOMPARE(verification->signatures.at(0).revisionSha256, sha256(once));
        QCOMPARE(verification->signatures.at(1).fieldName, QStringLiteral("Signature2"));
        QCOMPARE(verification->signatures.at(1).name, QStringLiteral("Søren Østergaard"));

        const QString file = save(QStringLiteral("twice.pdf"), *twice);
        QString output;
        const auto signatures = pdfsig(file, &output);
        QCOMPARE(signatures.size(), 2);
        QVERIFY2(signatures.at(0).valid() && !signatures.at(0).total(), qPrintable(output));
        QVERIFY2(signatures.at(1).valid() && signatures.at(1).total(), qPrintable(output));
        QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &output), 0);
    }

    void signatureOnAChosenPage()
    {
        PdfSignatureOptions options;
        options.pageIndex = 0;
        auto signedPdf = PdfSigner::sign(m_plain, signer(QStringLiteral("lead")), options);
        QVERIFY2(signedPdf, qPrintable(signedPdf.error()));
        auto structure = PdfStructure::parse(*signedPdf);
        QVERIFY(structure);
        auto field = structure->dictionary(structure->signatureFields()->first());
        QVERIFY(field);
        QCOMPARE(field->reference("P")->number, structure->pages()->first().number);
        auto annots = structure->arrayValue(structure->dictionary(structure->pages()->first())->raw("Annots"));
        QVERIFY(annots && annots->contains(structure->signatureFields()->first().toBytes()));
        options.pageIndex = 7;
        auto noSuchPage = PdfSigner::sign(m_plain, signer(QStringLiteral("lead")), options);
        QVERIFY(!noSuchPage);
        QVERIFY2(noSuchPage.error().contains(QLatin1String("no page 8")), qPrintable(noSuchPage.error()));
    }

    /// Dark pixels of the last page rendered at 72 dpi (one pixel per point) inside a rectangle in PDF space.
    int darkPixels(const QByteArray& pdf, const QRectF& pdfRect)
    {
        const QString file = save(QStringLiteral("render.pdf"), pdf);
        QString output;
        const QString prefix = m_dir.filePath(QStringLiteral("render"));
        if (runProgram(QStringLiteral("pdftoppm"),
                       {"-r", "72", "-png", "-singlefile", "-l", "3", "-f", "3", file, prefix}, &output)
            != 0)
            return -1;
        const QImage image(prefix + QStringLiteral(".png"));
        int dark = 0;
        for (int y = int(image.height() - pdfRect.bottom()); y < int(image.height() - pdfRect.top()); ++y) {
            for (int x = int(pdfRect.left()); x < int(pdfRect.right()); ++x)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        }
        return dark;
    }

    void visibleStamp()
    {
        PdfSignatureOptions options;
        options.stamp = SignatureStamp::footerSlot(0);
        QVERIFY(!options.stamp.isEmpty());
        QVERIFY(SignatureStamp::footerSlot(2).isEmpty());
        auto stamped = PdfSigner::sign(m_plain, signer(QStringLiteral("lead")), options);
        QVERIFY2(stamped, qPrintable(stamped.error()));
        QCOMPARE(darkPixels(m_plain, options.stamp), 0);
        QVERIFY(darkPixels(*stamped, options.stamp) > 40); // the text is drawn ...
        QVERIFY(!stamped->mid(m_plain.size()).contains("/Font")); // ... without a font

        // A second stamp goes into the next slot; both signatures stay valid, the document total and clean.
        options.stamp = SignatureStamp::footerSlot(1);
        auto twice = PdfSigner::sign(*stamped, signer(QStringLiteral("client")), options);
        QVERIFY2(twice, qPrintable(twice.error()));
        QVERIFY(darkPixels(*twice, options.stamp) > 40);
        auto verification = PdfVerifier::verify(*twice);
        QVERIFY(verification);
        QVERIFY2(verification->ok(), qPrintable(verification->problems().join(QLatin1Char('\n'))));
        const QString file = save(QStringLiteral("stamped.pdf"), *twice);
        QString output;
        const auto signatures = pdfsig(file, &output);
        QVERIFY2(signatures.size() == 2 && signatures.at(0).valid() && signatures.at(1).valid()
                     && signatures.at(1).total(),
                 qPrintable(output));
        QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &output), 0);
        QVERIFY2(!output.contains(QLatin1String("WARNING")), qPrintable(output));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a pdf") << QByteArray("hello") << QStringLiteral("not a PDF");
        QTest::newRow("cut short") << m_plain.left(m_plain.size() / 2) << QStringLiteral("startxref");
        QByteArray badOffset = m_plain;
        const qint64 at = badOffset.lastIndexOf("startxref\n") + 10;
        badOffset.replace(at, badOffset.indexOf('\n', at) - at, "100");
        QTest::newRow("wrong startxref") << badOffset << QStringLiteral("cross-reference");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, message);
        auto result = PdfSigner::sign(pdf, signer(QStringLiteral("lead")));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    }

    void refusesCrossReferenceStreams()
    {
        const QString plain = save(QStringLiteral("plain.pdf"), m_plain);
        const QString compressed = m_dir.filePath(QStringLiteral("compressed.pdf"));
        QString output;
        QCOMPARE(runProgram(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"), plain, compressed},
                            &output),
                 0);
        QFile file(compressed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = PdfSigner::sign(file.readAll(), signer(QStringLiteral("lead")));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("cross-reference stream")), qPrintable(result.error()));
    }
};

QTEST_MAIN(TestPdfSigner)
#include "tst_pdfsigner.moc"
