// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/CatalogRules.h"

#include "catalog/Catalog.h"
#include "domain/ValueLabels.h"

namespace isoaudit {

namespace {

QString category(const char* id)
{
    return ValueLabels::source(ValueList::TrustCategory, QLatin1String(id));
}

const QList<CatalogRules>& allRules()
{
    static const QList<CatalogRules> rules = {
        // ISO/IEC 27001:2022: clauses 4-10 have 30 auditable items; Annex A has 93 controls in four themes.
        {QStringLiteral("iso27001-2022"),
         QT_TRANSLATE_NOOP("CatalogRules", "ISO/IEC 27001:2022"),
         30,
         93,
         0,
         {{QStringLiteral("Organizational"), QStringLiteral("A.5"), 37},
          {QStringLiteral("People"), QStringLiteral("A.6"), 8},
          {QStringLiteral("Physical"), QStringLiteral("A.7"), 14},
          {QStringLiteral("Technological"), QStringLiteral("A.8"), 34}},
         {}},
        // AICPA Trust Services Criteria (2017, points of focus revised 2022): 61 criteria; the common criteria
        // CC1-CC9 are the Security category, each other category has its own series.
        {QStringLiteral("soc2-2017"),
         QT_TRANSLATE_NOOP("CatalogRules", "the 2017 set of AICPA Trust Services Criteria"),
         0,
         0,
         61,
         {},
         // The catalog names its categories by their English labels in the one label table.
         {{category("security"), QStringLiteral("CC1-CC9"), 33},
          {category("availability"), QStringLiteral("A1"), 3},
          {category("confidentiality"), QStringLiteral("C1"), 2},
          {category("processing-integrity"), QStringLiteral("PI1"), 5},
          {category("privacy"), QStringLiteral("P1-P8"), 18}}},
    };
    return rules;
}

} // namespace

const CatalogRules* CatalogRules::forFramework(const QString& frameworkId)
{
    for (const auto& rules : allRules()) {
        if (rules.frameworkId == frameworkId)
            return &rules;
    }
    return nullptr;
}

QStringList CatalogRules::knownFrameworkIds()
{
    QStringList ids;
    for (const auto& rules : allRules())
        ids << rules.frameworkId;
    return ids;
}

Status CatalogRules::check(const Catalog& catalog) const
{
    if (catalog.clauses().size() != clauses)
        return Error{tr("%1 has %2 auditable clause items, the catalog has %3")
                         .arg(tr(frameworkName))
                         .arg(clauses)
                         .arg(catalog.clauses().size())};
    if (catalog.controls().size() != controls)
        return Error{tr("%1 has %2 Annex A controls, the catalog has %3")
                         .arg(tr(frameworkName))
                         .arg(controls)
                         .arg(catalog.controls().size())};
    if (catalog.criteria().size() != criteria)
        return Error{tr("%1 has %2 criteria, the catalog has %3")
                         .arg(tr(frameworkName))
                         .arg(criteria)
                         .arg(catalog.criteria().size())};
    for (const auto& theme : controlsPerTheme) {
        const auto count = catalog.controlsInTheme(theme.name).size();
        if (count != theme.expected)
            return Error{tr("the %1 theme (%2) has %3 controls instead of %4")
                             .arg(theme.name, theme.span)
                             .arg(count)
                             .arg(theme.expected)};
    }
    for (const auto& category : criteriaPerCategory) {
        const auto count = catalog.criteriaInCategory(category.name).size();
        if (count != category.expected)
            return Error{tr("the %1 category (%2) has %3 criteria instead of %4")
                             .arg(category.name, category.span)
                             .arg(count)
                             .arg(category.expected)};
    }
    for (const auto& item : catalog.criteria()) {
        const auto group = std::find_if(catalog.groups().cbegin(), catalog.groups().cend(),
                                        [&](const CatalogGroup& g) { return g.id == item.group; });
        if (group == catalog.groups().cend() || group->kind != CatalogItem::Kind::Criterion
            || !item.id.startsWith(item.group + QLatin1Char('.')) || group->category != item.category)
            return Error{tr("the criterion %1 (%2) does not belong in the series %3 (%4)")
                             .arg(item.id, item.category, item.group,
                                  group == catalog.groups().cend() ? QString() : group->category)};
    }
    return {};
}

} // namespace isoaudit
