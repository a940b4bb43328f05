// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfVerifier.h"

#include "signing/CertificateTrust.h"
#include "signing/CmsVerifier.h"
#include "signing/PdfStructure.h"
#include "signing/PdfUpdateCheck.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace isoaudit {

namespace {

/// "D:20261125113033Z", "D:20261125113033+01'00'" and shorter forms.
QDateTime parsePdfDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    auto number = [&](int group, int fallback) {
        return match.captured(group).isEmpty() ? fallback : match.captured(group).toInt();
    };
    const QDate date(number(1, 0), number(2, 1), number(3, 1));
    const QTime time(number(4, 0), number(5, 0), number(6, 0));
    int offset = 0;
    const QString sign = match.captured(7);
    if (sign == QLatin1String("+") || sign == QLatin1String("-"))
        offset = (sign == QLatin1String("-") ? -1 : 1) * (number(8, 0) * 3600 + number(9, 0) * 60);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

bool isSignatureDictionary(const PdfDictionary& dictionary)
{
    return dictionary.contains("ByteRange") && dictionary.contains("Contents")
        && (dictionary.name("Type") == "Sig" || dictionary.name("Type").isEmpty());
}

/// Signature dictionaries found without the document structure: every "n g obj <<" whose dictionary has a
/// /ByteRange and /Contents.
QList<PdfDictionary> scanForSignatures(const QByteArray& pdf)
{
    QList<PdfDictionary> found;
    static const QRegularExpression header(QStringLiteral(R"((?:^|[\r\n ])\d+\s+\d+\s+obj\s*<<)"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = header.globalMatch(latin);
    while (it.hasNext()) {
        const auto match = it.next();
        PdfLexer lexer(pdf, match.capturedEnd() - 2);
        if (auto dictionary = lexer.readDictionary(); dictionary && isSignatureDictionary(*dictionary))
            found.append(*dictionary);
    }
    return found;
}

} // namespace

bool PdfVerification::allValid() const
{
    return std::all_of(signatures.begin(), signatures.end(), [](const auto& s) { return s.valid; });
}

bool PdfVerification::allTrusted() const
{
    return std::all_of(signatures.begin(), signatures.end(),
                       [](const auto& s) { return !s.trustChecked || s.trusted; });
}

bool PdfVerification::onlySignaturesAdded() const
{
    return std::all_of(signatures.begin(), signatures.end(), [](const auto& s) { return s.changedAfter.isEmpty(); });
}

bool PdfVerification::totalDocumentSigned() const
{
    return !signatures.isEmpty() && signatures.last().total;
}

QStringList PdfVerification::problems() const
{
    QStringList problems;
    if (!structureProblem.isEmpty())
        problems << tr("The file's structure is damaged: %1").arg(structureProblem);
    if (signatures.isEmpty())
        problems << tr("The PDF has no signatures.");
    for (int i = 0; i < signatures.size(); ++i) {
        if (!signatures.at(i).valid)
            problems << tr("Signature %1 is not valid: %2").arg(i + 1).arg(signatures.at(i).problem);
        if (signatures.at(i).valid && signatures.at(i).trustChecked && !signatures.at(i).trusted)
            problems << tr("The certificate of signature %1 (%2) does not chain to a trusted certificate: %3.")
                            .arg(i + 1)
                            .arg(signatures.at(i).signerSubject, signatures.at(i).trustProblem);
        if (!signatures.at(i).changedAfter.isEmpty())
            problems << tr("After signature %1 the document was changed beyond adding signatures: %2.")
                            .arg(i + 1)
                            .arg(signatures.at(i).changedAfter);
    }
    if (!signatures.isEmpty() && !signatures.last().total) {
        problems << tr("The document is not totally signed: %1 bytes were added after the last signature.")
                        .arg(fileSize - signatures.last().revisionEnd);
    }
    return problems;
}

Result<PdfVerification> PdfVerifier::verify(const QByteArray& pdf, const CertificateTrust* trust)
{
    if (!pdf.left(1024).contains("%PDF-"))
        return Error{tr("The file is not a PDF (no %PDF- header at its start).")};
    PdfVerification verification;
    verification.fileSize = pdf.size();

    QList<QPair<QString, PdfDictionary>> signatures; // field name, signature dictionary
    auto structure = PdfStructure::parse(pdf);
    auto fields = structure ? structure->signatureFields() : Result<QList<PdfRef>>(Error{structure.error()});
    if (fields) {
        for (const PdfRef& fieldRef : *fields) {
            auto field = structure->dictionary(fieldRef);
            if (!field || !field->contains("V"))
                continue; // an empty signature field, not yet signed
            auto signature = structure->dictionaryValue(field->raw("V"));
            if (!signature || !isSignatureDictionary(*signature)) {
                verification.structureProblem = signature ? tr("the value of signature field %1 is not a signature "
                                                               "dictionary.")
                                                                .arg(pdfDecodeTextString(field->raw("T")))
                                                          : signature.error();
                continue;
            }
            signatures.append({pdfDecodeTextString(field->raw("T")), *signature});
        }
    } else {
        verification.structureProblem = fields.error();
        for (const auto& dictionary : scanForSignatures(pdf))
            signatures.append({QString(), dictionary});
    }
    for (const auto& [fieldName, dictionary] : signatures) {
        PdfSignatureCheck result = check(pdf, dictionary, trust);
        result.fieldName = fieldName;
        verification.signatures.append(result);
    }
    std::stable_sort(verification.signatures.begin(), verification.signatures.end(),
                     [](const auto& a, const auto& b) { return a.revisionEnd < b.revisionEnd; });
    for (qsizetype i = 0; i + 1 < verification.signatures.size(); ++i) {
        PdfSignatureCheck& signature = verification.signatures[i];
        const qint64 next = verification.signatures.at(i + 1).revisionEnd;
        if (signature.valid && next > signature.revisionEnd)
            signature.changedAfter = PdfUpdateCheck::changesBeyondSignatures(pdf, signature.revisionEnd, next);
    }
    return verification;
}

PdfSignatureCheck PdfVerifier::check(const QByteArray& pdf, const PdfDictionary& signature,
                                     const CertificateTrust* trust)
{
    PdfSignatureCheck result;
    result.name = pdfDecodeTextString(signature.raw("Name"));
    result.subFilter = QString::fromLatin1(signature.name("SubFilter"));
    result.time = parsePdfDate(pdfDecodeTextString(signature.raw("M")));

    const QByteArray byteRangeRaw = signature.raw("ByteRange"); // the lexer keeps a reference: not a temporary
    PdfLexer lexer(byteRangeRaw, 0);
    const auto range = lexer.readArray();
    if (range) {
        for (const QByteArray& element : *range) {
            if (const auto n = PdfLexer::toInteger(element); n && *n >= 0)
                result.byteRange.append(*n);
        }
    }
    const PdfEntry* contents = signature.find("Contents");
    if (result.byteRange.size() != 4 || !range || range->size() != 4) {
        result.problem = tr("its /ByteRange is not four non-negative numbers.");
        return result;
    }
    const qint64 start1 = result.byteRange.at(0), length1 = result.byteRange.at(1);
    const qint64 start2 = result.byteRange.at(2), length2 = result.byteRange.at(3);
    result.revisionEnd = start2 + length2;
    if (start1 != 0 || start2 < length1 || result.revisionEnd > pdf.size()) {
        result.problem = tr("its /ByteRange [%1 %2 %3 %4] does not start at the beginning of the file or reaches "
                            "past its end (%5 bytes).")
                             .arg(start1)
                             .arg(length1)
                             .arg(start2)
                             .arg(length2)
                             .arg(pdf.size());
        return result;
    }
    if (!contents || contents->offset != length1 || contents->offset + contents->value.size() != start2
        || !contents->value.startsWith('<') || contents->value.startsWith("<<")) {
        result.problem = tr("its /ByteRange leaves out more than its own /Contents signature value, so part of the "
                            "file is not covered by the signature.");
        return result;
    }
    const QByteArray revision = pdf.left(result.revisionEnd);
    result.revisionSha256 = QCryptographicHash::hash(revision, QCryptographicHash::Sha256).toHex();
    result.total = result.revisionEnd == pdf.size();
    if (!revision.trimmed().endsWith("%%EOF")) {
        result.problem = tr("its /ByteRange does not end at the end of a revision of the file (%%EOF).");
        return result;
    }
    auto signer
        = CmsVerifier::verifyDetached(pdfStringBytes(contents->value), revision.left(length1) + revision.mid(start2));
    if (!signer) {
        result.problem = signer.error();
        return result;
    }
    result.signerSubject = signer->subject;
    result.certificateSha256 = signer->certificateSha256;
    result.padesBaseline = result.subFilter == QLatin1String("ETSI.CAdES.detached") && signer->hasSigningCertificateV2;
    result.valid = true;
    if (trust) {
        result.trustChecked = true;
        result.trustProblem = trust->check(signer->certificate, signer->otherCertificates);
        result.trusted = result.trustProblem.isEmpty();
    }
    return result;
}

} // namespace isoaudit
