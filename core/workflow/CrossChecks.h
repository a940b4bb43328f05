// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace isoaudit {

class AuditStore;
struct AuditSnapshot;

/// One inconsistency a cross-check found in the client's data: a suggested finding naming the record concerned.
struct CrossCheckResult
{
    enum class State { Open, Raised, Dismissed };

    QString checkId; ///< e.g. "risk.untreated-above-threshold"
    QString key; ///< checkId + ":" + subject; stable, used to raise or dismiss
    QString subject; ///< the record concerned: risk ref, control id, clause id, "R-001/5.7", "SoA"
    QString clause; ///< the clause reference, e.g. "6.1.3 d)"
    QString title; ///< short title of the check
    QString message; ///< what is wrong, naming the record (translated)
    QString evidence; ///< the objective evidence a raised finding cites (or, see below, what to state)
    /// The tool cannot know the evidence (it knows only what is linked): `evidence` is a question for the auditor,
    /// and a raised finding starts with its objective evidence empty for the auditor to write.
    bool evidenceIsQuestion = false;
    QString suggestedGrade; ///< major, minor or observation
    QString rationale; ///< why that grade is suggested
    QStringList clauses; ///< what a raised finding links to
    QStringList controls;
    QStringList riskUuids;
    State state = State::Open;
    QString findingRef; ///< when raised
    QString dismissalReason; ///< when dismissed
};

/// A cross-check as docs and `crosscheck --format json` describe it.
struct CrossCheckInfo
{
    QString id;
    QString clause;
    QString title;
};

/// What a raised finding gets besides the cross-check's own text; empty fields take defaults (next free ref,
/// the suggested grade, today).
struct RaiseOptions
{
    QString ref;
    QString grade;
    QString raisedBy;
    QDate raisedOn;
};

/// The cross-checks an experienced auditor runs over the client's risk register, SoA and documented information
/// (docs/workflow.md). Each result can be raised (it becomes a finding that records the key it came from) or
/// dismissed with a reason that is stored; the reporting rules require one or the other for every result.
class CrossChecks
{
    Q_DECLARE_TR_FUNCTIONS(CrossChecks)

public:
    static const QList<CrossCheckInfo>& checks();
    /// Every current result, in check order, each with its state (open, raised, dismissed).
    static QList<CrossCheckResult> run(const AuditSnapshot& snapshot);
    static Result<QList<CrossCheckResult>> run(const AuditStore& store);
    /// Creates the finding for a current result (linked to its clause, controls and risks); returns its uuid.
    static Result<QString> raise(AuditStore& store, const QString& key, const RaiseOptions& options = {});
    static Status dismiss(AuditStore& store, const QString& key, const QString& reason, const QString& dismissedBy,
                          const QDateTime& when = QDateTime::currentDateTimeUtc());
    /// Withdraws a dismissal, so the result is open again.
    static Status undismiss(AuditStore& store, const QString& key);
    static QString stateName(CrossCheckResult::State state); ///< "open", "raised", "dismissed"

    /// The clause items whose documented information the docinfo.not-sighted check looks for.
    static const QStringList& documentedInformationClauses();
};

} // namespace isoaudit
