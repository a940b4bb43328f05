// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Soc2Report.h"

#include "catalog/Catalog.h"
#include "report/ReportDocument.h"
#include "report/ReportText.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"

#include <algorithm>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString field(const Record& r, const char* column)
{
    return r.text(QLatin1String(column)).trimmed();
}

/// A recorded text, or the sentence that says the engagement file has none.
QString orNotDescribed(const QString& text)
{
    return text.trimmed().isEmpty() ? Soc2Report::tr("Not described in the engagement file.") : text.trimmed();
}

} // namespace

qsizetype Soc2Report::build(ReportDocument& doc, const ReportData& data, const EngagementData& e)
{
    const QString number = data.reportNumber.isEmpty() ? tr("(no number)") : data.reportNumber;
    doc.title = tr("%1 %2 — %3").arg(reportTitle(e), number, organization(e));
    doc.headerLeft = organization(e);
    doc.headerRight = reportTitle(e);
    doc.marking = tr("CONFIDENTIAL");
    // The page number and count are filled in per page by ReportLayout.
    doc.footerReport = tr("Report %1 · Rev %2 · Page %3 of %4").arg(number).arg(data.revision);

    cover(doc, data, e);
    const qsizetype contentsAt = doc.blocks.size();
    auditorsReport(doc, e);
    assertion(doc, e);
    systemDescription(doc, e);
    testsOfControls(doc, e);
    otherInformation(doc, e);
    return contentsAt;
}

QString Soc2Report::reportTitle(const EngagementData& e)
{
    return e.isType2() ? tr("SOC 2® Type 2 report") : tr("SOC 2® Type 1 report");
}

QString Soc2Report::periodWords(const EngagementData& e)
{
    const auto date = [](const QString& iso) { return ReportText::orDash(ReportLanguage::date(iso)); };
    if (e.isType2())
        return tr("%1 to %2").arg(date(field(e.engagement, "period_start")), date(field(e.engagement, "period_end")));
    return date(field(e.engagement, "as_of_date"));
}

QString Soc2Report::timing(const EngagementData& e)
{
    return e.isType2() ? tr("throughout the period %1").arg(periodWords(e)) : tr("as of %1").arg(periodWords(e));
}

QString Soc2Report::categoryNames(const EngagementData& e)
{
    QStringList names;
    for (const QString& id : Engagement::categories(e.engagement))
        names << ReportText::label(ValueList::TrustCategory, id);
    return names.join(QStringLiteral(", "));
}

QString Soc2Report::criterionWithTitle(const QString& id)
{
    const CatalogItem* item = Engagement::criteriaCatalog().criterion(id);
    return item ? id + QLatin1Char(' ') + item->title : id;
}

QString Soc2Report::criteriaList(QStringList ids)
{
    return ReportText::orDash(Engagement::criteriaCatalog().inCriteriaOrder(ids).join(QStringLiteral(", ")));
}

QString Soc2Report::organization(const EngagementData& e)
{
    const QString name = field(e.audit, "client");
    return name.isEmpty() ? tr("the service organization") : name;
}

void Soc2Report::cover(ReportDocument& doc, const ReportData& data, const EngagementData& e)
{
    doc.spacer(70);
    doc.paragraph(tr("REPORT ON AN EXAMINATION BY A SERVICE AUDITOR"), Text::Kicker);
    doc.paragraph(reportTitle(e), Text::Title);
    doc.paragraph(organization(e), Text::Subtitle);
    doc.spacer(12);
    const QString system = field(e.engagement, "system_name");
    doc.paragraph(
        e.isType2()
            ? tr("Report on %1's description of its %2 and on the suitability of the design and operating "
                 "effectiveness of its controls relevant to %3, for the period %4")
                  .arg(organization(e), system.isEmpty() ? tr("system") : system, categoryNames(e), periodWords(e))
            : tr("Report on %1's description of its %2 and on the suitability of the design of its controls "
                 "relevant to %3, as of %4")
                  .arg(organization(e), system.isEmpty() ? tr("system") : system, categoryNames(e), periodWords(e)));
    doc.spacer(20);
    // The report is signed while the engagement is in reporting, so that state already means the final text.
    QString status = tr("Draft: examination in progress");
    if (data.lifecycle == QLatin1String("reporting"))
        status = tr("Final, for signature");
    else if (data.lifecycle == QLatin1String("signed"))
        status = tr("Final, signed");
    doc.keyValues(
        {{tr("Service organization"), field(e.audit, "client")},
         {tr("System"), system},
         {tr("Report type"), ReportText::label(ValueList::Soc2ReportType, field(e.engagement, "report_type"))},
         {e.isType2() ? tr("Period") : tr("As of"), periodWords(e)},
         {tr("Trust services categories"), categoryNames(e)},
         {tr("Service auditor"), field(e.engagement, "service_auditor")},
         {tr("Engagement lead"), e.leadName()},
         {tr("Report number"), data.reportNumber},
         {tr("Revision"), QString::number(data.revision)},
         {tr("Status"), status}});
    doc.spacer(28);
    doc.paragraph(tr("CONFIDENTIAL"), Text::Marking);
    doc.paragraph(tr("This report is intended solely for the specified parties named in Section I under \"Restricted "
                     "use\" and must not be passed to others."),
                  Text::Small);
}

void Soc2Report::assertion(ReportDocument& doc, const EngagementData& e)
{
    doc.section(tr("Management's assertion"), true, QStringLiteral("II"));
    const QString text = field(e.engagement, "management_assertion");
    if (text.isEmpty()) {
        doc.paragraph(tr("Management's assertion has not been provided. The report cannot be issued without it."));
        return;
    }
    doc.paragraph(tr("The assertion below is made by the management of %1, as provided to the service auditor.")
                      .arg(organization(e)),
                  Text::Small);
    doc.paragraph(text);
}

void Soc2Report::systemDescription(ReportDocument& doc, const EngagementData& e)
{
    doc.section(tr("%1's description of its system").arg(organization(e)), true, QStringLiteral("III"));
    doc.paragraph(tr("The description in this section is prepared by the management of %1; the service auditor "
                     "examined its presentation (Section I).")
                      .arg(organization(e)),
                  Text::Small);
    doc.heading(tr("Services provided"));
    doc.paragraph(orNotDescribed(field(e.engagement, "services")));
    doc.heading(tr("Components of the system"));
    const std::pair<QString, const char*> components[] = {
        {tr("Infrastructure"), "infrastructure"}, {tr("Software"), "software"}, {tr("People"), "people"},
        {tr("Procedures"), "procedures"},         {tr("Data"), "data"},
    };
    for (const auto& [label, column] : components) {
        doc.heading(label, Text::Heading3);
        doc.paragraph(orNotDescribed(field(e.engagement, column)));
    }
    doc.heading(tr("System boundaries"));
    doc.paragraph(orNotDescribed(field(e.engagement, "boundaries")));

    doc.heading(tr("Subservice organizations"));
    if (e.subservices.isEmpty()) {
        doc.paragraph(tr("%1 uses no subservice organization for the services in scope.").arg(organization(e)));
    } else {
        ReportTable t;
        t.widths = {0.18, 0.22, 0.12, 0.33, 0.15};
        t.header = {{tr("Subservice organization"), Text::TableHeader},
                    {tr("Services provided"), Text::TableHeader},
                    {tr("Method"), Text::TableHeader},
                    {tr("Complementary subservice organization controls assumed"), Text::TableHeader},
                    {tr("Criteria"), Text::TableHeader}};
        for (const Record& s : e.subservices) {
            t.rows.append({{{field(s, "name")},
                            {ReportText::orDash(field(s, "services"))},
                            {ReportText::label(ValueList::SubserviceMethod, field(s, "method"))},
                            {ReportText::orDash(field(s, "csocs"))},
                            {criteriaList(s.linked(LinkKind::Criterion))}}});
        }
        doc.table(std::move(t));
    }

    doc.heading(tr("Complementary user entity controls"));
    if (e.userControls.isEmpty()) {
        doc.paragraph(tr("The description assumes no complementary user entity controls."));
        return;
    }
    doc.paragraph(tr("%1's controls were designed with the assumption that user entities implement the controls "
                     "below. User entities are responsible for them; the service auditor did not examine them.")
                      .arg(organization(e)));
    ReportTable t;
    t.widths = {0.12, 0.66, 0.22};
    t.header = {{tr("Ref"), Text::TableHeader},
                {tr("Control expected of user entities"), Text::TableHeader},
                {tr("Criteria"), Text::TableHeader}};
    for (const Record& u : e.userControls) {
        t.rows.append({{{ReportText::orDash(field(u, "ref"))},
                        {field(u, "description")},
                        {criteriaList(u.linked(LinkKind::Criterion))}}});
    }
    doc.table(std::move(t));
}

void Soc2Report::otherInformation(ReportDocument& doc, const EngagementData& e)
{
    doc.section(tr("Other information provided by the service organization"), true, QStringLiteral("V"));
    ReportTable box;
    box.look = ReportTable::Look::Plain;
    box.widths = {1.0};
    const QColor fill(0xee, 0xee, 0xee);
    box.rows.append({{{tr("Not covered by the service auditor's opinion"), Text::Heading3, fill}}});
    box.rows.append({{{tr("The information in this section is presented by the management of %1 to provide "
                          "additional information to user entities. It is not part of the description of the system "
                          "and was not subjected to the procedures applied in the examination; accordingly, the "
                          "service auditor expresses no opinion on it.")
                           .arg(organization(e)),
                       Text::TableCell, fill}}});
    doc.table(std::move(box));
    doc.heading(tr("Management's responses to the exceptions"));
    if (e.exceptions.isEmpty()) {
        doc.paragraph(tr("The examination noted no exceptions, so management has no responses to present."));
        return;
    }
    ReportTable t;
    t.widths = {0.16, 0.38, 0.46};
    t.header = {{tr("Control"), Text::TableHeader},
                {tr("Exception noted"), Text::TableHeader},
                {tr("Management's response"), Text::TableHeader}};
    for (const Record& x : e.exceptions) {
        const Record* control = e.controlByUuid(x.parentUuid);
        const QString response = field(x, "management_response");
        t.rows.append({{{control ? field(*control, "ref") : ReportText::orDash({})},
                        {ReportText::orDash(field(x, "nature"))},
                        {response.isEmpty() ? tr("Management has not provided a response.") : response}}});
    }
    doc.table(std::move(t));
}

} // namespace isoaudit
