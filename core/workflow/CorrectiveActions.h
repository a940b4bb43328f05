// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace isoaudit {

class AuditStore;
struct AuditSnapshot;

/// What the client proposes for a nonconformity. An invalid dueDate takes the audit's default.
struct ActionDraft
{
    QString correction; ///< fixes this instance
    QString rootCause;
    QString action; ///< prevents recurrence
    QString owner;
    QDate dueDate;
};

/// A corrective action past its due date and not yet done (see CorrectiveActions::isDone).
struct OverdueAction
{
    QString actionUuid;
    QString findingRef;
    QString grade;
    QString status;
    QDate dueDate;
    int daysOverdue = 0;
};

/// Corrective actions per nonconformity and their status flow
/// open -> plan-submitted -> plan-accepted -> implemented -> verified-effective | not-effective, with who and when
/// for every step kept in the status history (RecordKind::ActionStatusChange). Nothing here reads the system clock
/// on its own: callers pass `today` / `when`, so tests can set the date.
class CorrectiveActions
{
    Q_DECLARE_TR_FUNCTIONS(CorrectiveActions)

public:
    /// The default due date: majors audit end + audit.major_action_days (correction verified), minors audit end +
    /// audit.minor_plan_days (plan accepted); from `today` when the audit has no end date.
    static Result<QDate> defaultDueDate(const AuditSnapshot& snapshot, const Record& finding, QDate today);
    /// Adds an action to a major or minor nonconformity, status open, and records the first history step.
    static Result<QString> create(AuditStore& store, const QString& findingUuid, const ActionDraft& draft,
                                  const QString& who, const QDateTime& when);
    /// Whether the flow allows the step (plan-submitted -> open is a rejected plan; not-effective -> plan-submitted
    /// starts again).
    static bool canMove(const QString& from, const QString& to);
    /// Moves the action and records who/when/note; verified-effective and not-effective also fill verification.
    static Status setStatus(AuditStore& store, const QString& actionUuid, const QString& to, const QString& who,
                            const QDateTime& when, const QString& note = {});
    /// The action's status steps, oldest first.
    static Result<QList<Record>> history(const AuditStore& store, const QString& actionUuid);
    /// Whether the action meets its deadline's purpose: a major's is verified effective; a minor's plan is accepted.
    static bool isDone(const QString& grade, const QString& status);
    static QList<OverdueAction> overdue(const AuditSnapshot& snapshot, QDate today);
    static Result<QList<OverdueAction>> overdue(const AuditStore& store, QDate today);
};

} // namespace isoaudit
