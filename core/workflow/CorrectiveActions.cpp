// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/CorrectiveActions.h"

#include "domain/ValueLabels.h"
#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"

namespace isoaudit {

namespace {

bool isNonconformity(const QString& grade)
{
    return grade == QLatin1String("major") || grade == QLatin1String("minor");
}

Status addHistory(AuditStore& store, const QString& actionUuid, const QString& from, const QString& to,
                  const QString& who, const QDateTime& when, const QString& note)
{
    Record step{RecordKind::ActionStatusChange, {}, actionUuid, {}, {}};
    step.values = {{"from_status", from.isEmpty() ? QVariant() : QVariant(from)},
                   {"to_status", to},
                   {"changed_by", who},
                   {"changed_at", when.toUTC().toString(Qt::ISODate)},
                   {"note", note}};
    auto inserted = store.insert(step);
    if (!inserted)
        return Error{inserted.error()};
    return {};
}

} // namespace

QDate CorrectiveActions::majorVerificationLimit(const AuditSnapshot& snapshot)
{
    if (snapshot.auditType() != QLatin1String("stage2") || !snapshot.endDate().isValid())
        return {};
    return snapshot.endDate().addMonths(6);
}

Result<QDate> CorrectiveActions::defaultDueDate(const AuditSnapshot& snapshot, const Record& finding, QDate today)
{
    const QString grade = finding.text(QStringLiteral("grade"));
    if (!isNonconformity(grade))
        return Error{tr("Finding %1 is graded %2; only major and minor nonconformities take corrective action.")
                         .arg(finding.text(QStringLiteral("ref")), ValueLabels::label(ValueList::FindingGrade, grade))};
    const QDate from = snapshot.endDate().isValid() ? snapshot.endDate() : today;
    const Deadlines fallback;
    const bool major = grade == QLatin1String("major");
    const int days = major
        ? snapshot.audit.integer(QStringLiteral("major_action_days")).value_or(fallback.majorActionDays)
        : snapshot.audit.integer(QStringLiteral("minor_plan_days")).value_or(fallback.minorPlanDays);
    const QDate due = from.addDays(days);
    // A Stage 2 major is verified within six months of the last day or the Stage 2 is repeated: no later default.
    const QDate limit = major ? majorVerificationLimit(snapshot) : QDate();
    return limit.isValid() && due > limit ? limit : due;
}

Status CorrectiveActions::checkDeadlines(const Deadlines& deadlines)
{
    const auto inRange = [](int days) { return days >= Deadlines::minimumDays && days <= Deadlines::maximumDays; };
    if (!inRange(deadlines.majorActionDays))
        return Error{tr("The deadline for a major nonconformity's corrective action must be %1 to %2 days; %3 is not.")
                         .arg(Deadlines::minimumDays)
                         .arg(Deadlines::maximumDays)
                         .arg(deadlines.majorActionDays)};
    if (!inRange(deadlines.minorPlanDays))
        return Error{tr("The deadline for a minor nonconformity's action plan must be %1 to %2 days; %3 is not.")
                         .arg(Deadlines::minimumDays)
                         .arg(Deadlines::maximumDays)
                         .arg(deadlines.minorPlanDays)};
    return {};
}

Result<CorrectiveActions::Deadlines> CorrectiveActions::deadlines(const AuditStore& store)
{
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    Deadlines result;
    result.majorActionDays = audit->integer(QStringLiteral("major_action_days")).value_or(result.majorActionDays);
    result.minorPlanDays = audit->integer(QStringLiteral("minor_plan_days")).value_or(result.minorPlanDays);
    return result;
}

Status CorrectiveActions::setDeadlines(AuditStore& store, const Deadlines& deadlines)
{
    if (auto valid = checkDeadlines(deadlines); !valid)
        return valid;
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    return store.setFields(RecordKind::Audit, audit->uuid,
                           {{QStringLiteral("major_action_days"), deadlines.majorActionDays},
                            {QStringLiteral("minor_plan_days"), deadlines.minorPlanDays}});
}

Result<QString> CorrectiveActions::create(AuditStore& store, const QString& findingUuid, const ActionDraft& draft,
                                          const QString& who, const QDateTime& when)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    const Record* finding = snapshot->findingByUuid(findingUuid);
    if (!finding)
        return Error{tr("There is no finding %1 in this audit.").arg(findingUuid)};
    QDate due = draft.dueDate;
    if (!due.isValid()) {
        auto fallback = defaultDueDate(snapshot.value(), *finding, when.date());
        if (!fallback)
            return Error{fallback.error()};
        due = fallback.value();
    } else if (!isNonconformity(finding->text(QStringLiteral("grade")))) {
        return Error{tr("Finding %1 is graded %2; only major and minor nonconformities take corrective action.")
                         .arg(finding->text(QStringLiteral("ref")), finding->text(QStringLiteral("grade")))};
    } else if (const QDate limit = majorVerificationLimit(snapshot.value());
               finding->text(QStringLiteral("grade")) == QLatin1String("major") && limit.isValid() && due > limit) {
        return Error{
            tr("Major nonconformity %1 must be verified within six months of this Stage 2's last day, by "
               "%2; %3 is later. After that date another Stage 2 is needed before certification can be "
               "recommended.")
                .arg(finding->text(QStringLiteral("ref")), limit.toString(Qt::ISODate), due.toString(Qt::ISODate))};
    }
    Record action{RecordKind::CorrectiveAction, {}, findingUuid, {}, {}};
    action.values = {
        {"correction", draft.correction}, {"root_cause", draft.rootCause},         {"action", draft.action},
        {"owner", draft.owner},           {"due_date", due.toString(Qt::ISODate)}, {"status", QStringLiteral("open")}};
    QString uuid;
    const Status done = store.batch([&]() -> Status {
        auto inserted = store.insert(action);
        if (!inserted)
            return Error{inserted.error()};
        uuid = inserted.value();
        return addHistory(store, uuid, {}, QStringLiteral("open"), who, when, {});
    });
    if (!done)
        return Error{done.error()};
    return uuid;
}

bool CorrectiveActions::canMove(const QString& from, const QString& to)
{
    static const QMultiMap<QString, QString> steps = {
        {"open", "plan-submitted"},          {"plan-submitted", "plan-accepted"},   {"plan-submitted", "open"},
        {"plan-accepted", "implemented"},    {"implemented", "verified-effective"}, {"implemented", "not-effective"},
        {"not-effective", "plan-submitted"},
    };
    return steps.contains(from, to);
}

Status CorrectiveActions::setStatus(AuditStore& store, const QString& actionUuid, const QString& to, const QString& who,
                                    const QDateTime& when, const QString& note)
{
    if (!Enums::actionStatuses.contains(to))
        return Error{tr("A corrective action's status must be one of: %1; \"%2\" is not.")
                         .arg(Enums::actionStatuses.join(QStringLiteral(", ")), to)};
    if (who.trimmed().isEmpty())
        return Error{tr("Say who changes the corrective action's status; it is kept in its history.")};
    auto action = store.record(RecordKind::CorrectiveAction, actionUuid);
    if (!action)
        return Error{action.error()};
    const QString from = action->text(QStringLiteral("status"));
    if (!canMove(from, to)) {
        // The labels, not the stored spellings: the workbench shows this sentence.
        const auto label = [](const QString& status) { return ValueLabels::label(ValueList::ActionStatus, status); };
        return Error{tr("A corrective action cannot go from %1 to %2; the order is %3, %4, %5, %6, then %7 or %8.")
                         .arg(label(from), label(to), label(QStringLiteral("open")),
                              label(QStringLiteral("plan-submitted")), label(QStringLiteral("plan-accepted")),
                              label(QStringLiteral("implemented")), label(QStringLiteral("verified-effective")),
                              label(QStringLiteral("not-effective")))};
    }
    QVariantMap values{{"status", to}};
    if (to == QLatin1String("verified-effective") || to == QLatin1String("not-effective")) {
        values.insert(QStringLiteral("verified_by"), who);
        values.insert(QStringLiteral("verified_on"), when.toUTC().date().toString(Qt::ISODate));
        if (!note.isEmpty())
            values.insert(QStringLiteral("verification"), note);
    }
    return store.batch([&]() -> Status {
        if (auto ok = store.setFields(RecordKind::CorrectiveAction, actionUuid, values); !ok)
            return ok;
        return addHistory(store, actionUuid, from, to, who, when, note);
    });
}

Result<QList<Record>> CorrectiveActions::history(const AuditStore& store, const QString& actionUuid)
{
    return store.records(RecordKind::ActionStatusChange, actionUuid);
}

bool CorrectiveActions::isDone(const QString& grade, const QString& status)
{
    if (status == QLatin1String("verified-effective"))
        return true;
    if (grade == QLatin1String("minor"))
        return status == QLatin1String("plan-accepted") || status == QLatin1String("implemented");
    return false;
}

QList<OverdueAction> CorrectiveActions::overdue(const AuditSnapshot& snapshot, QDate today)
{
    QList<OverdueAction> result;
    for (const auto& action : snapshot.actions) {
        const QDate due = QDate::fromString(action.text(QStringLiteral("due_date")), Qt::ISODate);
        const Record* finding = snapshot.findingByUuid(action.parentUuid);
        if (!due.isValid() || !finding || due >= today)
            continue;
        const QString grade = finding->text(QStringLiteral("grade"));
        const QString status = action.text(QStringLiteral("status"));
        if (isDone(grade, status))
            continue;
        result.append({action.uuid, finding->text(QStringLiteral("ref")), grade, status, due, int(due.daysTo(today))});
    }
    return result;
}

Result<QList<OverdueAction>> CorrectiveActions::overdue(const AuditStore& store, QDate today)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    return overdue(snapshot.value(), today);
}

} // namespace isoaudit
