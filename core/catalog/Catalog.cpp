// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace isoaudit {

const Catalog& Catalog::iso27001()
{
    static const Catalog catalog = [] {
        auto loaded = load(QStringLiteral(":/isoaudit/catalog/iso27001-2022.json"));
        // The resource is built into the binary and checked by tst_catalog; failing here is a build defect.
        Q_ASSERT_X(loaded.ok(), "Catalog::iso27001", qPrintable(loaded.error()));
        return loaded.ok() ? std::move(loaded).value() : Catalog();
    }();
    return catalog;
}

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
    auto kindOf = [](const QString& kind) {
        return kind == QLatin1String("control") || kind == QLatin1String("theme") ? CatalogItem::Kind::Control
                                                                                  : CatalogItem::Kind::Clause;
    };
    for (const auto& value : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = value.toObject();
        catalog.m_groups.append({g.value(QLatin1String("id")).toString(),
                                 kindOf(g.value(QLatin1String("kind")).toString()),
                                 g.value(QLatin1String("title")).toString()});
    }
    for (const auto& value : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogItem item;
        item.id = o.value(QLatin1String("id")).toString();
        item.kind = kindOf(o.value(QLatin1String("kind")).toString());
        item.group = o.value(QLatin1String("group")).toString();
        item.theme = o.value(QLatin1String("theme")).toString();
        item.section = o.value(QLatin1String("section")).toString();
        item.title = o.value(QLatin1String("title")).toString();
        item.note = o.value(QLatin1String("note")).toString();
        item.documentedInformation = o.value(QLatin1String("documentedInformation")).toBool();
        item.newIn2022 = o.value(QLatin1String("newIn2022")).toBool();
        if (item.kind == CatalogItem::Kind::Clause) {
            catalog.m_clauseIndex.insert(item.id, int(catalog.m_clauses.size()));
            catalog.m_clauses.append(item);
        } else {
            catalog.m_controlIndex.insert(item.id, int(catalog.m_controls.size()));
            catalog.m_controls.append(item);
        }
    }
    if (auto ok = catalog.validate(); !ok)
        return Error{tr("The catalog %1 is invalid: %2").arg(path, ok.error())};
    return catalog;
}

Status Catalog::validate() const
{
    if (m_frameworkId.isEmpty())
        return Error{tr("it names no framework")};
    for (const auto* list : {&m_clauses, &m_controls}) {
        for (const auto& item : *list) {
            if (item.id.isEmpty() || item.title.isEmpty())
                return Error{tr("an item has no id or no title")};
        }
    }
    if (m_clauseIndex.size() != m_clauses.size() || m_controlIndex.size() != m_controls.size())
        return Error{tr("an id occurs twice")};
    if (m_frameworkId != QLatin1String("iso27001-2022"))
        return {};
    if (m_clauses.size() != 30)
        return Error{tr("ISO/IEC 27001:2022 has 30 auditable clause items, the catalog has %1").arg(m_clauses.size())};
    if (m_controls.size() != 93)
        return Error{tr("ISO/IEC 27001:2022 Annex A has 93 controls, the catalog has %1").arg(m_controls.size())};
    const QMap<QString, int> expected{
        {QStringLiteral("Organizational"), 37},
        {QStringLiteral("People"), 8},
        {QStringLiteral("Physical"), 14},
        {QStringLiteral("Technological"), 34},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto count = controlsInTheme(it.key()).size();
        if (count != it.value())
            return Error{tr("the %1 theme has %2 controls instead of %3").arg(it.key()).arg(count).arg(it.value())};
    }
    return {};
}

const CatalogItem* Catalog::clause(const QString& id) const
{
    const int index = m_clauseIndex.value(id, -1);
    return index < 0 ? nullptr : &m_clauses.at(index);
}

const CatalogItem* Catalog::control(const QString& id) const
{
    const int index = m_controlIndex.value(id, -1);
    return index < 0 ? nullptr : &m_controls.at(index);
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

} // namespace isoaudit
