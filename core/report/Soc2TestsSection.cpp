// SPDX-License-Identifier: GPL-3.0-or-later
// Section IV of the SOC 2 report: every applicable criterion (by category and series, in catalog order) with the
// controls mapped to it, the tests performed and their results, then every control no applicable criterion lists,
// and the samples with what a reviewer needs to re-draw them (docs/soc2-sampling.md).
#include "catalog/Catalog.h"
#include "report/ReportDocument.h"
#include "report/ReportText.h"
#include "report/Soc2Report.h"
#include "sampling/SampleSelection.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace isoaudit {

namespace {

using Text = ReportStyle::Text;

QString field(const Record& r, const char* column)
{
    return r.text(QLatin1String(column)).trimmed();
}

QJsonObject jsonObject(const Record& r, const char* column)
{
    return QJsonDocument::fromJson(r.text(QLatin1String(column)).toUtf8()).object();
}

/// The firm's policy row a sample was sized from, in the report's language ("Daily", "As needed, 11–50
/// occurrences", "Automated").
QString policyRow(const QJsonObject& row)
{
    const QString frequency = row.value(QLatin1String("frequency")).toString();
    if (frequency.isEmpty())
        return ReportText::label(ValueList::ControlAutomation, QStringLiteral("automated"));
    const QString label = ReportText::label(ValueList::ControlFrequency, frequency);
    if (frequency != QLatin1String("as-needed"))
        return label;
    const int min = row.value(QLatin1String("populationMin")).toInt();
    const QJsonValue max = row.value(QLatin1String("populationMax"));
    if (!max.isDouble())
        return Soc2Report::tr("%1, %2 or more occurrences").arg(label).arg(min);
    return Soc2Report::tr("%1, %2–%3 occurrences").arg(label).arg(min).arg(max.toInt());
}

const Record* population(const EngagementData& e, const Record& sample)
{
    const QString uuid = field(sample, "population_uuid");
    for (const Record& p : e.populations) {
        if (p.uuid == uuid)
            return &p;
    }
    return nullptr;
}

int populationCount(const EngagementData& e, const Record& sample)
{
    const QJsonObject selection = jsonObject(sample, "selection");
    if (selection.contains(QLatin1String("populationCount")))
        return selection.value(QLatin1String("populationCount")).toInt();
    const Record* p = population(e, sample);
    return p ? p->integer(QStringLiteral("row_count")).value_or(0) : 0;
}

QString sampleText(const EngagementData& e, const Record& sample)
{
    const QJsonObject selection = jsonObject(sample, "selection");
    const QJsonObject basis = jsonObject(sample, "size_basis");
    const int drawn = int(e.itemsOf(sample.uuid).size());
    const int size = sample.integer(QStringLiteral("size")).value_or(drawn);
    const int count = populationCount(e, sample);
    const bool whole = selection.value(QLatin1String("testedWhole")).toBool()
        || basis.value(QLatin1String("testedWhole")).toBool() || (count > 0 && size >= count);
    QStringList lines;
    lines << (whole ? Soc2Report::tr("Tested the whole population: %n occurrence(s) in the period.", nullptr, count)
                    : Soc2Report::tr("Sample of %1 of %2 occurrences, selected at random across the period "
                                     "(stratified by month).")
                          .arg(size)
                          .arg(count));
    const QString reason = field(sample, "size_reason");
    if (!reason.isEmpty())
        lines << Soc2Report::tr("Sample size set by the service auditor: %1").arg(reason);
    else if (basis.contains(QLatin1String("row")))
        lines << (basis.value(QLatin1String("increased")).toBool()
                      ? Soc2Report::tr("Sample size from the firm's sampling policy (%1), increased for a deviation "
                                       "in the prior period.")
                      : Soc2Report::tr("Sample size from the firm's sampling policy (%1)."))
                     .arg(policyRow(basis.value(QLatin1String("row")).toObject()));
    const int replaced = int(selection.value(QLatin1String("replacements")).toArray().size());
    if (replaced > 0)
        lines << Soc2Report::tr("%n item(s) replaced, each with the reason on record.", nullptr, replaced);
    return lines.join(QLatin1Char('\n'));
}

QColor resultFill(ControlResult::State state)
{
    switch (state) {
    case ControlResult::State::Exceptions:
        return ReportText::gradeTint(QStringLiteral("minor"));
    case ControlResult::State::NotOccurring:
    case ControlResult::State::NotTested:
        return QColor(0xee, 0xee, 0xee);
    case ControlResult::State::NoExceptions:
        break;
    }
    return {};
}

} // namespace

void Soc2Report::testsOfControls(ReportDocument& doc, const EngagementData& e)
{
    doc.section(tr("Trust services criteria, controls, tests of controls and results"), true, QStringLiteral("IV"));
    if (e.isType2()) {
        doc.paragraph(tr("For each applicable trust services criterion, this section lists the controls of %1 "
                         "mapped to it, the tests the service auditor performed %2 and their results. A control "
                         "mapped to several criteria is listed under each of them.")
                          .arg(organization(e), timing(e)));
        doc.paragraph(tr("Sample sizes follow the service auditor's firm's sampling policy; they are the firm's "
                         "judgment, not a requirement of the AICPA. Items were selected at random with a recorded seed "
                         "from the population as frozen on import, spread across the months of the period; the table "
                         "at the end of this section gives what a reviewer needs to draw the same items again."),
                      Text::Small);
    } else {
        doc.paragraph(tr("For each applicable trust services criterion, this section lists the controls of %1 "
                         "mapped to it, the procedures the service auditor performed to evaluate their design and the "
                         "conclusion on their design %2. A Type 1 examination does not test operating "
                         "effectiveness.")
                          .arg(organization(e), timing(e)));
    }
    doc.heading(tr("Test methods"), Text::Heading3);
    doc.keyValues({{ReportText::label(ValueList::TestMethod, QStringLiteral("inquiry")),
                    tr("Asked appropriate personnel about the control and corroborated the answers.")},
                   {ReportText::label(ValueList::TestMethod, QStringLiteral("observation")),
                    tr("Watched the control being performed.")},
                   {ReportText::label(ValueList::TestMethod, QStringLiteral("inspection")),
                    tr("Examined documents, records or system settings that show the control was performed.")},
                   {ReportText::label(ValueList::TestMethod, QStringLiteral("reperformance")),
                    tr("Performed the control again independently and compared the outcome.")}});

    const Catalog& catalog = Engagement::criteriaCatalog();
    QString category;
    QString group;
    QSet<QString> listed;
    for (const CatalogItem* criterion : Engagement::criteriaInScope(e.engagement)) {
        const QString categoryId = Engagement::categoryOf(criterion->id);
        if (categoryId != category) {
            category = categoryId;
            doc.heading(ReportText::label(ValueList::TrustCategory, categoryId), Text::Heading2);
        }
        if (criterion->group != group) {
            group = criterion->group;
            for (const CatalogGroup& g : catalog.groups()) {
                if (g.id == group && g.kind == CatalogItem::Kind::Criterion)
                    doc.heading(g.id + QStringLiteral("  ") + g.title, Text::Heading3);
            }
        }
        doc.paragraph(criterionWithTitle(criterion->id), Text::TableCellBold);
        const QList<const Record*> controls = e.controlsFor(criterion->id);
        for (const Record* c : controls)
            listed.insert(c->uuid);
        if (controls.isEmpty())
            doc.paragraph(tr("No control of %1 is mapped to this criterion.").arg(organization(e)));
        else
            controlsTable(doc, e, controls);
    }
    QList<const Record*> unlisted;
    for (const Record& c : e.controls) {
        if (!listed.contains(c.uuid))
            unlisted << &c;
    }
    if (!unlisted.isEmpty()) {
        doc.heading(tr("Controls not mapped to an applicable criterion"), Text::Heading2);
        controlsTable(doc, e, unlisted);
    }
    samplesAppendix(doc, e);
}

void Soc2Report::controlsTable(ReportDocument& doc, const EngagementData& e, const QList<const Record*>& controls)
{
    ReportTable t;
    t.widths = {0.34, 0.38, 0.28};
    t.header = {{tr("Control"), Text::TableHeader},
                {e.isType2() ? tr("Tests performed by the service auditor") : tr("Procedures to evaluate design"),
                 Text::TableHeader},
                {e.isType2() ? tr("Results") : tr("Conclusion on design"), Text::TableHeader}};
    for (const Record* c : controls) {
        QStringList control;
        const QString title = field(*c, "title");
        control << (title.isEmpty() ? field(*c, "ref") : field(*c, "ref") + QStringLiteral("  ") + title);
        if (!field(*c, "description").isEmpty())
            control << field(*c, "description");
        QStringList facts{ReportText::label(ValueList::ControlFrequency, field(*c, "frequency")),
                          ReportText::label(ValueList::ControlAutomation, field(*c, "automation"))};
        if (c->flag(QStringLiteral("key_control")))
            facts << tr("Key control");
        control << facts.join(QStringLiteral(" · "));
        const ControlResult result = e.resultOf(*c);
        t.rows.append({{{control.join(QLatin1Char('\n'))},
                        {testsText(e, *c)},
                        {resultText(e, *c), Text::TableCell, resultFill(result.state)}}});
    }
    doc.table(std::move(t));
}

QString Soc2Report::testsText(const EngagementData& e, const Record& control)
{
    QStringList lines;
    for (const Record* test : e.testsOf(control.uuid)) {
        const QString method = ReportText::label(ValueList::TestMethod, field(*test, "method"));
        const QString attributes = field(*test, "attributes");
        lines << (attributes.isEmpty() ? method : tr("%1: %2").arg(method, attributes));
        if (!field(*test, "description").isEmpty())
            lines << field(*test, "description");
    }
    if (e.isType2()) {
        for (const Record* sample : e.samplesOf(control.uuid))
            lines << sampleText(e, *sample);
        if (e.samplesOf(control.uuid).isEmpty()) {
            for (const Record* p : e.populationsOf(control.uuid)) {
                if (p->integer(QStringLiteral("row_count")).value_or(0) == 0)
                    lines << tr("The population for the period (%1) has no occurrences.")
                                 .arg(ReportText::orDash(field(*p, "name")));
            }
        }
    }
    return lines.isEmpty() ? tr("No test recorded.") : lines.join(QLatin1Char('\n'));
}

QString Soc2Report::resultText(const EngagementData& e, const Record& control)
{
    const ControlResult result = e.resultOf(control);
    QStringList lines;
    if (!e.isType2()) {
        lines << ReportText::label(ValueList::DesignConclusion, field(control, "design"));
        if (!field(control, "design_note").isEmpty())
            lines << field(control, "design_note");
    } else if (result.state == ControlResult::State::NoExceptions) {
        lines << tr("No exceptions noted.");
    } else if (result.state == ControlResult::State::NotOccurring) {
        lines << tr("The control did not operate during the period; no test of operating effectiveness was "
                    "possible.");
    } else if (result.state == ControlResult::State::NotTested) {
        if (result.withResult < result.sampled)
            lines << tr("Testing not completed: %1 of %2 sampled items have a result.")
                         .arg(result.withResult)
                         .arg(result.sampled);
        else
            lines << (e.testsOf(control.uuid).isEmpty() && result.sampled == 0
                          ? tr("Not yet tested.")
                          : tr("Testing not completed: a test procedure has no result yet."));
    }
    if (result.state != ControlResult::State::Exceptions)
        return lines.join(QLatin1Char('\n'));

    const QList<const Record*> exceptions = e.exceptionsOf(control.uuid);
    for (const Record* x : exceptions) {
        const int deviations = x->integer(QStringLiteral("deviations")).value_or(0);
        const int size = x->integer(QStringLiteral("sample_size")).value_or(0);
        lines << tr("Exception noted: %1 of %2 items sampled deviated from the control.")
                     .arg(deviations > 0 ? deviations : result.deviations)
                     .arg(size > 0 ? size : result.sampled);
        if (!field(*x, "nature").isEmpty())
            lines << tr("Nature: %1").arg(field(*x, "nature"));
        if (!field(*x, "cause").isEmpty())
            lines << tr("Cause: %1").arg(field(*x, "cause"));
        if (!field(*x, "pattern").isEmpty())
            lines << tr("Assessed as: %1").arg(ReportText::label(ValueList::DeviationPattern, field(*x, "pattern")));
    }
    if (exceptions.isEmpty() && result.deviations > 0) {
        lines << tr("Exception noted: %1 of %2 items sampled deviated from the control.")
                     .arg(result.deviations)
                     .arg(result.sampled);
        lines << tr("The exception has not yet been assessed.");
    }
    // A test procedure's own exception, when no sample item or exception record has already described it.
    const bool described = !exceptions.isEmpty() || result.deviations > 0;
    for (const Record* test : e.testsOf(control.uuid)) {
        if (field(*test, "result") == QLatin1String("exceptions")
            && (!described || !field(*test, "result_note").isEmpty()))
            lines << tr("Exception noted (%1): %2")
                         .arg(ReportText::label(ValueList::TestMethod, field(*test, "method")),
                              ReportText::orDash(field(*test, "result_note")));
    }
    return lines.join(QLatin1Char('\n'));
}

void Soc2Report::samplesAppendix(ReportDocument& doc, const EngagementData& e)
{
    if (!e.isType2() || e.samples.isEmpty())
        return;
    doc.heading(tr("Samples and how to draw them again"), Text::Heading2);
    doc.paragraph(tr("Each sample was drawn from its control's population as frozen on import. A reviewer draws the "
                     "same items again from the same population (checked by its row count and SHA-256, shortened "
                     "here) with the seed and the selection method named below."),
                  Text::Small);
    ReportTable t;
    t.widths = {0.12, 0.21, 0.18, 0.13, 0.28, 0.08};
    t.header = {{tr("Control"), Text::TableHeader}, {tr("Population"), Text::TableHeader},
                {tr("SHA-256"), Text::TableHeader}, {tr("Seed"), Text::TableHeader},
                {tr("Method"), Text::TableHeader},  {tr("Items"), Text::TableHeader, {}, Qt::AlignRight}};
    for (const Record& c : e.controls) {
        for (const Record* sample : e.samplesOf(c.uuid)) {
            const QJsonObject selection = jsonObject(*sample, "selection");
            const Record* p = population(e, *sample);
            QString sha = selection.value(QLatin1String("populationSha256")).toString();
            if (sha.isEmpty() && p)
                sha = field(*p, "sha256");
            QString method = field(*sample, "method");
            if (method.isEmpty())
                method = selection.value(QLatin1String("method")).toString();
            const int version = selection.value(QLatin1String("methodVersion")).toInt(SampleSelection::methodVersion);
            QString seed = field(*sample, "seed");
            if (seed.isEmpty())
                seed = selection.value(QLatin1String("seed")).toString();
            const int count = populationCount(e, *sample);
            const QString name = p ? field(*p, "name") : QString();
            t.rows.append({{{field(c, "ref")},
                            {(name.isEmpty() ? QString() : name + QLatin1Char('\n')) + tr("%n row(s)", nullptr, count)},
                            {sha.isEmpty() ? ReportText::orDash({}) : sha.left(12) + QStringLiteral("…")},
                            {ReportText::orDash(seed)},
                            {method.isEmpty() ? ReportText::orDash({}) : tr("%1, version %2").arg(method).arg(version)},
                            {QString::number(e.itemsOf(sample->uuid).size()), Text::TableCell, {}, Qt::AlignRight}}});
        }
    }
    doc.table(std::move(t));
}

} // namespace isoaudit
