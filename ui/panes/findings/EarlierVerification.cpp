// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/findings/EarlierVerification.h"

#include "cycle/EarlierFindings.h"
#include "domain/ValueLabels.h"
#include "workflow/AuditSnapshot.h"

namespace isoaudit {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

QString EarlierVerification::leadAuditor(const AuditStore& store)
{
    if (auto team = store.records(RecordKind::TeamMember)) {
        for (const Record& member : team.value()) {
            if (member.text(s("role")) == QLatin1String("lead"))
                return member.text(s("name"));
        }
    }
    return {};
}

Status EarlierVerification::setVerdict(AuditDocument& document, const QString& uuid, const QString& verdict,
                                       const QDate& today, QString* raisedAgain)
{
    if (!verdict.isEmpty() && !Enums::verificationVerdicts.contains(verdict))
        return Error{tr("Unknown verdict \"%1\".").arg(verdict)};
    AuditStore& store = document.store();
    auto carried = store.record(RecordKind::CarriedFinding, uuid);
    if (!carried)
        return Error{carried.error()};
    if (carried->flag(s("deferred")))
        return Error{
            tr("%1 passed through a special audit; it is verified at the next audit.").arg(carried->text(s("ref")))};
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    const QString ref = carried->text(s("ref"));
    if (carried->text(s("verification")) == verdict)
        return {};
    const QString undoText = verdict.isEmpty()
        ? tr("Clear the verdict on %1").arg(ref)
        : tr("Verify %1: %2").arg(ref, ValueLabels::label(ValueList::VerificationVerdict, verdict, LabelForm::Short));
    QString by = carried->text(s("verified_by"));
    if (by.isEmpty())
        by = leadAuditor(store);
    return document.macro(undoText, [&]() -> Status {
        const QVariant stored = verdict.isEmpty() ? QVariant() : QVariant(verdict);
        if (auto done = document.setField(RecordKind::CarriedFinding, uuid, s("verification"), stored, undoText); !done)
            return done;
        // When it was verified goes with the verdict; who verified it stays once stated.
        const QVariant on = verdict.isEmpty() ? QVariant() : QVariant(today.toString(Qt::ISODate));
        if (verdict.isEmpty() || carried->text(s("verified_on")).isEmpty()) {
            if (auto done = document.setField(RecordKind::CarriedFinding, uuid, s("verified_on"), on, undoText); !done)
                return done;
        }
        if (!verdict.isEmpty() && carried->text(s("verified_by")).isEmpty() && !by.isEmpty()) {
            if (auto done = document.setField(RecordKind::CarriedFinding, uuid, s("verified_by"), by, undoText); !done)
                return done;
        }
        if (verdict != QLatin1String("not-effective"))
            return {};
        const QString again = carried->text(s("reraised_as"));
        if (!again.isEmpty() && snapshot->findingByUuid(again))
            return {}; // raised again before (a verdict changed back and forth): the one finding stays
        Record record = carried.value();
        record.values.insert(s("verification"), verdict);
        const Record finding = EarlierFindings::raisedAgain(snapshot.value(), record, by, today);
        auto inserted = document.insertRecord(finding, undoText);
        if (!inserted)
            return Error{inserted.error()};
        if (raisedAgain)
            *raisedAgain = finding.values.value(s("ref")).toString();
        return document.setField(RecordKind::CarriedFinding, uuid, s("reraised_as"), inserted.value(), undoText);
    });
}

} // namespace isoaudit
