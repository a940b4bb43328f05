// SPDX-License-Identifier: GPL-3.0-or-later
// The SOC 2 control matrix: `controls` (list, import, map, unmap), `control` (set a control's fields) and
// `test-procedure` (add or list tests of a control). docs/soc2.md.
#include "Commands.h"
#include "FieldArguments.h"

#include "import/ColumnMapper.h"
#include "import/ImportReport.h"
#include "import/TableImporter.h"
#include "soc2/EngagementData.h"
#include "workflow/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

bool badFormat(const QString& format)
{
    return format != QLatin1String("text") && format != QLatin1String("json");
}

void printControls(CliContext& c, const EngagementData& data, const QString& format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Record& r : data.controls) {
            const ControlResult result = data.resultOf(r);
            array.append(QJsonObject{{"ref", r.text(s("ref"))},
                                     {"title", r.text(s("title"))},
                                     {"owner", r.text(s("owner"))},
                                     {"frequency", r.text(s("frequency"))},
                                     {"automation", r.text(s("automation"))},
                                     {"keyControl", r.flag(s("key_control"))},
                                     {"design", r.text(s("design"))},
                                     {"criteria", QJsonArray::fromStringList(r.linked(LinkKind::Criterion))},
                                     {"result", result.stateName()},
                                     {"deviations", result.deviations},
                                     {"sampled", result.sampled},
                                     {"withResult", result.withResult}});
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const Record& r : data.controls) {
        const ControlResult result = data.resultOf(r);
        c.out << r.text(s("ref")) << "\t" << r.text(s("title")) << "\t" << r.text(s("frequency")) << "\t"
              << r.text(s("automation")) << "\t" << (r.flag(s("key_control")) ? "key" : "-") << "\t"
              << r.linked(LinkKind::Criterion).join(s(" ")) << "\t" << result.stateName();
        if (result.sampled > 0)
            c.out << " (" << result.deviations << "/" << result.sampled << ")";
        c.out << "\n";
    }
    const QStringList unaddressed = data.unaddressedCriteria();
    if (!unaddressed.isEmpty())
        c.err << "isoaudit-cli: criteria in scope no control addresses: " << unaddressed.join(s(", ")) << Qt::endl;
}

int importMatrix(CliContext& c, const Arguments& a)
{
    const bool dryRun = a.flag(s("dry-run"));
    auto table = TableImporter::readFile(a.value(s("import")), a.value(s("sheet")), TableKind::Controls);
    if (!table)
        return c.fail(table.error());
    auto store = Lifecycle::open(a.positional().first(),
                                 dryRun ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    ColumnMapping mapping = ColumnMapper::guess(TableKind::Controls, table.value());
    if (a.has(s("mapping"))) {
        auto json = ColumnMapper::loadFile(a.value(s("mapping")));
        if (!json)
            return c.fail(json.error());
        auto mapped = ColumnMapper::fromJson(TableKind::Controls, table.value(), json.value());
        if (!mapped)
            return c.fail(mapped.error());
        mapping = mapped.value();
    }
    auto plan = TableImporter::plan(*store.value(), TableKind::Controls, table.value(), mapping);
    if (!plan)
        return c.fail(plan.error());
    c.out << ImportReport::text(plan.value());
    if (plan->records.isEmpty())
        return c.fail(QStringLiteral("nothing in %1 could be imported").arg(a.value(s("import"))), 1);
    if (dryRun) {
        c.out << "dry run: nothing written" << Qt::endl;
        return 0;
    }
    if (Status applied = TableImporter::apply(*store.value(), plan.value()); !applied)
        return c.fail(s("nothing imported: ") + applied.error(), 1);
    c.out << "imported " << plan->records.size() << " controls (" << plan->insertCount() << " new, "
          << plan->updateCount() << " updated)" << Qt::endl;
    return 0;
}

} // namespace

int runControls(CliContext& c)
{
    Arguments a(c.args, {s("import"), s("sheet"), s("mapping"), s("map"), s("unmap"), s("format")}, {s("dry-run")});
    if (!a.ok())
        return c.fail(a.error());
    const QString usage = s("usage: isoaudit-cli controls FILE [--format text|json] | --import TABLE [--sheet NAME] "
                            "[--mapping MAP.json] [--dry-run] | --map CTRL CRITERION... | --unmap CTRL CRITERION...");
    const int modes = int(a.has(s("import"))) + int(a.has(s("map"))) + int(a.has(s("unmap")));
    const bool mapping = a.has(s("map")) || a.has(s("unmap"));
    if (a.positional().isEmpty() || modes > 1 || (!mapping && a.positional().size() != 1))
        return c.fail(usage);
    const QString format = a.value(s("format"), s("text"));
    if (badFormat(format))
        return c.fail(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));
    if (a.has(s("import")))
        return importMatrix(c, a);
    std::optional<QStringList> criteria;
    if (mapping) {
        QString error;
        if (a.positional().size() < 2)
            return c.fail(s("name at least one criterion after the control: --map CTRL CC6.1 CC6.2"));
        if (!(criteria = criteriaArgument(a.positional().mid(1).join(QLatin1Char(' ')), &error)))
            return c.fail(error);
    }
    auto store = Lifecycle::open(a.positional().first(),
                                 mapping ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    auto data = EngagementData::load(*store.value());
    if (!data)
        return c.fail(data.error());
    if (mapping) {
        const QString ref = a.value(a.has(s("map")) ? s("map") : s("unmap"));
        const Record* control = data->control(ref);
        if (!control)
            return c.fail(QStringLiteral("there is no control %1 in this engagement").arg(ref));
        QStringList links = control->linked(LinkKind::Criterion);
        for (const QString& id : *criteria) {
            if (a.has(s("map")) && !links.contains(id))
                links << id;
            else if (a.has(s("unmap")))
                links.removeAll(id);
        }
        if (auto ok = store.value()->setLinks(RecordKind::ServiceControl, control->uuid, LinkKind::Criterion, links);
            !ok)
            return c.fail(ok.error(), 1);
        data = EngagementData::load(*store.value());
        if (!data)
            return c.fail(data.error(), 1);
    }
    printControls(c, data.value(), format);
    return 0;
}

int runControl(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::ServiceControl);
    QStringList options = fieldOptions(info);
    options << s("criteria");
    Arguments a(c.args, options);
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1 || !a.has(s("ref")))
        return c.fail(QStringLiteral("usage: isoaudit-cli control FILE --ref REF [--criteria IDS] [--FIELD VALUE ...], "
                                     "FIELD one of: %1 (a new ref adds the control)")
                          .arg(fieldOptions(info).join(s(", "))));
    QString error;
    auto values = fieldValues(a, info, &error);
    if (!values)
        return c.fail(error);
    std::optional<QStringList> criteria;
    if (a.has(s("criteria")) && !(criteria = criteriaArgument(a.value(s("criteria")), &error)))
        return c.fail(error);
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto data = EngagementData::load(st);
    if (!data)
        return c.fail(data.error());
    const Record* found = data->control(a.value(s("ref")));
    if (found)
        values->remove(s("ref")); // the ref identifies the control; its spelling stays as imported
    const Status done = st.batch([&]() -> Status {
        QString uuid = found ? found->uuid : QString();
        if (found && !values->isEmpty()) {
            if (Status ok = st.setFields(RecordKind::ServiceControl, uuid, *values); !ok)
                return ok;
        } else if (!found) {
            auto inserted = st.insert({RecordKind::ServiceControl, {}, {}, *values, {}});
            if (!inserted)
                return Error{inserted.error()};
            uuid = inserted.value();
        }
        if (criteria)
            return st.setLinks(RecordKind::ServiceControl, uuid, LinkKind::Criterion, *criteria);
        return {};
    });
    if (!done)
        return c.fail(done.error(), 1);
    c.out << (found ? "updated " : "added ") << a.value(s("ref")) << Qt::endl;
    return 0;
}

int runTestProcedure(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::TestProcedure);
    const QStringList skip{s("performedBy"), s("performedOn")};
    QStringList options = fieldOptions(info, skip);
    options << s("control") << s("by") << s("on") << s("format");
    Arguments a(c.args, options, {s("list")});
    if (!a.ok())
        return c.fail(a.error());
    const QString usage = s("usage: isoaudit-cli test-procedure FILE --control REF --method "
                            "inquiry|observation|inspection|reperformance [--attributes TEXT] [--description TEXT] "
                            "[--result no-exceptions|exceptions] [--resultNote TEXT] [--by NAME] [--on YYYY-MM-DD] | "
                            "test-procedure FILE --list [--control REF] [--format text|json]");
    const bool list = a.flag(s("list"));
    if (a.positional().size() != 1 || (!list && (!a.has(s("control")) || !a.has(s("method")))))
        return c.fail(usage);
    QString error;
    auto values = fieldValues(a, info, &error, skip);
    if (!values)
        return c.fail(error);
    const auto on = a.date(s("on"), &error);
    if (!on)
        return c.fail(error);
    if (a.has(s("by")))
        values->insert(s("performed_by"), a.value(s("by")));
    if (on->isValid())
        values->insert(s("performed_on"), on->toString(Qt::ISODate));
    auto store = Lifecycle::open(a.positional().first(),
                                 list ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    auto data = EngagementData::load(*store.value());
    if (!data)
        return c.fail(data.error());
    const Record* control = a.has(s("control")) ? data->control(a.value(s("control"))) : nullptr;
    if (a.has(s("control")) && !control)
        return c.fail(QStringLiteral("there is no control %1 in this engagement").arg(a.value(s("control"))));
    if (!list) {
        auto inserted = store.value()->insert({RecordKind::TestProcedure, {}, control->uuid, *values, {}});
        if (!inserted)
            return c.fail(inserted.error(), 1);
        c.out << "added test procedure " << inserted.value() << " to " << control->text(s("ref")) << Qt::endl;
        return 0;
    }
    QJsonArray array;
    for (const Record& t : data->tests) {
        const Record* owner = data->controlByUuid(t.parentUuid);
        if (control && owner != control)
            continue;
        const QString ref = owner ? owner->text(s("ref")) : QString();
        if (a.value(s("format")) == QLatin1String("json")) {
            array.append(QJsonObject{{"uuid", t.uuid},
                                     {"control", ref},
                                     {"method", t.text(s("method"))},
                                     {"description", t.text(s("description"))},
                                     {"result", t.text(s("result"))},
                                     {"resultNote", t.text(s("result_note"))},
                                     {"performedBy", t.text(s("performed_by"))},
                                     {"performedOn", t.text(s("performed_on"))}});
            continue;
        }
        c.out << ref << "\t" << t.text(s("method")) << "\t" << t.text(s("result")) << "\t" << t.text(s("description"))
              << "\t" << t.uuid << "\n";
    }
    if (a.value(s("format")) == QLatin1String("json"))
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace isoaudit::cli
