// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 exceptions and the opinion: `exceptions` (list, assess, remove) and `opinion` (record, show). docs/soc2.md.
#include "Commands.h"
#include "FieldArguments.h"

#include "soc2/EngagementData.h"
#include "soc2/ExceptionRollup.h"
#include "soc2/Opinion.h"
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

void printExceptions(CliContext& c, const EngagementData& data, bool json)
{
    QJsonArray array;
    for (const Record& control : data.controls) {
        for (const Record* e : data.exceptionsOf(control.uuid)) {
            const QStringList missing = ExceptionRollup::missingAssessment(*e);
            const QString ref = control.text(s("ref"));
            const int deviations = e->integer(s("deviations")).value_or(0);
            const int size = e->integer(s("sample_size")).value_or(0);
            if (json) {
                array.append(QJsonObject{{"control", ref},
                                         {"deviations", deviations},
                                         {"sampleSize", size},
                                         {"nature", e->text(s("nature"))},
                                         {"cause", e->text(s("cause"))},
                                         {"pattern", e->text(s("pattern"))},
                                         {"managementResponse", e->text(s("management_response"))},
                                         {"compensatingControls", e->text(s("compensating_controls"))},
                                         {"effect", e->text(s("effect"))},
                                         {"criteria", QJsonArray::fromStringList(e->linked(LinkKind::Criterion))},
                                         {"assessed", missing.isEmpty()},
                                         {"missing", QJsonArray::fromStringList(missing)}});
                continue;
            }
            c.out << ref << "\t" << deviations << "/" << size << "\t"
                  << (e->text(s("pattern")).isEmpty() ? s("pattern?") : e->text(s("pattern"))) << "\t"
                  << (missing.isEmpty() ? s("assessed") : s("not assessed (") + missing.join(s(", ")) + s(")")) << "\t"
                  << e->text(s("management_response")) << "\n";
        }
    }
    if (json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runExceptions(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::ControlException);
    const QStringList counts{s("deviations"), s("sampleSize")}; // kept in step by the rollup, never typed
    QStringList options = fieldOptions(info, counts);
    options << s("control") << s("criteria") << s("format");
    Arguments a(c.args, options, {s("remove")});
    if (!a.ok())
        return c.fail(a.error());
    const QString format = a.value(s("format"), s("text"));
    if (a.positional().size() != 1 || (format != QLatin1String("text") && format != QLatin1String("json")))
        return c.fail(s("usage: isoaudit-cli exceptions FILE [--format text|json] | exceptions FILE --control REF "
                        "[--nature TEXT] [--cause TEXT] [--pattern isolated|systematic] [--managementResponse TEXT] "
                        "[--compensatingControls TEXT] [--effect TEXT] [--criteria IDS] | --control REF --remove"));
    QString error;
    auto values = fieldValues(a, info, &error, counts);
    if (!values)
        return c.fail(error);
    std::optional<QStringList> criteria;
    if (a.has(s("criteria")) && !(criteria = criteriaArgument(a.value(s("criteria")), &error)))
        return c.fail(error);
    if (!a.has(s("control")) && (!values->isEmpty() || criteria || a.flag(s("remove"))))
        return c.fail(s("name the control whose exception you assess: --control REF"));
    auto store = Lifecycle::open(a.positional().first());
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    // The counts follow the items and tests first, so this works right after a result was entered.
    if (auto rolled = ExceptionRollup::update(st); !rolled)
        return c.fail(rolled.error(), 1);
    if (a.flag(s("remove"))) {
        auto data = EngagementData::load(st);
        if (!data)
            return c.fail(data.error());
        const Record* control = data->control(a.value(s("control")));
        if (!control || data->exceptionsOf(control->uuid).isEmpty())
            return c.fail(QStringLiteral("control %1 has no exception record").arg(a.value(s("control"))));
        if (ExceptionRollup::count(data.value(), *control).deviations > 0)
            return c.fail(QStringLiteral("control %1 still has deviations; its exception record stays")
                              .arg(a.value(s("control"))),
                          1);
        for (const Record* e : data->exceptionsOf(control->uuid)) {
            if (auto ok = st.remove(RecordKind::ControlException, e->uuid); !ok)
                return c.fail(ok.error(), 1);
        }
    } else if (a.has(s("control"))) {
        if (auto ok = ExceptionRollup::assess(st, a.value(s("control")), *values, criteria); !ok)
            return c.fail(ok.error(), 1);
    }
    auto data = EngagementData::load(st);
    if (!data)
        return c.fail(data.error());
    printExceptions(c, data.value(), format == QLatin1String("json"));
    return 0;
}

int runOpinion(CliContext& c)
{
    Arguments a(c.args, {s("opinion"), s("basis"), s("not-met"), s("format")});
    if (!a.ok())
        return c.fail(a.error());
    const QString format = a.value(s("format"), s("text"));
    if (a.positional().size() != 1 || (format != QLatin1String("text") && format != QLatin1String("json"))
        || ((a.has(s("basis")) || a.has(s("not-met"))) && !a.has(s("opinion"))))
        return c.fail(s("usage: isoaudit-cli opinion FILE [--format text|json] | opinion FILE --opinion "
                        "unmodified|qualified|adverse|disclaimer [--basis TEXT] [--not-met IDS]"));
    QString error;
    std::optional<QStringList> notMet;
    if (a.has(s("not-met")) && !(notMet = criteriaArgument(a.value(s("not-met")), &error)))
        return c.fail(error);
    const bool writes = a.has(s("opinion"));
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    if (writes) {
        if (auto rolled = ExceptionRollup::update(*store.value()); !rolled)
            return c.fail(rolled.error(), 1);
        if (auto ok = Opinion::record(*store.value(), a.value(s("opinion")), a.value(s("basis")), notMet); !ok)
            return c.fail(ok.error(), 1);
    }
    auto data = EngagementData::load(*store.value());
    if (!data)
        return c.fail(data.error());
    const OpinionChoice recorded = Opinion::recorded(data.value());
    const QList<NotMetCandidate> candidates = Opinion::candidates(data.value());
    const QStringList problems = recorded.opinion.isEmpty() ? QStringList() : Opinion::problems(data.value(), recorded);
    if (format == QLatin1String("json")) {
        QJsonArray proposed;
        for (const NotMetCandidate& candidate : candidates)
            proposed.append(QJsonObject{{"criterion", candidate.criterion},
                                        {"controls", QJsonArray::fromStringList(candidate.controls)},
                                        {"weighed", candidate.weighed}});
        c.out << QJsonDocument(QJsonObject{{"opinion", recorded.opinion},
                                           {"basis", recorded.basis},
                                           {"criteriaNotMet", QJsonArray::fromStringList(recorded.notMet)},
                                           {"candidates", proposed},
                                           {"problems", QJsonArray::fromStringList(problems)}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << "opinion\t" << (recorded.opinion.isEmpty() ? s("(not yet formed)") : recorded.opinion) << "\n";
    c.out << "basis\t" << recorded.basis << "\n";
    c.out << "criteriaNotMet\t" << recorded.notMet.join(s(" ")) << "\n";
    for (const NotMetCandidate& candidate : candidates)
        c.out << "candidate\t" << candidate.criterion << "\t" << candidate.controls.join(s(" ")) << "\t"
              << (candidate.weighed ? "effect stated" : "effect not stated") << "\n";
    for (const QString& problem : problems)
        c.out << "problem\t" << problem << "\n";
    return 0;
}

} // namespace isoaudit::cli
