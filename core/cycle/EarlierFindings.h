// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace isoaudit {

class AuditStore;
struct AuditSnapshot;

/// The verification of earlier nonconformities (docs/cycle.md): this audit's verdict on each finding carried over
/// from the audit that raised it — closed (effective), not effective (raised again as a finding of this audit, which
/// keeps the history), or still open.
class EarlierFindings
{
    Q_DECLARE_TR_FUNCTIONS(EarlierFindings)

public:
    /// The verdict's values for the carried record `carried`: verification, note, who and when.
    static QVariantMap verdictValues(const QString& verdict, const QString& note, const QString& by, const QDate& on);
    /// The finding that raises `carried` again in this audit: the next NC reference, the same grade, requirement and
    /// links, a statement that says which nonconformity of which audit it repeats and why the action was not
    /// effective. The record has its uuid, so the carried record can point at it (`reraised_as`).
    static Record raisedAgain(const AuditSnapshot& audit, const Record& carried, const QString& by, const QDate& on);
    /// The carried finding whose reference (or "REF@REPORT") is `ref`; an error naming the references otherwise.
    static Result<Record> find(const AuditSnapshot& audit, const QString& ref);
    /// Records the verdict in `store`, raising the finding again when it is not effective (one batch).
    static Result<QString> verify(AuditStore& store, const QString& ref, const QString& verdict, const QString& note,
                                  const QString& by, const QDate& on = QDate::currentDate());
    /// "NC-02 (Stage 2, R-2026-17)" for messages and the report.
    static QString label(const Record& carried);
};

} // namespace isoaudit
