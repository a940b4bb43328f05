// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QCoreApplication>
#include <QStringList>

namespace isoaudit {

struct AuditSnapshot;

/// What the client's programme has audited in the current certification cycle and what remains (docs/cycle.md):
/// every clause 4-10 item and every applicable Annex A control is to be audited at least once over the cycle, and
/// the internal audit, management review and corrective action items at every surveillance. The history rows of
/// the programme (completed audits of this cycle) say through their links what each covered; this audit covers what
/// its plan marks as planned. ISO-specific by nature (clauses 4-10 and Annex A).
class ProgrammeCoverage
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCoverage)

public:
    struct Item
    {
        QString id; ///< clause id ("9.2.2") or control id ("5.15")
        LinkKind kind = LinkKind::Clause;
        QStringList coveredBy; ///< labels of the completed audits of this cycle that covered it
        bool plannedNow = false; ///< in this audit's plan
        bool mandatory = false; ///< audited at every surveillance
        bool covered() const { return plannedNow || !coveredBy.isEmpty(); }
    };

    /// The items of clauses 4-10 a surveillance audits every time (ISO/IEC 17021-1 9.6.2.2: internal audit,
    /// management review, action taken on nonconformities): 9.2.x, 9.3.x and 10.2.
    static bool mandatoryAtSurveillance(const QString& clauseId);

    static ProgrammeCoverage compute(const AuditSnapshot& s);

    QList<Item> clauses;
    QList<Item> controls; ///< the controls this audit's SoA does not declare not applicable
    int cycle = 1;
    /// Planned audits of this cycle after this one (surveillance, recertification).
    int remainingAudits = 0;

    /// Items not yet covered by this cycle's history nor planned in this audit.
    QStringList uncovered(LinkKind kind) const;
    /// Items covered by history or planned now, out of all.
    int coveredCount() const;
    int total() const { return int(clauses.size() + controls.size()); }

    /// The plan the coverage proposes for this audit: at a surveillance, the mandatory items and an even share of
    /// what is still uncovered across the audits left in the cycle; at Stage 2 and recertification, every clause
    /// item and every applicable control not yet covered; at a special audit, the requirements of the earlier
    /// nonconformities it verifies.
    struct Proposal
    {
        QStringList clauses;
        QStringList controls;
    };
    Proposal propose(const AuditSnapshot& s) const;

    /// One `planned` flag the proposal changes: the row's kind and uuid, and the new value.
    struct PlanChange
    {
        RecordKind kind;
        QString uuid;
        bool planned;
    };
    /// The flags to set so that exactly the proposed clause items and controls are planned; each caller applies them
    /// through its own door (the store in the CLI and NextAudit, AuditDocument in the workbench, as one undo step).
    QList<PlanChange> planChanges(const AuditSnapshot& s) const;

    /// "Stage 2 (2026-03-10)" for a programme row.
    static QString auditLabel(const Record& programmeAudit);
};

} // namespace isoaudit
