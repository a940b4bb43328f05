// SPDX-License-Identifier: GPL-3.0-or-later
// `trail`, `backup`, `backups` and `restore`: the audit trail and the rolling backups (docs/security.md).
#include "Arguments.h"
#include "Commands.h"

#include "backup/BackupManager.h"
#include "storage/AuditStore.h"
#include "trail/AuditTrail.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFileInfo>

namespace isoaudit::cli {

int runTrail(CliContext& c)
{
    Arguments a(c.args, {"record"}, {"verify"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli trail FILE [--verify] [--record UUID]"));
    auto store = Lifecycle::open(a.positional().first(), AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    const AuditStore& audit = *store.value();
    if (!a.flag("verify")) {
        auto entries = audit.trailEntries(a.value("record"));
        if (!entries)
            return c.fail(entries.error());
        for (const auto& entry : entries.value())
            c.out << AuditTrail::describe(entry) << "\n";
    }
    const TrailVerification verification = audit.verifyTrail();
    if (!verification.ok) {
        c.out.flush();
        const QString where = verification.brokenSeq > 0
            ? QStringLiteral("the audit trail is broken at entry #%1: ").arg(verification.brokenSeq)
            : QStringLiteral("the audit trail is broken: ");
        return c.fail(where + verification.message, 1);
    }
    c.out << "trail verified: " << verification.entries << " entries, head " << verification.head << Qt::endl;
    return 0;
}

int runBackup(CliContext& c)
{
    Arguments a(c.args, {"folder", "keep"});
    if (!a.ok())
        return c.fail(a.error());
    QString why;
    const auto keep = a.number("keep", BackupManager::defaultKeep, &why);
    if (!keep)
        return c.fail(why);
    if (a.positional().size() != 1 || *keep < 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli backup FILE [--folder DIR] [--keep N (1 or more)]"));
    auto store = Lifecycle::open(a.positional().first(), AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto written = BackupManager::backup(*store.value(), a.value("folder"), *keep);
    if (!written)
        return c.fail(written.error());
    c.out << "backed up " << a.positional().first() << " to " << QDir::toNativeSeparators(written.value()) << Qt::endl;
    return 0;
}

int runBackups(CliContext& c)
{
    Arguments a(c.args, {"folder"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli backups FILE [--folder DIR]"));
    auto backups = BackupManager::list(a.positional().first(), a.value("folder"));
    if (!backups)
        return c.fail(backups.error());
    if (backups->isEmpty())
        c.out << "no backups in "
              << QDir::toNativeSeparators(BackupManager::folderFor(a.positional().first(), a.value("folder"))) << "\n";
    for (const auto& backup : backups.value()) {
        c.out << backup.time.toString(Qt::ISODateWithMs) << "\t" << QDir::toNativeSeparators(backup.path) << "\t";
        if (!backup.problem.isEmpty()) {
            c.out << "unreadable: " << backup.problem << "\n";
            continue;
        }
        QStringList counts;
        for (auto it = backup.counts.cbegin(); it != backup.counts.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        c.out << counts.join(QLatin1String(", ")) << "\n";
    }
    c.out.flush();
    return 0;
}

int runRestore(CliContext& c)
{
    Arguments a(c.args, {"folder"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 2)
        return c.fail(QStringLiteral("usage: isoaudit-cli restore FILE BACKUP [--folder DIR]"));
    const QString auditPath = a.positional().at(0);
    const QString backupPath = a.positional().at(1);
    if (QFileInfo(auditPath).absoluteFilePath() == QFileInfo(backupPath).absoluteFilePath())
        return c.fail(QStringLiteral("FILE and BACKUP are the same file"));
    auto safety = BackupManager::restore(auditPath, backupPath, a.value("folder"));
    if (!safety)
        return c.fail(safety.error());
    c.out << "restored " << auditPath << " from " << backupPath;
    if (!safety->isEmpty())
        c.out << "; the replaced file is kept as " << QDir::toNativeSeparators(safety.value());
    c.out << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
