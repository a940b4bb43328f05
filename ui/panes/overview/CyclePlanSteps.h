// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QList>
#include <QPair>

namespace isoaudit {

/// What CyclePlan::update (core/cycle) would write to a programme, as data: the planned rows it would add and the
/// due dates it would set, so the Overview's "Plan the cycle" pushes them through AuditDocument as one undo step.
/// The same rules as CyclePlan::update, over CyclePlan::afterDecision's rows; tst_programmeform checks that both
/// give the same programme.
struct CyclePlanSteps
{
    QList<Record> inserts; ///< new ProgrammeAudit rows (no uuid)
    QList<QPair<QString, QString>> dueBy; ///< existing row uuid -> the ISO due date to set

    bool isEmpty() const { return inserts.isEmpty() && dueBy.isEmpty(); }
    static CyclePlanSteps compute(const Record& programme, const QList<Record>& programmeAudits);
};

} // namespace isoaudit
