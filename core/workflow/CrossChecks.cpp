// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/CrossChecks.h"

#include "catalog/Catalog.h"
#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"

#include <QRegularExpression>

namespace isoaudit {

namespace {

const QString kUntreated = QStringLiteral("risk.untreated-above-threshold");
const QString kMitigate = QStringLiteral("risk.mitigate-without-control");
const QString kNotApplicable = QStringLiteral("risk.control-not-applicable");
const QString kNoReason = QStringLiteral("soa.applicable-without-reason");
const QString kExclusion = QStringLiteral("soa.exclusion-unjustified");
const QString kIncomplete = QStringLiteral("soa.incomplete");
const QString kResidual = QStringLiteral("risk.residual-unaccepted");
const QString kDocInfo = QStringLiteral("docinfo.not-sighted");
const QString kUnrated = QStringLiteral("risk.unrated");
const QString kNoOwner = QStringLiteral("risk.no-owner");
const QString kAcceptedUnrated = QStringLiteral("risk.accepted-without-residual");
const QString kAcceptedByOther = QStringLiteral("risk.accepted-by-not-owner");

/// A person as a register names them, without the role: "Henrik Ødegaard (Head of IT Operations)", "Henrik
/// Ødegaard, CIO" and "henrik ødegaard" are one person. A register that names only the role ("CIO") compares as
/// that role.
QString personName(const QString& text)
{
    QString name = text;
    name.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma > 0)
        name.truncate(comma);
    return name.simplified().toCaseFolded();
}

bool samePerson(const QString& a, const QString& b)
{
    const QString x = personName(a);
    const QString y = personName(b);
    return !x.isEmpty() && (x == y || a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0);
}

QString titleOf(const QString& id)
{
    for (const auto& info : CrossChecks::checks()) {
        if (info.id == id)
            return info.title;
    }
    return {};
}

QString clauseOf(const QString& id)
{
    for (const auto& info : CrossChecks::checks()) {
        if (info.id == id)
            return info.clause;
    }
    return {};
}

CrossCheckResult make(const QString& id, const QString& subject)
{
    CrossCheckResult r;
    r.checkId = id;
    r.subject = subject;
    r.key = id + QLatin1Char(':') + subject;
    r.clause = clauseOf(id);
    r.title = titleOf(id);
    return r;
}

QString riskLabel(const Record& risk)
{
    const QString asset = risk.text(QStringLiteral("asset"));
    const QString ref = risk.text(QStringLiteral("ref"));
    return asset.isEmpty() ? ref : QStringLiteral("%1 (%2)").arg(ref, asset);
}

/// Appends a result about one risk register entry, suggested as a minor nonconformity against `clause`.
void addMinorOnRisk(QList<CrossCheckResult>& out, const QString& checkId, const Record& risk, const QString& clause,
                    const QString& message, const QString& evidence, const QString& rationale)
{
    auto r = make(checkId, risk.text(QStringLiteral("ref")));
    r.message = message;
    r.evidence = evidence;
    r.suggestedGrade = QStringLiteral("minor");
    r.rationale = rationale;
    r.clauses = {clause};
    r.riskUuids = {risk.uuid};
    out << r;
}

void riskChecks(const AuditSnapshot& s, QList<CrossCheckResult>& out)
{
    // Scores, bands and the threshold are the client's method's (core/domain/RiskMethod), never a formula of ours.
    const RiskMethod method = s.method();
    const auto threshold = method.acceptanceThreshold;
    for (const auto& risk : s.risks) {
        const QString ref = risk.text(QStringLiteral("ref"));
        const auto score = method.scoreOf(risk);
        const auto likelihood = risk.integer(QStringLiteral("likelihood")).value_or(0);
        const auto impact = risk.integer(QStringLiteral("impact")).value_or(0);
        const QString treatment = risk.text(QStringLiteral("treatment"));
        if (threshold && score && *score > *threshold && treatment.isEmpty()) {
            auto r = make(kUntreated, ref);
            r.message = CrossChecks::tr("Risk %1 scores %2, above the acceptance threshold %3, and has no treatment.")
                            .arg(riskLabel(risk))
                            .arg(*score)
                            .arg(*threshold);
            r.evidence = CrossChecks::tr("Risk register entry %1: %2; treatment option not stated.")
                             .arg(ref, method.scoreText(likelihood, impact));
            r.suggestedGrade = QStringLiteral("major");
            r.rationale = CrossChecks::tr("A risk above the client's own acceptance criteria left without treatment "
                                          "means the risk treatment process (6.1.3, 8.3) is not achieving its "
                                          "intended result.");
            r.clauses = {QStringLiteral("6.1.3"), QStringLiteral("8.3")};
            r.riskUuids = {risk.uuid};
            out << r;
        }
        if (treatment == QLatin1String("mitigate") && risk.linked(LinkKind::Control).isEmpty()) {
            auto r = make(kMitigate, ref);
            r.message
                = CrossChecks::tr("Risk %1 is to be mitigated but names no Annex A control.").arg(riskLabel(risk));
            r.evidence
                = CrossChecks::tr("Risk register entry %1: treatment \"mitigate\", no controls chosen.").arg(ref);
            r.suggestedGrade = QStringLiteral("minor");
            r.rationale = CrossChecks::tr("Clause 6.1.3 b) requires the controls needed to implement the treatment "
                                          "to be determined; one register entry lacks them.");
            r.clauses = {QStringLiteral("6.1.3")};
            r.riskUuids = {risk.uuid};
            out << r;
        }
        for (const QString& control : risk.linked(LinkKind::Control)) {
            const Record* entry = s.soaEntry(control);
            if (!entry || entry->text(QStringLiteral("applicable")) != QLatin1String("no"))
                continue;
            auto r = make(kNotApplicable, ref + QLatin1Char('/') + control);
            r.message = CrossChecks::tr("Risk %1 is treated with control %2, which the SoA marks not applicable.")
                            .arg(riskLabel(risk), control);
            r.evidence = CrossChecks::tr("Risk register entry %1 lists control %2; SoA entry %2: not applicable "
                                         "(\"%3\").")
                             .arg(ref, control, entry->text(QStringLiteral("justification")));
            r.suggestedGrade = QStringLiteral("minor");
            r.rationale = CrossChecks::tr("The SoA and the risk treatment plan disagree (6.1.3 d); the control cannot "
                                          "both treat a risk and be excluded.");
            r.clauses = {QStringLiteral("6.1.3")};
            r.controls = {control};
            r.riskUuids = {risk.uuid};
            out << r;
        }
        const auto residual = method.scoreOf(risk, true);
        const bool accepted = risk.flag(QStringLiteral("residual_accepted"))
            && !risk.text(QStringLiteral("accepted_by")).trimmed().isEmpty();
        if (threshold && residual && *residual > *threshold && !accepted) {
            auto r = make(kResidual, ref);
            r.message = CrossChecks::tr("Risk %1 keeps a residual score of %2, above the acceptance threshold %3, "
                                        "without the risk owner's acceptance.")
                            .arg(riskLabel(risk))
                            .arg(*residual)
                            .arg(*threshold);
            r.evidence = CrossChecks::tr("Risk register entry %1: residual %2; no acceptance by the owner (%3) "
                                         "recorded.")
                             .arg(ref,
                                  method.scoreText(risk.integer(QStringLiteral("residual_likelihood")).value_or(0),
                                                   risk.integer(QStringLiteral("residual_impact")).value_or(0)),
                                  risk.text(QStringLiteral("owner")));
            r.suggestedGrade = QStringLiteral("minor");
            r.rationale = CrossChecks::tr("Clause 6.1.3 f) requires the risk owners' acceptance of residual risk; "
                                          "the gap is in one register entry.");
            r.clauses = {QStringLiteral("6.1.3"), QStringLiteral("8.3")};
            r.riskUuids = {risk.uuid};
            out << r;
        }
        const bool likelihoodRated = risk.integer(QStringLiteral("likelihood")).has_value();
        const bool impactRated = risk.integer(QStringLiteral("impact")).has_value();
        if (!likelihoodRated || !impactRated) {
            const QString missing = !likelihoodRated && !impactRated ? CrossChecks::tr("likelihood and impact")
                : !likelihoodRated                                   ? CrossChecks::tr("likelihood")
                                                                     : CrossChecks::tr("impact");
            addMinorOnRisk(out, kUnrated, risk, QStringLiteral("6.1.2"),
                           CrossChecks::tr("Risk %1 is not rated: its %2 is not stated, so its level of risk cannot "
                                           "be compared with the acceptance criteria.")
                               .arg(riskLabel(risk), missing),
                           CrossChecks::tr("Risk register entry %1: %2 not stated.").arg(ref, missing),
                           CrossChecks::tr("Clause 6.1.2 d) requires each identified risk to be analysed (its "
                                           "consequences and likelihood assessed and its level determined); one "
                                           "register entry is not."));
        }
        const QString owner = risk.text(QStringLiteral("owner")).trimmed();
        if (owner.isEmpty())
            addMinorOnRisk(out, kNoOwner, risk, QStringLiteral("6.1.2"),
                           CrossChecks::tr("Risk %1 names no risk owner.").arg(riskLabel(risk)),
                           CrossChecks::tr("Risk register entry %1: risk owner not stated.").arg(ref),
                           CrossChecks::tr("Clause 6.1.2 c) 2) requires the risk owners to be identified; one "
                                           "register entry lacks its owner."));
        if (treatment == QLatin1String("accept") && threshold && score && *score > *threshold && !residual)
            addMinorOnRisk(out, kAcceptedUnrated, risk, QStringLiteral("6.1.3"),
                           CrossChecks::tr("Risk %1 scores %2, above the acceptance threshold %3, and is accepted "
                                           "without a residual rating.")
                               .arg(riskLabel(risk))
                               .arg(*score)
                               .arg(*threshold),
                           CrossChecks::tr("Risk register entry %1: treatment \"accept\" at score %2 (threshold "
                                           "%3); residual likelihood and impact not stated.")
                               .arg(ref)
                               .arg(*score)
                               .arg(*threshold),
                           CrossChecks::tr("Clause 6.1.3 e) and f) require the residual risk to be known and "
                                           "accepted by the risk owner; an acceptance above the client's own "
                                           "criteria with no residual rating leaves that open for one entry."));
        const QString acceptedBy = risk.text(QStringLiteral("accepted_by")).trimmed();
        if (risk.flag(QStringLiteral("residual_accepted")) && !acceptedBy.isEmpty() && !owner.isEmpty()
            && !samePerson(acceptedBy, owner))
            addMinorOnRisk(out, kAcceptedByOther, risk, QStringLiteral("6.1.3"),
                           CrossChecks::tr("The residual risk of %1 was accepted by %2, not by its risk owner %3.")
                               .arg(riskLabel(risk), acceptedBy, owner),
                           CrossChecks::tr("Risk register entry %1: risk owner %2; residual risk accepted by %3.")
                               .arg(ref, owner, acceptedBy),
                           CrossChecks::tr("Clause 6.1.3 f) requires the risk owners to approve the treatment plan "
                                           "and accept the residual risk; dismiss the result if %1 acts for the "
                                           "owner under a documented delegation.")
                               .arg(acceptedBy));
    }
}

void soaChecks(const AuditSnapshot& s, QList<CrossCheckResult>& out)
{
    QStringList undecided;
    for (const auto& entry : s.soa) {
        const QString control = entry.text(QStringLiteral("control_id"));
        const QString applicable = entry.text(QStringLiteral("applicable"));
        const bool justified = !entry.text(QStringLiteral("justification")).trimmed().isEmpty();
        if (applicable == QLatin1String("undecided"))
            undecided << control;
        if (applicable == QLatin1String("yes") && !justified && s.risksTreatedWith(control).isEmpty()) {
            auto r = make(kNoReason, control);
            r.message = CrossChecks::tr("Control %1 is applicable, but no risk is treated with it and the SoA states "
                                        "no other reason (legal, contractual, business) for including it.")
                            .arg(control);
            r.evidence = CrossChecks::tr("SoA entry %1: applicable, no justification; no risk register entry lists "
                                         "it.")
                             .arg(control);
            r.suggestedGrade = QStringLiteral("minor");
            r.rationale = CrossChecks::tr("Clause 6.1.3 d) requires a justification for every included control; "
                                          "one SoA entry lacks it.");
            r.clauses = {QStringLiteral("6.1.3")};
            r.controls = {control};
            out << r;
        }
        if (applicable == QLatin1String("no") && !justified) {
            auto r = make(kExclusion, control);
            r.message = CrossChecks::tr("Control %1 is excluded from the SoA without a justification.").arg(control);
            r.evidence = CrossChecks::tr("SoA entry %1: not applicable, justification empty.").arg(control);
            r.suggestedGrade = QStringLiteral("minor");
            r.rationale = CrossChecks::tr("Clause 6.1.3 d) requires the justification of every exclusion; one SoA "
                                          "entry lacks it.");
            r.clauses = {QStringLiteral("6.1.3")};
            r.controls = {control};
            out << r;
        }
    }
    if (!undecided.isEmpty()) {
        auto r = make(kIncomplete, QStringLiteral("SoA"));
        r.message
            = CrossChecks::tr("The SoA does not state whether %n control(s) apply: %1.", nullptr, int(undecided.size()))
                  .arg(undecided.join(QStringLiteral(", ")));
        r.evidence = CrossChecks::tr("Statement of Applicability: no applicability stated for %1.")
                         .arg(undecided.join(QStringLiteral(", ")));
        r.suggestedGrade = QStringLiteral("minor");
        r.rationale = CrossChecks::tr("Clause 6.1.3 d) requires the SoA to cover all 93 Annex A controls; a "
                                      "documentation gap that does not by itself show the ISMS failing.");
        r.clauses = {QStringLiteral("6.1.3")};
        out << r;
    }
}

void documentChecks(const AuditSnapshot& s, QList<CrossCheckResult>& out)
{
    for (const QString& clauseId : CrossChecks::documentedInformationClauses()) {
        const Record* c = s.clause(clauseId);
        if (!c || !c->flag(QStringLiteral("planned"))
            || c->text(QStringLiteral("verdict")) == QLatin1String("not-audited") || s.documentSighted(clauseId))
            continue;
        auto r = make(kDocInfo, clauseId);
        r.clause = clauseId;
        // The tool knows only that nothing is linked, not that nothing exists: it asks, and a raised finding's
        // objective evidence is left for the auditor to write (reporting.findings-complete requires it).
        r.message = CrossChecks::tr("Clause %1 requires documented information, and no document or record linked "
                                    "to it is recorded in this audit. Was it presented? Link what you sighted, or "
                                    "raise a finding if it was requested and not available.")
                        .arg(clauseId);
        r.evidence = CrossChecks::tr("State which documented information for clause %1 was requested, from whom, "
                                     "and what was presented.")
                         .arg(clauseId);
        r.evidenceIsQuestion = true;
        r.suggestedGrade = QStringLiteral("minor");
        r.rationale = CrossChecks::tr("Documented information that is missing while the process itself operates is "
                                      "suggested as minor. If the process the clause requires is absent, the "
                                      "capability of the management system to achieve its intended results is in "
                                      "doubt: grade it major (ISO/IEC 17021-1 definition of a major "
                                      "nonconformity).");
        r.clauses = {clauseId};
        out << r;
    }
}

Result<CrossCheckResult> current(const AuditSnapshot& s, const QString& key)
{
    for (const auto& r : CrossChecks::run(s)) {
        if (r.key == key)
            return r;
    }
    return Error{
        CrossChecks::tr("There is no current cross-check result \"%1\" (see isoaudit-cli crosscheck).").arg(key)};
}

} // namespace

const QStringList& CrossChecks::documentedInformationClauses()
{
    // ISO/IEC 27001-specific by nature: the clause 4-10 items whose text requires documented information, as the
    // catalog flags them (14 items of ISO/IEC 27001:2022).
    static const QStringList clauses = [] {
        QStringList ids;
        for (const CatalogItem& item : Catalog::isoSpecificByNature().clauses()) {
            if (item.documentedInformation)
                ids << item.id;
        }
        return ids;
    }();
    return clauses;
}

const QList<CrossCheckInfo>& CrossChecks::checks()
{
    static const QList<CrossCheckInfo> all = {
        {kUntreated, QStringLiteral("6.1.3 a), 8.3"), tr("Risk above the acceptance threshold with no treatment")},
        {kMitigate, QStringLiteral("6.1.3 b)"), tr("Risk to be mitigated with no Annex A control")},
        {kNotApplicable, QStringLiteral("6.1.3 d)"), tr("Risk treated with a control the SoA marks not applicable")},
        {kNoReason, QStringLiteral("6.1.3 d)"), tr("Applicable control with no linked risk and no stated reason")},
        {kExclusion, QStringLiteral("6.1.3 d)"), tr("Exclusion without justification")},
        {kIncomplete, QStringLiteral("6.1.3 d)"), tr("SoA does not cover all 93 Annex A controls")},
        {kResidual, QStringLiteral("6.1.3 e), f), 8.3"), tr("Residual risk above the threshold, not accepted")},
        {kDocInfo, documentedInformationClauses().join(QStringLiteral(", ")),
         tr("Required documented information not linked to any evidence")},
        {kUnrated, QStringLiteral("6.1.2 d)"), tr("Risk with no likelihood or impact rating")},
        {kNoOwner, QStringLiteral("6.1.2 c) 2)"), tr("Risk with no risk owner")},
        {kAcceptedUnrated, QStringLiteral("6.1.3 e), f)"),
         tr("Risk above the threshold accepted with no residual rating")},
        {kAcceptedByOther, QStringLiteral("6.1.3 f)"), tr("Residual risk accepted by someone other than its owner")},
    };
    return all;
}

QList<CrossCheckResult> CrossChecks::run(const AuditSnapshot& s)
{
    QList<CrossCheckResult> results;
    riskChecks(s, results);
    soaChecks(s, results);
    documentChecks(s, results);
    // Report in check order (the order of checks()), keeping each check's record order.
    QList<CrossCheckResult> ordered;
    for (const auto& info : checks()) {
        for (const auto& r : results) {
            if (r.checkId == info.id)
                ordered << r;
        }
    }
    for (auto& r : ordered) {
        if (const Record* finding = s.findingFromCrosscheck(r.key)) {
            r.state = CrossCheckResult::State::Raised;
            r.findingRef = finding->text(QStringLiteral("ref"));
        } else if (const Record* dismissal = s.dismissal(r.key)) {
            r.state = CrossCheckResult::State::Dismissed;
            r.dismissalReason = dismissal->text(QStringLiteral("reason"));
        }
    }
    return ordered;
}

Result<QList<CrossCheckResult>> CrossChecks::run(const AuditStore& store)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    return run(snapshot.value());
}

Result<QString> CrossChecks::raise(AuditStore& store, const QString& key, const RaiseOptions& options)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    auto result = current(snapshot.value(), key);
    if (!result)
        return Error{result.error()};
    const CrossCheckResult& r = result.value();
    if (r.state == CrossCheckResult::State::Raised)
        return Error{tr("Cross-check result %1 is already raised as finding %2.").arg(key, r.findingRef)};
    if (r.state == CrossCheckResult::State::Dismissed)
        return Error{tr("Cross-check result %1 was dismissed (\"%2\"); withdraw the dismissal before raising it.")
                         .arg(key, r.dismissalReason)};
    // At Stage 1 a suggested nonconformity is an area of concern (ISO/IEC 17021-1 9.3.1.2.2).
    const bool stage1 = snapshot->auditType() == QLatin1String("stage1");
    const bool suggestsNonconformity
        = r.suggestedGrade == QLatin1String("major") || r.suggestedGrade == QLatin1String("minor");
    const QString grade = !options.grade.isEmpty()          ? options.grade
        : stage1 && suggestsNonconformity ? QStringLiteral("area-of-concern")
                                          : r.suggestedGrade;
    const QStringList grades = Enums::findingGradesFor(snapshot->auditType());
    if (!grades.contains(grade))
        return Error{tr("A finding's grade in this audit must be one of: %1; \"%2\" is not.")
                         .arg(grades.join(QStringLiteral(", ")), grade)};
    const QString ref = options.ref.isEmpty() ? snapshot->nextFindingRef(grade) : options.ref;
    for (const auto& f : snapshot->findings) {
        if (f.text(QStringLiteral("ref")) == ref)
            return Error{tr("This audit already has a finding %1; choose another reference.").arg(ref)};
    }
    const QDate raisedOn = options.raisedOn.isValid() ? options.raisedOn : QDate::currentDate();
    QStringList requirement{r.clause};
    for (const QString& control : r.controls)
        requirement << QStringLiteral("A.") + control;
    Record finding{RecordKind::Finding, {}, {}, {}, {}};
    finding.values = {{"ref", ref},
                      {"grade", grade},
                      {"title", r.title},
                      {"requirement", requirement.join(QStringLiteral("; "))},
                      {"statement", r.message},
                      {"objective_evidence", r.evidenceIsQuestion ? QString() : r.evidence},
                      {"raised_on", raisedOn.toString(Qt::ISODate)},
                      {"raised_by", options.raisedBy},
                      {"suggested_grade", r.suggestedGrade},
                      {"suggestion_rationale", r.rationale},
                      {"crosscheck_key", r.key}};
    finding.links = {{LinkKind::Clause, r.clauses}, {LinkKind::Control, r.controls}, {LinkKind::Risk, r.riskUuids}};
    return store.insert(finding);
}

Status CrossChecks::dismiss(AuditStore& store, const QString& key, const QString& reason, const QString& dismissedBy,
                            const QDateTime& when)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Dismissing cross-check result %1 needs a reason, which is kept with the audit.").arg(key)};
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    auto result = current(snapshot.value(), key);
    if (!result)
        return Error{result.error()};
    if (result->state == CrossCheckResult::State::Raised)
        return Error{tr("Cross-check result %1 is raised as finding %2; delete the finding to dismiss it instead.")
                         .arg(key, result->findingRef)};
    if (result->state == CrossCheckResult::State::Dismissed)
        return Error{tr("Cross-check result %1 is already dismissed.").arg(key)};
    Record dismissal{RecordKind::CrosscheckDismissal, {}, {}, {}, {}};
    dismissal.values = {{"check_key", key},
                        {"reason", reason.trimmed()},
                        {"dismissed_by", dismissedBy},
                        {"dismissed_at", when.toUTC().toString(Qt::ISODate)}};
    auto inserted = store.insert(dismissal);
    if (!inserted)
        return Error{inserted.error()};
    return {};
}

Status CrossChecks::undismiss(AuditStore& store, const QString& key)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    const Record* dismissal = snapshot->dismissal(key);
    if (!dismissal)
        return Error{tr("Cross-check result %1 is not dismissed.").arg(key)};
    return store.remove(RecordKind::CrosscheckDismissal, dismissal->uuid);
}

QString CrossChecks::stateName(CrossCheckResult::State state)
{
    switch (state) {
    case CrossCheckResult::State::Open:
        return QStringLiteral("open");
    case CrossCheckResult::State::Raised:
        return QStringLiteral("raised");
    case CrossCheckResult::State::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

} // namespace isoaudit
