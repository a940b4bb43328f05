// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/ExceptionRollup.h"

#include "soc2/EngagementData.h"
#include "storage/AuditStore.h"

namespace isoaudit {

namespace {
/// Whether a control's exception record (its first; nullptr = none) says what its items and tests count.
bool inStep(const Record* record, const DeviationCount& n)
{
    if (!record)
        return n.deviations == 0;
    return record->integer(QStringLiteral("deviations")) == n.deviations
           && record->integer(QStringLiteral("sample_size")) == n.sampleSize;
}
} // namespace

QStringList ExceptionRollup::outOfStep(const EngagementData& data)
{
    QStringList refs;
    for (const Record& control : data.controls) {
        const QList<const Record*> existing = data.exceptionsOf(control.uuid);
        if (!inStep(existing.isEmpty() ? nullptr : existing.first(), count(data, control)))
            refs << control.text(QStringLiteral("ref"));
    }
    return refs;
}

DeviationCount ExceptionRollup::count(const EngagementData& data, const Record& control)
{
    DeviationCount items;
    for (const Record* sample : data.samplesOf(control.uuid)) {
        for (const Record* item : data.itemsOf(sample->uuid)) {
            ++items.sampleSize;
            if (item->text(QStringLiteral("result")) == QLatin1String("exception"))
                ++items.deviations;
        }
    }
    if (items.sampleSize > 0)
        return items;
    DeviationCount tests;
    for (const Record* test : data.testsOf(control.uuid)) {
        const QString result = test->text(QStringLiteral("result"));
        if (result.isEmpty())
            continue;
        ++tests.sampleSize;
        if (result == QLatin1String("exceptions"))
            ++tests.deviations;
    }
    return tests;
}

Result<QStringList> ExceptionRollup::update(AuditStore& store)
{
    auto data = EngagementData::load(store);
    if (!data)
        return Error{data.error()};
    QStringList changed;
    const Status done = store.batch([&]() -> Status {
        for (const Record& control : data->controls) {
            const DeviationCount n = count(data.value(), control);
            const QList<const Record*> existing = data->exceptionsOf(control.uuid);
            // One record per control: the first is kept in step (a second one is the auditor's to remove).
            const Record* record = existing.isEmpty() ? nullptr : existing.first();
            if (inStep(record, n))
                continue;
            const QVariantMap counts{{"deviations", n.deviations}, {"sample_size", n.sampleSize}};
            if (!record) {
                auto inserted = store.insert({RecordKind::ControlException, {}, control.uuid, counts, {}});
                if (!inserted)
                    return Error{inserted.error()};
                changed << control.text(QStringLiteral("ref"));
                continue;
            }
            if (Status s = store.setFields(RecordKind::ControlException, record->uuid, counts); !s)
                return s;
            changed << control.text(QStringLiteral("ref"));
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return changed;
}

QStringList ExceptionRollup::missingAssessment(const Record& exception)
{
    QStringList missing;
    if (exception.text(QStringLiteral("nature")).trimmed().isEmpty())
        missing << QStringLiteral("nature");
    if (exception.text(QStringLiteral("pattern")).isEmpty())
        missing << QStringLiteral("pattern");
    if (exception.text(QStringLiteral("management_response")).trimmed().isEmpty())
        missing << QStringLiteral("managementResponse");
    return missing;
}

Status ExceptionRollup::assess(AuditStore& store, const QString& controlRef, const QVariantMap& values,
                               const std::optional<QStringList>& effectCriteria)
{
    if (auto rolled = update(store); !rolled)
        return Error{rolled.error()};
    auto data = EngagementData::load(store);
    if (!data)
        return Error{data.error()};
    const Record* control = data->control(controlRef);
    if (!control)
        return Error{tr("There is no control %1 in this engagement.").arg(controlRef)};
    const QList<const Record*> exceptions = data->exceptionsOf(control->uuid);
    if (exceptions.isEmpty())
        return Error{tr("Control %1 has no exceptions to assess: none of its sample items or tests found a deviation.")
                         .arg(control->text(QStringLiteral("ref")))};
    const QString uuid = exceptions.first()->uuid;
    return store.batch([&]() -> Status {
        if (!values.isEmpty()) {
            if (Status s = store.setFields(RecordKind::ControlException, uuid, values); !s)
                return s;
        }
        if (effectCriteria)
            return store.setLinks(RecordKind::ControlException, uuid, LinkKind::Criterion, *effectCriteria);
        return {};
    });
}

} // namespace isoaudit
