// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/Lifecycle.h"

#include "workflow/AuditSnapshot.h"
#include "workflow/RuleEngine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace isoaudit {

namespace {

// Lifecycle's own writes pass the guard; every other write while signed is refused. Writes are synchronous, so a
// per-thread depth is enough.
thread_local int bypassDepth = 0;

class GuardBypass
{
public:
    GuardBypass() { ++bypassDepth; }
    ~GuardBypass() { --bypassDepth; }
    GuardBypass(const GuardBypass&) = delete;
    GuardBypass& operator=(const GuardBypass&) = delete;
};

QString stateOf(const AuditStore& store, QString* error)
{
    auto audit = store.audit();
    if (!audit) {
        *error = audit.error();
        return {};
    }
    return audit->text(QStringLiteral("lifecycle"));
}

/// A store that reaches a transition without the guard (a new audit from AuditStore::create) gets it here, before
/// it can become signed.
void ensureGuarded(AuditStore& store)
{
    if (!store.hasWriteGuard())
        Lifecycle::attach(store);
}

} // namespace

Result<std::unique_ptr<AuditStore>> Lifecycle::open(const QString& path, AuditDatabase::Mode mode, LockInfo* lockedBy)
{
    auto store = AuditStore::open(path, mode, lockedBy);
    if (!store)
        return store;
    attach(*store.value());
    return store;
}

Result<std::unique_ptr<AuditStore>> Lifecycle::create(const QString& path, const NewAudit& audit)
{
    auto store = AuditStore::create(path, audit);
    if (!store)
        return store;
    attach(*store.value());
    return store;
}

void Lifecycle::attach(AuditStore& store)
{
    AuditStore* guarded = &store;
    store.setWriteGuard([guarded](RecordKind kind, const QStringList& columns) -> Status {
        if (bypassDepth > 0)
            return {};
        if (kind == RecordKind::Audit
            && (columns.contains(QLatin1String("lifecycle")) || columns.contains(QLatin1String("report_revision"))))
            return Error{tr("The lifecycle state and the report revision change only by advancing or reopening the "
                            "audit, which checks the workflow rules.")};
        auto audit = guarded->audit();
        if (audit && audit->text(QStringLiteral("lifecycle")) == QLatin1String("signed"))
            return Error{tr("The audit is signed: the signed report is the record and cannot change. Reopen the "
                            "audit with a reason to make changes.")};
        return {};
    });
}

Result<QString> Lifecycle::state(const AuditStore& store)
{
    QString error;
    const QString current = stateOf(store, &error);
    if (!error.isEmpty())
        return Error{error};
    return current;
}

QString Lifecycle::next(const QString& state)
{
    const QStringList& states = Enums::lifecycleStates;
    const auto i = states.indexOf(state);
    return i >= 0 && i + 1 < states.size() ? states.at(i + 1) : QString();
}

QString Lifecycle::refusal(const QString& target, const QList<RuleViolation>& blockers)
{
    QString text
        = tr("The audit cannot move to %1: %n rule(s) are not met.", nullptr, int(blockers.size())).arg(target);
    for (const auto& v : blockers)
        text += QStringLiteral("\n  %1 [%2]: %3").arg(v.ruleId, v.clause, v.message);
    return text;
}

Result<QList<RuleViolation>> Lifecycle::advance(AuditStore& store, const QString& target)
{
    if (!Enums::lifecycleStates.contains(target) || target == QLatin1String("planning"))
        return Error{tr("An audit advances to fieldwork or reporting, not \"%1\".").arg(target)};
    // Signing records the signed report's hash and the signer's certificate (ReportSigning), so there is no way
    // to sign without a report.
    if (target == QLatin1String("signed"))
        return Error{tr("An audit becomes signed by signing its report: use `isoaudit-cli sign` or Report ▸ Sign "
                        "report…")};
    auto current = state(store);
    if (!current)
        return Error{current.error()};
    if (current.value() == target)
        return Error{tr("The audit is already in %1.").arg(target)};
    if (next(current.value()) != target)
        return Error{
            tr("The audit is in %1; it can only advance to %2, one step at a time.")
                .arg(current.value(),
                     next(current.value()).isEmpty() ? tr("nothing (reopen it first)") : next(current.value()))};
    auto violations = RuleEngine::evaluate(store, target);
    if (!violations)
        return Error{violations.error()};
    if (RuleEngine::hasBlocker(violations.value()))
        return Error{refusal(target, RuleEngine::blockers(violations.value()))};
    ensureGuarded(store);
    GuardBypass bypass;
    if (auto ok = store.setField(RecordKind::Audit, store.audit()->uuid, QStringLiteral("lifecycle"), target); !ok)
        return Error{ok.error()};
    return violations;
}

Result<QList<RuleViolation>> Lifecycle::sign(AuditStore& store, const SignatureRecord& signature)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    if (snapshot->lifecycle() != QLatin1String("reporting"))
        return Error{tr("Only an audit in reporting can be signed; this one is in %1.").arg(snapshot->lifecycle())};
    auto violations = RuleEngine::evaluate(snapshot.value(), QStringLiteral("signed"));
    if (!violations)
        return Error{violations.error()};
    if (RuleEngine::hasBlocker(violations.value()))
        return Error{refusal(QStringLiteral("signed"), RuleEngine::blockers(violations.value()))};
    if (signature.signer.trimmed().isEmpty() || !signature.signedAt.isValid())
        return Error{tr("A signature needs the signer's name and the time of signing.")};
    const int revision = snapshot->audit.integer(QStringLiteral("report_revision")).value_or(1);
    Record record{RecordKind::ReportRevision, {}, {}, {}, {}};
    record.values = {{"revision", revision},
                     {"signed_at", signature.signedAt.toUTC().toString(Qt::ISODate)},
                     {"sha256", signature.sha256},
                     {"signer", signature.signer.trimmed()},
                     {"certificate_fingerprint", signature.certificateFingerprint}};
    ensureGuarded(store);
    GuardBypass bypass;
    const Status done = store.batch([&]() -> Status {
        // The revision names the audit trail's head as it stood when signed (docs/security.md).
        auto head = store.trailHead();
        if (!head)
            return Error{head.error()};
        record.values.insert(QStringLiteral("trail_head"), head.value());
        if (auto inserted = store.insert(record); !inserted)
            return Error{inserted.error()};
        return store.setField(RecordKind::Audit, snapshot->audit.uuid, QStringLiteral("lifecycle"),
                              QStringLiteral("signed"));
    });
    if (!done)
        return Error{done.error()};
    return violations;
}

Status Lifecycle::reopen(AuditStore& store, const QString& reason, const QString& who, const QDateTime& when)
{
    auto snapshot = AuditSnapshot::load(store);
    if (!snapshot)
        return Error{snapshot.error()};
    if (snapshot->lifecycle() != QLatin1String("signed"))
        return Error{tr("Only a signed audit can be reopened; this one is in %1.").arg(snapshot->lifecycle())};
    if (reason.trimmed().isEmpty())
        return Error{tr("Reopening a signed audit needs a reason; it is kept with the signed revision.")};
    const int revision = snapshot->audit.integer(QStringLiteral("report_revision")).value_or(1);
    ensureGuarded(store);
    GuardBypass bypass;
    return store.batch([&]() -> Status {
        for (const auto& r : snapshot->revisions) {
            if (r.integer(QStringLiteral("revision")) != revision)
                continue;
            const QVariantMap values{{"reopened_at", when.toUTC().toString(Qt::ISODate)},
                                     {"reopened_by", who},
                                     {"reopen_reason", reason.trimmed()}};
            if (auto ok = store.setFields(RecordKind::ReportRevision, r.uuid, values); !ok)
                return ok;
        }
        return store.setFields(RecordKind::Audit, snapshot->audit.uuid,
                               {{"report_revision", revision + 1}, {"lifecycle", QStringLiteral("reporting")}});
    });
}

Result<QString> Lifecycle::contentDigest(const AuditStore& store)
{
    QJsonObject content;
    for (const auto& kind : RecordKinds::all()) {
        if (kind.kind == RecordKind::ReportRevision)
            continue;
        auto rows = store.records(kind.kind);
        if (!rows)
            return Error{rows.error()};
        QList<Record> records = rows.value();
        std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.uuid < b.uuid; });
        QJsonArray array;
        for (const auto& record : records) {
            QJsonObject values;
            for (const auto& field : kind.fields) {
                if (field.type == FieldType::Blob
                    || (kind.kind == RecordKind::Audit
                        && (field.column == QLatin1String("lifecycle")
                            || field.column == QLatin1String("report_revision"))))
                    continue;
                values.insert(field.column, QJsonValue::fromVariant(record.values.value(field.column)));
            }
            QJsonObject links;
            for (auto it = record.links.cbegin(); it != record.links.cend(); ++it) {
                QStringList targets = it.value();
                targets.sort();
                links.insert(RecordKinds::linkKindName(it.key()), QJsonArray::fromStringList(targets));
            }
            array.append(QJsonObject{
                {"uuid", record.uuid}, {"parent", record.parentUuid}, {"values", values}, {"links", links}});
        }
        content.insert(kind.table, array);
    }
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace isoaudit
