// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PdfSigner.h"
#include "util/Result.h"
#include "workflow/Lifecycle.h"

#include <QCoreApplication>

namespace isoaudit {

class AuditStore;
class CmsSigner;
struct PdfVerification;

/// A signed report, ready to be written and recorded.
struct SignedReport
{
    QByteArray pdf;
    SignatureRecord record; ///< signer, time, SHA-256 of `pdf`, certificate fingerprint
};

/// Which report revision recorded in the audit a signed PDF is.
struct RecordedRevisionMatch
{
    int revision = 0;
    int signatureIndex = 0; ///< the PDF's signature (0-based) whose signed revision has the recorded hash
    bool current = false; ///< the audit is signed and this is its current revision (not reopened since)
    QString signer;
    QString signedAt;
    QString reopenReason;
};

/// Signing the final report as the audit's workflow sees it: the audit must be ready for `signed` (state
/// `reporting`, no blocker), the signed PDF's SHA-256 and the certificate's fingerprint are recorded through
/// Lifecycle::sign(), which moves the audit to `signed`. The recorded hash is that of the whole file as first
/// signed, which is also the revision the first signature covers, so it still identifies the report after further
/// signatures are appended (docs/signing.md).
class ReportSigning
{
    Q_DECLARE_TR_FUNCTIONS(ReportSigning)

public:
    /// Whether the audit can be signed now; the error lists every unmet blocker.
    static Status checkReady(const AuditStore& store);
    /// Signs a rendered report and checks the result with PdfVerifier before handing it back.
    static Result<SignedReport> signReport(const QByteArray& pdf, const CmsSigner& signer,
                                           const PdfSignatureOptions& options);
    /// Records the signature in the audit and moves it to `signed`; returns the warnings that remained.
    static Result<QList<RuleViolation>> record(AuditStore& store, const SignedReport& report);
    /// Adds a further signature (the client's representative, a technical reviewer) to a report that is the
    /// audit's current signed revision; the audit itself is not changed.
    static Result<QByteArray> countersign(const AuditStore& store, const QByteArray& signedPdf, const CmsSigner& signer,
                                          const PdfSignatureOptions& options);
    /// Writes the signed report to `path` and records it in the audit (record()) before the file replaces anything:
    /// if recording fails, no signed report appears and an existing file of that name stays as it was. Returns the
    /// warnings that remained.
    static Result<QList<RuleViolation>> writeAndRecord(AuditStore& store, const SignedReport& report,
                                                       const QString& path);
    /// Writes `pdf` to `path` whole or not at all (QSaveFile).
    static Status writeFile(const QString& path, const QByteArray& pdf);
    /// The stamp position for the next signature on `signedPdf` (after the stamps of the signatures already
    /// there); an error when there is no room left for another stamp.
    static Result<QRectF> nextStampSlot(const QByteArray& signedPdf);
    /// The recorded report revision whose hash and certificate one of the PDF's valid signatures carries.
    static Result<RecordedRevisionMatch> findRecordedRevision(const AuditStore& store,
                                                              const PdfVerification& verification);
};

} // namespace isoaudit
