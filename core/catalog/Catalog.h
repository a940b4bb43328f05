// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace isoaudit {

/// One auditable item of a framework: an ISO/IEC 27001 clause 4-10 item or Annex A control, or a SOC 2 Trust
/// Services criterion.
struct CatalogItem
{
    enum class Kind { Clause, Control, Criterion };
    QString id; ///< "6.1.3", "5.23", "CC6.1"
    Kind kind = Kind::Clause;
    QString group; ///< "6" for clause 6, "A.5" for the organizational theme, "CC6" for a criteria series
    QString theme; ///< controls: "Organizational", "People", "Physical", "Technological"
    QString category; ///< criteria: "Security", "Availability", "Confidentiality", "Processing Integrity", "Privacy"
    QString section; ///< clauses under a sub-heading: "6.1 Actions to address risks and opportunities"
    QString title; ///< the official short title (ISO), or a title in our own words (Trust Services Criteria)
    QString note; ///< our own paraphrase, never the standard's text
    bool documentedInformation = false; ///< clauses that require documented information
    bool newIn2022 = false; ///< controls with no 2013 predecessor
    int cosoPrinciple = 0; ///< criteria CC1-CC5: the COSO 2013 principle they restate; 0 otherwise
};

struct CatalogGroup
{
    QString id;
    CatalogItem::Kind kind;
    QString title;
    QString category; ///< criteria series: the category they belong to
};

/// A framework's catalog, loaded from a framework-neutral JSON resource (resources/catalog/) and validated on load
/// by its framework's own rules (CatalogRules). Identifiers and short titles only: the standards' text is
/// copyrighted. The registry of every shipped catalog is Catalogs (docs/frameworks.md).
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// ISO/IEC 27001:2022 from the registry (Catalogs), for code that is ISO-specific by nature: the Statement of
    /// Applicability (Annex A controls), the clause 4-10 assessments and their rules, and the record kinds and links
    /// that name clauses and controls (clause_assessment, soa_entry, LinkKind::Clause/Control). Everything that
    /// concerns the audit's framework asks Catalogs::forAudit() instead.
    static const Catalog& isoSpecificByNature();
    /// Loads and validates a catalog file: its structure, then the counts its framework's rules demand
    /// (ISO/IEC 27001:2022: 30 clause items and 93 controls, 37/8/14/34 per theme; Trust Services Criteria 2017:
    /// 61 criteria, 33/3/2/5/18 per category). A framework without rules is refused.
    static Result<Catalog> load(const QString& path);

    const QString& frameworkId() const { return m_frameworkId; }
    const QString& frameworkName() const { return m_frameworkName; }
    const QString& edition() const { return m_edition; }
    /// An attestation (SOC 2: a CPA firm's opinion, never "certified") rather than a certification (ISO).
    bool isAttestation() const { return m_engagement == QLatin1String("attestation"); }
    const QList<CatalogGroup>& groups() const { return m_groups; }
    const QList<CatalogItem>& clauses() const { return m_clauses; }
    const QList<CatalogItem>& controls() const { return m_controls; }
    const QList<CatalogItem>& criteria() const { return m_criteria; }
    const CatalogItem* clause(const QString& id) const;
    const CatalogItem* control(const QString& id) const;
    const CatalogItem* criterion(const QString& id) const;
    QList<CatalogItem> controlsInTheme(const QString& theme) const;
    QStringList themes() const;
    QList<CatalogItem> criteriaInCategory(const QString& category) const;
    QStringList categories() const;
    /// Position in catalog order, for sorting; -1 if unknown.
    int clauseIndex(const QString& id) const { return m_clauseIndex.value(id, -1); }
    int controlIndex(const QString& id) const { return m_controlIndex.value(id, -1); }
    int criterionIndex(const QString& id) const { return m_criterionIndex.value(id, -1); }
    /// Criteria ids in catalog order, without repeats; ids this catalog does not know (an edition that dropped one)
    /// last, in the order given.
    QStringList inCriteriaOrder(QStringList ids) const;

private:
    Status validate() const;

    QString m_frameworkId;
    QString m_frameworkName;
    QString m_edition;
    QString m_engagement;
    QList<CatalogGroup> m_groups;
    QList<CatalogItem> m_clauses;
    QList<CatalogItem> m_controls;
    QList<CatalogItem> m_criteria;
    QHash<QString, int> m_clauseIndex;
    QHash<QString, int> m_controlIndex;
    QHash<QString, int> m_criterionIndex;
};

} // namespace isoaudit
