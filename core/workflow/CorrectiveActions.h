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
    /// How long the client has after the audit's last day: a major's correction verified within majorActionDays,
    /// a minor's plan accepted within minorPlanDays. Each audit keeps its own (audit.major_action_days,
    /// audit.minor_plan_days); these defaults are what the schema and the CLI give a new audit, and Preferences
    /// can give the GUI's new audits others.
    struct Deadlines
    {
        static constexpr int minimumDays = 1;
        static constexpr int maximumDays = 3650;
        int majorActionDays = 90;
        int minorPlanDays = 90;
        bool operator==(const Deadlines&) const = default;
    };
    /// Fails with a message naming the deadline that is out of range (1 to 3650 days).
    static Status checkDeadlines(const Deadlines& deadlines);
    /// The audit's deadlines (the defaults for a field that is not set).
    static Result<Deadlines> deadlines(const AuditStore& store);
    /// Sets the audit's deadlines in one step; actions created afterwards take their default due dates from them.
    static Status setDeadlines(AuditStore& store, const Deadlines& deadlines);

    /// The last day by which a major nonconformity of a Stage 2 audit must be verified: six months after the audit's
    /// last day (past it, another Stage 2 is needed before certification is recommended). Invalid for other audit
    /// types or without an end date.
    static QDate majorVerificationLimit(const AuditSnapshot& snapshot);
    /// The default due date: majors audit end + audit.major_action_days (correction verified; for a Stage 2 no later
    /// than majorVerificationLimit), minors audit end + audit.minor_plan_days (plan accepted); from `today` when the
    /// audit has no end date.
    static Result<QDate> defaultDueDate(const AuditSnapshot& snapshot, const Record& finding, QDate today);
    /// Adds an action to a major or minor nonconformity, status open, and records the first history step. A Stage 2
    /// major's due date past majorVerificationLimit is refused, naming the limit.
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
