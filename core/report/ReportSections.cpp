// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportSections.h"

#include "catalog/Catalog.h"
#include "domain/RecordKind.h"
#include "report/ReportDocument.h"
#include "report/ReportText.h"

#include <QHash>

#include <algorithm>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

ReportCell header(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    return {text, Text::TableHeader, {}, alignment};
}

ReportCell number(int n)
{
    return {n == 0 ? QStringLiteral("–") : QString::number(n), Text::TableCell, {}, Qt::AlignRight};
}

/// "8.8 Management of technical vulnerabilities" for a clause or control id.
QString requirementTitle(const QString& id, bool control)
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    const CatalogItem* item = control ? catalog.control(id) : catalog.clause(id);
    const QString shown = control ? QStringLiteral("A.") + id : id;
    return item ? shown + QLatin1Char(' ') + item->title : shown;
}

bool actionOpen(const ReportAction& action)
{
    return action.status != QLatin1String("verified-effective");
}

/// The grades the report counts: those of the audit's type, and any other a finding has.
QStringList gradesOf(const ReportData& data)
{
    QStringList grades = Enums::findingGradesFor(data.auditType);
    for (const auto& finding : data.findings) {
        if (!grades.contains(finding.grade) && Enums::findingGrades.contains(finding.grade))
            grades.insert(Enums::findingGrades.indexOf(finding.grade) < 2 ? 2 : grades.size(), finding.grade);
    }
    return grades;
}

} // namespace

void ReportSections::findingsSummary(ReportDocument& doc, const ReportData& data)
{
    doc.section(tr("Findings summary"), false);
    doc.heading(tr("By grade"));
    ReportTable grades;
    grades.widths = {0.46, 0.18, 0.18, 0.18};
    grades.header = {header(tr("Grade")), header(tr("Findings"), Qt::AlignRight),
                     header(tr("Actions open"), Qt::AlignRight), header(tr("Actions verified"), Qt::AlignRight)};
    int total = 0;
    int totalOpen = 0;
    int totalVerified = 0;
    const QStringList reportGrades = gradesOf(data);
    for (const QString& grade : reportGrades) {
        int open = 0;
        int verified = 0;
        for (const auto& finding : data.findings) {
            if (finding.grade != grade)
                continue;
            for (const auto& action : finding.actions)
                (actionOpen(action) ? open : verified) += 1;
        }
        const int count = data.findingCount(grade);
        total += count;
        totalOpen += open;
        totalVerified += verified;
        grades.rows.append({{{ReportText::gradePlural(grade), Text::TableCellBold, ReportText::gradeTint(grade)},
                             number(count),
                             number(open),
                             number(verified)}});
    }
    grades.rows.append({{{tr("Total"), Text::TableCellBold},
                         {QString::number(total), Text::TableCellBold, {}, Qt::AlignRight},
                         {QString::number(totalOpen), Text::TableCellBold, {}, Qt::AlignRight},
                         {QString::number(totalVerified), Text::TableCellBold, {}, Qt::AlignRight}}});
    doc.table(std::move(grades));

    doc.heading(tr("By clause and control"));
    // Requirement -> counts per grade, in catalog order (clauses first, then Annex A).
    QHash<QString, QList<int>> counts;
    for (const auto& finding : data.findings) {
        const int g = int(reportGrades.indexOf(finding.grade));
        if (g < 0)
            continue;
        for (const auto& id : finding.clauses) {
            auto& row = counts[QStringLiteral("c:") + id];
            row.resize(reportGrades.size());
            ++row[g];
        }
        for (const auto& id : finding.controls) {
            auto& row = counts[QStringLiteral("a:") + id];
            row.resize(reportGrades.size());
            ++row[g];
        }
    }
    if (counts.isEmpty()) {
        doc.paragraph(tr("No finding refers to a clause or control."));
        return;
    }
    QStringList keys = counts.keys();
    const Catalog& catalog = Catalog::isoSpecificByNature();
    std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        const bool ca = a.startsWith(QLatin1Char('c'));
        const bool cb = b.startsWith(QLatin1Char('c'));
        if (ca != cb)
            return ca;
        const int ia = ca ? catalog.clauseIndex(a.mid(2)) : catalog.controlIndex(a.mid(2));
        const int ib = cb ? catalog.clauseIndex(b.mid(2)) : catalog.controlIndex(b.mid(2));
        return ia != ib ? ia < ib : a < b;
    });
    ReportTable t;
    t.widths = {0.52};
    for (qsizetype g = 0; g < reportGrades.size(); ++g)
        t.widths.append(0.48 / qreal(reportGrades.size()));
    t.header = {header(tr("Requirement"))};
    for (const QString& grade : reportGrades)
        t.header.append(header(ReportText::label(ValueList::FindingGrade, grade, LabelForm::Short), Qt::AlignRight));
    for (const auto& key : keys) {
        const QList<int>& row = counts.value(key);
        ReportRow r{{{requirementTitle(key.mid(2), key.startsWith(QLatin1Char('a')))}}};
        for (int g = 0; g < reportGrades.size(); ++g) {
            ReportCell cell = number(row.at(g));
            const QString& grade = reportGrades.at(g);
            if (row.at(g) > 0
                && (grade == QLatin1String("major") || grade == QLatin1String("minor")
                    || grade == QLatin1String("area-of-concern")))
                cell.fill = ReportText::gradeTint(grade);
            r.cells.append(cell);
        }
        t.rows.append(std::move(r));
    }
    doc.table(std::move(t));
}

void ReportSections::clauseResults(ReportDocument& doc, const ReportData& data)
{
    const bool stage1 = data.auditType == QLatin1String("stage1");
    doc.section(stage1 ? tr("Documentation review and readiness: clauses 4 to 10") : tr("Results for clauses 4 to 10"));
    if (stage1)
        doc.paragraph(tr("At Stage 1 the audit team reviews the ISMS's documented information and evaluates whether "
                         "the client is ready for Stage 2; a result states that review, not the implementation and "
                         "effectiveness that Stage 2 evaluates."));
    const auto planned
        = std::count_if(data.clauses.begin(), data.clauses.end(), [](const ReportClause& c) { return c.planned; });
    doc.paragraph(planned == data.clauses.size()
                      ? tr("This audit's plan covers every clause requirement. The findings column names the findings "
                           "raised against the requirement; the findings section states them in full.")
                      : tr("This audit's plan covers %1 of the %2 clause requirements; the others are marked as not "
                           "in this audit's plan. The findings column names the findings raised against the "
                           "requirement; the findings section states them in full.")
                            .arg(planned)
                            .arg(data.clauses.size()));
    QHash<QString, QStringList> refs;
    for (const auto& finding : data.findings) {
        for (const auto& id : finding.clauses)
            refs[id] << finding.ref;
    }
    ReportTable t;
    t.widths = {0.085, 0.235, 0.17, 0.15, 0.36};
    t.header = {header(tr("Clause")), header(tr("Requirement")), header(tr("Result")), header(tr("Findings")),
                header(tr("Notes"))};
    for (const auto& clause : data.clauses) {
        t.rows.append({{{clause.id, Text::TableCellBold},
                        {clause.title},
                        clause.planned || clause.verdict != QLatin1String("pending")
                            ? ReportCell{ReportText::clauseVerdict(clause.verdict), Text::TableCell,
                                         ReportText::verdictTint(clause.verdict)}
                            : ReportCell{tr("Not in this audit's plan"), Text::TableCell},
                        {ReportText::orDash(refs.value(clause.id).join(QStringLiteral(", ")))},
                        {ReportText::orDash(clause.notes)}}});
    }
    doc.table(std::move(t));
}

void ReportSections::soaSummary(ReportDocument& doc, const ReportData& data)
{
    doc.section(tr("Statement of Applicability summary"));
    const QStringList themes = Catalog::isoSpecificByNature().themes();
    auto count = [&](const QString& theme, auto predicate) {
        return int(std::count_if(data.controls.begin(), data.controls.end(),
                                 [&](const ReportControl& c) { return c.theme == theme && predicate(c); }));
    };
    auto field = [](QString ReportControl::*member, const char* value) {
        return [member, value](const ReportControl& c) { return c.*member == QLatin1String(value); };
    };
    doc.heading(tr("Applicability per theme"));
    ReportTable t;
    t.widths = {0.32, 0.17, 0.17, 0.17, 0.17};
    t.header = {header(tr("Theme")), header(tr("Controls"), Qt::AlignRight),
                header(ReportText::applicability(QStringLiteral("yes")), Qt::AlignRight),
                header(ReportText::applicability(QStringLiteral("no")), Qt::AlignRight),
                header(ReportText::applicability(QStringLiteral("undecided")), Qt::AlignRight)};
    for (const auto& theme : themes) {
        t.rows.append({{{ReportText::theme(theme), Text::TableCellBold},
                        number(count(theme, [](const ReportControl&) { return true; })),
                        number(count(theme, field(&ReportControl::applicable, "yes"))),
                        number(count(theme, field(&ReportControl::applicable, "no"))),
                        number(count(theme, field(&ReportControl::applicable, "undecided")))}});
    }
    doc.table(std::move(t));

    doc.heading(tr("Implementation per theme, as stated by the client"));
    ReportTable m;
    m.widths = {0.32, 0.17, 0.17, 0.17, 0.17};
    m.header
        = {header(tr("Theme")),
           header(ReportText::label(ValueList::Implementation, QStringLiteral("implemented"), LabelForm::Short),
                  Qt::AlignRight),
           header(ReportText::label(ValueList::Implementation, QStringLiteral("partial"), LabelForm::Short),
                  Qt::AlignRight),
           header(ReportText::label(ValueList::Implementation, QStringLiteral("planned"), LabelForm::Short),
                  Qt::AlignRight),
           header(ReportText::label(ValueList::Implementation, QStringLiteral("not-implemented"), LabelForm::Short),
                  Qt::AlignRight)};
    for (const auto& theme : themes) {
        m.rows.append({{{ReportText::theme(theme), Text::TableCellBold},
                        number(count(theme, field(&ReportControl::implementation, "implemented"))),
                        number(count(theme, field(&ReportControl::implementation, "partial"))),
                        number(count(theme, field(&ReportControl::implementation, "planned"))),
                        number(count(theme, field(&ReportControl::implementation, "not-implemented")))}});
    }
    doc.table(std::move(m));

    doc.heading(tr("Auditor verdicts per theme"));
    ReportTable v;
    v.widths = {0.2, 0.16, 0.16, 0.16, 0.16, 0.16};
    v.header = {header(tr("Theme")),
                header(ReportText::controlVerdict(QStringLiteral("effective")), Qt::AlignRight),
                header(ReportText::controlVerdict(QStringLiteral("nonconform")), Qt::AlignRight),
                header(ReportText::controlVerdict(QStringLiteral("not-sampled")), Qt::AlignRight),
                header(ReportText::controlVerdict(QStringLiteral("pending")), Qt::AlignRight),
                header(tr("Sampled"), Qt::AlignRight)};
    for (const auto& theme : themes) {
        const int effective = count(theme, field(&ReportControl::verdict, "effective"));
        const int nonconform = count(theme, field(&ReportControl::verdict, "nonconform"));
        v.rows.append({{{ReportText::theme(theme), Text::TableCellBold},
                        number(effective),
                        number(nonconform),
                        number(count(theme, field(&ReportControl::verdict, "not-sampled"))),
                        number(count(theme, field(&ReportControl::verdict, "pending"))),
                        number(effective + nonconform)}});
    }
    doc.table(std::move(v));

    doc.heading(tr("Exclusions and their justification"));
    ReportTable x;
    x.widths = {0.1, 0.35, 0.55};
    x.header = {header(tr("Control")), header(tr("Title")), header(tr("Justification for exclusion"))};
    for (const auto& control : data.controls) {
        if (control.applicable != QLatin1String("no"))
            continue;
        x.rows.append(
            {{{QStringLiteral("A.") + control.id, Text::TableCellBold},
              {control.title},
              {control.justification.trimmed().isEmpty() ? tr("No justification given") : control.justification,
               Text::TableCell,
               // The tint of the grade the cross-check soa.exclusion-unjustified suggests (minor).
               control.justification.trimmed().isEmpty() ? ReportText::gradeTint(QStringLiteral("minor"))
                                                         : QColor()}}});
    }
    if (x.rows.isEmpty())
        doc.paragraph(tr("The Statement of Applicability excludes no control."));
    else
        doc.table(std::move(x));

    doc.heading(tr("Verdicts on the controls sampled"));
    ReportTable s;
    s.widths = {0.09, 0.27, 0.18, 0.16, 0.30};
    s.header = {header(tr("Control")), header(tr("Title")), header(tr("Implementation")), header(tr("Verdict")),
                header(tr("Notes"))};
    for (const auto& control : data.controls) {
        if (control.verdict != QLatin1String("effective") && control.verdict != QLatin1String("nonconform"))
            continue;
        s.rows.append(
            {{{QStringLiteral("A.") + control.id, Text::TableCellBold},
              {control.title},
              {ReportText::implementation(control.implementation)},
              {ReportText::controlVerdict(control.verdict), Text::TableCell, ReportText::verdictTint(control.verdict)},
              {ReportText::orDash(control.notes)}}});
    }
    if (s.rows.isEmpty())
        doc.paragraph(tr("No control has a verdict yet."));
    else
        doc.table(std::move(s));
}

void ReportSections::riskPicture(ReportDocument& doc, const ReportData& data)
{
    doc.section(tr("Risk assessment and treatment"));
    const RiskMethod& method = data.riskMethod;
    auto levels = [](const QStringList& labels) {
        QStringList out;
        for (int i = 0; i < labels.size(); ++i)
            out << QStringLiteral("%1 %2").arg(i + 1).arg(labels.at(i));
        return out.join(QStringLiteral(" · "));
    };
    QStringList bands;
    for (const auto& band : method.bands)
        bands << QStringLiteral("%1 %2–%3").arg(band.label).arg(band.from).arg(band.to);
    // The rule is the client's, as recorded (DOMAIN.md section 3): never a formula of IsoAudit's own.
    switch (method.scoring) {
    case RiskMethod::Scoring::Product:
        doc.paragraph(tr("The client's own risk method, as recorded by the audit team. Scores follow the client's "
                         "method: likelihood × impact."));
        break;
    case RiskMethod::Scoring::Sum:
        doc.paragraph(tr("The client's own risk method, as recorded by the audit team. Scores follow the client's "
                         "method: likelihood + impact."));
        break;
    case RiskMethod::Scoring::Matrix:
        doc.paragraph(tr("The client's own risk method, as recorded by the audit team. Scores follow the client's "
                         "method: each pair of likelihood and impact levels has the score the client's matrix gives "
                         "it (below)."));
        break;
    }
    doc.keyValues({{tr("Method"), method.name},
                   {tr("Likelihood levels"), levels(method.likelihoodLevels)},
                   {tr("Impact levels"), levels(method.impactLevels)},
                   {tr("Score bands"), bands.join(QStringLiteral(" · "))},
                   {tr("Acceptance threshold"),
                    method.acceptanceThreshold ? tr("Scores up to %1 are acceptable").arg(*method.acceptanceThreshold)
                                               : QString()},
                   {tr("Description"), method.description}});
    if (method.scoring == RiskMethod::Scoring::Matrix)
        scoreMatrix(doc, method);

    HeatMapData inherent{tr("Inherent risk (before treatment)"), method, {}, 0};
    HeatMapData residual{tr("Residual risk (after treatment)"), method, {}, 0};
    for (const auto& risk : data.risks) {
        if (risk.likelihood && risk.impact)
            inherent.risks.append(QPoint(*risk.impact, *risk.likelihood));
        else
            ++inherent.unrated;
        if (risk.residualLikelihood && risk.residualImpact)
            residual.risks.append(QPoint(*risk.residualImpact, *risk.residualLikelihood));
        else
            ++residual.unrated;
    }
    for (auto* map : {&inherent, &residual}) {
        ReportBlock block;
        block.type = ReportBlock::Type::HeatMap;
        block.heatMap = *map;
        doc.blocks.append(std::move(block));
    }

    doc.heading(tr("Risks above the acceptance threshold"));
    if (!method.acceptanceThreshold) {
        doc.paragraph(tr("The client's method states no acceptance threshold."));
        return;
    }
    ReportTable t;
    t.widths = {0.08, 0.25, 0.16, 0.075, 0.115, 0.105, 0.215};
    t.header = {header(tr("Risk")),
                header(tr("Asset and threat")),
                header(tr("Owner")),
                header(tr("Score"), Qt::AlignRight),
                header(tr("Treatment")),
                header(tr("Residual"), Qt::AlignRight),
                header(tr("Residual accepted by"))};
    for (const auto& risk : data.risks) {
        const std::optional<int> score = method.score(risk.likelihood, risk.impact);
        if (!score || !method.aboveThreshold(*score))
            continue;
        const std::optional<int> rest = method.score(risk.residualLikelihood, risk.residualImpact);
        const RiskBand* band = method.band(*score);
        const bool restAbove = rest && method.aboveThreshold(*rest);
        t.rows.append(
            {{{risk.ref, Text::TableCellBold},
              {risk.threat.isEmpty()
                   ? ReportText::orDash(risk.asset)
                   : risk.asset + ReportLanguage::punctuation(QLatin1Char(':')) + QLatin1Char(' ') + risk.threat},
              {ReportText::orDash(risk.owner)},
              {QString::number(*score), Text::TableCell, band ? band->color.lighter(150) : QColor(), Qt::AlignRight},
              {ReportText::treatment(risk.treatment)},
              {rest ? QString::number(*rest) : ReportText::orDash({}), Text::TableCell,
               restAbove ? ReportText::gradeTint(QStringLiteral("minor")) : QColor(), Qt::AlignRight},
              {risk.residualAccepted ? ReportText::orDash(risk.acceptedBy)
                                     : (restAbove ? tr("Not accepted") : ReportText::orDash({}))}}});
    }
    if (t.rows.isEmpty())
        doc.paragraph(tr("No risk scores above the acceptance threshold."));
    else
        doc.table(std::move(t));
}

void ReportSections::scoreMatrix(ReportDocument& doc, const RiskMethod& method)
{
    // Cell by cell, highest likelihood first as on the heat maps; an unusable matrix is said so, not guessed at.
    doc.heading(tr("The client's score matrix"));
    if (auto usable = method.validateScoring(); !usable) {
        doc.paragraph(tr("The recorded matrix cannot be read: %1").arg(usable.error()));
        return;
    }
    const int columns = method.impactCount();
    ReportTable t;
    t.keepTogether = true;
    t.widths = {0.22};
    for (int i = 0; i < columns; ++i)
        t.widths << 0.78 / std::max(1, columns);
    t.header = {header(tr("Likelihood / impact"))};
    for (int i = 1; i <= columns; ++i)
        t.header << header(QStringLiteral("%1 %2").arg(i).arg(method.impactLevels.at(i - 1)), Qt::AlignRight);
    for (int l = method.likelihoodCount(); l >= 1; --l) {
        ReportRow row;
        row.cells << ReportCell{QStringLiteral("%1 %2").arg(l).arg(method.likelihoodLevels.at(l - 1)),
                                Text::TableCellBold};
        for (int i = 1; i <= columns; ++i) {
            const auto score = method.score(l, i);
            const RiskBand* band = score ? method.band(*score) : nullptr;
            row.cells << ReportCell{score ? QString::number(*score) : ReportText::orDash({}), Text::TableCell,
                                    band && band->color.isValid() ? band->color.lighter(150) : QColor(),
                                    Qt::AlignRight};
        }
        t.rows << row;
    }
    doc.table(std::move(t));
}

void ReportSections::findingsInFull(ReportDocument& doc, const ReportData& data)
{
    doc.section(tr("Findings in detail"));
    if (data.findings.isEmpty()) {
        doc.paragraph(tr("The audit raised no findings."));
        return;
    }
    for (const auto& f : data.findings) {
        doc.heading(QStringLiteral("%1 — %2").arg(f.ref, ReportText::grade(f.grade)), Text::Heading3,
                    ReportText::gradeColor(f.grade));
        QStringList requirements;
        for (const auto& id : f.clauses)
            requirements << requirementTitle(id, false);
        for (const auto& id : f.controls)
            requirements << requirementTitle(id, true);
        // The requirement as recorded; the catalog titles only when the auditor's text does not already name them.
        QString requirement = f.requirement.trimmed();
        const QStringList ids = f.clauses + f.controls;
        const bool named = !requirement.isEmpty()
            && std::all_of(ids.begin(), ids.end(), [&](const QString& id) { return requirement.contains(id); });
        if (!named)
            requirement = (requirements + QStringList(requirement)).join(QLatin1Char('\n')).trimmed();
        QString evidence = f.objectiveEvidence;
        if (!f.evidenceTitles.isEmpty())
            evidence += (evidence.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Evidence records: %1").arg(ReportLanguage::join(f.evidenceTitles, QLatin1Char(';')));
        QList<QPair<QString, QString>> rows;
        if (!f.title.trimmed().isEmpty())
            rows.append({tr("Title"), f.title});
        rows.append({tr("Requirement"), requirement});
        rows.append({tr("Statement"), f.statement});
        rows.append({tr("Objective evidence"), evidence});
        rows.append(
            {tr("Raised"),
             QStringList{ReportLanguage::shortDate(f.raisedOn), f.raisedBy}.join(QStringLiteral(" · ")).trimmed()});
        const bool nonconformity = f.grade == QLatin1String("major") || f.grade == QLatin1String("minor");
        if (f.actions.isEmpty()) {
            rows.append({tr("Corrective action"), nonconformity ? tr("None submitted yet") : tr("Not required")});
        }
        for (int i = 0; i < f.actions.size(); ++i) {
            const ReportAction& a = f.actions.at(i);
            const QString suffix = f.actions.size() > 1 ? QStringLiteral(" %1").arg(i + 1) : QString();
            rows.append({tr("Action status") + suffix, ReportText::actionStatus(a.status)});
            rows.append({tr("Correction"), a.correction});
            rows.append({tr("Root cause"), a.rootCause});
            rows.append({tr("Corrective action"), a.action});
            rows.append(
                {tr("Owner and due date"),
                 QStringList{ReportText::orDash(a.owner), ReportText::orDash(ReportLanguage::shortDate(a.dueDate))}
                     .join(QStringLiteral(" · "))});
            if (!a.verification.isEmpty() || !a.verifiedOn.isEmpty())
                rows.append({tr("Verification"),
                             QStringList{a.verification, a.verifiedBy, ReportLanguage::shortDate(a.verifiedOn)}
                                 .join(QStringLiteral(" · "))
                                 .trimmed()});
        }
        doc.keyValues(rows, 0.22);
        doc.blocks.last().table.keepTogether = true;
    }
}

void ReportSections::evidenceLog(ReportDocument& doc, const ReportData& data)
{
    doc.section(tr("Evidence and sampling log"));
    if (data.evidence.isEmpty()) {
        doc.paragraph(tr("No evidence recorded."));
        return;
    }
    doc.paragraph(tr("Objective evidence examined, with the sample taken, so that each selection can be repeated."));
    ReportTable t;
    t.widths = {0.05, 0.14, 0.27, 0.15, 0.23, 0.16};
    t.header = {header(tr("#")),      header(tr("Type")),     header(tr("Evidence")), header(tr("Requirements")),
                header(tr("Sample")), header(tr("Collected"))};
    int n = 0;
    for (const auto& e : data.evidence) {
        QString title = e.title;
        if (!e.reference.isEmpty())
            title += QStringLiteral("\n") + e.reference;
        QString sample = ReportText::orDash({});
        if (e.sampleSize) {
            sample = e.population.isEmpty() ? tr("%1 items").arg(*e.sampleSize)
                                            : tr("%1 of %2").arg(*e.sampleSize).arg(e.population);
            if (!e.sampleSelection.isEmpty())
                sample += QStringLiteral("\n") + e.sampleSelection;
        }
        t.rows.append({{number(++n),
                        {ReportText::evidenceKind(e.kind)},
                        {title},
                        {ReportText::requirements(e.clauses, e.controls)},
                        {sample},
                        {ReportText::orDash(QStringList{ReportLanguage::shortDate(e.collectedOn), e.collectedBy}
                                                .join(QStringLiteral("\n"))
                                                .trimmed())}}});
    }
    doc.table(std::move(t));
}

} // namespace isoaudit
