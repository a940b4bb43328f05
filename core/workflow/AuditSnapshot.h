// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "domain/RiskMethod.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

namespace isoaudit {

class AuditStore;
struct EngagementData;

/// The whole audit as plain records, read once, for the workflow's rules, cross-checks and classifier to look at
/// without touching SQL. Built by load() from an AuditStore, or by hand in tests. Pointers it returns point into
/// its own lists and live as long as the snapshot.
struct AuditSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(AuditSnapshot)

public:
    Record audit;
    Record riskMethod;
    QList<Record> team;
    QList<Record> clauses;
    QList<Record> soa;
    QList<Record> risks;
    QList<Record> interviews;
    QList<Record> evidence;
    QList<Record> findings;
    QList<Record> actions;
    QList<Record> actionHistory;
    QList<Record> dismissals;
    QList<Record> revisions;
    // Schema 6: the certification cycle (core/cycle, docs/cycle.md).
    Record programme;
    QList<Record> programmeAudits;
    QList<Record> carriedFindings;
    QList<Record> meetings;
    /// Schema 7: a SOC 2 engagement's records (core/soc2), loaded when the audit's frameworks include soc2-2017;
    /// null otherwise. The soc2.* rules read it.
    std::shared_ptr<const EngagementData> engagement;
    /// The day the rules are evaluated on (time limits such as the six-month rule for Stage 2 majors); tests set it.
    QDate today = QDate::currentDate();

    static Result<AuditSnapshot> load(const AuditStore& store);

    /// Whether the ISO/IEC 27001 rules apply: the audit's frameworks include iso27001-2022 (or name none).
    bool isIso() const;
    /// Whether the SOC 2 rules apply: the engagement was loaded.
    bool isSoc2() const { return bool(engagement); }
    QString lifecycle() const { return audit.text(QStringLiteral("lifecycle")); }
    QString auditType() const { return audit.text(QStringLiteral("audit_type")); }
    QDate startDate() const;
    QDate endDate() const;
    /// The client's risk method read from `riskMethod`: how a risk's score comes about, its bands, its threshold.
    RiskMethod method() const { return RiskMethod::fromRecord(riskMethod); }
    /// The client's acceptance threshold (a score above it, under the client's method, needs treatment); nullopt
    /// when the client's method states none.
    std::optional<int> acceptanceThreshold() const;
    /// Minor nonconformities against one requirement that prompt "consider major" (default 3).
    int minorToMajorThreshold() const;
    /// Team members whose role is lead and whose name is given.
    QList<const Record*> leads() const;
    QString leadName() const;

    const Record* clause(const QString& clauseId) const;
    const Record* soaEntry(const QString& controlId) const;
    const Record* findingByUuid(const QString& uuid) const;
    /// The finding raised from a cross-check result, if any.
    const Record* findingFromCrosscheck(const QString& key) const;
    const Record* dismissal(const QString& key) const;
    /// Findings that link to the clause or control.
    QList<const Record*> findingsLinkedTo(LinkKind kind, const QString& id) const;
    QList<const Record*> actionsOf(const QString& findingUuid) const;
    /// Interviews and evidence records that link to the clause or control.
    int evidenceCount(LinkKind kind, const QString& id) const;
    /// Whether a document or record (evidence of that kind) linked to the clause was sighted.
    bool documentSighted(const QString& clauseId) const;
    /// Risks whose treatment names the control.
    QList<const Record*> risksTreatedWith(const QString& controlId) const;

    /// The next free reference for a finding of `grade` in this audit: NC-, AOC-, OFI- or OBS- and a number.
    QString nextFindingRef(const QString& grade) const;

    /// "NC-01 (8.8)" style label of a finding for messages.
    static QString findingLabel(const Record& finding);
};

} // namespace isoaudit
