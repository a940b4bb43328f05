// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace isoaudit {

/// One row of the chart: persons doing work under the organization's control → base days of an initial audit
/// (Stage 1 + Stage 2), before adjustment. `sources` names the chart's sources that give this row.
struct AuditTimeBand
{
    int personsMin = 0;
    int personsMax = 0;
    double initialDays = 0;
    QStringList sources;

    bool operator==(const AuditTimeBand&) const = default;
};

/// The certification body's choices around the chart (docs/audit-time.md says which are the standard's and which
/// are not). Every value is read from the chart file; these defaults are what a chart gets that leaves one out.
struct AuditTimePolicy
{
    enum class PersonsRounding { Up, Nearest };
    enum class SameWorkRule { SquareRoot, None };

    PersonsRounding personsRounding = PersonsRounding::Up;
    SameWorkRule sameWorkRule = SameWorkRule::SquareRoot;
    double maxReductionPercent = 30;
    /// "low" / "medium" / "high" → percent added to the base time (negative: a reduction).
    QHash<QString, double> businessComplexityPercent;
    QHash<QString, double> itComplexityPercent;
    double stage1Share = 1.0 / 3.0;
    double surveillanceShare = 1.0 / 3.0;
    double recertificationShare = 2.0 / 3.0;
    double roundingStepDays = 0.5;
};

/// The ISO/IEC 27006 audit-time chart as data: the shipped one (resources/audit-time/, embedded) or a
/// certification body's own file, both validated on load (bands contiguous from 1 person, days increasing, the
/// policy's values in range). A bad chart is refused with a message naming the band or the field.
class AuditTimeChart
{
    Q_DECLARE_TR_FUNCTIONS(AuditTimeChart)

public:
    /// Where the shipped chart is embedded (core/CMakeLists.txt, resources/CMakeLists.txt).
    static QString shippedPath() { return QStringLiteral(":/isoaudit/audit-time/iso27006-2015.json"); }
    /// The shipped chart, loaded once. It is validated like any other; a broken resource is a build error that
    /// tst_audittime catches, so callers may rely on it.
    static const AuditTimeChart& shipped();
    static Result<AuditTimeChart> load(const QString& path);
    static Result<AuditTimeChart> fromJson(const QByteArray& json, const QString& origin);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    const QList<AuditTimeBand>& bands() const { return m_bands; }
    const AuditTimePolicy& policy() const { return m_policy; }
    /// The text of a source the bands name ("A" → "a Dutch certification body's published …").
    QString sourceText(const QString& key) const { return m_sources.value(key); }
    /// Whether the chart may be followed beyond its last band by its progression.
    bool extrapolates() const { return m_extrapolates; }

    /// The band for a whole number of persons (1 or more). Beyond the last band, the band the progression gives,
    /// with `extrapolated` set; nullopt beyond the last band of a chart that does not extrapolate.
    struct Lookup
    {
        AuditTimeBand band;
        bool extrapolated = false;
    };
    std::optional<Lookup> lookup(int persons) const;

private:
    Status validate() const;

    QString m_id;
    QString m_name;
    QHash<QString, QString> m_sources;
    QList<AuditTimeBand> m_bands;
    AuditTimePolicy m_policy;
    bool m_extrapolates = false;
};

} // namespace isoaudit
