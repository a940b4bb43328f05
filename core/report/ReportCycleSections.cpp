// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCycleSections.h"

#include "audittime/AuditTimeText.h"
#include "report/ReportDocument.h"
#include "report/ReportText.h"

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

ReportCell header(const QString& text)
{
    return {text, Text::TableHeader};
}

QString joined(const QStringList& parts, const QString& separator = QStringLiteral(" · "))
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

QString dates(const QString& from, const QString& until)
{
    if (from.isEmpty() || until.isEmpty() || from == until)
        return ReportLanguage::shortDate(from.isEmpty() ? until : from);
    return ReportCycleSections::tr("%1 to %2").arg(ReportLanguage::shortDate(from), ReportLanguage::shortDate(until));
}

/// "Stage 2 audit, report R-2026-17, 04/03/2026": the audit that raised a carried finding.
QString raisedAt(const ReportCarriedFinding& f)
{
    QStringList parts{ReportCycleSections::tr("%1 audit").arg(ReportText::auditType(f.originType))};
    if (!f.originReport.isEmpty())
        parts << ReportCycleSections::tr("report %1").arg(f.originReport);
    if (!f.originDate.isEmpty())
        parts << ReportLanguage::shortDate(f.originDate);
    return parts.join(QStringLiteral(", "));
}

QString requirementOf(const ReportCarriedFinding& f)
{
    QStringList ids = f.clauses;
    for (const QString& id : f.controls)
        ids << QStringLiteral("A.") + id;
    const QString requirement = f.requirement.trimmed();
    if (ids.isEmpty())
        return requirement;
    return requirement.isEmpty()
        ? ids.join(QStringLiteral(", "))
        : requirement + QStringLiteral(" (") + ids.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString confirmedItem(const QString& column)
{
    if (column == QLatin1String("scope_confirmed"))
        return ReportCycleSections::tr("the audit scope");
    if (column == QLatin1String("plan_confirmed"))
        return ReportCycleSections::tr("the audit plan");
    if (column == QLatin1String("confidentiality_confirmed"))
        return ReportCycleSections::tr("confidentiality");
    if (column == QLatin1String("reporting_confirmed"))
        return ReportCycleSections::tr("the method of reporting");
    if (column == QLatin1String("appeals_explained"))
        return ReportCycleSections::tr("the appeals process (explained)");
    if (column == QLatin1String("findings_presented"))
        return ReportCycleSections::tr("the findings (presented)");
    if (column == QLatin1String("client_acknowledged"))
        return ReportCycleSections::tr("the client's acknowledgement of the findings");
    return column;
}

} // namespace

void ReportCycleSections::programme(ReportDocument& doc, const ReportData& data)
{
    if (!data.isIsoCycle())
        return; // a SOC 2 examination has no certification cycle
    const bool certificate
        = !data.certificateNumber.isEmpty() || !data.certificateScope.isEmpty() || !data.certificateExpires.isEmpty();
    const bool others = std::any_of(data.programme.begin(), data.programme.end(),
                                    [](const ReportProgrammeAudit& a) { return a.status != QLatin1String("current"); });
    if (!certificate && !others && data.auditTime.isEmpty())
        return; // this audit alone: the cover and section 1 already say it
    doc.section(tr("Audit programme"), false);
    if (certificate) {
        doc.heading(tr("Certificate"));
        doc.keyValues({{tr("Certificate number"), data.certificateNumber},
                       {tr("Scope of certification"), data.certificateScope},
                       {tr("Issued"), ReportLanguage::date(data.certificateIssued)},
                       {tr("Expires"), ReportLanguage::date(data.certificateExpires)}});
    }
    if (!data.programme.isEmpty()) {
        doc.heading(tr("Audits of the programme"));
        ReportTable t;
        t.widths = {0.2, 0.13, 0.2, 0.15, 0.17, 0.15};
        t.header = {header(tr("Audit")),   header(tr("Status")),
                    header(tr("Dates")),   header(ReportText::teamRole(QStringLiteral("lead"))),
                    header(tr("Outcome")), header(tr("Report number"))};
        for (const ReportProgrammeAudit& a : data.programme) {
            const bool current = a.status == QLatin1String("current");
            // "Surveillance 1" says the type already; a label of another kind ("Follow-up of NC-01") goes under it.
            const QString type = ReportText::auditType(a.type);
            const QString audit = a.label.isEmpty() || a.label == type ? type
                : a.label.startsWith(type)                             ? a.label
                                                                       : type + QLatin1Char('\n') + a.label;
            QString when = dates(a.startDate, a.endDate);
            if (a.startDate.isEmpty() && (!a.dueFrom.isEmpty() || !a.dueBy.isEmpty()))
                when = a.dueFrom.isEmpty() ? tr("due by %1").arg(ReportLanguage::shortDate(a.dueBy))
                                           : tr("due %1").arg(dates(a.dueFrom, a.dueBy));
            const bool planned = a.status == QLatin1String("planned") || a.status == QLatin1String("cancelled");
            t.rows.append(
                {{{audit, current ? Text::TableCellBold : Text::TableCell},
                  {ReportText::label(ValueList::ProgrammeStatus, a.status)},
                  {ReportText::orDash(when)},
                  {ReportText::orDash(a.lead)},
                  {planned || a.outcome.isEmpty() ? ReportText::orDash({}) : ReportText::recommendation(a.outcome)},
                  {ReportText::orDash(a.reportNumber)}}});
        }
        doc.table(std::move(t));
    }
    if (!data.auditTime.isEmpty()) {
        doc.heading(tr("Audit time (ISO/IEC 27006)"));
        auto result = AuditTimeResult::fromJson(data.auditTime);
        if (!result) {
            doc.paragraph(tr("The audit time stored with the audit cannot be read: %1").arg(result.error()));
        } else {
            for (const QString& line : AuditTimeText::lines(result.value()))
                doc.paragraph(line);
        }
    }
}

void ReportCycleSections::meetings(ReportDocument& doc, const ReportData& data)
{
    if (data.meetings.isEmpty())
        return;
    doc.section(tr("Opening and closing meetings"), false);
    for (const ReportMeeting& m : data.meetings) {
        doc.heading(ReportText::label(ValueList::MeetingKind, m.kind));
        QStringList attendees;
        for (const ReportPerson& p : m.attendees) {
            QString line = joined({p.name, p.role}, QStringLiteral(", "));
            if (!p.organization.trimmed().isEmpty())
                line += QStringLiteral(" (") + p.organization.trimmed() + QLatin1Char(')');
            attendees << line;
        }
        QStringList confirmed;
        for (const QString& column : m.confirmed)
            confirmed << confirmedItem(column);
        const QString heldAt = m.heldAt.size() > 10
            ? ReportLanguage::date(m.heldAt.left(10)) + QStringLiteral(", ") + m.heldAt.mid(11, 5)
            : ReportLanguage::date(m.heldAt);
        QList<QPair<QString, QString>> rows{{tr("Held"), joined({heldAt, m.place})},
                                            {tr("Attendees"), attendees.join(QLatin1Char('\n'))},
                                            {tr("Confirmed"), ReportLanguage::join(confirmed, QLatin1Char(';'))}};
        rows.append({tr("Disagreement"), m.disagreement.trimmed().isEmpty() ? tr("None recorded") : m.disagreement});
        if (!m.notes.trimmed().isEmpty())
            rows.append({tr("Notes"), m.notes});
        doc.keyValues(rows, 0.22);
        doc.blocks.last().table.keepTogether = true;
    }
}

QString ReportCycleSections::verificationSummary(const ReportData& data)
{
    int verified = 0;
    int closed = 0;
    int stillOpen = 0;
    int pending = 0;
    int deferred = 0;
    QStringList again;
    for (const ReportCarriedFinding& f : data.carriedFindings) {
        if (f.deferred) {
            ++deferred;
            continue;
        }
        if (f.verification.isEmpty()) {
            ++pending;
            continue;
        }
        ++verified;
        if (f.verification == QLatin1String("effective"))
            ++closed;
        else if (f.verification == QLatin1String("still-open"))
            ++stillOpen;
        else if (f.verification == QLatin1String("not-effective"))
            again << (f.raisedAgainAs.isEmpty() ? tr("(not yet raised)") : f.raisedAgainAs);
    }
    QStringList parts;
    if (closed > 0)
        parts << tr("%n closed", nullptr, closed);
    if (!again.isEmpty())
        parts << tr("%n not effective and raised again as %1", nullptr, int(again.size()))
                     .arg(again.join(QStringLiteral(", ")));
    if (stillOpen > 0)
        parts << tr("%n still open", nullptr, stillOpen);
    QStringList sentences;
    if (verified == 1)
        sentences << tr("One earlier nonconformity was verified: %1.").arg(parts.join(QStringLiteral(", ")));
    else if (verified > 1)
        sentences << tr("%n earlier nonconformities were verified: %1.", nullptr, verified)
                         .arg(parts.join(QStringLiteral(", ")));
    if (pending > 0)
        sentences << tr("%n earlier nonconformity/nonconformities has/have no verdict of this audit yet.", nullptr,
                        pending);
    if (deferred > 0)
        sentences << tr(
            "%n earlier nonconformity/nonconformities passed through a special audit is/are to be verified at the next "
            "audit.",
            nullptr, deferred);
    return sentences.join(QLatin1Char(' '));
}

void ReportCycleSections::earlierNonconformities(ReportDocument& doc, const ReportData& data)
{
    if (data.carriedFindings.isEmpty())
        return;
    doc.section(tr("Verification of earlier nonconformities"), false);
    doc.paragraph(tr("The audit team verified the correction and corrective action of each nonconformity that earlier "
                     "audits raised and had not closed. %1")
                      .arg(verificationSummary(data)));
    QList<const ReportCarriedFinding*> deferred;
    for (const ReportCarriedFinding& f : data.carriedFindings) {
        if (f.deferred) {
            deferred << &f;
            continue;
        }
        doc.heading(QStringLiteral("%1 — %2").arg(f.ref, ReportText::grade(f.grade)), Text::Heading3,
                    ReportText::gradeColor(f.grade));
        QList<QPair<QString, QString>> rows;
        if (!f.title.trimmed().isEmpty())
            rows.append({tr("Title"), f.title});
        rows.append({tr("Raised at"), raisedAt(f)});
        rows.append({tr("Requirement"), requirementOf(f)});
        rows.append({tr("Verdict of this audit"), ReportText::label(ValueList::VerificationVerdict, f.verification)});
        rows.append({tr("Verification note"), f.note});
        rows.append({tr("Verified"), joined({ReportLanguage::shortDate(f.verifiedOn), f.verifiedBy})});
        if (f.verification == QLatin1String("not-effective"))
            rows.append({tr("Raised again as"),
                         f.raisedAgainAs.isEmpty() ? tr("Not yet raised again")
                                                   : tr("Finding %1 of this audit").arg(f.raisedAgainAs)});
        doc.keyValues(rows, 0.22);
        doc.blocks.last().table.keepTogether = true;
    }
    if (deferred.isEmpty())
        return;
    doc.heading(tr("To be verified at the next audit"));
    doc.paragraph(tr("These nonconformities passed through a special audit that verified only major "
                     "nonconformities; the next audit verifies them."));
    ReportTable t;
    t.widths = {0.1, 0.2, 0.3, 0.4};
    t.header = {header(tr("Reference")), header(tr("Grade")), header(tr("Raised at")), header(tr("Title"))};
    for (const ReportCarriedFinding* f : std::as_const(deferred)) {
        t.rows.append({{{f->ref, Text::TableCellBold},
                        {ReportText::grade(f->grade), Text::TableCell, ReportText::gradeTint(f->grade)},
                        {raisedAt(*f)},
                        {ReportText::orDash(f->title)}}});
    }
    doc.table(std::move(t));
}

} // namespace isoaudit
