// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportDocument.h"

#include "domain/Outcomes.h"
#include "domain/ReportContent.h"
#include "i18n/Translations.h"
#include "report/ReportCycleSections.h"
#include "report/ReportSections.h"
#include "report/ReportText.h"
#include "report/Soc2Report.h"

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString dateRange(const ReportData& data)
{
    if (data.startDate.isEmpty() && data.endDate.isEmpty())
        return ReportText::orDash({});
    if (data.endDate.isEmpty() || data.endDate == data.startDate)
        return ReportText::orDash(ReportLanguage::date(data.startDate));
    return ReportDocument::tr("%1 to %2")
        .arg(ReportText::orDash(ReportLanguage::date(data.startDate)), ReportLanguage::date(data.endDate));
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? ReportDocument::tr("Not recorded in the audit file.") : text;
}

QString contentLabel(const QString& column)
{
    const ReportContentItem* item = ReportContent::item(column);
    return item ? ReportContent::label(*item, ReportLanguage::translate) : column;
}

bool asks(const ReportData& data, const QString& column)
{
    const ReportContentItem* item = ReportContent::item(column);
    return item && item->auditTypes.contains(data.auditType);
}

/// The question an audit type's outcome answers, as the heading of the outcome box.
QString outcomeHeading(const QString& auditType)
{
    if (auditType == QLatin1String("stage1"))
        return ReportDocument::tr("Readiness for Stage 2");
    if (auditType == QLatin1String("surveillance"))
        return ReportDocument::tr("Continuation of certification");
    if (auditType == QLatin1String("recertification"))
        return ReportDocument::tr("Renewal of certification");
    if (auditType == QLatin1String("special"))
        return ReportDocument::tr("Conclusion on the nonconformities followed up");
    return ReportDocument::tr("Certification recommendation");
}

/// The earliest due date of a finding's corrective actions, or "".
QString earliestDue(const ReportFinding& finding)
{
    QString due;
    for (const auto& action : finding.actions) {
        if (!action.dueDate.isEmpty() && (due.isEmpty() || action.dueDate < due))
            due = action.dueDate;
    }
    return due;
}

bool hasStatus(const ReportFinding& finding, std::initializer_list<const char*> statuses)
{
    for (const auto& action : finding.actions) {
        for (const char* status : statuses) {
            if (action.status == QLatin1String(status))
                return true;
        }
    }
    return false;
}

} // namespace

ReportDocument ReportDocument::build(const ReportData& data, const ReportOptions& options)
{
    const ReportLanguage::Scope language(options.language);
    const ReportLanguage::WordingScope wording(options.bodyWording);
    ReportDocument doc;
    doc.language = options.language;
    if (data.engagement) { // a SOC 2 engagement: the service auditor's report, from the same blocks
        const qsizetype contentsAt = Soc2Report::build(doc, data, *data.engagement);
        doc.insertContents(contentsAt);
        return doc;
    }
    const QString standard = data.standard.isEmpty() ? data.framework : data.standard;
    const QString number = data.reportNumber.isEmpty() ? tr("(no number)") : data.reportNumber;
    doc.title = tr("%1 audit report %2 — %3").arg(ReportText::auditType(data.auditType), number, data.client);
    doc.headerLeft = data.client;
    doc.headerRight = tr("%1 · %2 audit report").arg(standard, ReportText::auditType(data.auditType));
    doc.marking = tr("CONFIDENTIAL");
    // The page number and count are filled in per page by ReportLayout.
    doc.footerReport = tr("Report %1 · Rev %2 · Page %3 of %4").arg(number).arg(data.revision);

    doc.cover(data, options);
    const qsizetype contentsAt = doc.blocks.size();
    doc.objectives(data);
    ReportCycleSections::programme(doc, data);
    doc.team(data);
    ReportCycleSections::meetings(doc, data);
    doc.summary(data);
    doc.conclusions(data);
    ReportSections::findingsSummary(doc, data);
    ReportCycleSections::earlierNonconformities(doc, data);
    ReportSections::clauseResults(doc, data);
    ReportSections::soaSummary(doc, data);
    ReportSections::riskPicture(doc, data);
    ReportSections::findingsInFull(doc, data);
    ReportSections::evidenceLog(doc, data);
    doc.distribution(data);
    doc.signatures(data);

    doc.insertContents(contentsAt);
    return doc;
}

void ReportDocument::insertContents(qsizetype at)
{
    // The contents lists the sections, so it is built last and put in its place after the cover.
    ReportDocument contentsDoc;
    contentsDoc.contents = contents;
    contentsDoc.contentsPage();
    for (qsizetype i = 0; i < contentsDoc.blocks.size(); ++i)
        blocks.insert(at + i, contentsDoc.blocks.at(i));
}

void ReportDocument::section(const QString& text, bool newPage, const QString& sectionNumber)
{
    if (newPage)
        pageBreak();
    const QString number = sectionNumber.isEmpty() ? QString::number(contents.size() + 1) : sectionNumber;
    const QString anchor = QStringLiteral("section-%1").arg(contents.size() + 1);
    contents.append({anchor, number, text});
    ReportBlock block;
    block.style = Text::Heading1;
    block.text = number + QStringLiteral("  ") + text;
    block.anchor = anchor;
    blocks.append(std::move(block));
}

void ReportDocument::heading(const QString& text, ReportStyle::Text style, const QColor& accent)
{
    ReportBlock block;
    block.style = style;
    block.text = text;
    block.accent = accent;
    blocks.append(std::move(block));
}

void ReportDocument::paragraph(const QString& text, ReportStyle::Text style)
{
    ReportBlock block;
    block.style = style;
    block.text = text;
    blocks.append(std::move(block));
}

void ReportDocument::table(ReportTable table)
{
    ReportBlock block;
    block.type = ReportBlock::Type::Table;
    block.table = std::move(table);
    blocks.append(std::move(block));
}

void ReportDocument::spacer(qreal points)
{
    ReportBlock block;
    block.type = ReportBlock::Type::Spacer;
    block.height = points;
    blocks.append(std::move(block));
}

void ReportDocument::pageBreak()
{
    ReportBlock block;
    block.type = ReportBlock::Type::PageBreak;
    blocks.append(std::move(block));
}

void ReportDocument::keyValues(const QList<QPair<QString, QString>>& rows, qreal labelWidth)
{
    ReportTable t;
    t.look = ReportTable::Look::KeyValue;
    t.widths = {labelWidth, 1.0 - labelWidth};
    for (const auto& [label, value] : rows)
        t.rows.append({{{label, Text::TableCellBold}, {ReportText::orDash(value)}}});
    table(std::move(t));
}

void ReportDocument::cover(const ReportData& data, const ReportOptions& options)
{
    spacer(70);
    paragraph(tr("AUDIT REPORT"), Text::Kicker);
    const QString standard = data.standard.isEmpty() ? data.framework : data.standard;
    paragraph(tr("%1 — %2 audit").arg(standard, ReportText::auditType(data.auditType)), Text::Title);
    paragraph(ReportText::orDash(data.client), Text::Subtitle);
    spacer(28);
    QStringList sites;
    for (const auto& site : data.sites)
        sites << (site.address.isEmpty() ? site.name : site.name + QStringLiteral(", ") + site.address);
    // The report is signed while the audit is in reporting, so that state already means the final text.
    QString status = tr("Draft: fieldwork in progress");
    if (data.lifecycle == QLatin1String("reporting"))
        status = tr("Final, for signature");
    else if (data.lifecycle == QLatin1String("signed"))
        status = tr("Final, signed");
    QList<QPair<QString, QString>> rows{
        {tr("Client"), data.client},
        {contentLabel(QStringLiteral("client_address")), data.content.value(QStringLiteral("client_address"))},
        {contentLabel(QStringLiteral("management_representative")),
         data.content.value(QStringLiteral("management_representative"))},
        {tr("Standard"), standard},
        {tr("Audit type"), ReportText::auditType(data.auditType)},
        {tr("Audit dates"), dateRange(data)},
        {tr("Sites"), sites.join(QLatin1Char('\n'))},
        {tr("Scope"), data.scope},
        {tr("Report number"), data.reportNumber},
        {tr("Revision"), QString::number(data.revision)},
        {tr("Status"), status},
        {ReportText::teamRole(QStringLiteral("lead")), data.leadAuditor()}};
    if (!options.issuer.trimmed().isEmpty()) {
        const QString address = options.issuerAddress.trimmed();
        rows.append(
            {tr("Certification body"),
             address.isEmpty() ? options.issuer.trimmed() : options.issuer.trimmed() + QLatin1Char('\n') + address});
        if (!options.issuerAccreditation.trimmed().isEmpty())
            rows.append({tr("Accreditation"), options.issuerAccreditation.trimmed()});
    }
    keyValues(rows);
    spacer(36);
    paragraph(tr("CONFIDENTIAL"), Text::Marking);
    paragraph(tr("This report contains confidential information about the information security management system "
                 "of %1. It is issued to the recipients in the distribution list and must not be passed to "
                 "others without the written consent of %1 and the certification body.")
                  .arg(data.client.isEmpty() ? tr("the client") : data.client),
              Text::Small);
}

void ReportDocument::contentsPage()
{
    pageBreak();
    heading(tr("Contents"), Text::Heading1);
    ReportTable t;
    t.look = ReportTable::Look::Plain;
    t.widths = {0.07, 0.81, 0.12};
    for (const auto& entry : contents) {
        t.rows.append({{{entry.number, Text::TableCell},
                        {entry.title, Text::TableCell},
                        {QString(), Text::TableCell, {}, Qt::AlignRight, entry.anchor}}});
    }
    table(std::move(t));
}

void ReportDocument::objectives(const ReportData& data)
{
    section(tr("Audit objectives, scope and criteria"));
    heading(contentLabel(QStringLiteral("objectives")));
    paragraph(orNotRecorded(data.objectives));
    heading(tr("Scope"));
    paragraph(orNotRecorded(data.scope));
    heading(contentLabel(QStringLiteral("criteria")));
    paragraph(orNotRecorded(data.criteria));
    heading(tr("Audit dates and sites"));
    ReportTable t;
    t.widths = {0.35, 0.65};
    t.header = {{tr("Site"), Text::TableHeader}, {tr("Address"), Text::TableHeader}};
    for (const auto& site : data.sites)
        t.rows.append({{{site.name}, {ReportText::orDash(site.address)}}});
    if (t.rows.isEmpty())
        t.rows.append({{{tr("No site recorded")}, {ReportText::orDash({})}}});
    paragraph(tr("On-site audit: %1.").arg(dateRange(data)));
    table(std::move(t));
    if (!data.content.value(QStringLiteral("audit_combination")).isEmpty())
        paragraph(ReportText::label(ValueList::AuditCombination,
                                    data.content.value(QStringLiteral("audit_combination")), LabelForm::Report));
    heading(contentLabel(QStringLiteral("plan_deviations")));
    paragraph(orNotRecorded(data.content.value(QStringLiteral("plan_deviations"))));
    heading(contentLabel(QStringLiteral("programme_issues")));
    paragraph(orNotRecorded(data.content.value(QStringLiteral("programme_issues"))));
}

void ReportDocument::team(const ReportData& data)
{
    section(tr("Audit team and persons interviewed"), false);
    heading(tr("Audit team"));
    ReportTable t;
    t.widths = {0.36, 0.24, 0.40};
    t.header
        = {{tr("Name"), Text::TableHeader}, {tr("Role"), Text::TableHeader}, {tr("Organisation"), Text::TableHeader}};
    for (const auto& person : data.team)
        t.rows.append(
            {{{person.name}, {ReportText::teamRole(person.role)}, {ReportText::orDash(person.organization)}}});
    table(std::move(t));
    heading(tr("Persons interviewed"));
    if (data.interviews.isEmpty()) {
        paragraph(tr("No interviews recorded."));
        return;
    }
    ReportTable i;
    i.widths = {0.24, 0.2, 0.14, 0.16, 0.26};
    i.header = {{tr("Name"), Text::TableHeader},
                {tr("Role"), Text::TableHeader},
                {tr("Date"), Text::TableHeader},
                {tr("Interviewed by"), Text::TableHeader},
                {tr("Topics"), Text::TableHeader}};
    for (const auto& interview : data.interviews) {
        i.rows.append({{{interview.interviewee},
                        {ReportText::orDash(interview.role)},
                        {ReportText::orDash(ReportLanguage::shortDate(interview.heldAt.left(10)))},
                        {ReportText::orDash(interview.auditor)},
                        {ReportText::requirements(interview.clauses, interview.controls)}}});
    }
    table(std::move(i));
}

void ReportDocument::summary(const ReportData& data)
{
    const bool stage1 = data.auditType == QLatin1String("stage1");
    section(stage1 ? tr("Executive summary and readiness for Stage 2") : tr("Executive summary and conclusion"));
    int planned = 0;
    int conform = 0;
    int nonconform = 0;
    int notAudited = 0;
    int pending = 0;
    for (const auto& clause : data.clauses) {
        if (!clause.planned)
            continue;
        ++planned;
        conform += clause.verdict == QLatin1String("conform");
        nonconform += clause.verdict == QLatin1String("nonconform");
        notAudited += clause.verdict == QLatin1String("not-audited");
        pending += clause.verdict == QLatin1String("pending");
    }
    int applicable = 0;
    int excluded = 0;
    for (const auto& control : data.controls) {
        applicable += control.applicable == QLatin1String("yes");
        excluded += control.applicable == QLatin1String("no");
    }
    paragraph(
        tr("The audit team conducted a %1 audit of %2 against %3 (%4) at %n site(s).", nullptr, int(data.sites.size()))
            .arg(Translations::inSentence(ReportText::auditType(data.auditType), ReportLanguage::locale()),
                 ReportText::orDash(data.client), data.standard.isEmpty() ? data.framework : data.standard,
                 dateRange(data)));
    // What was covered, as the plan and the verdicts say: never more. Each count is a whole phrase with its own
    // plural, and the language joins the phrases into its list ("a, b und c", "a, b et c"): never a form of counts.
    const auto counted = [](std::initializer_list<std::pair<int, QString>> phrases) {
        QStringList shown;
        for (const auto& [count, phrase] : phrases) {
            if (count > 0)
                shown << phrase;
        }
        return ReportLanguage::list(shown);
    };
    const QString verdicts = counted({
        {conform, tr("%n conforms/conform", "clause requirements", conform)},
        {nonconform, tr("%n shows/show a nonconformity", "clause requirements", nonconform)},
        {notAudited, tr("%n was/were not audited", "clause requirements", notAudited)},
        {pending, tr("%n has/have no verdict yet", "clause requirements", pending)},
    });
    const auto total = int(data.clauses.size());
    QString coverage = planned == total
        ? tr("This audit's plan covered all %n clause requirement(s): %1.", nullptr, total).arg(verdicts)
        : tr("This audit's plan covered %1 of the %n clause requirement(s): %2.", nullptr, total)
              .arg(planned)
              .arg(verdicts);
    if (planned == 0)
        coverage = tr("This audit's plan covered none of the %n clause requirement(s).", nullptr, total);
    else if (planned < total)
        coverage += QLatin1Char(' ') + tr("The other %n was/were not in this audit's plan.", nullptr, total - planned);
    const QString applicability = counted({
        {applicable, tr("%n applicable", "controls of the Statement of Applicability", applicable)},
        {excluded, tr("%n excluded", "controls of the Statement of Applicability", excluded)},
    });
    const auto controls = int(data.controls.size());
    paragraph(
        coverage + QLatin1Char(' ')
        + (applicability.isEmpty()
               ? tr("The Statement of Applicability lists %n control(s).", nullptr, controls)
               : tr("The Statement of Applicability lists %n control(s): %1.", nullptr, controls).arg(applicability)));
    const bool body = ReportLanguage::bodyWording();
    const auto grade = [&](const char* value) { return data.findingCount(QLatin1String(value)); };
    const int majors = grade("major");
    const int minors = grade("minor");
    const int observations = grade("observation");
    const int ofis = grade("ofi");
    // The certification body's wording (Preferences) names the grades as its reports do; the phrases are separate
    // messages so that each language can say both.
    const QString major = body ? tr("%n major nonconformity(-ies)", "certification body's wording", majors)
                               : tr("%n major nonconformity(-ies)", nullptr, majors);
    const QString minor = body ? tr("%n minor nonconformity(-ies)", "certification body's wording", minors)
                               : tr("%n minor nonconformity(-ies)", nullptr, minors);
    const QString observation = body ? tr("%n observation(s)", "certification body's wording", observations)
                                     : tr("%n observation(s)", nullptr, observations);
    const QString ofi = body ? tr("%n opportunity(-ies) for improvement", "certification body's wording", ofis)
                             : tr("%n opportunity(-ies) for improvement", nullptr, ofis);
    if (stage1) {
        const int concerns = grade("area-of-concern");
        const QString raised = counted({
            {concerns,
             tr("%n area(s) of concern that could be classified as nonconformities at Stage 2", nullptr, concerns)},
            {majors + minors, tr("%n nonconformity(-ies)", nullptr, majors + minors)},
            {observations, observation},
            {ofis, ofi},
        });
        paragraph(raised.isEmpty()
                      ? tr("The audit identified no areas of concern and raised no findings.")
                      : tr("The audit identified %1; the findings section describes each of them.").arg(raised));
    } else {
        const QString raised = counted({{majors, major}, {minors, minor}, {observations, observation}, {ofis, ofi}});
        paragraph(raised.isEmpty()
                      ? tr("The audit raised no nonconformities, observations or opportunities for "
                           "improvement.")
                      : tr("The audit raised %1; the findings section describes each of them.").arg(raised));
    }
    paragraph(tr("The audit is based on samples of the available information: a nonconformity may exist that the "
                 "sample did not show."),
              Text::Small);
    outcome(data);
}

void ReportDocument::outcome(const ReportData& data)
{
    heading(outcomeHeading(data.auditType));
    const std::optional<OutcomeTier> tier
        = Outcomes::fits(data.auditType, data.recommendation) ? Outcomes::tier(data.recommendation) : std::nullopt;
    // One comparison each (GCC 12 misreads `optional == value` here as a read of an unset value).
    const bool conditional = tier.has_value() && *tier == OutcomeTier::Conditional;
    QColor fill = QColor(0xee, 0xee, 0xee);
    if (tier.has_value() && *tier == OutcomeTier::Positive)
        fill = ReportText::gradeTint(QStringLiteral("positive"));
    else if (conditional)
        fill = ReportText::gradeTint(QStringLiteral("observation"));
    else if (tier.has_value() && *tier == OutcomeTier::Negative)
        fill = ReportText::gradeTint(QStringLiteral("major"));
    ReportTable box;
    box.look = ReportTable::Look::Plain;
    box.widths = {1.0};
    // An outcome of another audit type is never printed as this audit's: the report says none is recorded.
    box.rows.append({{{ReportText::recommendation(tier ? data.recommendation : QString()), Text::Heading3, fill}}});
    if (!data.recommendationRationale.trimmed().isEmpty())
        box.rows.append({{{data.recommendationRationale, Text::TableCell, fill}}});
    table(std::move(box));

    // The conditions of a conditional outcome, and a special audit's nonconformities, each named with its date.
    const bool special = data.auditType == QLatin1String("special");
    ReportTable conditions;
    conditions.widths = {0.22, 0.5, 0.28};
    conditions.header = {{tr("Finding"), Text::TableHeader},
                         {special ? tr("Corrective action") : tr("Condition"), Text::TableHeader},
                         {special ? tr("Status") : tr("Due"), Text::TableHeader}};
    for (const auto& finding : data.findings) {
        const bool major = finding.grade == QLatin1String("major");
        const bool minor = finding.grade == QLatin1String("minor");
        if (!major && !minor)
            continue;
        const QString label = tr("%1 (%2)").arg(finding.ref, ReportText::grade(finding.grade));
        if (special) {
            const bool closed = hasStatus(finding, {"verified-effective"});
            QString status = closed ? tr("Closed: verified effective") : tr("Not closed");
            conditions.rows.append({{{label}, {ReportText::orDash(finding.title)}, {status}}});
            continue;
        }
        if (!conditional)
            continue;
        if (major && !hasStatus(finding, {"verified-effective"}))
            conditions.rows.append({{{label},
                                     {tr("Correction and corrective action verified effective by the certification "
                                         "body")},
                                     {ReportText::orDash(ReportLanguage::date(earliestDue(finding)))}}});
        else if (minor && !hasStatus(finding, {"plan-accepted", "implemented", "verified-effective"}))
            conditions.rows.append({{{label},
                                     {tr("Corrective-action plan accepted by the certification body")},
                                     {ReportText::orDash(ReportLanguage::date(earliestDue(finding)))}}});
    }
    if (!conditions.rows.isEmpty()) {
        paragraph(special ? tr("The nonconformities this audit followed up:")
                          : tr("The outcome holds once the certification body has what it awaits:"));
        table(std::move(conditions));
    }
    if (data.auditType == QLatin1String("stage1"))
        paragraph(tr("A Stage 1 audit does not conclude on certification: the Stage 2 audit evaluates the "
                     "implementation and effectiveness of the ISMS."),
                  Text::Small);
    else
        paragraph(tr("The audit team recommends; the decision is taken by the certification body after an "
                     "independent review of this report."),
                  Text::Small);
}

void ReportDocument::conclusions(const ReportData& data)
{
    section(tr("Audit conclusions"), false);
    const auto text = [&](const QString& column) { return data.content.value(column); };
    const auto item = [&](const QString& column) {
        if (!asks(data, column))
            return;
        heading(contentLabel(column));
        paragraph(orNotRecorded(text(column)));
    };
    const auto confirmation
        = [&](const QString& column, const QString& remarkColumn, const QString& yes, const QString& no) {
              if (!asks(data, column))
                  return;
              heading(contentLabel(column));
              const QString value = text(column);
              const QString remark = text(remarkColumn).trimmed();
              if (value == QLatin1String("yes"))
                  paragraph(remark.isEmpty() ? yes : yes + QLatin1Char(' ') + remark);
              else if (value == QLatin1String("no"))
                  paragraph(no + QLatin1Char(' ') + orNotRecorded(remark));
              else
                  paragraph(orNotRecorded({}));
          };
    item(QStringLiteral("stage2_basis"));
    item(QStringLiteral("previous_actions"));
    item(QStringLiteral("effectiveness_summary"));
    item(QStringLiteral("internal_audit_summary"));
    item(QStringLiteral("soa_version"));
    item(QStringLiteral("marks_use"));
    item(QStringLiteral("significant_changes"));
    item(QStringLiteral("unresolved_issues"));
    confirmation(QStringLiteral("scope_appropriate"), QStringLiteral("scope_conclusion"),
                 tr("The audit team concludes that the scope of certification is appropriate."),
                 tr("The audit team concludes that the scope of certification is not appropriate:"));
    confirmation(QStringLiteral("objectives_met"), QStringLiteral("objectives_remarks"),
                 tr("The audit objectives were met."), tr("The audit objectives were not met:"));
}

void ReportDocument::distribution(const ReportData& data)
{
    section(tr("Distribution list"), false);
    ReportTable t;
    t.widths = {0.34, 0.34, 0.32};
    t.header = {{tr("Recipient"), Text::TableHeader},
                {tr("Organisation"), Text::TableHeader},
                {tr("Purpose"), Text::TableHeader}};
    t.rows.append({{{tr("Top management")}, {ReportText::orDash(data.client)}, {tr("Audited organisation")}}});
    t.rows.append({{{tr("Technical reviewer")}, {tr("Certification body")}, {tr("Certification decision")}}});
    for (const auto& person : data.team) {
        t.rows.append({{{person.name},
                        {ReportText::orDash(person.organization)},
                        {tr("Audit team (%1)").arg(ReportText::teamRole(person.role))}}});
    }
    table(std::move(t));
}

void ReportDocument::signatures(const ReportData& data)
{
    section(tr("Signatures"));
    paragraph(tr("By signing, the lead auditor confirms that this report states the findings of the audit; the "
                 "client's representative confirms that the findings were presented at the closing meeting and "
                 "that the report was received."));
    auto block = [&](const QString& title, const QString& name, const QString& role) {
        heading(title);
        ReportTable t;
        t.look = ReportTable::Look::KeyValue;
        t.widths = {0.28, 0.72};
        for (const auto& [label, value] : QList<QPair<QString, QString>>{
                 {tr("Name"), name}, {tr("Role"), role}, {tr("Date"), {}}, {tr("Place"), {}}})
            t.rows.append({{{label, Text::TableCellBold}, {value}}, 24});
        t.rows.append({{{tr("Signature"), Text::TableCellBold}, {QString()}}, 64});
        t.keepTogether = true;
        table(std::move(t));
    };
    block(ReportText::teamRole(QStringLiteral("lead")), data.leadAuditor(),
          ReportText::teamRole(QStringLiteral("lead")));
    block(tr("Client's representative"), QString(), QString());
}

QString ReportDocument::plainText() const
{
    QStringList lines;
    for (const auto& block : blocks) {
        switch (block.type) {
        case ReportBlock::Type::Paragraph:
            lines << block.text;
            break;
        case ReportBlock::Type::Table: {
            auto join = [](const QList<ReportCell>& cells) {
                QStringList texts;
                for (const auto& cell : cells) {
                    if (cell.pageOf.isEmpty())
                        texts << cell.text;
                }
                return texts.join(QStringLiteral(" | "));
            };
            if (!block.table.header.isEmpty())
                lines << join(block.table.header);
            for (const auto& row : block.table.rows)
                lines << join(row.cells);
            break;
        }
        case ReportBlock::Type::HeatMap: {
            lines << block.heatMap.title;
            QMap<QPair<int, int>, int> counts;
            for (const QPoint& p : block.heatMap.risks)
                ++counts[{p.y(), p.x()}];
            // A cell is named by its levels and the score the client's method gives it (never "L×I", which
            // would read as a product under a sum or matrix method): "L3/I4 (12): 13 risks".
            QStringList cells;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                const auto score = block.heatMap.method.score(it.key().first, it.key().second);
                cells << QStringLiteral("L%1/I%2 (%3): %4")
                             .arg(it.key().first)
                             .arg(it.key().second)
                             .arg(score ? QString::number(*score) : QStringLiteral("–"))
                             .arg(it.value());
            }
            lines << cells.join(QStringLiteral(", "));
            break;
        }
        case ReportBlock::Type::PageBreak:
        case ReportBlock::Type::Spacer:
            break;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace isoaudit
