// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 populations, samples and test results: `population`, `sample`, `test-result` (docs/soc2.md).
#include "Commands.h"

#include "Arguments.h"

#include "sampling/SampleSize.h"
#include "soc2/EngagementData.h"
#include "soc2/PopulationImport.h"
#include "soc2/Populations.h"
#include "soc2/SampleDraw.h"
#include "soc2/SampleResults.h"
#include "workflow/Lifecycle.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace isoaudit::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

/// The control a `--control REF` names, or a message.
Result<Record> controlOf(const AuditStore& store, const QString& ref)
{
    auto data = EngagementData::load(store);
    if (!data)
        return Error{data.error()};
    const Record* control = data->control(ref);
    if (!control)
        return Error{QStringLiteral("there is no control \"%1\" in this engagement").arg(ref)};
    return *control;
}

void printItems(CliContext& c, const QList<Record>& items)
{
    for (const Record& item : items) {
        const QString result = item.text(s("result"));
        c.out << "  " << item.text(s("month")) << "  " << item.text(s("occurred_on")) << "  "
              << item.text(s("occurrence_id")) << "  (row " << item.text(s("row_no")) << ")"
              << (result.isEmpty() ? QString() : QStringLiteral("  %1").arg(result)) << Qt::endl;
    }
}

int listPopulations(CliContext& c, const AuditStore& store, const Record& control)
{
    auto populations = store.records(RecordKind::Population, control.uuid);
    if (!populations)
        return c.fail(populations.error());
    const QList<Record> all = populations.value();
    if (all.isEmpty())
        c.out << "control " << control.text(s("ref")) << " has no population" << Qt::endl;
    for (const Record& p : all) {
        c.out << p.text(s("name")) << "  " << p.uuid << Qt::endl
              << "  rows " << p.text(s("row_count")) << ", out of period " << p.text(s("out_of_period")) << ", sha256 "
              << p.text(s("sha256")) << Qt::endl
              << "  from " << p.text(s("source_file")) << ", imported " << p.text(s("imported_at")) << " by "
              << p.text(s("imported_by")) << "; id column \"" << p.text(s("id_column")) << "\", date column \""
              << p.text(s("date_column")) << "\"" << Qt::endl;
        const QString ca = p.text(s("completeness_accuracy"));
        c.out << "  completeness and accuracy: "
              << (ca.isEmpty()
                      ? s("not recorded")
                      : QStringLiteral("%1 (%2, %3)").arg(ca, p.text(s("ca_checked_by")), p.text(s("ca_checked_on"))))
              << Qt::endl;
    }
    return 0;
}

int importPopulation(CliContext& c, AuditStore& store, const Record& control, const Arguments& a)
{
    PopulationImportOptions options;
    options.controlUuid = control.uuid;
    options.path = a.value(s("import"));
    options.sheet = a.value(s("sheet"));
    options.idColumn = a.value(s("id-column"));
    options.dateColumn = a.value(s("date-column"));
    options.dateFormat = a.value(s("date-format"));
    options.name = a.value(s("name"));
    options.importedBy = a.value(s("by"));
    const QString outside = a.value(s("outside"), s("flag"));
    if (outside != QLatin1String("flag") && outside != QLatin1String("refuse"))
        return c.fail(QStringLiteral("--outside must be flag or refuse, not \"%1\"").arg(outside));
    options.outside = outside == QLatin1String("refuse") ? PopulationImportOptions::Outside::Refuse
                                                         : PopulationImportOptions::Outside::Flag;
    auto imported = PopulationImport::run(store, options);
    if (!imported)
        return c.fail(imported.error(), 1);
    const PopulationImportResult& r = imported.value();
    c.out << "imported " << r.rows << " occurrence(s) of control " << control.text(s("ref")) << " from "
          << QFileInfo(options.path).fileName() << " (" << r.source << ")" << Qt::endl
          << "id column \"" << r.idColumn << "\" (" << (r.idColumnFound ? "found by its header" : "as given")
          << "), date column \"" << r.dateColumn << "\" (" << (r.dateColumnFound ? "found by its header" : "as given")
          << ")" << Qt::endl;
    if (!r.otherColumns.isEmpty())
        c.out << "kept columns: " << r.otherColumns.join(s(", ")) << Qt::endl;
    c.out << "population " << r.uuid << ", sha256 " << r.sha256 << " (" << r.inPeriod() << " in the period)"
          << Qt::endl;
    if (r.outOfPeriod > 0)
        c.err << "isoaudit-cli: warning: " << r.outOfPeriod
              << " row(s) fall outside the engagement's period and are flagged (kept, not sampled), first "
              << r.firstOutOfPeriod.join(s(", ")) << Qt::endl;
    if (r.inPeriod() == 0)
        c.out << "control " << control.text(s("ref")) << ": " << SampleSize::noOccurrencesMessage() << Qt::endl;
    return 0;
}

int drawSample(CliContext& c, AuditStore& store, const Record& control, const Arguments& a)
{
    SampleDrawOptions options;
    options.controlUuid = control.uuid;
    options.population = a.value(s("population"));
    options.drawnBy = a.value(s("by"));
    options.sizeReason = a.value(s("reason"));
    if (a.has(s("policy"))) {
        auto policy = SampleSizePolicy::load(a.value(s("policy")));
        if (!policy)
            return c.fail(policy.error());
        options.policy = policy.value();
    }
    if (a.has(s("seed"))) {
        bool ok = false;
        options.seed = a.value(s("seed")).toULongLong(&ok);
        if (!ok)
            return c.fail(QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\"")
                              .arg(a.value(s("seed"))));
    }
    if (a.has(s("size"))) {
        QString error;
        const auto size = a.number(s("size"), 0, &error);
        if (!size)
            return c.fail(error);
        options.size = *size;
    } else if (a.has(s("reason"))) {
        return c.fail(s("--reason explains a --size other than the policy's; give both or neither"));
    }
    auto drawn = SampleDraw::draw(store, options);
    if (!drawn)
        return c.fail(drawn.error(), 1);
    const SampleDrawResult& r = drawn.value();
    c.out << "control " << control.text(s("ref")) << ": sample of " << r.size << " from the population \""
          << r.population.text(s("name")) << "\" (" << r.selection.populationCount() << " occurrences in the period)"
          << Qt::endl;
    c.out << "firm's sampling policy (" << r.policy.policyName << "): " << r.policy.rationale() << Qt::endl;
    if (!r.sizeReason.isEmpty())
        c.out << "size set by the auditor: " << r.size << " instead of " << r.policy.size
              << "; reason: " << r.sizeReason << Qt::endl;
    if (r.policy.changeManagementEvidence)
        c.out << "automated control: test one instance and the change-management evidence for the period" << Qt::endl;
    c.out << "seed " << r.sample.text(s("seed")) << ", method " << r.sample.text(s("method")) << Qt::endl;
    printItems(c, r.items);
    return 0;
}

} // namespace

int runPopulation(CliContext& c)
{
    Arguments a(c.args,
                {s("control"), s("import"), s("sheet"), s("id-column"), s("date-column"), s("date-format"),
                 s("outside"), s("name"), s("by"), s("population"), s("completenessAccuracy"), s("caCheckedBy"),
                 s("caCheckedOn")},
                {s("verify")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(s("control")))
        return c.fail(
            s("usage: isoaudit-cli population FILE --control REF [--import TABLE [--sheet NAME] "
              "[--id-column NAME --date-column NAME] [--date-format FORMAT] [--outside flag|refuse] "
              "[--name TEXT] | --completenessAccuracy TEXT --caCheckedBy NAME --caCheckedOn DATE | --verify]"));
    const bool ca = a.has(s("completenessAccuracy")) || a.has(s("caCheckedBy")) || a.has(s("caCheckedOn"));
    const bool writes = a.has(s("import")) || ca;
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto control = controlOf(st, a.value(s("control")));
    if (!control)
        return c.fail(control.error());
    if (a.has(s("import")))
        return importPopulation(c, st, control.value(), a);
    if (ca || a.flag(s("verify"))) {
        auto population = Populations::find(st, control->uuid, a.value(s("population")));
        if (!population)
            return c.fail(population.error());
        if (a.flag(s("verify"))) {
            if (auto ok = Populations::verify(st, population.value()); !ok)
                return c.fail(ok.error(), 1);
            c.out << "population \"" << population->text(s("name"))
                  << "\" is as imported: " << population->text(s("row_count")) << " rows, sha256 "
                  << population->text(s("sha256")) << Qt::endl;
            return 0;
        }
        QString error;
        const auto on = a.date(s("caCheckedOn"), &error);
        if (!on)
            return c.fail(error);
        if (auto ok = Populations::setCompletenessAccuracy(
                st, population->uuid, a.has(s("completenessAccuracy")) ? a.value(s("completenessAccuracy")) : QString(),
                a.has(s("caCheckedBy")) ? a.value(s("caCheckedBy")) : QString(), *on);
            !ok)
            return c.fail(ok.error(), 1);
    }
    return listPopulations(c, st, control.value());
}

int runSample(CliContext& c)
{
    Arguments a(c.args,
                {s("control"), s("population"), s("seed"), s("size"), s("reason"), s("by"), s("replace"), s("policy")},
                {s("redraw-check"), s("remove")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(s("control")))
        return c.fail(s("usage: isoaudit-cli sample FILE --control REF [--population NAME] [--seed N] [--size N "
                        "--reason TEXT] [--by NAME] | --replace ID --reason TEXT | --redraw-check | --remove"));
    const bool check = a.flag(s("redraw-check"));
    auto store = Lifecycle::open(a.positional().first(),
                                 check ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto control = controlOf(st, a.value(s("control")));
    if (!control)
        return c.fail(control.error());
    if (a.has(s("replace"))) {
        if (!a.has(s("reason")))
            return c.fail(s("an item is replaced only with a reason: --reason TEXT"));
        auto added = SampleDraw::replace(st, control->uuid, a.value(s("replace")), a.value(s("reason")),
                                         a.value(s("population")));
        if (!added)
            return c.fail(added.error(), 1);
        c.out << "replaced " << a.value(s("replace")) << " by " << added->text(s("occurrence_id")) << " ("
              << added->text(s("occurred_on")) << ", row " << added->text(s("row_no")) << "), reason on record"
              << Qt::endl;
        return 0;
    }
    if (check || a.flag(s("remove"))) {
        auto sample = SampleDraw::sampleOf(st, control->uuid, a.value(s("population")));
        if (!sample)
            return c.fail(sample.error());
        if (a.flag(s("remove"))) {
            if (auto ok = SampleDraw::remove(st, sample.value()); !ok)
                return c.fail(ok.error(), 1);
            c.out << "removed the sample of control " << control->text(s("ref")) << Qt::endl;
            return 0;
        }
        auto redrawn = SampleDraw::redrawCheck(st, sample.value());
        if (!redrawn)
            return c.fail(QStringLiteral("the sample does not re-draw: %1").arg(redrawn.error()), 1);
        c.out << "the sample re-draws identically: seed " << sample->text(s("seed")) << ", method "
              << sample->text(s("method")) << ", " << redrawn->items().size() << " item(s), "
              << redrawn->replacements().size() << " replacement(s), population sha256 " << redrawn->populationSha256()
              << Qt::endl;
        return 0;
    }
    return drawSample(c, st, control.value(), a);
}

int runTestResult(CliContext& c)
{
    Arguments a(c.args, {s("control"), s("item"), s("result"), s("note"), s("by"), s("on"), s("evidence")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(s("control")) || !a.has(s("item")) || !a.has(s("result")))
        return c.fail(s("usage: isoaudit-cli test-result FILE --control REF --item ID --result pass|exception "
                        "[--note TEXT] [--by NAME] [--on YYYY-MM-DD] [--evidence UUID,...]"));
    const QString word = a.value(s("result"));
    SampleItemResult result;
    if (word == QLatin1String("pass") || word == QLatin1String("no-exception"))
        result.result = s("no-exception");
    else if (word == QLatin1String("exception"))
        result.result = s("exception");
    else
        return c.fail(QStringLiteral("--result must be pass or exception, not \"%1\"").arg(word));
    QString error;
    const auto on = a.date(s("on"), &error);
    if (!on)
        return c.fail(error);
    result.testedOn = on->isValid() ? *on : QDate::currentDate();
    if (a.has(s("note")))
        result.notes = a.value(s("note"));
    if (a.has(s("by")))
        result.testedBy = a.value(s("by"));
    if (a.has(s("evidence")))
        result.evidence = a.value(s("evidence")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    auto control = controlOf(*store.value(), a.value(s("control")));
    if (!control)
        return c.fail(control.error());
    auto item = SampleResults::set(*store.value(), control->uuid, a.value(s("item")), result);
    if (!item)
        return c.fail(item.error(), 1);
    c.out << control->text(s("ref")) << " " << item->text(s("occurrence_id")) << ": " << item->text(s("result"))
          << " (tested " << item->text(s("tested_on")) << ")" << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
