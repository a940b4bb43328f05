// SPDX-License-Identifier: GPL-3.0-or-later
// The certification cycle (docs/cycle.md): `new --from`, `programme`, `earlier` and `coverage`.
#include "Arguments.h"
#include "Commands.h"

#include "cycle/CyclePlan.h"
#include "cycle/EarlierFindings.h"
#include "cycle/NextAudit.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"
#include "workflow/Lifecycle.h"
#include "workflow/ProgrammeCoverage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

/// A record as the audit package writes it; a field the package cannot write stays out rather than failing the
/// listing (the package export names it).
QJsonObject packageObject(const Record& record)
{
    auto object = AuditPackage::recordToJson(record);
    return object ? object.value() : QJsonObject{};
}

bool json(const Arguments& a, QString* error)
{
    const QString format = a.value(s("format"), s("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        *error = QStringLiteral("--format must be text or json, not \"%1\"").arg(format);
        return false;
    }
    return format == QLatin1String("json");
}

} // namespace

int runNewFrom(CliContext& c, const Arguments& a)
{
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli new NEXT.isoaudit --from PREVIOUS.isoaudit --type "
                        "stage2|surveillance|recertification|special [--start D --end D] [--lead NAME] "
                        "[--signed-report PREVIOUS.pdf]"));
    if (!a.has(s("type")))
        return c.fail(s("new --from needs --type stage2|surveillance|recertification|special"));
    for (const char* ignored : {"client", "scope"}) {
        if (a.has(QLatin1String(ignored)))
            return c.fail(QStringLiteral("--%1 comes from the previous audit with --from; change it afterwards with "
                                         "`isoaudit-cli set`")
                              .arg(QLatin1String(ignored)));
    }
    QString error;
    const auto start = a.date(s("start"), &error);
    const auto end = a.date(s("end"), &error);
    if (!start || !end)
        return c.fail(error);
    NextAuditOptions options{a.value(s("type")), *start, *end, a.value(s("lead")), a.value(s("signed-report"))};
    QStringList summary;
    auto store = NextAudit::create(a.positional().first(), a.value(s("from")), options, &summary);
    if (!store)
        return c.fail(store.error());
    c.out << "created " << a.positional().first() << " from " << a.value(s("from")) << Qt::endl;
    for (const QString& line : summary)
        c.out << "  " << line << "\n";
    return 0;
}

int runProgramme(CliContext& c)
{
    QStringList options{s("format")};
    for (const auto& field : RecordKinds::info(RecordKind::Programme).fields)
        options << field.jsonName;
    Arguments a(c.args, options, {s("plan-cycle")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli programme FILE [--format text|json] [--FIELD VALUE ...] "
                                     "[--plan-cycle], FIELD one of: %1")
                          .arg(options.mid(1).join(QStringLiteral(", "))));
    QString error;
    const bool asJson = json(a, &error);
    if (!error.isEmpty())
        return c.fail(error);
    QVariantMap values;
    for (const auto& field : RecordKinds::info(RecordKind::Programme).fields) {
        if (!a.has(field.jsonName))
            continue;
        if (field.type == FieldType::Integer) {
            const auto number = a.number(field.jsonName, 0, &error);
            if (!number)
                return c.fail(error);
            values.insert(field.column, *number);
        } else if (field.type == FieldType::Date) {
            const auto date = a.date(field.jsonName, &error);
            if (!date)
                return c.fail(error);
            values.insert(field.column, date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant());
        } else {
            values.insert(field.column, a.value(field.jsonName));
        }
    }
    const bool writes = !values.isEmpty() || a.flag(s("plan-cycle"));
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    if (!values.isEmpty()) {
        auto programme = st.singleton(RecordKind::Programme);
        if (!programme)
            return c.fail(programme.error(), 1);
        if (auto ok = st.setFields(RecordKind::Programme, programme->uuid, values); !ok)
            return c.fail(ok.error(), 1);
    }
    if (a.flag(s("plan-cycle"))) {
        auto changed = CyclePlan::update(st);
        if (!changed)
            return c.fail(changed.error(), 1);
        c.err << "isoaudit-cli: "
              << (changed.value() ? QStringLiteral("planned or dated %1 audits of the cycle").arg(changed.value())
                                  : QStringLiteral("the programme already plans and dates its audits"))
              << Qt::endl;
    }
    auto snapshot = AuditSnapshot::load(st);
    if (!snapshot)
        return c.fail(snapshot.error(), 1);
    if (asJson) {
        QJsonArray audits;
        for (const auto& row : snapshot->programmeAudits)
            audits.append(packageObject(row));
        c.out << QJsonDocument(QJsonObject{{s("programme"), packageObject(snapshot->programme)},
                                           {s("programmeAudits"), audits}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto& field : RecordKinds::info(RecordKind::Programme).fields)
        c.out << field.jsonName << "\t" << snapshot->programme.values.value(field.column).toString() << "\n";
    for (const auto& row : snapshot->programmeAudits) {
        c.out << "audit\t" << row.text(s("status")) << "\t" << row.text(s("audit_type")) << "\t"
              << row.text(s("label")) << "\tcycle " << row.integer(s("cycle")).value_or(1) << "\tdue by "
              << (row.text(s("due_by")).isEmpty() ? s("-") : row.text(s("due_by"))) << "\t"
              << row.text(s("start_date")) << "\t" << row.text(s("outcome")) << "\t" << row.text(s("report_number"))
              << "\t" << row.text(s("report_sha256")) << "\n";
    }
    return 0;
}

int runEarlier(CliContext& c)
{
    Arguments a(c.args, {s("format"), s("ref"), s("verdict"), s("note"), s("by"), s("on")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli earlier FILE [--format text|json] | earlier FILE --ref REF --verdict "
                        "effective|not-effective|still-open [--note TEXT] [--by NAME] [--on YYYY-MM-DD]"));
    QString error;
    const bool asJson = json(a, &error);
    if (!error.isEmpty())
        return c.fail(error);
    const bool writes = a.has(s("ref")) || a.has(s("verdict"));
    if (writes && !(a.has(s("ref")) && a.has(s("verdict"))))
        return c.fail(s("recording a verdict needs both --ref and --verdict"));
    const auto on = a.date(s("on"), &error);
    if (!on)
        return c.fail(error);
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    if (writes) {
        auto raised = EarlierFindings::verify(*store.value(), a.value(s("ref")), a.value(s("verdict")),
                                              a.value(s("note")), a.value(s("by")),
                                              on->isValid() ? *on : QDate::currentDate());
        if (!raised)
            return c.fail(raised.error(), raised.error().contains(QLatin1String("Unknown verdict")) ? 2 : 1);
        if (!raised.value().isEmpty())
            c.err << "isoaudit-cli: raised again as " << raised.value() << Qt::endl;
    }
    auto snapshot = AuditSnapshot::load(*store.value());
    if (!snapshot)
        return c.fail(snapshot.error(), 1);
    if (asJson) {
        QJsonArray list;
        for (const auto& f : snapshot->carriedFindings) {
            QJsonObject o = packageObject(f);
            if (const Record* again = snapshot->findingByUuid(f.text(s("reraised_as"))))
                o.insert(s("reraisedAsRef"), again->text(s("ref")));
            list.append(o);
        }
        c.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto& f : snapshot->carriedFindings) {
        const QString verdict = f.text(s("verification"));
        c.out << f.text(s("ref")) << "\t" << f.text(s("grade")) << "\t" << f.text(s("origin_type")) << "\t"
              << f.text(s("origin_report")) << "\t" << (verdict.isEmpty() ? s("not-verified") : verdict);
        if (const Record* again = snapshot->findingByUuid(f.text(s("reraised_as"))))
            c.out << "\traised again as " << again->text(s("ref"));
        c.out << "\t" << f.text(s("title")) << "\n";
    }
    return 0;
}

int runCoverage(CliContext& c)
{
    Arguments a(c.args, {s("format")}, {s("apply-proposal")});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli coverage FILE [--format text|json] [--apply-proposal]"));
    QString error;
    const bool asJson = json(a, &error);
    if (!error.isEmpty())
        return c.fail(error);
    const bool apply = a.flag(s("apply-proposal"));
    auto store = Lifecycle::open(a.positional().first(),
                                 apply ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto snapshot = AuditSnapshot::load(st);
    if (!snapshot)
        return c.fail(snapshot.error(), 1);
    ProgrammeCoverage coverage = ProgrammeCoverage::compute(snapshot.value());
    const auto proposal = coverage.propose(snapshot.value());
    if (apply) {
        const Status applied = st.batch([&]() -> Status {
            for (const auto& change : coverage.planChanges(snapshot.value())) {
                if (auto ok = st.setField(change.kind, change.uuid, s("planned"), change.planned); !ok)
                    return ok;
            }
            return {};
        });
        if (!applied)
            return c.fail(applied.error(), 1);
        snapshot = AuditSnapshot::load(st);
        if (!snapshot)
            return c.fail(snapshot.error(), 1);
        coverage = ProgrammeCoverage::compute(snapshot.value());
    }
    if (asJson) {
        auto items = [](const QList<ProgrammeCoverage::Item>& list) {
            QJsonArray array;
            for (const auto& item : list)
                array.append(QJsonObject{{s("id"), item.id},
                                         {s("coveredBy"), QJsonArray::fromStringList(item.coveredBy)},
                                         {s("plannedNow"), item.plannedNow},
                                         {s("mandatory"), item.mandatory}});
            return array;
        };
        c.out << QJsonDocument(
                     QJsonObject{{s("cycle"), coverage.cycle},
                                 {s("remainingAudits"), coverage.remainingAudits},
                                 {s("covered"), coverage.coveredCount()},
                                 {s("total"), coverage.total()},
                                 {s("clauses"), items(coverage.clauses)},
                                 {s("controls"), items(coverage.controls)},
                                 {s("uncoveredClauses"), QJsonArray::fromStringList(coverage.uncovered(LinkKind::Clause))},
                                 {s("uncoveredControls"),
                                  QJsonArray::fromStringList(coverage.uncovered(LinkKind::Control))},
                                 {s("proposal"), QJsonObject{{s("clauses"), QJsonArray::fromStringList(proposal.clauses)},
                                                             {s("controls"),
                                                              QJsonArray::fromStringList(proposal.controls)}}}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << "cycle\t" << coverage.cycle << "\n";
    c.out << "covered\t" << coverage.coveredCount() << " of " << coverage.total() << "\n";
    c.out << "remaining audits\t" << coverage.remainingAudits << "\n";
    c.out << "uncovered clauses\t" << coverage.uncovered(LinkKind::Clause).join(s(", ")) << "\n";
    c.out << "uncovered controls\t" << coverage.uncovered(LinkKind::Control).join(s(", ")) << "\n";
    c.out << "proposed clauses\t" << proposal.clauses.join(s(", ")) << "\n";
    c.out << "proposed controls\t" << proposal.controls.join(s(", ")) << "\n";
    return 0;
}

} // namespace isoaudit::cli
