// SPDX-License-Identifier: GPL-3.0-or-later
// TeamCopies: a copy of the audit for a team member, which knows its origin.
#include "merge/MergeSupport.h"
#include "merge/TeamMerge.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace isoaudit {

using mergesupport::isSigned;
using mergesupport::nowUtc;

Result<TeamOrigin> TeamCopies::fork(AuditStore& lead, const QString& copyPath, const QString& member)
{
    const QString name = member.simplified();
    if (name.isEmpty())
        return Error{tr("Name the team member the copy is for.")};
    if (QFileInfo::exists(copyPath))
        return Error{tr("%1 exists already; choose another name for the copy.").arg(copyPath)};
    auto audit = lead.audit();
    if (!audit)
        return Error{audit.error()};
    if (isSigned(audit.value()))
        return Error{tr("This audit is signed: reopen it before giving out copies to work on.")};
    auto entries = lead.trailEntries();
    if (!entries)
        return Error{entries.error()};
    if (entries->isEmpty())
        return Error{tr("This audit has no trail yet; make a change and save it before giving out copies.")};

    TeamOrigin origin;
    origin.copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    origin.auditUuid = audit->uuid;
    origin.member = name;
    origin.forkSeq = entries->last().seq;
    origin.forkHash = entries->last().hash;
    origin.forkedAt = nowUtc();
    origin.forkedBy = lead.author();

    const QString temporary = copyPath + QStringLiteral(".part");
    QFile::remove(temporary);
    auto cleanup = [&](const QString& error) -> Result<TeamOrigin> {
        QFile::remove(temporary);
        return Error{tr("The copy was not written: %1").arg(error)};
    };
    if (auto saved = lead.saveCopyAs(temporary); !saved)
        return cleanup(saved.error());
    {
        auto opened = AuditStore::open(temporary);
        if (!opened)
            return cleanup(opened.error());
        AuditStore& copy = *opened.value();
        // The copy's own writes are guarded by whoever opens it; this one writes bookkeeping only.
        copy.setWriteGuard([](RecordKind, const QStringList&) -> Status {
            return Error{tr("A copy being made takes no changes.")};
        });
        if (auto s = copy.setTeamOrigin(origin); !s)
            return cleanup(s.error());
        if (auto s = copy.leaveWriteAheadLog(); !s)
            return cleanup(s.error());
    }
    if (!QFile::rename(temporary, copyPath))
        return cleanup(tr("%1 could not be renamed to %2.").arg(temporary, copyPath));
    TeamCopy mark;
    mark.copyId = origin.copyId;
    mark.member = name;
    mark.forkSeq = origin.forkSeq;
    mark.forkedAt = origin.forkedAt;
    if (auto s = lead.saveTeamCopy(mark); !s)
        return Error{tr("The copy %1 was written, but this audit could not note it: %2").arg(copyPath, s.error())};
    return origin;
}

} // namespace isoaudit
