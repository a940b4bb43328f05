// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace isoaudit {

class AuditStore;

/// The risk methods a new audit can start with: square likelihood x impact matrices of 3, 4 or 5 levels, each with
/// score bands and an acceptance threshold. 5 x 5 is core's defaultRiskMethod(), what every audit created elsewhere
/// (the CLI, the package importer) starts with. They are starting points only: the auditor then records the client's
/// own method in the Risks pane (DOMAIN.md section 3).
class RiskMethodPresets
{
    Q_DECLARE_TR_FUNCTIONS(RiskMethodPresets)

public:
    /// "3x3", "4x4", "5x5": the ids stored in the settings.
    static QStringList ids();
    /// "5x5".
    static QString defaultId();
    static bool isKnown(const QString& id);
    /// A translated name for menus: "5 × 5 likelihood × impact".
    static QString label(const QString& id);
    /// A translated one-line explanation of the bands and the threshold, for tooltips.
    static QString description(const QString& id);
    /// The RiskMethod record's values for the preset (name, levels, scoring "product" with no matrix, bands,
    /// acceptance_threshold, description); empty for an unknown id. Applying one replaces a sum or matrix method.
    static QVariantMap method(const QString& id);
    /// Replaces the audit's risk method with the preset; fails with a clear message for an unknown id.
    static Status apply(AuditStore& store, const QString& id);
};

} // namespace isoaudit
