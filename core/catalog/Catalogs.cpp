// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalogs.h"

#include <QDir>
#include <QtDebug>

#include <algorithm>

namespace isoaudit {

Result<QList<Catalog>> Catalogs::loadFolder(const QString& folder)
{
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{tr("There is no catalog in %1.").arg(folder)};
    QList<Catalog> catalogs;
    for (const QString& file : files) {
        auto loaded = Catalog::load(folder + QLatin1Char('/') + file);
        if (!loaded)
            return Error{loaded.error()};
        const bool twice = std::any_of(catalogs.cbegin(), catalogs.cend(),
                                       [&](const Catalog& c) { return c.frameworkId() == loaded->frameworkId(); });
        if (twice)
            return Error{tr("The framework %1 has two catalogs in %2.").arg(loaded->frameworkId(), folder)};
        catalogs.append(std::move(loaded).value());
    }
    std::stable_sort(catalogs.begin(), catalogs.end(), [](const Catalog& a, const Catalog& b) {
        const bool aDefault = a.frameworkId() == defaultFrameworkId();
        const bool bDefault = b.frameworkId() == defaultFrameworkId();
        return aDefault != bDefault ? aDefault : a.frameworkId() < b.frameworkId();
    });
    return catalogs;
}

const QList<Catalog>& Catalogs::all()
{
    static const QList<Catalog> catalogs = [] {
        auto loaded = loadFolder(resourceFolder());
        // The resources are built into the binary and checked by tst_catalog; failing here is a build defect.
        if (!loaded)
            qCritical("%s", qPrintable(loaded.error()));
        Q_ASSERT_X(loaded.ok(), "Catalogs::all", qPrintable(loaded.error()));
        return loaded.ok() ? std::move(loaded).value() : QList<Catalog>();
    }();
    return catalogs;
}

const Catalog* Catalogs::find(const QString& frameworkId)
{
    for (const auto& catalog : all()) {
        if (catalog.frameworkId() == frameworkId)
            return &catalog;
    }
    return nullptr;
}

QStringList Catalogs::knownIds()
{
    QStringList ids;
    for (const auto& catalog : all())
        ids << catalog.frameworkId();
    return ids;
}

const Catalog& Catalog::isoSpecificByNature()
{
    static const Catalog empty;
    const Catalog* iso = Catalogs::find(QStringLiteral("iso27001-2022"));
    return iso ? *iso : empty;
}

QList<const Catalog*> Catalogs::forFrameworks(const QString& frameworks)
{
    QList<const Catalog*> result;
    for (const QString& id : frameworks.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const Catalog* catalog = find(id); catalog && !result.contains(catalog))
            result.append(catalog);
    }
    if (result.isEmpty()) {
        if (const Catalog* catalog = find(defaultFrameworkId()))
            result.append(catalog);
    }
    return result;
}

QList<const Catalog*> Catalogs::forAudit(const Record& audit)
{
    return forFrameworks(audit.text(QStringLiteral("frameworks")));
}

const Catalog& Catalogs::primaryForAudit(const Record& audit)
{
    const auto catalogs = forAudit(audit);
    static const Catalog empty;
    return catalogs.isEmpty() ? empty : *catalogs.first();
}

} // namespace isoaudit
