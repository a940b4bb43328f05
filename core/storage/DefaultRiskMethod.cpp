// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DefaultRiskMethod.h"

namespace isoaudit {

QVariantMap defaultRiskMethod()
{
    return {
        {"name", QStringLiteral("5 x 5 likelihood x impact")},
        {"likelihood_levels", QStringLiteral(R"(["Rare","Unlikely","Possible","Likely","Almost certain"])")},
        {"impact_levels", QStringLiteral(R"(["Insignificant","Minor","Moderate","Major","Severe"])")},
        {"bands",
         QStringLiteral(R"([{"from":1,"to":5,"label":"Low","color":"#4caf50"},)"
                        R"({"from":6,"to":10,"label":"Medium","color":"#ffc107"},)"
                        R"({"from":11,"to":15,"label":"High","color":"#ff7043"},)"
                        R"({"from":16,"to":25,"label":"Critical","color":"#d32f2f"}])")},
        {"scoring", QStringLiteral("product")},
        {"score_matrix", QStringLiteral("[]")},
        {"acceptance_threshold", 10},
        {"description", QStringLiteral("Score = likelihood x impact; risks scoring above 10 need treatment.")},
    };
}

} // namespace isoaudit
