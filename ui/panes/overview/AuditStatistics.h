// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Outcomes.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace isoaudit {

class AuditStore;

/// The numbers the Overview and the report summary show, read once from the store: progress per clause group and
/// per Annex A theme, findings by grade, overdue corrective actions and the outcome the findings suggest for the
/// audit's type.
struct AuditStatistics
{
    Q_DECLARE_TR_FUNCTIONS(AuditStatistics)

public:
    struct Progress
    {
        QString id; ///< "4" or "A.5"
        QString title;
        int total = 0;
        int done = 0; ///< clauses: verdict given; controls: applicability decided
        int assessed = 0; ///< controls: verdict given
        int nonconform = 0;
    };
    struct OverdueAction
    {
        QString findingUuid;
        QString findingRef;
        QString grade;
        QString owner;
        QDate due;
        QString status;
        int daysOverdue = 0;
    };

    Record audit;
    QList<Record> team;
    QList<Record> sites;
    QList<Record> findings;
    QList<Progress> clauseGroups;
    QList<Progress> themes;
    QMap<QString, int> findingsByGrade; ///< grade -> count
    QList<OverdueAction> overdue;
    int risks = 0;
    int risksAboveThreshold = 0;
    int interviews = 0;
    int evidence = 0;
    int openMajors = 0; ///< majors without a verified-effective corrective action
    int minorsWithoutPlan = 0; ///< minors without an accepted plan (nor one implemented or verified)
    int unclosedNonconformities = 0; ///< majors and minors without a verified-effective corrective action
    int areasOfConcern = 0; ///< Stage 1's areas of concern
    int applicable = 0;
    int excluded = 0;
    int implemented = 0;

    /// Reads everything; `today` decides what is overdue.
    static AuditStatistics collect(const AuditStore& store, const QDate& today = QDate::currentDate());
    /// The audit's type ("stage2" when the audit could not be read).
    QString auditType() const;
    /// What the findings say, for Outcomes::suggest.
    Outcomes::Facts outcomeFacts() const;
    /// The outcome the findings point to for the audit's type (Outcomes::suggest): never a negative one, which is
    /// the auditor's own call.
    QString suggestedRecommendation() const;
    static QString recommendationLabel(const QString& value);
};

} // namespace isoaudit
