// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/RiskMethodPresets.h"

#include "storage/AuditStore.h"
#include "storage/DefaultRiskMethod.h"

namespace isoaudit {

QStringList RiskMethodPresets::ids()
{
    return {QStringLiteral("3x3"), QStringLiteral("4x4"), QStringLiteral("5x5")};
}

QString RiskMethodPresets::defaultId()
{
    return QStringLiteral("5x5");
}

bool RiskMethodPresets::isKnown(const QString& id)
{
    return ids().contains(id);
}

QString RiskMethodPresets::label(const QString& id)
{
    if (id == QLatin1String("3x3"))
        return tr("3 × 3 likelihood × impact");
    if (id == QLatin1String("4x4"))
        return tr("4 × 4 likelihood × impact");
    if (id == QLatin1String("5x5"))
        return tr("5 × 5 likelihood × impact");
    return id;
}

QString RiskMethodPresets::description(const QString& id)
{
    if (id == QLatin1String("3x3"))
        return tr("Scores 1–9: 1–2 Low, 3–4 Medium, 5–9 High; risks scoring above 4 need treatment.");
    if (id == QLatin1String("4x4"))
        return tr("Scores 1–16: 1–3 Low, 4–6 Medium, 7–9 High, 10–16 Critical; risks scoring above 6 need "
                  "treatment.");
    if (id == QLatin1String("5x5"))
        return tr("Scores 1–25: 1–5 Low, 6–10 Medium, 11–15 High, 16–25 Critical; risks scoring above 10 need "
                  "treatment.");
    return {};
}

QVariantMap RiskMethodPresets::method(const QString& id)
{
    // Level names and band labels are the client's data, stored in the audit file (like defaultRiskMethod()), not
    // user-interface text: they stay in the language the auditor types them in.
    if (id == QLatin1String("5x5"))
        return defaultRiskMethod();
    if (id == QLatin1String("4x4"))
        return {
            {"name", QStringLiteral("4 x 4 likelihood x impact")},
            {"likelihood_levels", QStringLiteral(R"(["Rare","Unlikely","Likely","Almost certain"])")},
            {"impact_levels", QStringLiteral(R"(["Minor","Moderate","Major","Severe"])")},
            {"bands",
             QStringLiteral(R"([{"from":1,"to":3,"label":"Low","color":"#4caf50"},)"
                            R"({"from":4,"to":6,"label":"Medium","color":"#ffc107"},)"
                            R"({"from":7,"to":9,"label":"High","color":"#ff7043"},)"
                            R"({"from":10,"to":16,"label":"Critical","color":"#d32f2f"}])")},
            {"scoring", QStringLiteral("product")},
            {"score_matrix", QStringLiteral("[]")},
            {"acceptance_threshold", 6},
            {"description", QStringLiteral("Score = likelihood x impact; risks scoring above 6 need treatment.")},
        };
    if (id == QLatin1String("3x3"))
        return {
            {"name", QStringLiteral("3 x 3 likelihood x impact")},
            {"likelihood_levels", QStringLiteral(R"(["Unlikely","Possible","Likely"])")},
            {"impact_levels", QStringLiteral(R"(["Minor","Moderate","Major"])")},
            {"bands",
             QStringLiteral(R"([{"from":1,"to":2,"label":"Low","color":"#4caf50"},)"
                            R"({"from":3,"to":4,"label":"Medium","color":"#ffc107"},)"
                            R"({"from":5,"to":9,"label":"High","color":"#d32f2f"}])")},
            {"scoring", QStringLiteral("product")},
            {"score_matrix", QStringLiteral("[]")},
            {"acceptance_threshold", 4},
            {"description", QStringLiteral("Score = likelihood x impact; risks scoring above 4 need treatment.")},
        };
    return {};
}

Status RiskMethodPresets::apply(AuditStore& store, const QString& id)
{
    const QVariantMap values = method(id);
    if (values.isEmpty())
        return Error{tr("There is no built-in risk method \"%1\"; the choices are %2.")
                         .arg(id, ids().join(QStringLiteral(", ")))};
    auto existing = store.riskMethod();
    if (!existing)
        return Error{existing.error()};
    return store.setFields(RecordKind::RiskMethod, existing->uuid, values);
}

} // namespace isoaudit
