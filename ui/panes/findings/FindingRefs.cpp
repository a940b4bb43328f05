// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/FindingRefs.h"

#include "storage/AuditStore.h"

#include <algorithm>

namespace isoaudit {

QString FindingRefs::prefix(const QString& grade)
{
    if (grade == QLatin1String("major") || grade == QLatin1String("minor"))
        return QStringLiteral("NC");
    if (grade == QLatin1String("area-of-concern"))
        return QStringLiteral("AOC");
    if (grade == QLatin1String("ofi"))
        return QStringLiteral("OFI");
    if (grade == QLatin1String("positive"))
        return QStringLiteral("POS");
    return QStringLiteral("OBS");
}

QString FindingRefs::next(const AuditStore& store, const QString& grade)
{
    const QString start = prefix(grade) + QLatin1Char('-');
    int highest = 0;
    if (auto findings = store.records(RecordKind::Finding)) {
        for (const Record& finding : findings.value()) {
            const QString ref = finding.text(QStringLiteral("ref"));
            if (!ref.startsWith(start))
                continue;
            bool ok = false;
            const int number = ref.mid(start.size()).toInt(&ok);
            if (ok)
                highest = std::max(highest, number);
        }
    }
    return start + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

bool FindingRefs::matches(const QString& ref, const QString& grade)
{
    return ref.startsWith(prefix(grade) + QLatin1Char('-'));
}

} // namespace isoaudit
