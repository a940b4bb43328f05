// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QPair>

namespace isoaudit {

/// What planning the cycle writes to a programme, as data: the planned rows to add (CyclePlan::afterDecision's,
/// less the audits the cycle already had) and the due dates to set. CyclePlan::update applies them to a store (the
/// CLI); the Overview's "Plan the cycle" pushes them through AuditDocument as one undo step.
struct CyclePlanSteps
{
    QList<Record> inserts; ///< new ProgrammeAudit rows (no uuid)
    QList<QPair<QString, QString>> dueBy; ///< existing row uuid -> the ISO due date to set

    bool isEmpty() const { return inserts.isEmpty() && dueBy.isEmpty(); }
    static CyclePlanSteps compute(const Record& programme, const QList<Record>& programmeAudits);
};

} // namespace isoaudit
