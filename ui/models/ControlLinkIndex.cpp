// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ControlLinkIndex.h"

#include "models/NaturalSort.h"

#include <algorithm>

namespace isoaudit {

void ControlLinkIndex::clear()
{
    m_riskControls.clear();
    m_riskRefs.clear();
    m_controlRisks.clear();
    m_evidenceControls.clear();
    m_evidenceCount.clear();
    m_refCache.clear();
}

QSet<QString> ControlLinkIndex::setRisk(const QString& uuid, const QString& ref, const QStringList& controls)
{
    QSet<QString> touched;
    for (const QString& control : m_riskControls.value(uuid)) {
        m_controlRisks[control].removeAll(uuid);
        touched.insert(control);
    }
    m_riskRefs.insert(uuid, ref);
    if (controls.isEmpty())
        m_riskControls.remove(uuid);
    else
        m_riskControls.insert(uuid, controls);
    for (const QString& control : controls) {
        m_controlRisks[control].append(uuid);
        touched.insert(control);
    }
    for (const QString& control : std::as_const(touched))
        m_refCache.remove(control);
    return touched;
}

QSet<QString> ControlLinkIndex::setRiskRef(const QString& uuid, const QString& ref)
{
    if (!m_riskRefs.contains(uuid) || m_riskRefs.value(uuid) == ref)
        return {};
    return setRisk(uuid, ref, m_riskControls.value(uuid));
}

QSet<QString> ControlLinkIndex::removeRisk(const QString& uuid)
{
    if (!m_riskRefs.contains(uuid))
        return {};
    QSet<QString> touched = setRisk(uuid, {}, {});
    m_riskRefs.remove(uuid);
    return touched;
}

QSet<QString> ControlLinkIndex::setEvidence(const QString& uuid, const QStringList& controls)
{
    QSet<QString> touched;
    for (const QString& control : m_evidenceControls.value(uuid)) {
        m_evidenceCount[control] -= 1;
        touched.insert(control);
    }
    if (controls.isEmpty())
        m_evidenceControls.remove(uuid);
    else
        m_evidenceControls.insert(uuid, controls);
    for (const QString& control : controls) {
        m_evidenceCount[control] += 1;
        touched.insert(control);
    }
    return touched;
}

QStringList ControlLinkIndex::riskRefs(const QString& controlId) const
{
    auto cached = m_refCache.constFind(controlId);
    if (cached != m_refCache.cend())
        return cached.value();
    QStringList refs;
    for (const QString& uuid : m_controlRisks.value(controlId))
        refs << m_riskRefs.value(uuid);
    std::sort(refs.begin(), refs.end(), NaturalSort::lessThan);
    m_refCache.insert(controlId, refs);
    return refs;
}

} // namespace isoaudit
