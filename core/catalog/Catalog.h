// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace isoaudit {

/// One auditable item of a framework: a clause 4-10 item or an Annex A control.
struct CatalogItem
{
    enum class Kind { Clause, Control };
    QString id; ///< "6.1.3", "5.23"
    Kind kind = Kind::Clause;
    QString group; ///< "6" for clause 6, "A.5" for the organizational theme
    QString theme; ///< controls: "Organizational", "People", "Physical", "Technological"
    QString section; ///< clauses under a sub-heading: "6.1 Actions to address risks and opportunities"
    QString title; ///< the official short title
    QString note; ///< our own paraphrase, never the standard's text
    bool documentedInformation = false; ///< clauses that require documented information
    bool newIn2022 = false; ///< controls with no 2013 predecessor
};

struct CatalogGroup
{
    QString id;
    CatalogItem::Kind kind;
    QString title;
};

/// A framework's catalog, loaded from a framework-neutral JSON resource (resources/catalog/) and validated on load.
/// Identifiers and short titles only: the standards' text is copyrighted.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// ISO/IEC 27001:2022 (with Amd 1:2024), loaded once from the embedded resource.
    static const Catalog& iso27001();
    /// Loads and validates a catalog file; ISO/IEC 27001:2022 catalogs must have 30 clause items and
    /// 93 controls, 37/8/14/34 per theme.
    static Result<Catalog> load(const QString& path);

    const QString& frameworkId() const { return m_frameworkId; }
    const QString& frameworkName() const { return m_frameworkName; }
    const QList<CatalogGroup>& groups() const { return m_groups; }
    const QList<CatalogItem>& clauses() const { return m_clauses; }
    const QList<CatalogItem>& controls() const { return m_controls; }
    const CatalogItem* clause(const QString& id) const;
    const CatalogItem* control(const QString& id) const;
    QList<CatalogItem> controlsInTheme(const QString& theme) const;
    QStringList themes() const;
    /// Position in catalog order, for sorting; -1 if unknown.
    int clauseIndex(const QString& id) const { return m_clauseIndex.value(id, -1); }
    int controlIndex(const QString& id) const { return m_controlIndex.value(id, -1); }

private:
    Status validate() const;

    QString m_frameworkId;
    QString m_frameworkName;
    QList<CatalogGroup> m_groups;
    QList<CatalogItem> m_clauses;
    QList<CatalogItem> m_controls;
    QHash<QString, int> m_clauseIndex;
    QHash<QString, int> m_controlIndex;
};

} // namespace isoaudit
