// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/ReportSigning.h"

#include "signing/CmsSigner.h"
#include "signing/PdfVerifier.h"
#include "signing/SignatureStamp.h"
#include "storage/AuditStore.h"
#include "workflow/RuleEngine.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace isoaudit {

Status ReportSigning::checkReady(const AuditStore& store)
{
    auto state = Lifecycle::state(store);
    if (!state)
        return Error{state.error()};
    if (state.value() != QLatin1String("reporting"))
        return Error{tr("Only an audit in reporting can be signed; this one is in %1.").arg(state.value())};
    auto violations = RuleEngine::evaluate(store, QStringLiteral("signed"));
    if (!violations)
        return Error{violations.error()};
    if (RuleEngine::hasBlocker(violations.value()))
        return Error{Lifecycle::refusal(QStringLiteral("signed"), RuleEngine::blockers(violations.value()))};
    return {};
}

Result<SignedReport> ReportSigning::signReport(const QByteArray& pdf, const CmsSigner& signer,
                                               const PdfSignatureOptions& options)
{
    PdfSignatureOptions effective = options;
    // Whole seconds: the time recorded in the audit is the /M of the signature, to the second.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    effective.time = options.time.isValid() ? options.time : now.addMSecs(-now.time().msec());
    auto signedPdf = PdfSigner::sign(pdf, signer, effective);
    if (!signedPdf)
        return Error{signedPdf.error()};
    auto verification = PdfVerifier::verify(signedPdf.value());
    if (!verification || !verification->ok())
        return Error{tr("The signed report does not verify, so it was not written: %1")
                         .arg(verification ? verification->problems().join(QLatin1Char(' ')) : verification.error())};
    SignedReport report;
    report.pdf = signedPdf.value();
    report.record.signer = signer.signerName();
    report.record.signedAt = effective.time.toUTC();
    const QByteArray digest = QCryptographicHash::hash(report.pdf, QCryptographicHash::Sha256);
    report.record.sha256 = QString::fromLatin1(digest.toHex());
    report.record.certificateFingerprint = QString::fromLatin1(signer.certificateSha256());
    return report;
}

Result<QList<RuleViolation>> ReportSigning::record(AuditStore& store, const SignedReport& report)
{
    return Lifecycle::sign(store, report.record);
}

Result<QByteArray> ReportSigning::countersign(const AuditStore& store, const QByteArray& signedPdf,
                                              const CmsSigner& signer, const PdfSignatureOptions& options)
{
    auto verification = PdfVerifier::verify(signedPdf);
    if (!verification)
        return Error{verification.error()};
    if (!verification->ok())
        return Error{tr("The report's existing signatures do not verify, so it cannot be countersigned: %1")
                         .arg(verification->problems().join(QLatin1Char(' ')))};
    auto match = findRecordedRevision(store, verification.value());
    if (!match)
        return Error{match.error()};
    if (!match->current)
        return Error{tr("This is report revision %1, which was reopened (%2); only the current signed revision can "
                        "be countersigned.")
                         .arg(match->revision)
                         .arg(match->reopenReason)};
    auto countersigned = PdfSigner::sign(signedPdf, signer, options);
    if (!countersigned)
        return Error{countersigned.error()};
    auto check = PdfVerifier::verify(countersigned.value());
    if (!check || !check->ok())
        return Error{tr("The countersigned report does not verify, so it was not written.")};
    return countersigned;
}

Result<QList<RuleViolation>> ReportSigning::writeAndRecord(AuditStore& store, const SignedReport& report,
                                                           const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.pdf) != report.pdf.size())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto recorded = record(store, report);
    if (!recorded) {
        file.cancelWriting();
        return Error{recorded.error()};
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2; the audit already records this signature: reopen it and sign again.")
                         .arg(path, file.errorString())};
    return recorded;
}

Status ReportSigning::writeFile(const QString& path, const QByteArray& pdf)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Result<QRectF> ReportSigning::nextStampSlot(const QByteArray& signedPdf)
{
    auto existing = PdfVerifier::verify(signedPdf);
    const int index = existing ? int(existing->signatures.size()) : 0;
    const QRectF slot = SignatureStamp::footerSlot(index);
    if (slot.isEmpty())
        return Error{tr("The report already has %n signature(s) and there is no room for another stamp; sign "
                        "without a visible stamp.",
                        nullptr, index)};
    return slot;
}

Result<RecordedRevisionMatch> ReportSigning::findRecordedRevision(const AuditStore& store,
                                                                  const PdfVerification& verification)
{
    auto audit = store.audit();
    auto revisions = store.records(RecordKind::ReportRevision);
    if (!audit)
        return Error{audit.error()};
    if (!revisions)
        return Error{revisions.error()};
    const int currentRevision = audit->integer(QStringLiteral("report_revision")).value_or(1);
    const bool auditSigned = audit->text(QStringLiteral("lifecycle")) == QLatin1String("signed");
    QStringList recorded;
    for (const Record& revision : revisions.value()) {
        const QString sha256 = revision.text(QStringLiteral("sha256"));
        const QString fingerprint = revision.text(QStringLiteral("certificate_fingerprint"));
        if (sha256.isEmpty())
            continue;
        recorded << tr("revision %1: %2").arg(revision.integer(QStringLiteral("revision")).value_or(0)).arg(sha256);
        for (int i = 0; i < verification.signatures.size(); ++i) {
            const PdfSignatureCheck& signature = verification.signatures.at(i);
            if (!signature.valid || QString::fromLatin1(signature.revisionSha256) != sha256
                || (!fingerprint.isEmpty() && QString::fromLatin1(signature.certificateSha256) != fingerprint))
                continue;
            RecordedRevisionMatch match;
            match.revision = revision.integer(QStringLiteral("revision")).value_or(0);
            match.signatureIndex = i;
            match.current = auditSigned && match.revision == currentRevision;
            match.signer = revision.text(QStringLiteral("signer"));
            match.signedAt = revision.text(QStringLiteral("signed_at"));
            match.reopenReason = revision.text(QStringLiteral("reopen_reason"));
            return match;
        }
    }
    if (recorded.isEmpty())
        return Error{tr("The audit has no signed report on record, so there is no hash to compare the PDF with.")};
    QStringList found;
    for (const auto& signature : verification.signatures)
        found << QString::fromLatin1(signature.revisionSha256);
    return Error{tr("The PDF is not the report recorded in the audit: the audit records %1; the PDF's signed "
                    "revisions have %2.")
                     .arg(recorded.join(QStringLiteral(", ")),
                          found.isEmpty() ? tr("no hash") : found.join(QStringLiteral(", ")))};
}

} // namespace isoaudit
