// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Outcomes.h"

namespace isoaudit {

namespace {

struct TypeOutcomes
{
    QString auditType;
    QString positive;
    QString conditional; ///< empty when the type has none
    QString negative;
};

const QList<TypeOutcomes>& table()
{
    static const QList<TypeOutcomes> rows = {
        {QStringLiteral("stage1"), QStringLiteral("ready-for-stage2"), QStringLiteral("ready-after-concerns"),
         QStringLiteral("not-ready-for-stage2")},
        {QStringLiteral("stage2"), QStringLiteral("recommend"), QStringLiteral("recommend-after-verification"),
         QStringLiteral("do-not-recommend")},
        {QStringLiteral("surveillance"), QStringLiteral("continuation-recommended"),
         QStringLiteral("continuation-after-verification"), QStringLiteral("suspension-recommended")},
        {QStringLiteral("recertification"), QStringLiteral("renewal-recommended"),
         QStringLiteral("renewal-after-verification"), QStringLiteral("renewal-not-recommended")},
        {QStringLiteral("special"), QStringLiteral("nonconformities-closed"), QString(),
         QStringLiteral("nonconformities-not-closed")},
    };
    return rows;
}

const TypeOutcomes* rowOf(const QString& auditType)
{
    for (const TypeOutcomes& row : table()) {
        if (row.auditType == auditType)
            return &row;
    }
    return nullptr;
}

} // namespace

namespace Outcomes {

const QStringList& all()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const TypeOutcomes& row : table())
            out << forAuditType(row.auditType);
        return out;
    }();
    return ids;
}

QStringList forAuditType(const QString& auditType)
{
    const TypeOutcomes* row = rowOf(auditType);
    if (!row)
        return {};
    QStringList out{row->positive};
    if (!row->conditional.isEmpty())
        out << row->conditional;
    out << row->negative;
    return out;
}

QString auditTypeOf(const QString& outcome)
{
    for (const TypeOutcomes& row : table()) {
        if (outcome == row.positive || outcome == row.negative
            || (!row.conditional.isEmpty() && outcome == row.conditional))
            return row.auditType;
    }
    return {};
}

bool fits(const QString& auditType, const QString& outcome)
{
    return !outcome.isEmpty() && auditTypeOf(outcome) == auditType;
}

std::optional<OutcomeTier> tier(const QString& outcome)
{
    for (const TypeOutcomes& row : table()) {
        if (outcome == row.positive)
            return OutcomeTier::Positive;
        if (!row.conditional.isEmpty() && outcome == row.conditional)
            return OutcomeTier::Conditional;
        if (outcome == row.negative)
            return OutcomeTier::Negative;
    }
    return std::nullopt;
}

QString forTier(const QString& auditType, OutcomeTier tier)
{
    const TypeOutcomes* row = rowOf(auditType);
    if (!row)
        return {};
    switch (tier) {
    case OutcomeTier::Positive:
        return row->positive;
    case OutcomeTier::Conditional:
        return row->conditional.isEmpty() ? row->negative : row->conditional;
    case OutcomeTier::Negative:
        return row->negative;
    }
    return {};
}

QString adapt(const QString& auditType, const QString& outcome)
{
    if (outcome.isEmpty())
        return {};
    const auto t = tier(outcome);
    if (!t)
        return {};
    return forTier(auditType, *t);
}

QString suggest(const QString& auditType, const Facts& facts)
{
    if (auditType == QLatin1String("stage1")) {
        const bool concerns = facts.areasOfConcern > 0 || facts.unclosedNonconformities > 0;
        return forTier(auditType, concerns ? OutcomeTier::Conditional : OutcomeTier::Positive);
    }
    if (auditType == QLatin1String("special"))
        return forTier(auditType, facts.unclosedNonconformities > 0 ? OutcomeTier::Negative : OutcomeTier::Positive);
    const bool conditional = facts.openMajors > 0 || facts.minorsAwaitingPlan > 0;
    return forTier(auditType, conditional ? OutcomeTier::Conditional : OutcomeTier::Positive);
}

} // namespace Outcomes

} // namespace isoaudit
