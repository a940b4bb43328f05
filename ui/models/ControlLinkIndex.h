// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace isoaudit {

/// Which risks' treatments and which evidence records name each Annex A control, for the SoA grid. Built once from
/// all risks and evidence, then changed one record at a time as the store reports links; each change returns the
/// controls whose rows must be repainted.
class ControlLinkIndex
{
public:
    void clear();

    /// Records a risk's reference and the controls its treatment names (replacing what was known).
    QSet<QString> setRisk(const QString& uuid, const QString& ref, const QStringList& controls);
    QSet<QString> setRiskRef(const QString& uuid, const QString& ref);
    QSet<QString> removeRisk(const QString& uuid);
    bool hasRisk(const QString& uuid) const { return m_riskRefs.contains(uuid); }
    QSet<QString> setEvidence(const QString& uuid, const QStringList& controls);
    QSet<QString> removeEvidence(const QString& uuid) { return setEvidence(uuid, {}); }

    /// References of the risks treated with the control, in natural order (R-2 before R-10).
    QStringList riskRefs(const QString& controlId) const;
    int riskCount(const QString& controlId) const { return int(m_controlRisks.value(controlId).size()); }
    int evidenceCount(const QString& controlId) const { return m_evidenceCount.value(controlId); }

private:
    QHash<QString, QStringList> m_riskControls; // risk uuid -> control ids its treatment names
    QHash<QString, QString> m_riskRefs; // risk uuid -> ref
    QHash<QString, QStringList> m_controlRisks; // control id -> risk uuids
    QHash<QString, QStringList> m_evidenceControls; // evidence uuid -> control ids
    QHash<QString, int> m_evidenceCount; // control id -> evidence records
    mutable QHash<QString, QStringList> m_refCache; // control id -> sorted refs
};

} // namespace isoaudit
