// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "domain/Record.h"

#include <QList>
#include <QStringList>

namespace isoaudit {

/// The registry of every framework IsoAudit ships: each JSON resource in resources/catalog/, loaded once and
/// validated by its framework's own rules (CatalogRules). Code asks it for the audit's catalog(s) with forAudit();
/// only code that is ISO-specific by nature asks for Catalog::isoSpecificByNature(). docs/frameworks.md says how a
/// framework plugs in.
class Catalogs
{
    Q_DECLARE_TR_FUNCTIONS(Catalogs)

public:
    /// Where the shipped catalogs are embedded (core/CMakeLists.txt, resources/CMakeLists.txt).
    static QString resourceFolder() { return QStringLiteral(":/isoaudit/catalog"); }
    /// The framework of every audit made before audits recorded theirs, and of a package that does not say.
    static QString defaultFrameworkId() { return QStringLiteral("iso27001-2022"); }
    /// The Trust Services Criteria: the framework of a SOC 2 engagement (docs/soc2.md).
    static QString soc2FrameworkId() { return QStringLiteral("soc2-2017"); }

    /// Every shipped catalog, the default framework first, then by id.
    static const QList<Catalog>& all();
    /// The catalog of a framework id ("soc2-2017"), or nullptr if IsoAudit ships none.
    static const Catalog* find(const QString& frameworkId);
    static QStringList knownIds();

    /// The catalogs of an audit: its `frameworks` field, the framework ids separated by spaces
    /// ("iso27001-2022 soc2-2017"). An empty field means the default framework; ids IsoAudit does not ship are
    /// left out (storage and the package accept only known ones).
    static QList<const Catalog*> forAudit(const Record& audit);
    static QList<const Catalog*> forFrameworks(const QString& frameworks);
    /// The first of the audit's catalogs: the one that names the audit in the report.
    static const Catalog& primaryForAudit(const Record& audit);

    /// Loads and validates every *.json catalog in a folder; fails on the first broken one, naming the file and
    /// what is wrong, or on two catalogs of one framework.
    static Result<QList<Catalog>> loadFolder(const QString& folder);
};

} // namespace isoaudit
