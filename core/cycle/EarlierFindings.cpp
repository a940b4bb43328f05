// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycle/EarlierFindings.h"

#include "domain/ValueLabels.h"
#include "storage/AuditStore.h"
#include "workflow/AuditSnapshot.h"

#include <QUuid>

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

QVariantMap EarlierFindings::verdictValues(const QString& verdict, const QString& note, const QString& by,
                                           const QDate& on)
{
    return {{s("verification"), verdict.isEmpty() ? QVariant() : QVariant(verdict)},
            {s("verification_note"), note},
            {s("verified_by"), by},
            {s("verified_on"), on.isValid() && !verdict.isEmpty() ? QVariant(on.toString(Qt::ISODate)) : QVariant()}};
}

QString EarlierFindings::label(const Record& carried)
{
    const QString type = ValueLabels::label(ValueList::AuditType, carried.text(s("origin_type")));
    const QString report = carried.text(s("origin_report"));
    const QString origin = report.isEmpty() ? type : tr("%1, %2").arg(type, report);
    return tr("%1 (%2)").arg(AuditSnapshot::findingLabel(carried), origin);
}

Record EarlierFindings::raisedAgain(const AuditSnapshot& audit, const Record& carried, const QString& by,
                                    const QDate& on)
{
    const QString grade = carried.text(s("grade")) == QLatin1String("area-of-concern") ? s("minor")
                                                                                        : carried.text(s("grade"));
    Record f{RecordKind::Finding, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {}, {}};
    const QString origin = carried.text(s("origin_report")).isEmpty()
        ? ValueLabels::label(ValueList::AuditType, carried.text(s("origin_type")))
        : carried.text(s("origin_report"));
    const QString raisedOn = carried.text(s("raised_on"));
    QString statement = raisedOn.isEmpty()
        ? tr("Raised again: the correction and corrective action of %1 (raised at %2) were not effective.")
              .arg(carried.text(s("ref")), origin)
        : tr("Raised again: the correction and corrective action of %1 (raised at %2 on %3) were not effective.")
              .arg(carried.text(s("ref")), origin, raisedOn);
    const QString note = carried.text(s("verification_note")).trimmed();
    if (!note.isEmpty())
        statement += QLatin1Char(' ') + note;
    f.values = {{s("ref"), audit.nextFindingRef(grade)},
                {s("grade"), grade},
                {s("title"), carried.text(s("title"))},
                {s("requirement"), carried.text(s("requirement"))},
                {s("statement"), statement},
                {s("objective_evidence"), note},
                {s("raised_on"), on.toString(Qt::ISODate)},
                {s("raised_by"), by}};
    f.links.insert(LinkKind::Clause, carried.linked(LinkKind::Clause));
    f.links.insert(LinkKind::Control, carried.linked(LinkKind::Control));
    f.links.insert(LinkKind::Evidence, carried.linked(LinkKind::Evidence));
    return f;
}

Result<Record> EarlierFindings::find(const AuditSnapshot& audit, const QString& ref)
{
    QStringList refs;
    QList<const Record*> matches;
    for (const auto& c : audit.carriedFindings) {
        const QString qualified = c.text(s("ref")) + QLatin1Char('@') + c.text(s("origin_report"));
        refs << qualified;
        if (c.text(s("ref")) == ref || qualified == ref || c.uuid == ref)
            matches << &c;
    }
    if (matches.size() == 1)
        return *matches.first();
    if (matches.size() > 1)
        return Error{tr("%1 names more than one earlier nonconformity; name it as REF@REPORT: %2.")
                         .arg(ref, refs.join(QStringLiteral(", ")))};
    if (refs.isEmpty())
        return Error{tr("This audit carries no earlier nonconformities to verify.")};
    return Error{tr("No earlier nonconformity %1; this audit carries: %2.").arg(ref, refs.join(QStringLiteral(", ")))};
}

Result<QString> EarlierFindings::verify(AuditStore& store, const QString& ref, const QString& verdict,
                                        const QString& note, const QString& by, const QDate& on)
{
    if (!verdict.isEmpty() && !Enums::verificationVerdicts.contains(verdict))
        return Error{tr("Unknown verdict \"%1\"; use one of: %2.")
                         .arg(verdict, Enums::verificationVerdicts.join(QStringLiteral(", ")))};
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    auto carried = find(snapshot.value(), ref);
    if (!carried)
        return Error{carried.error()};
    QString raised;
    const Status done = store.batch([&]() -> Status {
        QVariantMap values = verdictValues(verdict, note, by, on);
        const QString previousAgain = carried->text(s("reraised_as"));
        if (verdict == QLatin1String("not-effective")) {
            if (previousAgain.isEmpty() || !snapshot->findingByUuid(previousAgain)) {
                Record c = carried.value();
                c.values.insert(values);
                const Record finding = raisedAgain(snapshot.value(), c, by, on);
                if (auto r = store.insert(finding); !r)
                    return Error{r.error()};
                raised = finding.values.value(s("ref")).toString();
                values.insert(s("reraised_as"), finding.uuid);
            }
        }
        return store.setFields(RecordKind::CarriedFinding, carried->uuid, values);
    });
    if (!done)
        return Error{done.error()};
    return raised;
}

} // namespace isoaudit
