// SPDX-License-Identifier: GPL-3.0-or-later
// `generate`: a new audit file filled with a large synthetic audit, for performance tests and demonstrations.
#include "Arguments.h"
#include "Commands.h"

#include "generate/AuditGenerator.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace isoaudit::cli {

int runGenerate(CliContext& c)
{
    Arguments a(c.args, {"risks", "interviews", "findings", "evidence", "attachments-mb", "seed", "client"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli generate FILE --risks N --interviews N --findings N "
                                     "--evidence N [--attachments-mb N] [--seed N] [--client NAME]"));
    for (const char* required : {"risks", "interviews", "findings", "evidence"}) {
        if (!a.has(QLatin1String(required)))
            return c.fail(QStringLiteral("generate needs --%1").arg(QLatin1String(required)));
    }
    QString error;
    const auto risks = a.number(QStringLiteral("risks"), 0, &error);
    const auto interviews = a.number(QStringLiteral("interviews"), 0, &error);
    const auto findings = a.number(QStringLiteral("findings"), 0, &error);
    const auto evidence = a.number(QStringLiteral("evidence"), 0, &error);
    const auto attachmentsMb = a.number(QStringLiteral("attachments-mb"), 0, &error);
    const auto seed = a.number(QStringLiteral("seed"), 1, &error);
    if (!risks || !interviews || !findings || !evidence || !attachmentsMb || !seed)
        return c.fail(error);
    const GenerateOptions options{*risks, *interviews, *findings, *evidence, *attachmentsMb, quint32(*seed)};
    if (options.attachmentsMb > 0 && options.evidence == 0)
        return c.fail(QStringLiteral("--attachments-mb needs --evidence of 1 or more to attach the files to"));

    const QString path = a.positional().first();
    if (QFileInfo::exists(path))
        return c.fail(QStringLiteral("%1 already exists; generate writes a new file only").arg(path));
    NewAudit audit;
    audit.client = a.value(QStringLiteral("client"), QStringLiteral("Example Client A/S"));
    audit.leadAuditor = QStringLiteral("Kirsten Møller-Hansen");
    audit.scope = QStringLiteral("The information security management system supporting the design, operation and "
                                 "support of the client's payment services, at all offices and the cloud platform.");
    audit.startDate = QDate(2026, 11, 23);
    audit.endDate = QDate(2026, 11, 27);

    QElapsedTimer timer;
    timer.start();
    auto created = Lifecycle::create(path, audit);
    if (!created)
        return c.fail(created.error());
    const Status filled = AuditGenerator::fill(*created.value(), options);
    if (!filled) {
        // Nothing of the generated audit was written (one transaction); do not leave an empty audit behind either.
        created.value().reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return c.fail(filled.error());
    }
    c.out << "generated " << path << ": " << options.risks << " risks, " << options.interviews << " interviews, "
          << options.evidence << " evidence, " << options.findings << " findings, " << options.attachmentsMb
          << " MiB of attachments in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
