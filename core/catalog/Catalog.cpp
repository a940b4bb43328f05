// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include "catalog/CatalogRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>
#include <optional>

namespace isoaudit {

namespace {

/// The kind an item or group names in the resource; a kind IsoAudit does not know is an error, not a clause.
std::optional<CatalogItem::Kind> kindOf(const QString& kind)
{
    if (kind == QLatin1String("clause"))
        return CatalogItem::Kind::Clause;
    if (kind == QLatin1String("control") || kind == QLatin1String("theme"))
        return CatalogItem::Kind::Control;
    if (kind == QLatin1String("criterion") || kind == QLatin1String("series"))
        return CatalogItem::Kind::Criterion;
    return std::nullopt;
}

} // namespace

Result<Catalog> Catalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The catalog %1 cannot be read: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The catalog %1 is not valid JSON: %2").arg(path, parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("isoaudit-catalog")
        || root.value(QLatin1String("version")).toInt() != 1)
        return Error{tr("The catalog %1 is not an IsoAudit catalog of version 1.").arg(path)};

    Catalog catalog;
    const QJsonObject framework = root.value(QLatin1String("framework")).toObject();
    catalog.m_frameworkId = framework.value(QLatin1String("id")).toString();
    catalog.m_frameworkName = framework.value(QLatin1String("name")).toString();
    catalog.m_edition = framework.value(QLatin1String("edition")).toString();
    catalog.m_engagement = framework.value(QLatin1String("engagement")).toString();
    for (const auto& value : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = value.toObject();
        const QString id = g.value(QLatin1String("id")).toString();
        const auto kind = kindOf(g.value(QLatin1String("kind")).toString());
        if (!kind)
            return Error{tr("The catalog %1 is invalid: the group %2 has the unknown kind \"%3\".")
                             .arg(path, id, g.value(QLatin1String("kind")).toString())};
        catalog.m_groups.append(
            {id, *kind, g.value(QLatin1String("title")).toString(), g.value(QLatin1String("category")).toString()});
    }
    for (const auto& value : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogItem item;
        item.id = o.value(QLatin1String("id")).toString();
        const auto kind = kindOf(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return Error{tr("The catalog %1 is invalid: the item %2 has the unknown kind \"%3\".")
                             .arg(path, item.id, o.value(QLatin1String("kind")).toString())};
        item.kind = *kind;
        item.group = o.value(QLatin1String("group")).toString();
        item.theme = o.value(QLatin1String("theme")).toString();
        item.category = o.value(QLatin1String("category")).toString();
        item.section = o.value(QLatin1String("section")).toString();
        item.title = o.value(QLatin1String("title")).toString();
        item.note = o.value(QLatin1String("note")).toString();
        item.documentedInformation = o.value(QLatin1String("documentedInformation")).toBool();
        item.newIn2022 = o.value(QLatin1String("newIn2022")).toBool();
        item.cosoPrinciple = o.value(QLatin1String("cosoPrinciple")).toInt();
        QList<CatalogItem>* list = &catalog.m_criteria;
        QHash<QString, int>* index = &catalog.m_criterionIndex;
        if (item.kind == CatalogItem::Kind::Clause) {
            list = &catalog.m_clauses;
            index = &catalog.m_clauseIndex;
        } else if (item.kind == CatalogItem::Kind::Control) {
            list = &catalog.m_controls;
            index = &catalog.m_controlIndex;
        }
        index->insert(item.id, int(list->size()));
        list->append(item);
    }
    if (auto ok = catalog.validate(); !ok)
        return Error{tr("The catalog %1 is invalid: %2").arg(path, ok.error())};
    return catalog;
}

Status Catalog::validate() const
{
    if (m_frameworkId.isEmpty())
        return Error{tr("it names no framework")};
    if (m_frameworkName.isEmpty())
        return Error{tr("the framework %1 has no name").arg(m_frameworkId)};
    QSet<QString> groupIds;
    for (const auto& group : m_groups)
        groupIds.insert(group.id);
    for (const auto* list : {&m_clauses, &m_controls, &m_criteria}) {
        for (const auto& item : *list) {
            if (item.id.isEmpty() || item.title.isEmpty())
                return Error{tr("an item has no id or no title")};
            if (!groupIds.contains(item.group))
                return Error{tr("the item %1 belongs to the group \"%2\", which the catalog does not list")
                                 .arg(item.id, item.group)};
        }
    }
    if (m_clauseIndex.size() != m_clauses.size() || m_controlIndex.size() != m_controls.size()
        || m_criterionIndex.size() != m_criteria.size())
        return Error{tr("an id occurs twice")};
    const CatalogRules* rules = CatalogRules::forFramework(m_frameworkId);
    if (!rules)
        return Error{tr("IsoAudit has no validation rules for the framework \"%1\" (it knows %2)")
                         .arg(m_frameworkId, CatalogRules::knownFrameworkIds().join(QLatin1String(", ")))};
    return rules->check(*this);
}

namespace {

const CatalogItem* find(const QList<CatalogItem>& list, const QHash<QString, int>& index, const QString& id)
{
    const int position = index.value(id, -1);
    return position < 0 ? nullptr : &list.at(position);
}

} // namespace

const CatalogItem* Catalog::clause(const QString& id) const
{
    return find(m_clauses, m_clauseIndex, id);
}

const CatalogItem* Catalog::control(const QString& id) const
{
    return find(m_controls, m_controlIndex, id);
}

QStringList Catalog::inCriteriaOrder(QStringList ids) const
{
    ids.removeDuplicates();
    std::stable_sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        const int ia = criterionIndex(a);
        const int ib = criterionIndex(b);
        return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
    });
    return ids;
}

const CatalogItem* Catalog::criterion(const QString& id) const
{
    return find(m_criteria, m_criterionIndex, id);
}

QList<CatalogItem> Catalog::controlsInTheme(const QString& theme) const
{
    QList<CatalogItem> result;
    for (const auto& item : m_controls) {
        if (item.theme == theme)
            result.append(item);
    }
    return result;
}

QStringList Catalog::themes() const
{
    QStringList result;
    for (const auto& item : m_controls) {
        if (!result.contains(item.theme))
            result.append(item.theme);
    }
    return result;
}

QList<CatalogItem> Catalog::criteriaInCategory(const QString& category) const
{
    QList<CatalogItem> result;
    for (const auto& item : m_criteria) {
        if (item.category == category)
            result.append(item);
    }
    return result;
}

QStringList Catalog::categories() const
{
    QStringList result;
    for (const auto& item : m_criteria) {
        if (!result.contains(item.category))
            result.append(item.category);
    }
    return result;
}

} // namespace isoaudit
