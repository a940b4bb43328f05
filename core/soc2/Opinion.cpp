// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/Opinion.h"

#include "catalog/Catalog.h"
#include "domain/RecordKind.h"
#include "soc2/Engagement.h"
#include "soc2/EngagementData.h"
#include "storage/AuditStore.h"

namespace isoaudit {

namespace {

/// Whether a control failed in a way that puts its criteria in doubt, and whether its effect is stated.
struct Failure
{
    bool failed = false;
    bool weighed = true;
};

Failure failureOf(const EngagementData& data, const Record& control)
{
    Failure f;
    if (control.text(QStringLiteral("design")) == QLatin1String("not-suitably-designed")) {
        f.failed = true;
        f.weighed = !control.text(QStringLiteral("design_note")).trimmed().isEmpty();
    }
    for (const Record* exception : data.exceptionsOf(control.uuid)) {
        if (exception->text(QStringLiteral("pattern")) != QLatin1String("systematic")
            || exception->integer(QStringLiteral("deviations")).value_or(0) == 0)
            continue;
        f.failed = true;
        if (exception->text(QStringLiteral("effect")).trimmed().isEmpty())
            f.weighed = false;
    }
    return f;
}

} // namespace

QString Opinion::joinIds(const QStringList& ids)
{
    if (ids.size() < 2)
        return ids.join(QString());
    return tr("%1 and %2").arg(ids.mid(0, ids.size() - 1).join(QStringLiteral(", ")), ids.last());
}

QList<NotMetCandidate> Opinion::candidates(const EngagementData& data)
{
    QList<NotMetCandidate> result;
    for (const CatalogItem* criterion : Engagement::criteriaInScope(data.engagement)) {
        const QList<const Record*> controls = data.controlsFor(criterion->id);
        if (controls.isEmpty())
            continue; // unaddressed: soc2.criteria-addressed asks for a control first
        NotMetCandidate candidate{criterion->id, {}, true};
        bool allFailed = true;
        for (const Record* control : controls) {
            const Failure f = failureOf(data, *control);
            if (!f.failed) {
                allFailed = false;
                break;
            }
            candidate.controls << control->text(QStringLiteral("ref"));
            candidate.weighed = candidate.weighed && f.weighed;
        }
        if (allFailed)
            result << candidate;
    }
    return result;
}

OpinionChoice Opinion::recorded(const EngagementData& data)
{
    return {data.engagement.text(QStringLiteral("opinion")), data.engagement.text(QStringLiteral("opinion_basis")),
            data.criteriaNotMet()};
}

QStringList Opinion::problems(const EngagementData& data, const OpinionChoice& choice)
{
    QStringList problems;
    if (!Enums::opinions.contains(choice.opinion))
        return {
            tr("\"%1\" is not an opinion; use %2.").arg(choice.opinion, Enums::opinions.join(QStringLiteral(", ")))};
    QStringList outOfScope;
    QStringList inScope;
    for (const CatalogItem* item : Engagement::criteriaInScope(data.engagement))
        inScope << item->id;
    for (const QString& id : choice.notMet) {
        if (!inScope.contains(id))
            outOfScope << id;
    }
    if (!outOfScope.isEmpty())
        problems << (outOfScope.size() == 1
                         ? tr("The criteria not met must be criteria of the categories in scope; %1 is not.")
                         : tr("The criteria not met must be criteria of the categories in scope; %1 are not."))
                        .arg(joinIds(outOfScope));
    const bool noBasis = choice.basis.trimmed().isEmpty();
    const QString opinion = choice.opinion;
    if (opinion == QLatin1String("unmodified")) {
        if (!choice.notMet.isEmpty())
            problems << (choice.notMet.size() == 1
                             ? tr("An unmodified opinion cannot be given: criterion %1 is not met. Give a qualified "
                                  "or adverse opinion, or take it off the criteria not met.")
                             : tr("An unmodified opinion cannot be given: criteria %1 are not met. Give a qualified "
                                  "or adverse opinion, or take them off the criteria not met."))
                            .arg(joinIds(choice.notMet));
        QStringList open;
        for (const NotMetCandidate& c : candidates(data)) {
            if (!c.weighed && !choice.notMet.contains(c.criterion))
                open << QStringLiteral("%1 (%2)").arg(c.criterion, c.controls.join(QStringLiteral(", ")));
        }
        if (!open.isEmpty())
            problems << tr("An unmodified opinion cannot be given yet: every control mapped to %1 failed (exceptions "
                           "assessed as systematic, or a design not suitably designed) and the effect on the "
                           "criterion is not stated. State each exception's effect (or the design note), or list the "
                           "criterion as not met.")
                            .arg(joinIds(open));
    } else if (opinion == QLatin1String("qualified")) {
        if (choice.notMet.isEmpty())
            problems << tr("A qualified opinion names at least one criterion that is not met.");
        if (noBasis)
            problems << tr("A qualified opinion states its basis: the matter that gives rise to the qualification.");
    } else if (noBasis) {
        problems << (opinion == QLatin1String("adverse")
                         ? tr("An adverse opinion states its basis: why the controls did not achieve the criteria.")
                         : tr("A disclaimer of opinion states its basis: why sufficient evidence could not be "
                              "obtained."));
    }
    return problems;
}

Status Opinion::record(AuditStore& store, const QString& opinion, const QString& basis,
                       const std::optional<QStringList>& notMet)
{
    auto data = EngagementData::load(store);
    if (!data)
        return Error{data.error()};
    OpinionChoice choice{opinion.trimmed(), basis.trimmed(), notMet ? *notMet : data->criteriaNotMet()};
    if (const QStringList p = problems(data.value(), choice); !p.isEmpty())
        return Error{p.join(QLatin1Char('\n'))};
    const QString uuid = data->engagement.uuid;
    return store.batch([&]() -> Status {
        if (Status s = store.setFields(RecordKind::Engagement, uuid,
                                       {{"opinion", choice.opinion}, {"opinion_basis", choice.basis}});
            !s)
            return s;
        return store.setLinks(RecordKind::Engagement, uuid, LinkKind::Criterion, choice.notMet);
    });
}

} // namespace isoaudit
