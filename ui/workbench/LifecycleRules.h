// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isoaudit {

class AuditDocument;
class AuditStore;

/// A rule that stops the audit from moving to its next lifecycle state, with the record that needs attention.
struct UnmetRule
{
    QString id;
    QString message;
    bool blocker = true;
    QString clause; ///< the clause, control or ISO/IEC 17021-1 requirement the rule rests on
    QString paneKey; ///< the workbench pane where it is fixed ("overview", "plan", "clauses", "soa", ...)
    RecordKind kind = RecordKind::Audit; ///< the record to show there
    QString target; ///< uuid, or clause/control id for clause assessments and SoA entries; may be empty
};

/// Where the audit stands in planning → fieldwork → reporting → signed and what blocks the next step. The GUI's
/// one door to the workflow rules of core/workflow, so the status bar and the Overview pane agree.
class LifecycleRules
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRules)

public:
    struct Snapshot
    {
        QString state; ///< current lifecycle state
        QString next; ///< next state; empty when signed
        QList<UnmetRule> unmet; ///< rules not met for `next`
        int blockers = 0;
    };

    static Snapshot evaluate(const AuditStore& store);
    /// Where the auditor fixes what a rule complains about (pane, record kind, target), decided from the rule's id
    /// and the ids its message names. A report.<column> rule (report.client-address) leads to its field on the
    /// Overview (kind Audit, target the column: client_address).
    static void locate(UnmetRule& rule, const AuditStore& store);
    /// locate() for a SOC 2 rule (soc2.*): the Engagement, Criteria & controls, Testing or Exceptions page, at the
    /// first control the message names (kind ServiceControl) when it names one.
    static void locateSoc2(UnmetRule& rule, const AuditStore& store);
    /// A rule's clause field as a reader knows it: "6.1.3 d)" → "ISO/IEC 27001 6.1.3 d)", "Annex A" → "ISO/IEC 27001
    /// Annex A", "ISO/IEC 17021-1 9.5" as it is; "" for none.
    static QString clauseReference(const QString& clause);
    /// What a list of unmet rules shows for one: the rule's message and, after a dash, its clause reference.
    static QString displayText(const QString& message, const QString& clause);
    static QString displayText(const UnmetRule& rule) { return displayText(rule.message, rule.clause); }
    /// The tooltip: blocker or warning and the rule's id (for docs/workflow.md and `isoaudit-cli check`).
    static QString toolTip(const QString& ruleId, bool blocker);
    static QString toolTip(const UnmetRule& rule) { return toolTip(rule.id, rule.blocker); }
    /// Moves the audit to the next state through core's Lifecycle when no blocker is unmet; otherwise returns why
    /// not (the refusal lists the blockers). Not an undo step: signing records a report revision.
    static Status advance(AuditDocument& document);
    /// Signed → reporting with the mandatory reason, by the lead auditor; the signed revision stays on record.
    static Status reopen(AuditDocument& document, const QString& reason);
};

} // namespace isoaudit
