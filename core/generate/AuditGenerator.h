// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "domain/RiskMethod.h"
#include "generate/GeneratorRandom.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace isoaudit {

class AuditStore;

/// How much AuditGenerator adds: record counts, the total size of attachments in MiB and the random seed.
struct GenerateOptions
{
    int risks = 0;
    int interviews = 0;
    int findings = 0;
    int evidence = 0;
    int attachmentsMb = 0;
    quint32 seed = 1;
};

/// Fills an audit with a large, synthetic but plausible body of work (risk register, interviews, evidence with
/// attachments, findings with corrective actions, SoA and clause verdicts) for performance tests, screenshots and
/// demos. The same seed on the same starting file gives the same records, uuids included. Everything goes through
/// AuditStore in one batch, so a failure or a cancellation leaves the file as it was.
class AuditGenerator
{
    Q_DECLARE_TR_FUNCTIONS(AuditGenerator)

public:
    /// `progress` is called now and then with the number of records written so far and the total; returning false
    /// cancels the whole run (rolled back). The store should have been made by AuditStore::create (it expects the
    /// clause and SoA rows), and it must have evidence to attach to when attachmentsMb > 0.
    static Status fill(AuditStore& store, const GenerateOptions& options,
                       const std::function<bool(int done, int total)>& progress = {});

private:
    AuditGenerator(AuditStore& store, const GenerateOptions& options, const std::function<bool(int, int)>& progress);

    Status run();
    Status prepare();
    Status addTeamAndSites();
    Status decideApplicability();
    Status addRisks();
    Status addInterviews();
    Status addEvidence();
    Status addAttachments();
    Status addFindings();
    Status addCorrectiveAction(const QString& findingUuid, const QString& grade, const QString& raisedOn);
    Status setVerdicts();
    Status step();

    QString uuidFor(const QString& table, int index) const;
    /// Remembers the clauses and controls an interview or piece of evidence covers, so verdicts rest on evidence.
    void cover(const Record& record);
    QDate auditDay();
    QString reference(const QString& table, const char* prefix, int index, int count) const;
    QString interviewNotes(const QString& name, const QString& role, const QStringList& topics);

    AuditStore& m_store;
    GenerateOptions m_options;
    std::function<bool(int, int)> m_progress;
    GeneratorRandom m_random;
    int m_done = 0;
    int m_total = 0;
    QDate m_start;
    int m_days = 1;
    int m_riskLevels[2] = {5, 5};
    RiskMethod m_method; ///< the audit's method: generated risks are scored as the client scores them
    int m_threshold = 10;
    QHash<QString, int> m_existing; ///< table -> records already in the file, so a second run adds, not clashes
    QStringList m_auditors;
    QStringList m_siteNames;
    QHash<QString, QString> m_soaUuids; ///< control id -> SoA entry uuid
    QHash<QString, QString> m_clauseUuids;
    QStringList m_notApplicable; ///< a list, not a set: its order must not depend on the hash seed
    QList<qint64> m_attachmentSizes;
    int m_actions = 0;
    QStringList m_risks;
    QStringList m_interviews;
    QStringList m_evidence;
    QStringList m_evidenceReferences;
    QSet<QString> m_coveredClauses;
    QSet<QString> m_coveredControls;
    QSet<QString> m_nonconformClauses;
    QSet<QString> m_nonconformControls;
};

} // namespace isoaudit
