// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace isoaudit {

class Catalog;

/// One framework's own validation rules: how many items of each kind its catalog has, and how many per theme or
/// category. They live in code, not in the resource, so a damaged resource cannot vouch for itself; a catalog whose
/// framework has no rules here is refused. A new framework adds one entry to the table in CatalogRules.cpp
/// (docs/frameworks.md).
struct CatalogRules
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRules)

public:
    struct GroupCount
    {
        QString name; ///< the theme or category as the resource spells it: "Organizational", "Privacy"
        QString span; ///< how people name the group's series, for messages: "A.5", "P1-P8"
        int expected = 0;
    };

    QString frameworkId;
    const char* frameworkName = nullptr; ///< for messages, translated: "ISO/IEC 27001:2022"
    int clauses = 0;
    int controls = 0;
    int criteria = 0;
    QList<GroupCount> controlsPerTheme;
    QList<GroupCount> criteriaPerCategory;

    /// The rules of a framework, or nullptr if IsoAudit has none.
    static const CatalogRules* forFramework(const QString& frameworkId);
    static QStringList knownFrameworkIds();
    /// Whether the catalog has exactly the counts these rules demand, and each criterion sits in a series of its
    /// own category ("CC6.1" in "CC6", a Security series). The message names the first thing that is wrong.
    Status check(const Catalog& catalog) const;
};

} // namespace isoaudit
