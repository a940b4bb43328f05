// SPDX-License-Identifier: GPL-3.0-or-later
// `export-plan`: the audit plan to send the client before the audit (core/report/AuditPlanDocument).
#include "Arguments.h"
#include "CertificationBodyArgs.h"
#include "Commands.h"

#include "report/AuditPlanDocument.h"
#include "report/ReportRenderer.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace isoaudit::cli {

int runExportPlan(CliContext& c)
{
    const QString usage = QStringLiteral("usage: isoaudit-cli export-plan FILE -o PLAN.pdf [--paper a4|letter] "
                                         "[--lang CODE] [--body NAME]");
    QStringList options{QStringLiteral("output"), QStringLiteral("lang"), QStringLiteral("paper")};
    options << certificationBodyOptions();
    Arguments a(c.args, options, certificationBodyFlags());
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("output")))
        return c.fail(usage);
    ReportOptions reportOptions;
    const QString paper = a.value(QStringLiteral("paper"), QStringLiteral("a4")).toLower();
    if (paper == QLatin1String("letter"))
        reportOptions.paper = QPageSize::Letter;
    else if (paper != QLatin1String("a4"))
        return c.fail(QStringLiteral("--paper must be a4 or letter, not \"%1\"").arg(a.value(QStringLiteral("paper"))));
    reportOptions.language = a.value(QStringLiteral("lang"), QStringLiteral("en"));
    applyCertificationBody(a, reportOptions);
    if (Status checked = ReportRenderer::checkOptions(reportOptions); !checked)
        return c.fail(checked.error());

    const QString input = a.positional().first();
    const QString output = a.value(QStringLiteral("output"));
    const QFileInfo outputInfo(output);
    if (QFileInfo::exists(output) && QFileInfo(input).canonicalFilePath() == outputInfo.canonicalFilePath())
        return c.fail(QStringLiteral("the audit plan would overwrite the audit file %1").arg(input));
    if (!outputInfo.absoluteDir().exists())
        return c.fail(QStringLiteral("cannot write %1: the folder %2 does not exist")
                          .arg(output, QDir::toNativeSeparators(outputInfo.absolutePath())));
    auto store = Lifecycle::open(input, AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto pdf = AuditPlanDocument::renderPdf(*store.value(), reportOptions);
    if (!pdf)
        return c.fail(pdf.error(), 1);
    // Through QSaveFile: a failed export never leaves a half-written file in place of an old one.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return c.fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    c.out << "wrote " << output << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
