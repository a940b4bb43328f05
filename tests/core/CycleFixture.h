// SPDX-License-Identifier: GPL-3.0-or-later
// A signed Stage 2 audit with two minor nonconformities whose plans were accepted but not yet verified, and the
// surveillance audit started from it (NextAudit), which carries both as earlier nonconformities to verify.
#pragma once

#include "WorkflowFixture.h"
#include "cycle/NextAudit.h"

namespace isoaudit::testing {

/// Creates the signed Stage 2 audit at `path`; an empty string when it worked, the reason otherwise.
inline QString createSignedStage2(const QString& path)
{
    auto store = createReadyAudit(path);
    if (!store)
        return QStringLiteral("the ready audit could not be created");
    const QList<QPair<QString, QString>> findings{{"NC-01", "8.1"}, {"NC-02", "9.2.2"}};
    for (const auto& [ref, clause] : findings) {
        const QString uuid = addFinding(*store, ref, QStringLiteral("minor"), LinkKind::Clause, clause);
        if (uuid.isEmpty())
            return QStringLiteral("finding %1 not added").arg(ref);
        if (auto ok = store->setField(RecordKind::Finding, uuid, QStringLiteral("title"),
                                      QStringLiteral("Changes approved late (%1)").arg(ref));
            !ok)
            return ok.error();
        const QList<Record> clauses = store->records(RecordKind::ClauseAssessment).value();
        for (const Record& c : clauses) {
            if (c.text(QStringLiteral("clause_id")) != clause)
                continue;
            if (auto ok = store->setField(RecordKind::ClauseAssessment, c.uuid, QStringLiteral("verdict"),
                                          QStringLiteral("nonconform"));
                !ok)
                return ok.error();
        }
        Record action{RecordKind::CorrectiveAction, {}, uuid, {}, {}};
        action.values = {{"correction", "Approved the two tickets retroactively."},
                         {"root_cause", "The change board met monthly only."},
                         {"action", "Weekly change board; approvals enforced in the tool."},
                         {"owner", "CIO"},
                         {"due_date", "2026-06-30"},
                         {"status", "plan-accepted"}};
        if (auto r = store->insert(action); !r)
            return r.error();
    }
    for (const char* state : {"fieldwork", "reporting"}) {
        if (auto moved = Lifecycle::advance(*store, QString::fromLatin1(state)); !moved)
            return moved.error();
    }
    auto signedAudit
        = Lifecycle::sign(*store,
                          {QStringLiteral("Alice Auditor"), QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC),
                           QString(64, QLatin1Char('a')), QStringLiteral("SHA256:AB:CD")});
    return signedAudit ? QString() : signedAudit.error();
}

/// The surveillance audit started from the signed Stage 2 at `previous`; an empty string when it worked.
inline QString createSurveillance(const QString& path, const QString& previous, QStringList* summary = nullptr)
{
    NextAuditOptions options;
    options.auditType = QStringLiteral("surveillance");
    options.startDate = QDate(2027, 3, 1);
    options.endDate = QDate(2027, 3, 2);
    auto created = NextAudit::create(path, previous, options, summary);
    return created ? QString() : created.error();
}

} // namespace isoaudit::testing
