// SPDX-License-Identifier: GPL-3.0-or-later
// `new`, `info` and `catalog`.
#include "Arguments.h"
#include "Commands.h"

#include "catalog/Catalogs.h"
#include "demo/DemoAudit.h"
#include "package/AuditPackage.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit::cli {

int runNew(CliContext& c)
{
    Arguments a(c.args, {"client", "type", "lead", "scope", "start", "end", "from", "signed-report", "framework", "org",
                         "system", "auditor-firm", "as-of", "period-start", "period-end", "categories"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.has(QStringLiteral("framework")) && isSoc2Framework(a.value(QStringLiteral("framework")))) {
        if (a.has(QStringLiteral("from")))
            return c.fail(QStringLiteral("a SOC 2 engagement is not started from an earlier audit with --from"));
        return runNewEngagement(c, a);
    }
    const QString framework = a.value(QStringLiteral("framework"), Catalogs::defaultFrameworkId());
    if (framework != QLatin1String("iso27001") && framework != Catalogs::defaultFrameworkId())
        return c.fail(QStringLiteral("--framework must be iso27001-2022 or soc2, not \"%1\"").arg(framework));
    for (const char* soc2Only : {"org", "system", "auditor-firm", "as-of", "period-start", "period-end", "categories"}) {
        if (a.has(QLatin1String(soc2Only)))
            return c.fail(QStringLiteral("--%1 is for a SOC 2 engagement (--framework soc2)").arg(QLatin1String(soc2Only)));
    }
    if (a.has(QStringLiteral("from")))
        return runNewFrom(c, a); // CycleCommands.cpp
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli new FILE --client NAME --type TYPE --lead NAME"));
    for (const char* required : {"client", "type", "lead"}) {
        if (!a.has(QLatin1String(required)))
            return c.fail(QStringLiteral("new needs --%1").arg(QLatin1String(required)));
    }
    QString error;
    const auto start = a.date(QStringLiteral("start"), &error);
    const auto end = a.date(QStringLiteral("end"), &error);
    if (!start || !end)
        return c.fail(error);
    NewAudit seed{a.value("client"), a.value("type"), a.value("lead"), a.value("scope"), *start, *end};
    auto store = Lifecycle::create(a.positional().first(), seed);
    if (!store)
        return c.fail(store.error());
    c.out << "created " << a.positional().first() << Qt::endl;
    return 0;
}

/// `demo FILE [--soc2]`: a fresh copy of a shipped demo audit (docs/soc2.md, README), never over an existing file.
int runDemo(CliContext& c)
{
    Arguments a(c.args, {}, {"soc2"});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli demo FILE [--soc2]"));
    const auto which = a.flag(QStringLiteral("soc2")) ? DemoAudit::Which::Soc2 : DemoAudit::Which::Iso27001;
    auto json = DemoAudit::package(which);
    if (!json)
        return c.fail(json.error());
    auto imported = AuditPackage::importToFile(a.positional().first(), json.value(), false);
    if (!imported)
        return c.fail(imported.error());
    c.out << "created " << a.positional().first() << Qt::endl;
    return 0;
}

int runInfo(CliContext& c)
{
    Arguments a(c.args, {}, {});
    if (!a.ok())
        return c.fail(a.error());
    if (a.positional().size() != 1)
        return c.fail(QStringLiteral("usage: isoaudit-cli info FILE"));
    auto store = Lifecycle::open(a.positional().first(), AuditDatabase::Mode::ReadOnly);
    if (!store)
        return c.fail(store.error());
    AuditStore& s = *store.value();
    auto audit = s.audit();
    if (!audit)
        return c.fail(audit.error());
    c.out << "file\t" << a.positional().first() << "\n";
    c.out << "schema\t" << s.schemaVersion() << "\n";
    c.out << "client\t" << audit->text("client") << "\n";
    c.out << "framework\t" << audit->text("frameworks") << "\n";
    if (Engagement::isEngagement(*audit)) { // a SOC 2 engagement: its type is the report's (docs/soc2.md)
        auto engagement = s.singleton(RecordKind::Engagement);
        if (!engagement)
            return c.fail(engagement.error());
        c.out << "type\t" << engagement->text("report_type") << "\n";
    } else {
        c.out << "type\t" << audit->text("audit_type") << "\n";
    }
    c.out << "lifecycle\t" << audit->text("lifecycle") << "\n";
    for (const auto& kind : RecordKinds::all()) {
        if (kind.singleton)
            continue;
        auto n = s.count(kind.kind);
        if (!n)
            return c.fail(n.error());
        c.out << kind.jsonName << "\t" << n.value() << "\n";
    }
    return 0;
}

int runCatalog(CliContext& c)
{
    Arguments a(c.args, {"format", "framework"});
    if (!a.ok())
        return c.fail(a.error());
    if (!a.positional().isEmpty())
        return c.fail(QStringLiteral("usage: isoaudit-cli catalog [--framework ID] [--format tsv|json]"));
    const QString format = a.value("format", "tsv");
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return c.fail(QStringLiteral("--format must be tsv or json, not \"%1\"").arg(format));
    const QString frameworkId = a.value("framework", Catalogs::defaultFrameworkId());
    const Catalog* found = Catalogs::find(frameworkId);
    if (!found)
        return c.fail(QStringLiteral("--framework must be one of %1, not \"%2\"")
                          .arg(Catalogs::knownIds().join(QLatin1String(", ")), frameworkId));
    const Catalog& catalog = *found;
    if (format == QLatin1String("tsv")) {
        for (const auto& item : catalog.clauses())
            c.out << item.id << "\tclause\t\t" << item.title << "\n";
        for (const auto& item : catalog.controls())
            c.out << item.id << "\tcontrol\t" << item.theme << "\t" << item.title << "\n";
        for (const auto& item : catalog.criteria())
            c.out << item.id << "\tcriterion\t" << item.category << "\t" << item.title << "\n";
        return 0;
    }
    QJsonArray items;
    auto add = [&](const CatalogItem& item, const char* kind) {
        QJsonObject o{{"id", item.id}, {"kind", QLatin1String(kind)}, {"title", item.title}};
        if (item.kind == CatalogItem::Kind::Criterion) {
            o.insert("category", item.category);
            o.insert("series", item.group);
        } else {
            o.insert("theme", item.theme);
        }
        if (item.kind == CatalogItem::Kind::Clause)
            o.insert("documentedInformation", item.documentedInformation);
        else if (item.kind == CatalogItem::Kind::Control)
            o.insert("newIn2022", item.newIn2022);
        items.append(o);
    };
    for (const auto& item : catalog.clauses())
        add(item, "clause");
    for (const auto& item : catalog.controls())
        add(item, "control");
    for (const auto& item : catalog.criteria())
        add(item, "criterion");
    QJsonObject root{{"framework", catalog.frameworkId()}, {"name", catalog.frameworkName()}, {"items", items}};
    c.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace isoaudit::cli
