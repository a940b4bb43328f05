// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"
#include "util/Result.h"
#include "workflow/Rule.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace isoaudit {

/// Who signed which content, recorded as a ReportRevision when the audit enters `signed`: ReportSigning fills it
/// with the signed PDF's SHA-256 and the signer's certificate fingerprint.
struct SignatureRecord
{
    QString signer;
    QDateTime signedAt;
    QString sha256;
    QString certificateFingerprint;
};

/// The audit's lifecycle, planning -> fieldwork -> reporting -> signed, and reopen (signed -> reporting, with a
/// reason, starting a new report revision while the signed one stays on record). A transition happens only when
/// no blocker rule (RuleEngine) is unmet; it never blocks note-taking, only transitions.
///
/// While the audit is signed, the write guard installed by attach() makes AuditStore refuse every write; the state
/// itself changes only through this class. Audits are opened for editing through open() (the GUI's AuditDocument
/// and the CLI), which attaches the guard; a store opened by AuditStore::open() alone refuses writes, so no opener
/// can forget it.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    /// Opens an audit with the workflow's write guard attached: the one way to open an audit for editing.
    static Result<std::unique_ptr<AuditStore>>
    open(const QString& path, AuditDatabase::Mode mode = AuditDatabase::Mode::ReadWrite, LockInfo* lockedBy = nullptr);
    /// Creates a new audit (AuditStore::create) with the write guard attached.
    static Result<std::unique_ptr<AuditStore>> create(const QString& path, const NewAudit& audit);
    /// Installs the write guard on `store`.
    static void attach(AuditStore& store);
    static Result<QString> state(const AuditStore& store);
    /// The state that follows `state` on the way to signing ("" after signed).
    static QString next(const QString& state);
    /// Moves the audit one step forward to `target` when no blocker is unmet, and returns the warnings that remain.
    /// A refusal's message lists every unmet blocker (id, clause, message). `signed` is refused: an audit becomes
    /// signed only by signing its report (ReportSigning, which calls sign()).
    static Result<QList<RuleViolation>> advance(AuditStore& store, const QString& target);
    /// reporting -> signed: checks the rules, then records the signature as report revision N.
    static Result<QList<RuleViolation>> sign(AuditStore& store, const SignatureRecord& signature);
    /// signed -> reporting: the mandatory reason, who and when are kept on the signed revision; the audit moves to
    /// report revision N + 1.
    static Status reopen(AuditStore& store, const QString& reason, const QString& who,
                         const QDateTime& when = QDateTime::currentDateTimeUtc());
    /// SHA-256 over every record (except the lifecycle state and the report revisions), in a canonical JSON form:
    /// the same audit content always gives the same digest.
    static Result<QString> contentDigest(const AuditStore& store);
    /// "The audit cannot move to X: ..." with one line per blocker.
    static QString refusal(const QString& target, const QList<RuleViolation>& blockers);
};

} // namespace isoaudit
