// SPDX-License-Identifier: GPL-3.0-or-later
// Section I of the SOC 2 report: the independent service auditor's report. Our wording, shaped after what such
// reports contain; the opinion paragraph is the one the engagement records, and none when none is recorded.
#include "report/ReportDocument.h"
#include "report/ReportText.h"
#include "report/Soc2Report.h"
#include "soc2/EngagementData.h"

#include <algorithm>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString field(const Record& r, const char* column)
{
    return r.text(QLatin1String(column)).trimmed();
}

QString systemName(const EngagementData& e)
{
    const QString name = field(e.engagement, "system_name");
    return name.isEmpty() ? Soc2Report::tr("system") : name;
}

bool hasComplementaryControls(const EngagementData& e)
{
    if (!e.userControls.isEmpty())
        return true;
    return std::any_of(e.subservices.begin(), e.subservices.end(),
                       [](const Record& s) { return field(s, "method") == QLatin1String("carve-out"); });
}

} // namespace

void Soc2Report::auditorsReport(ReportDocument& doc, const EngagementData& e)
{
    doc.section(tr("Independent service auditor's report"), true, QStringLiteral("I"));
    const QString firm = field(e.engagement, "service_auditor");
    doc.paragraph(tr("To the management of %1").arg(organization(e)));
    scope(doc, e);
    responsibilities(doc, e);
    opinion(doc, e);
    restrictedUse(doc, e);

    doc.spacer(12);
    const QString date = field(e.engagement, "report_date");
    doc.keyValues({{tr("Service auditor"), firm.isEmpty() ? tr("Not recorded in the engagement file.") : firm},
                   {tr("Engagement lead"), e.leadName()},
                   {tr("Report date"), date.isEmpty() ? tr("Not yet dated") : ReportLanguage::date(date)}});
}

void Soc2Report::scope(ReportDocument& doc, const EngagementData& e)
{
    const QString org = organization(e);
    doc.heading(tr("Scope"));
    doc.paragraph(
        e.isType2()
            ? tr("We have examined %1's accompanying description of its %2 in Section III (the description) for the "
                 "period %3, and the suitability of the design and operating effectiveness of the controls stated in "
                 "the description throughout that period to provide reasonable assurance that %1's service "
                 "commitments and system requirements were achieved based on the trust services criteria relevant "
                 "to %4 (the applicable trust services criteria) established by the AICPA.")
                  .arg(org, systemName(e), periodWords(e), categoryNames(e))
            : tr("We have examined %1's accompanying description of its %2 in Section III (the description) as of "
                 "%3, and the suitability of the design of the controls stated in the description as of that date to "
                 "provide reasonable assurance that %1's service commitments and system requirements would be "
                 "achieved based on the trust services criteria relevant to %4 (the applicable trust services "
                 "criteria) established by the AICPA.")
                  .arg(org, systemName(e), periodWords(e), categoryNames(e)));
    for (const Record& s : e.subservices) {
        const QString name = field(s, "name");
        const QString services = ReportText::orDash(field(s, "services"));
        if (field(s, "method") == QLatin1String("inclusive")) {
            doc.paragraph(tr("%1 uses %2, a subservice organization, for %3. The description includes the controls "
                             "of %2 (the inclusive method), and our examination extended to them.")
                              .arg(org, name, services));
            continue;
        }
        doc.paragraph(tr("%1 uses %2, a subservice organization, for %3. The description includes only the controls "
                         "of %1 and excludes the controls of %2 (the carve-out method). The description also "
                         "indicates that certain applicable trust services criteria (%4) can be met only if the "
                         "complementary subservice organization controls assumed in the design of %1's controls are "
                         "suitably designed and operating effectively along with the related controls at %1. Our "
                         "examination did not extend to the controls of %2, and we have not evaluated the "
                         "suitability of the design or the operating effectiveness of those complementary subservice "
                         "organization controls. The controls assumed are: %5")
                          .arg(org, name, services, criteriaList(s.linked(LinkKind::Criterion)),
                               ReportText::orDash(field(s, "csocs"))));
    }
    if (!e.userControls.isEmpty()) {
        doc.paragraph(tr("The description indicates that certain applicable trust services criteria can be met only "
                         "if the complementary user entity controls assumed in the design of %1's controls are "
                         "suitably designed and operating effectively along with the related controls at %1. Our "
                         "examination did not include those complementary user entity controls, and we have not "
                         "evaluated their design or operating effectiveness. They are listed in Section III (%n "
                         "control(s)).",
                         nullptr, int(e.userControls.size()))
                          .arg(org));
    }
}

void Soc2Report::responsibilities(ReportDocument& doc, const EngagementData& e)
{
    const QString org = organization(e);
    const bool type2 = e.isType2();
    doc.heading(tr("Service organization's responsibilities"));
    const QString tail = tr("%1 is also responsible for preparing the description and the assertion, including "
                            "their completeness and accuracy; for providing the services covered by the description; "
                            "for selecting the applicable trust services criteria and stating the related controls in "
                            "the description; and for identifying the risks that threaten the achievement of its "
                            "service commitments and system requirements.")
                             .arg(org);
    doc.paragraph((type2 ? tr("%1 is responsible for its service commitments and system requirements and for "
                              "designing, implementing and operating effective controls within the system to provide "
                              "reasonable assurance that they are achieved. In Section II, %1 has provided an "
                              "assertion about the presentation of the description and the suitability of the design "
                              "and operating effectiveness of the controls stated in it.")
                         : tr("%1 is responsible for its service commitments and system requirements and for "
                              "designing and implementing controls within the system to provide reasonable assurance "
                              "that they are achieved. In Section II, %1 has provided an assertion about the "
                              "presentation of the description and the suitability of the design of the controls "
                              "stated in it."))
                      .arg(org)
                  + QLatin1Char(' ') + tail);

    doc.heading(tr("Service auditor's responsibilities"));
    doc.paragraph(type2 ? tr("Our responsibility is to express an opinion on the description and on the suitability "
                             "of the design and operating effectiveness of the controls stated in it, based on our "
                             "examination. Our examination was conducted in accordance with attestation standards "
                             "established by the AICPA. Those standards require that we plan and perform the "
                             "examination to obtain reasonable assurance about whether, in all material respects, the "
                             "description is presented in accordance with the description criteria and the controls "
                             "stated in it were suitably designed and operated effectively to provide reasonable "
                             "assurance that the service commitments and system requirements were achieved based on "
                             "the applicable trust services criteria.")
                        : tr("Our responsibility is to express an opinion on the description and on the suitability "
                             "of the design of the controls stated in it, based on our examination. Our examination "
                             "was conducted in accordance with attestation standards established by the AICPA. Those "
                             "standards require that we plan and perform the examination to obtain reasonable "
                             "assurance about whether, in all material respects, the description is presented in "
                             "accordance with the description criteria and the controls stated in it were suitably "
                             "designed to provide reasonable assurance that the service commitments and system "
                             "requirements would be achieved based on the applicable trust services criteria."));
    doc.paragraph(type2 ? tr("The examination involved performing procedures to obtain evidence about the "
                             "presentation of the description and the suitability of the design and operating "
                             "effectiveness of the controls: assessing the risks that the description is not "
                             "presented in accordance with the description criteria and that the controls were not "
                             "suitably designed or did not operate effectively; testing the operating effectiveness of "
                             "the controls we consider necessary to provide reasonable assurance that the applicable "
                             "trust services criteria were met; and evaluating the overall presentation of the "
                             "description. The procedures selected depend on the service auditor's judgment.")
                        : tr("The examination involved performing procedures to obtain evidence about the "
                             "presentation of the description and the suitability of the design of the controls: "
                             "assessing the risks that the description is not presented in accordance with the "
                             "description criteria and that the controls were not suitably designed, and evaluating "
                             "the overall presentation of the description. The procedures selected depend on the "
                             "service auditor's judgment. A Type 1 examination does not test the operating "
                             "effectiveness of controls, and we express no opinion on it."));
    doc.paragraph(tr("We are required to be independent of %1 and to meet our other ethical responsibilities in "
                     "accordance with the relevant ethical requirements relating to the examination.")
                      .arg(org));
    const QString opinion = field(e.engagement, "opinion");
    if (opinion == QLatin1String("unmodified") || opinion == QLatin1String("qualified")
        || opinion == QLatin1String("adverse"))
        doc.paragraph(tr("We believe that the evidence we obtained is sufficient and appropriate to provide a "
                         "reasonable basis for our opinion."));

    doc.heading(tr("Inherent limitations"));
    doc.paragraph(tr("The description is prepared to meet the common needs of a broad range of users and may "
                     "therefore not include every aspect of the system that an individual user may consider "
                     "important. There are inherent limitations in the effectiveness of any system of internal "
                     "control, including the possibility of human error and the circumvention of controls. Because "
                     "of their nature, controls may not always operate effectively to provide reasonable assurance "
                     "that the service commitments and system requirements are achieved. Projecting any conclusion "
                     "about the suitability of the design or the operating effectiveness of the controls to future "
                     "periods is subject to the risk that controls may become inadequate because of changes in "
                     "conditions, or that the degree of compliance with policies or procedures may deteriorate."));

    doc.heading(tr("Description of tests of controls"));
    doc.paragraph(type2 ? tr("The specific controls we tested, and the nature, timing and results of those tests, are "
                             "listed in Section IV.")
                        : tr("The controls stated in the description and our conclusions on their design are listed "
                             "in Section IV."));
}

void Soc2Report::opinion(ReportDocument& doc, const EngagementData& e)
{
    const QString org = organization(e);
    const QString opinion = field(e.engagement, "opinion");
    const QString basis = field(e.engagement, "opinion_basis");
    const auto basisSection = [&](const QString& heading, const QString& lead) {
        doc.heading(heading);
        doc.paragraph(lead);
        const QStringList notMet = e.criteriaNotMet();
        if (!notMet.isEmpty()) {
            ReportTable t;
            t.look = ReportTable::Look::Plain;
            t.widths = {1.0};
            QStringList sorted = criteriaList(notMet).split(QStringLiteral(", "));
            for (const QString& id : sorted)
                t.rows.append({{{criterionWithTitle(id)}}});
            doc.table(std::move(t));
        } else if (opinion != QLatin1String("disclaimer")) {
            doc.paragraph(tr("The engagement file names no criterion as not met."));
        }
        doc.paragraph(basis.isEmpty() ? tr("The basis is not recorded in the engagement file.") : basis);
    };
    // (a), (b) and, for Type 2, (c): the clauses of an unmodified or qualified opinion.
    const auto clauses = [&]() {
        const QString when = timing(e);
        const bool type2 = e.isType2();
        doc.paragraph(tr("(a) the description presents %1's %2 that was designed and implemented %3 in accordance "
                         "with the description criteria;")
                          .arg(org, systemName(e), when));
        doc.paragraph(tr("(b) the controls stated in the description were suitably designed %1 to provide reasonable "
                         "assurance that %2's service commitments and system requirements would be achieved based on "
                         "the applicable trust services criteria, if its controls operated effectively %1")
                          .arg(when, org)
                      + (type2 ? QStringLiteral(";") : QStringLiteral(".")));
        if (type2)
            doc.paragraph(tr("(c) the controls stated in the description operated effectively %1 to provide "
                             "reasonable assurance that %2's service commitments and system requirements were "
                             "achieved based on the applicable trust services criteria.")
                              .arg(when, org));
        if (hasComplementaryControls(e))
            doc.paragraph(tr("These conclusions assume that the complementary subservice organization controls and "
                             "complementary user entity controls referred to above were suitably designed and "
                             "operated effectively %1.")
                              .arg(when));
    };

    if (opinion == QLatin1String("unmodified")) {
        doc.heading(tr("Opinion"));
        doc.paragraph(tr("In our opinion, in all material respects:"));
        clauses();
    } else if (opinion == QLatin1String("qualified")) {
        basisSection(tr("Basis for qualified opinion"),
                     tr("Our tests, described in Section IV, found that the controls did not provide reasonable "
                        "assurance that the following applicable trust services criteria were met:"));
        doc.heading(tr("Qualified opinion"));
        doc.paragraph(tr("In our opinion, except for the matter described in the basis for qualified opinion "
                         "paragraph, in all material respects:"));
        clauses();
    } else if (opinion == QLatin1String("adverse")) {
        basisSection(tr("Basis for adverse opinion"),
                     tr("Our tests, described in Section IV, found that the controls did not provide reasonable "
                        "assurance that the following applicable trust services criteria were met, and the effect "
                        "is pervasive:"));
        doc.heading(tr("Adverse opinion"));
        doc.paragraph(e.isType2()
                          ? tr("In our opinion, because of the significance of the matter described in the basis for "
                               "adverse opinion paragraph, the controls stated in the description were not suitably "
                               "designed and did not operate effectively %1 to provide reasonable assurance that %2's "
                               "service commitments and system requirements were achieved based on the applicable "
                               "trust services criteria.")
                                .arg(timing(e), org)
                          : tr("In our opinion, because of the significance of the matter described in the basis for "
                               "adverse opinion paragraph, the controls stated in the description were not suitably "
                               "designed %1 to provide reasonable assurance that %2's service commitments and system "
                               "requirements would be achieved based on the applicable trust services criteria.")
                                .arg(timing(e), org));
    } else if (opinion == QLatin1String("disclaimer")) {
        basisSection(tr("Basis for disclaimer of opinion"),
                     tr("We were not able to obtain sufficient appropriate evidence for the matter described below."));
        doc.heading(ReportText::label(ValueList::Opinion, QStringLiteral("disclaimer")));
        doc.paragraph(tr("Because of the significance of the matter described in the basis for disclaimer of opinion "
                         "paragraph, we have not been able to obtain sufficient appropriate evidence to provide a "
                         "basis for an opinion. Accordingly, we do not express an opinion on the description or on "
                         "the suitability of the design or the operating effectiveness of the controls stated in it."));
    } else {
        doc.heading(tr("Opinion"));
        ReportTable box;
        box.look = ReportTable::Look::Plain;
        box.widths = {1.0};
        box.rows.append({{{tr("Opinion not yet formed"), Text::Heading3, QColor(0xee, 0xee, 0xee)}}});
        box.rows.append({{{tr("The service auditor has not formed an opinion: this report is a draft, and no opinion "
                              "is expressed in it."),
                           Text::TableCell, QColor(0xee, 0xee, 0xee)}}});
        doc.table(std::move(box));
    }
}

void Soc2Report::restrictedUse(ReportDocument& doc, const EngagementData& e)
{
    doc.heading(tr("Restricted use"));
    const QString recorded = field(e.engagement, "intended_users");
    const QString users = recorded.isEmpty()
        ? tr("the management of %1, its user entities and their auditors").arg(organization(e))
        : recorded;
    doc.paragraph(tr("This report, including the description of the tests of controls and their results in Section "
                     "IV, is intended solely for the information and use of %1. It is not intended to be, and should "
                     "not be, used by anyone other than these specified parties.")
                      .arg(users));
    if (recorded.isEmpty())
        doc.paragraph(tr("The engagement file names no intended users: the parties above are IsoAudit's default "
                         "wording, for the service auditor to confirm."),
                      Text::Small);
}

} // namespace isoaudit
