// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PdfSyntax.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace isoaudit {

class CertificateTrust;

/// What the verifier found about one signature of a PDF.
struct PdfSignatureCheck
{
    QString fieldName; ///< empty when the signature was found by scanning a damaged file
    QString name; ///< the dictionary's /Name
    QString subFilter; ///< e.g. "ETSI.CAdES.detached"
    QDateTime time; ///< the dictionary's /M
    QList<qint64> byteRange;
    qint64 revisionEnd = 0; ///< the end of the bytes this signature covers: the end of its revision
    QByteArray revisionSha256; ///< SHA-256 (hex) of bytes [0, revisionEnd): the file as it was signed
    QString signerSubject;
    QByteArray certificateSha256; ///< hex
    bool padesBaseline = false; ///< ETSI.CAdES.detached with the signing-certificate-v2 attribute
    bool valid = false; ///< byte range well formed and the CMS signature matches the bytes
    bool total = false; ///< the signature covers the whole file
    QString problem; ///< why it is not valid, translated
    /// What the updates after this signature changed beyond adding further signatures (PdfUpdateCheck); empty when
    /// they only added signatures or when this is the last signature.
    QString changedAfter;
    bool trustChecked = false; ///< trust anchors were given
    bool trusted = false; ///< the signer's certificate chains to one of them (valid now)
    QString trustProblem; ///< why not, as OpenSSL says it
};

/// The result of checking a PDF's signatures.
struct PdfVerification
{
    Q_DECLARE_TR_FUNCTIONS(PdfVerification)

public:
    qint64 fileSize = 0;
    QList<PdfSignatureCheck> signatures; ///< in the order they were applied (by revision end)
    QString structureProblem; ///< set when the file's structure could not be read and signatures were found by scan

    bool allValid() const;
    /// The last signature covers the whole file: nothing was added after the last signing.
    bool totalDocumentSigned() const;
    /// Nothing but signatures was added after any signature.
    bool onlySignaturesAdded() const;
    /// Every signer's certificate chains to a trust anchor, when anchors were given (true when not).
    bool allTrusted() const;
    /// At least one signature, all valid (and trusted, when anchors were given), nothing but signatures added after
    /// each, the last one total.
    bool ok() const
    {
        return !signatures.isEmpty() && allValid() && allTrusted() && onlySignaturesAdded() && totalDocumentSigned()
            && structureProblem.isEmpty();
    }
    /// One translated sentence per problem; empty when ok().
    QStringList problems() const;
};

/// Checks every signature of a PDF: that its /ByteRange covers the whole file up to the end of its revision except
/// its own /Contents hex string, that the CMS signature is valid over exactly those bytes, who signed, and whether
/// the last signature covers the whole file (bytes appended after it, including unsigned incremental updates, make
/// the document "not totally signed"). It reads the signature fields through the document structure and, when the
/// structure is damaged, finds signature dictionaries by scanning so it can still say what was changed.
class PdfVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PdfVerifier)

public:
    /// An error only when the data is not a PDF with signatures to check. With `trust`, each signer's certificate
    /// must also chain to one of its anchors.
    static Result<PdfVerification> verify(const QByteArray& pdf, const CertificateTrust* trust = nullptr);

private:
    static PdfSignatureCheck check(const QByteArray& pdf, const PdfDictionary& signature,
                                   const CertificateTrust* trust);
};

} // namespace isoaudit
