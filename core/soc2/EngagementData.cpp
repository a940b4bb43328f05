// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/EngagementData.h"

#include "catalog/Catalog.h"
#include "domain/RecordKind.h"
#include "domain/ValueLabels.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"

#include <algorithm>

namespace isoaudit {

QString ControlResult::stateName() const
{
    switch (state) {
    case State::NotTested:
        return QStringLiteral("not-tested");
    case State::NoExceptions:
        return QStringLiteral("no-exceptions");
    case State::Exceptions:
        return QStringLiteral("exceptions");
    case State::NotOccurring:
        return QStringLiteral("not-occurring");
    }
    return {};
}

QString ControlResult::label(State state)
{
    switch (state) {
    case State::NotTested:
        return EngagementData::tr("Not tested");
    case State::NoExceptions:
        return ValueLabels::label(ValueList::TestResult, QStringLiteral("no-exceptions"));
    case State::Exceptions:
        return ValueLabels::label(ValueList::TestResult, QStringLiteral("exceptions"));
    case State::NotOccurring:
        return EngagementData::tr("Did not occur");
    }
    return {};
}

Result<EngagementData> EngagementData::load(const AuditStore& store)
{
    EngagementData data;
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    if (!Engagement::isEngagement(*audit))
        return Error{tr("This audit is not a SOC 2 engagement (its framework is %1).")
                         .arg(audit->text(QStringLiteral("frameworks")))};
    data.audit = *audit;
    auto engagement = store.singleton(RecordKind::Engagement);
    if (!engagement)
        return Error{engagement.error()};
    data.engagement = *engagement;
    const std::pair<RecordKind, QList<Record>*> lists[] = {
        {RecordKind::TeamMember, &data.team},        {RecordKind::ServiceControl, &data.controls},
        {RecordKind::TestProcedure, &data.tests},    {RecordKind::Population, &data.populations},
        {RecordKind::Sample, &data.samples},         {RecordKind::SampleItem, &data.items},
        {RecordKind::ControlException, &data.exceptions}, {RecordKind::Subservice, &data.subservices},
        {RecordKind::UserEntityControl, &data.userControls}, {RecordKind::Evidence, &data.evidence},
    };
    for (const auto& [kind, list] : lists) {
        auto records = store.records(kind);
        if (!records)
            return Error{records.error()};
        *list = records.value();
    }
    std::sort(data.controls.begin(), data.controls.end(), [](const Record& a, const Record& b) {
        return QString::localeAwareCompare(a.text(QStringLiteral("ref")), b.text(QStringLiteral("ref"))) < 0;
    });
    std::sort(data.items.begin(), data.items.end(), [](const Record& a, const Record& b) {
        return a.integer(QStringLiteral("row_no")).value_or(0) < b.integer(QStringLiteral("row_no")).value_or(0);
    });
    return data;
}

bool EngagementData::isType2() const
{
    return Engagement::isType2(engagement);
}

QString EngagementData::leadName() const
{
    for (const Record& member : team) {
        if (member.text(QStringLiteral("role")) == QLatin1String("lead"))
            return member.text(QStringLiteral("name"));
    }
    return {};
}

const Record* EngagementData::control(const QString& ref) const
{
    for (const Record& c : controls) {
        if (c.text(QStringLiteral("ref")).compare(ref, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const Record* EngagementData::controlByUuid(const QString& uuid) const
{
    for (const Record& c : controls) {
        if (c.uuid == uuid)
            return &c;
    }
    return nullptr;
}

const QList<const Record*>& EngagementData::children(const QList<Record>& list, const QString& parentUuid) const
{
    const QString key = QString::number(quintptr(&list)) + QLatin1Char('/') + parentUuid;
    auto found = m_byParent.find(key);
    if (found == m_byParent.end()) {
        QList<const Record*> result;
        for (const Record& r : list) {
            if (r.parentUuid == parentUuid)
                result << &r;
        }
        found = m_byParent.insert(key, result);
    }
    return found.value();
}

QList<const Record*> EngagementData::testsOf(const QString& controlUuid) const
{
    return children(tests, controlUuid);
}

QList<const Record*> EngagementData::populationsOf(const QString& controlUuid) const
{
    return children(populations, controlUuid);
}

QList<const Record*> EngagementData::samplesOf(const QString& controlUuid) const
{
    return children(samples, controlUuid);
}

QList<const Record*> EngagementData::itemsOf(const QString& sampleUuid) const
{
    return children(items, sampleUuid);
}

QList<const Record*> EngagementData::exceptionsOf(const QString& controlUuid) const
{
    return children(exceptions, controlUuid);
}

QList<const Record*> EngagementData::controlsFor(const QString& criterionId) const
{
    QList<const Record*> result;
    for (const Record& c : controls) {
        if (c.linked(LinkKind::Criterion).contains(criterionId))
            result << &c;
    }
    return result;
}

QStringList EngagementData::unaddressedCriteria() const
{
    QStringList result;
    for (const CatalogItem* criterion : Engagement::criteriaInScope(engagement)) {
        if (controlsFor(criterion->id).isEmpty())
            result << criterion->id;
    }
    return result;
}

QStringList EngagementData::criteriaNotMet() const
{
    return engagement.linked(LinkKind::Criterion);
}

ControlResult EngagementData::resultOf(const Record& control) const
{
    ControlResult result;
    bool exceptionFound = false;
    bool complete = true;
    const QList<const Record*> procedures = testsOf(control.uuid);
    bool procedureWithoutResult = false;
    for (const Record* test : procedures) {
        const QString r = test->text(QStringLiteral("result"));
        if (r.isEmpty())
            procedureWithoutResult = true;
        else if (r == QLatin1String("exceptions"))
            exceptionFound = true;
    }
    for (const Record* sample : samplesOf(control.uuid)) {
        for (const Record* item : itemsOf(sample->uuid)) {
            ++result.sampled;
            const QString r = item->text(QStringLiteral("result"));
            if (r.isEmpty()) {
                complete = false;
                continue;
            }
            ++result.withResult;
            if (r == QLatin1String("exception")) {
                ++result.deviations;
                exceptionFound = true;
            }
        }
    }
    // A procedure without a result of its own is complete when it was performed on samples whose items all have
    // results (the sample's items are its result); without a sample it still needs one.
    if (procedureWithoutResult && (result.sampled == 0 || !isType2()))
        complete = false;
    if (!isType2()) {
        const QString design = control.text(QStringLiteral("design"));
        if (design == QLatin1String("not-suitably-designed") || exceptionFound)
            result.state = ControlResult::State::Exceptions;
        else if (design == QLatin1String("suitably-designed") && complete)
            result.state = ControlResult::State::NoExceptions;
        return result;
    }
    const QList<const Record*> populations = populationsOf(control.uuid);
    const bool empty = !populations.isEmpty() && std::all_of(populations.begin(), populations.end(), [](const Record* p) {
        return p->integer(QStringLiteral("row_count")).value_or(0) == 0;
    });
    if (exceptionFound)
        result.state = ControlResult::State::Exceptions;
    else if (empty && result.sampled == 0)
        result.state = ControlResult::State::NotOccurring;
    else if (complete && (result.sampled > 0 || !procedures.isEmpty()))
        result.state = ControlResult::State::NoExceptions;
    return result;
}

} // namespace isoaudit
