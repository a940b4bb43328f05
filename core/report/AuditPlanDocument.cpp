// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AuditPlanDocument.h"

#include "catalog/Catalog.h"
#include "report/ReportLayout.h"
#include "report/ReportRenderer.h"
#include "report/ReportText.h"
#include "storage/AuditStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString dateRange(const Record& audit)
{
    const QString start = audit.text(s("start_date"));
    const QString end = audit.text(s("end_date"));
    if (start.isEmpty() && end.isEmpty())
        return {};
    if (end.isEmpty() || end == start)
        return ReportLanguage::date(start);
    if (start.isEmpty())
        return ReportLanguage::date(end);
    return AuditPlanDocument::tr("%1 to %2").arg(ReportLanguage::date(start), ReportLanguage::date(end));
}

QString timeRange(const QString& from, const QString& until)
{
    if (from.isEmpty() && until.isEmpty())
        return {};
    if (until.isEmpty())
        return from;
    return QStringLiteral("%1–%2").arg(ReportText::orDash(from), until);
}

/// A number of days the report language's way ("4.5", "4,5").
QString days(double value)
{
    return ReportLanguage::locale().toString(value, 'g', 6);
}

void meeting(ReportDocument& doc, const Record& m)
{
    const bool opening = m.text(s("kind")) == QLatin1String("opening");
    doc.heading(ReportText::label(ValueList::MeetingKind, m.text(s("kind"))), Text::Heading2);
    const QDateTime held = QDateTime::fromString(m.text(s("held_at")), Qt::ISODate);
    const QString when = held.isValid() ? ReportLanguage::date(held.date().toString(Qt::ISODate)) + QStringLiteral(", ")
            + held.time().toString(QStringLiteral("HH:mm"))
                                        : QString();
    QList<QPair<QString, QString>> rows{{AuditPlanDocument::tr("When"), when},
                                        {AuditPlanDocument::tr("Where"), m.text(s("place"))}};
    if (opening) {
        rows.append({AuditPlanDocument::tr("To confirm"),
                     AuditPlanDocument::tr("The scope, the audit plan, confidentiality, the reporting method and "
                                           "the appeal process.")});
    } else if (m.flag(s("findings_presented"))) {
        rows.append({AuditPlanDocument::tr("Findings presented"),
                     ReportText::label(ValueList::Confirmation, QStringLiteral("yes"))});
    }
    if (!m.text(s("notes")).trimmed().isEmpty())
        rows.append({AuditPlanDocument::tr("Notes"), m.text(s("notes"))});
    doc.keyValues(rows);
    const QJsonArray attendees = QJsonDocument::fromJson(m.text(s("attendees")).toUtf8()).array();
    if (attendees.isEmpty())
        return;
    ReportTable t;
    t.widths = {0.36, 0.32, 0.32};
    t.header = {{AuditPlanDocument::tr("Attendee"), Text::TableHeader},
                {AuditPlanDocument::tr("Role"), Text::TableHeader},
                {AuditPlanDocument::tr("Organization"), Text::TableHeader}};
    for (const QJsonValue& value : attendees) {
        const QJsonObject a = value.toObject();
        t.rows.append({{{ReportText::orDash(a.value(QLatin1String("name")).toString())},
                        {ReportText::orDash(a.value(QLatin1String("role")).toString())},
                        {ReportText::orDash(a.value(QLatin1String("organization")).toString())}}});
    }
    doc.table(std::move(t));
}

/// A percent with its sign, the report language's way ("+20 %", "-10 %").
QString signedPercent(double percent)
{
    return AuditPlanDocument::tr("%1 %").arg((percent > 0 ? QStringLiteral("+") : QString()) + days(percent));
}

/// The name of an audit-time factor by its id (core/audittime/AuditTime), or its own label for another adjustment.
QString factorName(const QString& id, const QString& label)
{
    if (id == QLatin1String("business-complexity"))
        return AuditPlanDocument::tr("Business complexity");
    if (id == QLatin1String("it-complexity"))
        return AuditPlanDocument::tr("IT complexity");
    if (id == QLatin1String("outsourcing"))
        return AuditPlanDocument::tr("Outsourcing");
    if (id == QLatin1String("multi-site"))
        return AuditPlanDocument::tr("Multi-site sampling");
    return label.isEmpty() ? id : label;
}

/// The stored audit time's figures ({"input":…, "result":…}, core/audittime/AuditTime), read as data: the report does
/// not compute it.
void auditTime(ReportDocument& doc, const QString& stored)
{
    const QJsonObject time = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QJsonObject result = time.value(QLatin1String("result")).toObject();
    const QJsonObject daysOf = result.value(QLatin1String("days")).toObject();
    if (result.isEmpty() || !daysOf.value(QLatin1String("initial")).isDouble())
        return;
    doc.section(AuditPlanDocument::tr("Audit time"), false);
    const QJsonObject persons = result.value(QLatin1String("persons")).toObject();
    const QJsonObject adjustment = result.value(QLatin1String("adjustment")).toObject();
    QList<QPair<QString, QString>> rows{
        {AuditPlanDocument::tr("Persons counted"), QString::number(persons.value(QLatin1String("counted")).toInt())},
        {AuditPlanDocument::tr("Base audit time"),
         AuditPlanDocument::tr("%1 auditor days").arg(days(result.value(QLatin1String("baseDays")).toDouble()))},
        {AuditPlanDocument::tr("Adjustment applied"),
         signedPercent(adjustment.value(QLatin1String("appliedPercent")).toDouble())}};
    for (const QJsonValue& value : result.value(QLatin1String("factors")).toArray()) {
        const QJsonObject f = value.toObject();
        const QString level = f.value(QLatin1String("level")).toString();
        const QString name
            = factorName(f.value(QLatin1String("id")).toString(), f.value(QLatin1String("label")).toString());
        QString text = signedPercent(f.value(QLatin1String("percent")).toDouble());
        if (!level.isEmpty())
            text = ReportText::label(ValueList::ComplexityLevel, level) + QStringLiteral(", ") + text;
        const QString reason = f.value(QLatin1String("reason")).toString();
        if (!reason.isEmpty())
            text += QStringLiteral(" (") + reason + QLatin1Char(')');
        rows.append({name, text});
    }
    const QJsonValue typeDays = result.value(QLatin1String("auditTypeDays"));
    if (typeDays.isDouble())
        rows.append({AuditPlanDocument::tr("This audit (%1)")
                         .arg(ReportText::auditType(result.value(QLatin1String("auditType")).toString())),
                     AuditPlanDocument::tr("%1 auditor days").arg(days(typeDays.toDouble()))});
    rows.append({AuditPlanDocument::tr("Initial certification"),
                 AuditPlanDocument::tr("%1 auditor days (Stage 1: %2, Stage 2: %3)")
                     .arg(days(daysOf.value(QLatin1String("initial")).toDouble()),
                          days(daysOf.value(QLatin1String("stage1")).toDouble()),
                          days(daysOf.value(QLatin1String("stage2")).toDouble()))});
    rows.append({AuditPlanDocument::tr("Each surveillance audit"),
                 AuditPlanDocument::tr("%1 auditor days").arg(days(daysOf.value(QLatin1String("surveillance")).toDouble()))});
    rows.append(
        {AuditPlanDocument::tr("Recertification audit"),
         AuditPlanDocument::tr("%1 auditor days").arg(days(daysOf.value(QLatin1String("recertification")).toDouble()))});
    doc.keyValues(rows, 0.34);
    doc.paragraph(AuditPlanDocument::tr("Computed per ISO/IEC 27006 from the chart \"%1\".")
                      .arg(result.value(QLatin1String("chart")).toObject().value(QLatin1String("name")).toString()),
                  Text::Small);
}

} // namespace

Result<QList<AuditPlanDocument::Slot>> AuditPlanDocument::itinerary(const AuditStore& store)
{
    const Catalog& catalog = Catalog::isoSpecificByNature(); // clauses 4-10 and Annex A
    struct Keyed
    {
        Slot slot;
        int order = 0;
    };
    QList<Keyed> planned;
    for (RecordKind kind : {RecordKind::ClauseAssessment, RecordKind::SoaEntry}) {
        auto rows = store.records(kind);
        if (!rows)
            return Error{rows.error()};
        for (const Record& r : rows.value()) {
            if (!r.flag(s("planned")))
                continue;
            Slot slot;
            const bool clause = kind == RecordKind::ClauseAssessment;
            const QString id = r.text(clause ? s("clause_id") : s("control_id"));
            const CatalogItem* item = clause ? catalog.clause(id) : catalog.control(id);
            slot.item = clause ? id : tr("A.%1").arg(id);
            slot.title = item ? item->title : QString();
            slot.date = r.text(s("plan_date"));
            slot.from = r.text(s("plan_from"));
            slot.until = r.text(s("plan_until"));
            slot.site = r.text(s("plan_site"));
            slot.auditee = r.text(s("plan_auditee"));
            slot.auditor = r.text(s("plan_auditor"));
            planned.append({slot, int(planned.size())});
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Keyed& a, const Keyed& b) {
        const auto key = [](const Keyed& k) {
            return std::make_tuple(k.slot.date.isEmpty(), k.slot.date, k.slot.from, k.slot.until, k.order);
        };
        return key(a) < key(b);
    });
    QList<Slot> ordered;
    for (const Keyed& k : std::as_const(planned))
        ordered.append(k.slot);
    return ordered;
}

Result<ReportDocument> AuditPlanDocument::build(const AuditStore& store, const ReportOptions& options)
{
    if (Status checked = ReportRenderer::checkOptions(options); !checked)
        return Error{checked.error()};
    auto auditRead = store.audit();
    if (!auditRead)
        return Error{auditRead.error()};
    auto planned = itinerary(store);
    if (!planned)
        return Error{planned.error()};
    auto sites = store.records(RecordKind::Site);
    auto team = store.records(RecordKind::TeamMember);
    auto meetings = store.records(RecordKind::Meeting);
    for (const auto* read : {&sites, &team, &meetings}) {
        if (!*read)
            return Error{read->error()};
    }
    const Record& audit = auditRead.value();

    const ReportLanguage::Scope language(options.language);
    ReportDocument doc;
    doc.language = options.language;
    const QString type = ReportText::auditType(audit.text(s("audit_type")));
    const QString client = audit.text(s("client"));
    QString standard = audit.text(s("standard"));
    doc.title = tr("%1 audit plan — %2").arg(type, client);
    doc.headerLeft = client;
    doc.headerRight = tr("%1 audit plan").arg(type);
    doc.marking = tr("CONFIDENTIAL");
    doc.footerReport = tr("Audit plan · Page %1 of %2");

    doc.spacer(24);
    doc.paragraph(tr("AUDIT PLAN"), Text::Kicker);
    doc.paragraph(standard.isEmpty() ? tr("%1 audit").arg(type) : tr("%1 — %2 audit").arg(standard, type),
                  Text::Title);
    doc.paragraph(ReportText::orDash(client), Text::Subtitle);
    doc.spacer(12);
    QList<QPair<QString, QString>> identity{{tr("Client"), client},
                                           {tr("Audit type"), type},
                                           {tr("Audit dates"), dateRange(audit)},
                                           {tr("Report number"), audit.text(s("report_number"))},
                                           {tr("Scope"), audit.text(s("scope"))},
                                           {tr("Objectives"), audit.text(s("objectives"))},
                                           {tr("Criteria"), audit.text(s("criteria"))}};
    if (!options.issuer.isEmpty())
        identity.append({tr("Certification body"), options.issuer});
    doc.keyValues(identity);

    doc.section(tr("Audit team and sites"), false);
    ReportTable teamTable;
    teamTable.widths = {0.34, 0.22, 0.44};
    teamTable.header = {{tr("Name"), Text::TableHeader}, {tr("Role"), Text::TableHeader},
                        {tr("Organization"), Text::TableHeader}};
    for (const Record& member : team.value())
        teamTable.rows.append({{{ReportText::orDash(member.text(s("name")))},
                                {ReportText::teamRole(member.text(s("role")))},
                                {ReportText::orDash(member.text(s("organization")))}}});
    if (teamTable.rows.isEmpty())
        doc.paragraph(tr("No audit team is recorded yet."));
    else
        doc.table(std::move(teamTable));
    ReportTable siteTable;
    siteTable.widths = {0.34, 0.66};
    siteTable.header = {{tr("Site"), Text::TableHeader}, {tr("Address"), Text::TableHeader}};
    for (const Record& site : sites.value())
        siteTable.rows.append(
            {{{ReportText::orDash(site.text(s("name")))}, {ReportText::orDash(site.text(s("address")))}}});
    if (!siteTable.rows.isEmpty()) {
        doc.spacer(8);
        doc.table(std::move(siteTable));
    }

    QList<Record> opening, closing;
    for (const Record& m : meetings.value())
        (m.text(s("kind")) == QLatin1String("opening") ? opening : closing).append(m);
    doc.section(tr("Itinerary"), true);
    if (planned->isEmpty()) {
        doc.paragraph(tr("No clause or control is planned yet."));
    } else {
        doc.paragraph(tr("The clauses and controls planned for this audit, by day and time. Times are local to the "
                         "site; the audit team may adjust the order on the day."),
                      Text::Small);
        ReportTable t;
        t.widths = {0.14, 0.16, 0.12, 0.09, 0.21, 0.14, 0.14};
        t.header = {{tr("Date"), Text::TableHeader},  {tr("Time"), Text::TableHeader},
                    {tr("Site"), Text::TableHeader},  {tr("Item"), Text::TableHeader},
                    {tr("Title"), Text::TableHeader}, {tr("Auditee"), Text::TableHeader},
                    {tr("Audited by"), Text::TableHeader}};
        for (const Slot& slot : planned.value())
            t.rows.append({{{ReportText::orDash(ReportLanguage::shortDate(slot.date))},
                            {ReportText::orDash(timeRange(slot.from, slot.until))},
                            {ReportText::orDash(slot.site)},
                            {slot.item, Text::TableCellBold},
                            {ReportText::orDash(slot.title)},
                            {ReportText::orDash(slot.auditee)},
                            {ReportText::orDash(slot.auditor)}}});
        doc.table(std::move(t));
    }

    if (!opening.isEmpty() || !closing.isEmpty()) {
        doc.section(tr("Opening and closing meetings"), false);
        for (const Record& m : opening + closing)
            meeting(doc, m);
    }
    auditTime(doc, audit.text(s("audit_time")));
    return doc;
}

Result<QByteArray> AuditPlanDocument::renderPdf(const AuditStore& store, const ReportOptions& options)
{
    auto document = build(store, options);
    if (!document)
        return Error{document.error()};
    const auto layout = ReportLayout::create(document.value(), QPageSize(options.paper));
    return ReportRenderer::pdf(*layout);
}

} // namespace isoaudit
