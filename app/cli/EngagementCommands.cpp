// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 engagements: `new --framework soc2`, `engagement`, `subservice` and `cuec` (docs/soc2.md).
#include "Commands.h"
#include "FieldArguments.h"

#include "catalog/Catalogs.h"
#include "domain/ValueLabels.h"
#include "package/AuditPackage.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "workflow/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace isoaudit::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject recordJson(const Record& record)
{
    auto object = AuditPackage::recordToJson(record);
    return object ? object.value() : QJsonObject{};
}

/// The engagement fields the `engagement` command sets; the opinion is recorded by `opinion`, which checks it.
const QStringList opinionFields{s("opinion"), s("opinionBasis")};

} // namespace

bool isSoc2Framework(const QString& word)
{
    return word == QLatin1String("soc2") || word == Catalogs::soc2FrameworkId();
}

int runNewEngagement(CliContext& c, const Arguments& a)
{
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli new FILE --framework soc2 --type type1|type2 --org NAME --lead NAME "
                        "(--period-start YYYY-MM-DD --period-end YYYY-MM-DD | --as-of YYYY-MM-DD) [--system NAME] "
                        "[--auditor-firm NAME] [--categories LIST]"));
    for (const char* required : {"type", "lead"}) {
        if (!a.has(QLatin1String(required)))
            return c.fail(QStringLiteral("a new engagement needs --%1").arg(QLatin1String(required)));
    }
    if (!a.has(s("org")) && !a.has(s("client")))
        return c.fail(s("a new engagement needs --org, the service organization"));
    QString error;
    const auto asOf = a.date(s("as-of"), &error);
    const auto start = a.date(s("period-start"), &error);
    const auto end = a.date(s("period-end"), &error);
    const auto fieldworkStart = a.date(s("start"), &error);
    const auto fieldworkEnd = a.date(s("end"), &error);
    if (!asOf || !start || !end || !fieldworkStart || !fieldworkEnd)
        return c.fail(error);
    const QString type = a.value(s("type"));
    if (type == QLatin1String("type1") && (start->isValid() || end->isValid()))
        return c.fail(s("a Type 1 engagement speaks as of a date (--as-of), not over a period"));
    if (type == QLatin1String("type2") && asOf->isValid())
        return c.fail(s("a Type 2 engagement reports on a period (--period-start, --period-end), not as of a date"));
    EngagementSeed seed;
    seed.organization = a.value(s("org"), a.value(s("client")));
    seed.systemName = a.value(s("system"), a.value(s("scope")));
    seed.serviceAuditor = a.value(s("auditor-firm"));
    seed.lead = a.value(s("lead"));
    seed.reportType = type;
    seed.asOf = *asOf;
    seed.periodStart = *start;
    seed.periodEnd = *end;
    seed.categories = a.value(s("categories")).split(QRegularExpression(s("[,;]")), Qt::SkipEmptyParts);
    auto checked = Engagement::newAudit(seed);
    if (!checked)
        return c.fail(checked.error());
    NewAudit audit = checked.value();
    audit.startDate = *fieldworkStart;
    audit.endDate = *fieldworkEnd;
    auto store = Lifecycle::create(a.positional().first(), audit);
    if (!store)
        return c.fail(store.error());
    c.out << "created " << a.positional().first() << Qt::endl;
    auto engagement = store.value()->singleton(RecordKind::Engagement);
    if (engagement && Engagement::isType2(*engagement)) {
        const int months = Engagement::periodMonths(*engagement);
        if (months < 3 || months > 12)
            c.err << "isoaudit-cli: warning: the period is " << months
                  << " months long; a Type 2 period is usually 3 to 12 months" << Qt::endl;
    }
    return 0;
}

int runEngagement(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::Engagement);
    QStringList options = fieldOptions(info, opinionFields);
    options << s("format");
    Arguments a(c.args, options);
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli engagement FILE [--format text|json] [--FIELD VALUE ...], "
                                     "FIELD one of: %1")
                          .arg(fieldOptions(info, opinionFields).join(s(", "))));
    const QString format = a.value(s("format"), s("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return c.fail(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));
    QString error;
    auto values = fieldValues(a, info, &error, opinionFields);
    if (!values)
        return c.fail(error);
    if (values->contains(s("categories"))) {
        auto categories = Engagement::parseCategories(
            values->value(s("categories")).toString().split(QRegularExpression(s("[,;\\s]+")), Qt::SkipEmptyParts));
        if (!categories)
            return c.fail(categories.error());
        values->insert(s("categories"), categories->join(QLatin1Char(' ')));
    }
    auto store = Lifecycle::open(a.positional().first(),
                                 values->isEmpty() ? AuditDatabase::Mode::ReadOnly : AuditDatabase::Mode::ReadWrite);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto data = EngagementData::load(st);
    if (!data)
        return c.fail(data.error());
    if (!values->isEmpty()) {
        if (auto ok = st.setFields(RecordKind::Engagement, data->engagement.uuid, *values); !ok)
            return c.fail(ok.error(), 1);
        data = EngagementData::load(st);
        if (!data)
            return c.fail(data.error(), 1);
    }
    const Record& e = data->engagement;
    if (format == QLatin1String("json")) {
        c.out << QJsonDocument(recordJson(e)).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << "organization\t" << data->audit.text(s("client")) << "\n";
    for (const FieldInfo& field : info.fields)
        c.out << field.jsonName << "\t" << e.values.value(field.column).toString() << "\n";
    c.out << "criteriaNotMet\t" << data->criteriaNotMet().join(s(" ")) << "\n";
    c.out << "criteriaInScope\t" << Engagement::criteriaInScope(e).size() << "\n";
    if (Engagement::isType2(e)) {
        const int months = Engagement::periodMonths(e);
        if (months < 3 || months > 12)
            c.err << "isoaudit-cli: warning: the period is " << months
                  << " months long; a Type 2 period is usually 3 to 12 months" << Qt::endl;
    }
    return 0;
}

/// `subservice FILE --name NAME [--services TEXT] [--method carve-out|inclusive] [--csocs TEXT] [--criteria IDS]`
/// adds or updates (by name) a subservice organization; `--remove NAME` removes one; without options it lists them.
int runSubservice(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::Subservice);
    QStringList options = fieldOptions(info);
    options << s("criteria") << s("remove");
    Arguments a(c.args, options);
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli subservice FILE [--name NAME [--services TEXT] [--method "
                        "carve-out|inclusive] [--csocs TEXT] [--criteria IDS] | --remove NAME]"));
    QString error;
    auto values = fieldValues(a, info, &error);
    if (!values)
        return c.fail(error);
    std::optional<QStringList> criteria = QStringList();
    if (a.has(s("criteria")) && !(criteria = criteriaArgument(a.value(s("criteria")), &error)))
        return c.fail(error);
    const bool writes = !values->isEmpty() || a.has(s("remove"));
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto data = EngagementData::load(st);
    if (!data)
        return c.fail(data.error());
    auto byName = [&](const QString& name) -> const Record* {
        for (const Record& r : data->subservices) {
            if (r.text(s("name")).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return &r;
        }
        return nullptr;
    };
    if (a.has(s("remove"))) {
        const Record* found = byName(a.value(s("remove")));
        if (!found)
            return c.fail(QStringLiteral("there is no subservice organization \"%1\"").arg(a.value(s("remove"))));
        if (auto ok = st.remove(RecordKind::Subservice, found->uuid); !ok)
            return c.fail(ok.error(), 1);
    } else if (!values->isEmpty()) {
        if (!values->contains(s("name")))
            return c.fail(s("give the subservice organization's --name"));
        const Record* found = byName(values->value(s("name")).toString());
        const Status done = st.batch([&]() -> Status {
            QString uuid = found ? found->uuid : QString();
            if (found) {
                if (auto ok = st.setFields(RecordKind::Subservice, uuid, *values); !ok)
                    return ok;
            } else {
                auto inserted = st.insert({RecordKind::Subservice, {}, {}, *values, {}});
                if (!inserted)
                    return Error{inserted.error()};
                uuid = inserted.value();
            }
            if (a.has(s("criteria")))
                return st.setLinks(RecordKind::Subservice, uuid, LinkKind::Criterion, *criteria);
            return {};
        });
        if (!done)
            return c.fail(done.error(), 1);
        data = EngagementData::load(st);
        if (!data)
            return c.fail(data.error(), 1);
    }
    for (const Record& r : data->subservices) {
        c.out << r.text(s("name")) << "\t" << r.text(s("method")) << "\t" << r.text(s("services")) << "\t"
              << r.linked(LinkKind::Criterion).join(s(" ")) << "\n";
    }
    return 0;
}

/// `cuec FILE --description TEXT [--ref REF] [--criteria IDS]` adds a complementary user-entity control (or updates
/// the one with that ref); `--remove REF` removes one; without options it lists them.
int runCuec(CliContext& c)
{
    const KindInfo& info = RecordKinds::info(RecordKind::UserEntityControl);
    QStringList options = fieldOptions(info);
    options << s("criteria") << s("remove");
    Arguments a(c.args, options);
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(s("usage: isoaudit-cli cuec FILE [--description TEXT [--ref REF] [--criteria IDS] | --remove "
                        "REF]"));
    QString error;
    auto values = fieldValues(a, info, &error);
    if (!values)
        return c.fail(error);
    std::optional<QStringList> criteria = QStringList();
    if (a.has(s("criteria")) && !(criteria = criteriaArgument(a.value(s("criteria")), &error)))
        return c.fail(error);
    const bool writes = !values->isEmpty() || a.has(s("remove"));
    auto store = Lifecycle::open(a.positional().first(),
                                 writes ? AuditDatabase::Mode::ReadWrite : AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& st = *store.value();
    auto data = EngagementData::load(st);
    if (!data)
        return c.fail(data.error());
    auto byRef = [&](const QString& ref) -> const Record* {
        for (const Record& r : data->userControls) {
            if (!ref.trimmed().isEmpty() && r.text(s("ref")).compare(ref.trimmed(), Qt::CaseInsensitive) == 0)
                return &r;
        }
        return nullptr;
    };
    if (a.has(s("remove"))) {
        const Record* found = byRef(a.value(s("remove")));
        if (!found)
            return c.fail(QStringLiteral("there is no user-entity control \"%1\"").arg(a.value(s("remove"))));
        if (auto ok = st.remove(RecordKind::UserEntityControl, found->uuid); !ok)
            return c.fail(ok.error(), 1);
    } else if (!values->isEmpty()) {
        const Record* found = byRef(values->value(s("ref")).toString());
        if (!found && !values->contains(s("description")))
            return c.fail(s("give the control's --description"));
        const Status done = st.batch([&]() -> Status {
            QString uuid = found ? found->uuid : QString();
            if (found) {
                if (auto ok = st.setFields(RecordKind::UserEntityControl, uuid, *values); !ok)
                    return ok;
            } else {
                auto inserted = st.insert({RecordKind::UserEntityControl, {}, {}, *values, {}});
                if (!inserted)
                    return Error{inserted.error()};
                uuid = inserted.value();
            }
            if (a.has(s("criteria")))
                return st.setLinks(RecordKind::UserEntityControl, uuid, LinkKind::Criterion, *criteria);
            return {};
        });
        if (!done)
            return c.fail(done.error(), 1);
        data = EngagementData::load(st);
        if (!data)
            return c.fail(data.error(), 1);
    }
    for (const Record& r : data->userControls)
        c.out << r.text(s("ref")) << "\t" << r.text(s("description")) << "\t"
              << r.linked(LinkKind::Criterion).join(s(" ")) << "\n";
    return 0;
}

} // namespace isoaudit::cli
