// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace isoaudit {

class AuditStore;

/// The numbers the Overview and the report summary show, read once from the store: progress per clause group and
/// per Annex A theme, findings by grade, overdue corrective actions and a suggested certification recommendation.
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
    int minorsWithoutPlan = 0; ///< minors without an accepted plan
    int applicable = 0;
    int excluded = 0;
    int implemented = 0;

    /// Reads everything; `today` decides what is overdue.
    static AuditStatistics collect(const AuditStore& store, const QDate& today = QDate::currentDate());
    /// What the findings allow: "recommend", "recommend-after-verification" or "do-not-recommend".
    QString suggestedRecommendation() const;
    static QString recommendationLabel(const QString& value);
};

} // namespace isoaudit
