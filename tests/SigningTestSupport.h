// SPDX-License-Identifier: GPL-3.0-or-later
// Signs a ready audit the way `isoaudit-cli sign` and the Sign report dialog do (render, sign with a test PKCS#12,
// record): since an audit becomes signed only by signing its report, the workflow tests reach `signed` this way.
// Needs a QGuiApplication (QTEST_MAIN): the report renderer lays out text.
#pragma once

#include "TestPki.h"

#include "report/ReportRenderer.h"
#include "signing/CmsSigner.h"
#include "signing/ReportSigning.h"
#include "storage/AuditStore.h"

namespace isoaudit::test {

/// Renders the audit's report, signs it with `who`'s test certificate and records it (the audit moves to signed).
inline Result<SignedReport> signAudit(AuditStore& store, const TestPki& pki,
                                      const QString& who = QStringLiteral("lead"))
{
    if (Status ready = ReportSigning::checkReady(store); !ready)
        return Error{ready.error()};
    auto signer = CmsSigner::fromPkcs12File(pki.p12(who), QString::fromLatin1(TestPki::passphrase));
    if (!signer)
        return Error{signer.error()};
    auto pdf = ReportRenderer::renderPdf(store, ReportOptions{});
    if (!pdf)
        return Error{pdf.error()};
    auto report = ReportSigning::signReport(pdf.value(), signer.value(), {});
    if (!report)
        return Error{report.error()};
    auto recorded = ReportSigning::record(store, report.value());
    if (!recorded)
        return Error{recorded.error()};
    return report;
}

} // namespace isoaudit::test
