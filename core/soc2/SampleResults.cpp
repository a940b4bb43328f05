// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/SampleResults.h"

#include "soc2/SampleDraw.h"
#include "storage/AuditStore.h"

namespace isoaudit {

Result<Record> SampleResults::set(AuditStore& store, const QString& controlUuid, const QString& occurrenceId,
                                  const SampleItemResult& result)
{
    if (!Enums::itemResults.contains(result.result))
        return Error{tr("A sample item's result is %1, not \"%2\".")
                         .arg(Enums::itemResults.join(QLatin1String(" or ")), result.result)};
    auto item = SampleDraw::itemOf(store, controlUuid, occurrenceId);
    if (!item)
        return Error{item.error()};
    QVariantMap values{{QStringLiteral("result"), result.result}};
    if (!result.notes.isNull())
        values.insert(QStringLiteral("notes"), result.notes);
    if (!result.testedBy.isNull())
        values.insert(QStringLiteral("tested_by"), result.testedBy);
    if (result.testedOn.isValid())
        values.insert(QStringLiteral("tested_on"), result.testedOn.toString(Qt::ISODate));
    const Status written = store.batch([&]() -> Status {
        if (auto set = store.setFields(RecordKind::SampleItem, item->uuid, values); !set)
            return set;
        if (result.evidence)
            return store.setLinks(RecordKind::SampleItem, item->uuid, LinkKind::Evidence, *result.evidence);
        return {};
    });
    if (!written)
        return Error{written.error()};
    return store.record(RecordKind::SampleItem, item->uuid);
}

} // namespace isoaudit
