// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/LifecycleRules.h"

#include "catalog/Catalog.h"
#include "document/AuditDocument.h"
#include "domain/ReportContent.h"
#include "workbench/WorkbenchLabels.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"
#include "workflow/RuleEngine.h"

#include <QRegularExpression>

namespace isoaudit {

namespace {

/// The first catalog id in `text` of the wanted kind ("6.1.3", "8.12"), or "".
QString firstCatalogId(const QString& text, bool control)
{
    static const QRegularExpression idPattern(QStringLiteral("\\b(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\b"));
    const Catalog& catalog = Catalog::isoSpecificByNature();
    auto it = idPattern.globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (control ? catalog.control(id) != nullptr : catalog.clause(id) != nullptr)
            return id;
    }
    return {};
}

} // namespace

void LifecycleRules::locateSoc2(UnmetRule& rule, const AuditStore& store)
{
    // The SOC 2 pages: the engagement's facts, the control matrix, the tests and samples, the exceptions and the
    // opinion (docs/workflow.md lists the soc2.* rules).
    const QString id = rule.id.mid(int(qstrlen("soc2.")));
    if (id == QLatin1String("criteria-addressed")) {
        rule.paneKey = QStringLiteral("controls");
        rule.kind = RecordKind::ServiceControl;
        return;
    }
    if (id.startsWith(QLatin1String("exception")) || id.startsWith(QLatin1String("opinion"))) {
        rule.paneKey = QStringLiteral("exceptions");
        rule.kind = RecordKind::ControlException;
    } else if (id.contains(QLatin1String("tested")) || id.startsWith(QLatin1String("items"))
               || id.startsWith(QLatin1String("population")) || id == QLatin1String("type1-design")) {
        rule.paneKey = QStringLiteral("testing");
        rule.kind = RecordKind::ServiceControl;
    } else {
        rule.paneKey = QStringLiteral("engagement");
        rule.kind = RecordKind::Engagement;
        return;
    }
    // The first control the message names ("C-12"), when it names one the matrix has.
    auto controls = store.records(RecordKind::ServiceControl);
    if (!controls)
        return;
    for (const Record& control : controls.value()) {
        const QString ref = control.text(QStringLiteral("ref"));
        if (ref.isEmpty())
            continue;
        const QRegularExpression word(QStringLiteral("(^|[^\\w-])%1($|[^\\w-])").arg(QRegularExpression::escape(ref)));
        if (word.match(rule.message).hasMatch()) {
            rule.kind = RecordKind::ServiceControl;
            rule.target = control.uuid;
            return;
        }
    }
}

void LifecycleRules::locate(UnmetRule& rule, const AuditStore& store)
{
    const QString id = rule.id;
    const auto has = [&](const char* word) { return id.contains(QLatin1String(word)); };
    // report.<column>: an answer of the report's content (core/domain/ReportContent), given on the Overview. Tested
    // first: "report.plan-deviations" is no audit-plan rule, nor "report.previous-actions" a finding's.
    if (id.startsWith(QLatin1String("report."))) {
        const QString column = id.mid(int(qstrlen("report."))).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (ReportContent::item(column)) {
            rule.paneKey = QStringLiteral("overview");
            rule.kind = RecordKind::Audit;
            rule.target = column;
            return;
        }
    }
    if (id.startsWith(QLatin1String("soc2."))) {
        locateSoc2(rule, store);
        return;
    }
    if (has("plan") || has("coverage")) {
        rule.paneKey = QStringLiteral("plan");
        rule.kind = RecordKind::ClauseAssessment;
        rule.target = firstCatalogId(rule.message, false);
    } else if (has("soa") || has("applicab") || has("exclusion") || has("control")) {
        rule.paneKey = QStringLiteral("soa");
        rule.kind = RecordKind::SoaEntry;
        rule.target = firstCatalogId(rule.message, true);
    } else if (has("crosscheck") || has("cross-check") || has("risk")) {
        rule.paneKey = QStringLiteral("risks");
        rule.kind = RecordKind::Risk;
        static const QRegularExpression riskPattern(QStringLiteral("\\b(R-\\d{1,4})\\b"));
        if (const auto match = riskPattern.match(rule.message); match.hasMatch()) {
            if (auto uuid = store.uuidForKey(RecordKind::Risk, match.captured(1)))
                rule.target = uuid.value();
        }
    } else if (has("earlier") || has("not-effective")) {
        // The earlier audits' nonconformities this audit verifies: the Findings pane's list of them, at the first
        // one still without a verdict (or verified not effective and not raised again).
        rule.paneKey = QStringLiteral("findings");
        rule.kind = RecordKind::CarriedFinding;
        const bool again = has("not-effective");
        if (auto carried = store.records(RecordKind::CarriedFinding)) {
            for (const Record& c : carried.value()) {
                const QString verdict = c.text(QStringLiteral("verification"));
                if (again ? verdict == QLatin1String("not-effective")
                          : verdict.isEmpty() && !c.flag(QStringLiteral("deferred"))) {
                    rule.target = c.uuid;
                    break;
                }
            }
        }
    } else if (has("finding") || has("action") || has("nonconform") || has("major") || has("minor")) {
        rule.paneKey = QStringLiteral("findings");
        rule.kind = RecordKind::Finding;
        static const QRegularExpression refPattern(QStringLiteral("\\b([A-Z]{1,4}-\\d{1,4})\\b"));
        const auto match = refPattern.match(rule.message);
        if (match.hasMatch()) {
            auto uuid = store.uuidForKey(RecordKind::Finding, match.captured(1));
            if (uuid)
                rule.target = uuid.value();
        }
    } else if (has("verdict") || has("evidence") || has("clause")) {
        rule.paneKey = QStringLiteral("clauses");
        rule.kind = RecordKind::ClauseAssessment;
        rule.target = firstCatalogId(rule.message, false);
    } else if (has("recommend") || has("sign")) {
        rule.paneKey = QStringLiteral("report");
    } else {
        rule.paneKey = QStringLiteral("overview");
    }
}

LifecycleRules::Snapshot LifecycleRules::evaluate(const AuditStore& store)
{
    Snapshot snapshot;
    const auto audit = store.audit();
    if (!audit)
        return snapshot;
    snapshot.state = audit->text(QStringLiteral("lifecycle"));
    const int index = int(Enums::lifecycleStates.indexOf(snapshot.state));
    if (index < 0 || index + 1 >= Enums::lifecycleStates.size())
        return snapshot;
    snapshot.next = Enums::lifecycleStates.at(index + 1);
    const auto violations = RuleEngine::evaluate(store, snapshot.next);
    if (!violations) {
        snapshot.unmet.append({QStringLiteral("workflow.error"),
                               violations.error(),
                               true,
                               {},
                               QStringLiteral("overview"),
                               RecordKind::Audit,
                               {}});
        snapshot.blockers = 1;
        return snapshot;
    }
    for (const RuleViolation& violation : violations.value()) {
        UnmetRule rule;
        rule.id = violation.ruleId;
        rule.message = violation.message;
        rule.blocker = violation.severity == Severity::Blocker;
        rule.clause = violation.clause;
        locate(rule, store);
        if (rule.blocker)
            ++snapshot.blockers;
        snapshot.unmet.append(rule);
    }
    return snapshot;
}

QString LifecycleRules::clauseReference(const QString& clause)
{
    const QString c = clause.trimmed();
    if (c.isEmpty() || c.startsWith(QLatin1String("ISO")))
        return c;
    if (c.contains(QLatin1String("per result")))
        return {}; // rules checked per record (cross-checks) name each record's own clause in their message
    if (c == QLatin1String("Annex A"))
        return tr("ISO/IEC 27001 Annex A");
    if (c.startsWith(QLatin1String("4-10")))
        return tr("ISO/IEC 27001 clauses 4–10");
    if (!c.front().isDigit())
        return c; // a source named in full: "AT-C 205", "TSP section 100", "AICPA SOC 2 Guide", "IsoAudit workflow"
    return tr("ISO/IEC 27001 %1").arg(c);
}

QString LifecycleRules::displayText(const QString& message, const QString& clause)
{
    const QString reference = clauseReference(clause);
    return reference.isEmpty() ? message : tr("%1 — %2").arg(message, reference);
}

QString LifecycleRules::toolTip(const QString& ruleId, bool blocker)
{
    return blocker ? tr("Blocker (rule %1)").arg(ruleId) : tr("Warning (rule %1)").arg(ruleId);
}

Status LifecycleRules::advance(AuditDocument& document)
{
    const Snapshot snapshot = evaluate(document.store());
    if (snapshot.next.isEmpty())
        return Error{tr("The audit is signed; there is no further step.")};
    if (document.isReadOnly())
        return Error{tr("The audit was opened read-only; its state cannot change.")};
    // The lifecycle changes only through core's Lifecycle (signing records a report revision), so a transition
    // is not an undoable edit.
    const auto moved = Lifecycle::advance(document.store(), snapshot.next);
    if (!moved)
        return Error{moved.error()};
    return {};
}

Status LifecycleRules::reopen(AuditDocument& document, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Reopening a signed audit needs a reason; it is kept with the signed revision.")};
    if (document.isReadOnly())
        return Error{tr("The audit was opened read-only; its state cannot change.")};
    QString who;
    const auto team = document.store().records(RecordKind::TeamMember);
    for (const Record& member : team ? team.value() : QList<Record>{}) {
        if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
            who = member.text(QStringLiteral("name"));
    }
    return Lifecycle::reopen(document.store(), reason.trimmed(), who);
}

} // namespace isoaudit
