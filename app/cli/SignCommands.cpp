// SPDX-License-Identifier: GPL-3.0-or-later
// `sign` and `verify`: the digitally signed final report (core/signing, docs/signing.md).
#include "Arguments.h"
#include "CertificationBodyArgs.h"
#include "Commands.h"

#include "report/ReportRenderer.h"
#include "signing/CertificateTrust.h"
#include "signing/CmsSigner.h"
#include "signing/PdfVerifier.h"
#include "signing/ReportSigning.h"
#include "signing/SignatureStamp.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QFile>
#include <QFileInfo>

namespace isoaudit::cli {

namespace {

const char* signUsage = "usage: isoaudit-cli sign FILE -o REPORT.pdf --p12 CERT.p12 --pass-env VAR "
                        "[--paper a4|letter] [--lang CODE] [--reason TEXT] [--location TEXT] [--stamp] "
                        "[--add-to SIGNED.pdf]";

std::optional<QByteArray> readWholeFile(CliContext& c, const QString& path, int* code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *code = c.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

/// The signer from --p12 and the passphrase in the environment variable named by --pass-env (never on the
/// command line, where other users could read it).
std::optional<CmsSigner> loadSigner(CliContext& c, const Arguments& a, int* code)
{
    const QString variable = a.value(QStringLiteral("pass-env"));
    if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
        *code = c.fail(QStringLiteral("the environment variable %1 (--pass-env) is not set; put the PKCS#12 "
                                      "passphrase in it")
                           .arg(variable));
        return std::nullopt;
    }
    auto signer = CmsSigner::fromPkcs12File(a.value(QStringLiteral("p12")),
                                            qEnvironmentVariable(variable.toLocal8Bit().constData()));
    if (!signer) {
        *code = c.fail(signer.error());
        return std::nullopt;
    }
    return signer.value();
}

std::optional<ReportOptions> reportOptions(CliContext& c, const Arguments& a, int* code)
{
    ReportOptions options;
    const QString paper = a.value(QStringLiteral("paper"), QStringLiteral("a4")).toLower();
    if (paper == QLatin1String("letter")) {
        options.paper = QPageSize::Letter;
    } else if (paper != QLatin1String("a4")) {
        *code
            = c.fail(QStringLiteral("--paper must be a4 or letter, not \"%1\"").arg(a.value(QStringLiteral("paper"))));
        return std::nullopt;
    }
    options.language = a.value(QStringLiteral("lang"), QStringLiteral("en"));
    applyCertificationBody(a, options);
    if (Status checked = ReportRenderer::checkOptions(options); !checked) {
        *code = c.fail(checked.error());
        return std::nullopt;
    }
    return options;
}

void printSignatures(CliContext& c, const PdfVerification& verification)
{
    for (int i = 0; i < verification.signatures.size(); ++i) {
        const PdfSignatureCheck& s = verification.signatures.at(i);
        c.out << "signature " << i + 1 << "\t" << (s.fieldName.isEmpty() ? QStringLiteral("-") : s.fieldName) << "\t"
              << (s.valid ? "valid" : "INVALID") << "\t" << (s.total ? "total document signed" : "not total") << "\n";
        if (!s.valid) {
            c.out << "  problem\t" << s.problem << "\n";
            continue;
        }
        c.out << "  signer\t" << s.signerSubject << "\n";
        c.out << "  certificate-sha256\t" << s.certificateSha256 << "\n";
        c.out << "  signed-at\t" << (s.time.isValid() ? s.time.toString(Qt::ISODate) : QStringLiteral("-")) << "\n";
        c.out << "  profile\t" << s.subFilter << (s.padesBaseline ? " (PAdES B-B)" : "") << "\n";
        c.out << "  covers\tbytes 0-" << s.revisionEnd << " of " << verification.fileSize << " except the signature"
              << "\n";
        c.out << "  revision-sha256\t" << s.revisionSha256 << "\n";
        if (s.trustChecked) {
            c.out << "  trusted\t" << (s.trusted ? QStringLiteral("yes") : QStringLiteral("no: ") + s.trustProblem)
                  << "\n";
        }
    }
}

int countersign(CliContext& c, const Arguments& a, AuditStore& store, const CmsSigner& signer,
                const PdfSignatureOptions& options)
{
    int code = 0;
    const auto existing = readWholeFile(c, a.value(QStringLiteral("add-to")), &code);
    if (!existing)
        return code;
    PdfSignatureOptions effective = options;
    if (a.flag(QStringLiteral("stamp"))) {
        auto slot = ReportSigning::nextStampSlot(*existing);
        if (!slot)
            return c.fail(slot.error(), 1);
        effective.stamp = slot.value();
    }
    auto countersigned = ReportSigning::countersign(store, *existing, signer, effective);
    if (!countersigned)
        return c.fail(countersigned.error(), 1);
    const QString output = a.value(QStringLiteral("output"));
    if (Status written = ReportSigning::writeFile(output, countersigned.value()); !written)
        return c.fail(written.error());
    c.out << "countersigned " << output << "\n";
    c.out << "signer\t" << signer.subject() << "\n";
    c.out << "certificate-sha256\t" << signer.certificateSha256() << "\n";
    return 0;
}

} // namespace

int runSign(CliContext& c)
{
    Arguments a(c.args,
                QStringList{"output", "p12", "pass-env", "paper", "lang", "reason", "location", "add-to"}
                    + certificationBodyOptions(),
                QStringList{"stamp"} + certificationBodyFlags());
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("output")) || !a.has(QStringLiteral("p12"))
        || !a.has(QStringLiteral("pass-env")))
        return c.fail(QLatin1String(signUsage));
    const QString input = a.positional().first();
    const QString output = a.value(QStringLiteral("output"));
    if (QFileInfo::exists(output) && QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath())
        return c.fail(QStringLiteral("the report would overwrite the audit file %1").arg(input));
    int code = 0;
    const auto options = reportOptions(c, a, &code);
    if (!options)
        return code;
    const auto signer = loadSigner(c, a, &code);
    if (!signer)
        return code;
    PdfSignatureOptions signatureOptions;
    signatureOptions.reason = a.value(QStringLiteral("reason"));
    signatureOptions.location = a.value(QStringLiteral("location"));
    signatureOptions.language = options->language;

    // Countersigning leaves the audit as it is (a signed audit refuses writes anyway); it only reads the record.
    const bool countersigning = a.has(QStringLiteral("add-to"));
    auto store
        = Lifecycle::open(input, countersigning ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    if (countersigning)
        return countersign(c, a, *store.value(), *signer, signatureOptions);

    if (Status ready = ReportSigning::checkReady(*store.value()); !ready)
        return c.fail(ready.error(), 1);
    if (signatureOptions.reason.isEmpty())
        signatureOptions.reason = QStringLiteral("Final audit report, signed by the lead auditor");
    if (a.flag(QStringLiteral("stamp")))
        signatureOptions.stamp = SignatureStamp::footerSlot(0);
    auto pdf = ReportRenderer::renderPdf(*store.value(), *options);
    if (!pdf)
        return c.fail(pdf.error());
    auto report = ReportSigning::signReport(pdf.value(), *signer, signatureOptions);
    if (!report)
        return c.fail(report.error());
    // The audit records the signature before the file replaces anything (ReportSigning::writeAndRecord).
    auto recorded = ReportSigning::writeAndRecord(*store.value(), report.value(), output);
    if (!recorded)
        return c.fail(recorded.error(), 1);
    const QList<RuleViolation> warnings = recorded.value();
    for (const auto& warning : warnings)
        c.out << "warning\t" << warning.ruleId << "\t" << warning.message << "\n";
    c.out << "signed " << output << "\n";
    c.out << "signer\t" << signer->subject() << "\n";
    c.out << "certificate-sha256\t" << report->record.certificateFingerprint << "\n";
    c.out << "sha256\t" << report->record.sha256 << "\n";
    c.out << "signed-at\t" << report->record.signedAt.toString(Qt::ISODate) << "\n";
    c.out << "lifecycle\tsigned" << Qt::endl;
    return 0;
}

int runVerify(CliContext& c)
{
    Arguments a(c.args, {"audit", "ca"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli verify REPORT.pdf [--audit FILE] [--ca CA.pem]"));
    int code = 0;
    const auto pdf = readWholeFile(c, a.positional().first(), &code);
    if (!pdf)
        return code;
    std::optional<CertificateTrust> trust;
    if (a.has(QStringLiteral("ca"))) {
        auto anchors = CertificateTrust::fromPemFile(a.value(QStringLiteral("ca")));
        if (!anchors)
            return c.fail(anchors.error());
        trust = anchors.value();
    }
    auto verification = PdfVerifier::verify(*pdf, trust ? &*trust : nullptr);
    if (!verification)
        return c.fail(verification.error());
    printSignatures(c, verification.value());
    bool ok = verification->ok();
    for (const QString& problem : verification->problems())
        c.err << "isoaudit-cli: " << problem << "\n";
    if (a.has(QStringLiteral("audit"))) {
        auto store = Lifecycle::open(a.value(QStringLiteral("audit")), AuditDatabase::Mode::ReadOnly);
        if (!store)
            return c.fail(store.error());
        auto match = ReportSigning::findRecordedRevision(*store.value(), verification.value());
        if (!match) {
            c.err << "isoaudit-cli: " << match.error() << "\n";
            ok = false;
        } else {
            c.out << "audit\treport revision " << match->revision << ", signature " << match->signatureIndex + 1
                  << ", signed by " << match->signer << " at " << match->signedAt << "\n";
            if (!match->current) {
                c.err << "isoaudit-cli: report revision " << match->revision
                      << " is no longer the audit's signed revision: it was reopened (" << match->reopenReason << ")\n";
                ok = false;
            }
        }
    }
    c.out << (ok ? "verified" : "NOT VERIFIED") << Qt::endl;
    c.err.flush();
    return ok ? 0 : 1;
}

} // namespace isoaudit::cli
