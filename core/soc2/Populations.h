// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "sampling/SampleSelection.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QList>
#include <QString>

namespace isoaudit {

class AuditStore;

/// SampleSelection::populationSha256 computed one occurrence at a time, so an import of a million rows hashes its
/// sampling frame as it streams (tst_populationimport checks both give the same hash).
class PopulationHash
{
public:
    void add(const QString& id, const QDate& date);
    QString hex();

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_line;
};

/// SHA-256 of every frozen row as it is kept (population.rows_sha256): per row, in order, `id TAB yyyy-MM-dd TAB
/// 1|0 (in the period) TAB`, then each other column's text followed by US (0x1F), then LF, in UTF-8. A change to any
/// row — its id, date, period flag or any other column — changes it; PopulationHash covers only the sampling frame.
class PopulationContentHash
{
public:
    void add(const QString& id, const QDate& date, bool inPeriod, const QStringList& other);
    /// A stored row: its `other` JSON array is read back.
    void add(const QString& id, const QDate& date, bool inPeriod, const QByteArray& otherJson);
    QString hex();

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_line;
};

/// What a population's frozen rows hold, recounted from the file: its rows, those outside the period, and the
/// SHA-256 of its sampling frame (the rows in the period).
struct PopulationCheck
{
    qint64 rows = 0;
    qint64 outOfPeriod = 0;
    QString sha256;
    QString rowsSha256; ///< PopulationContentHash of every row
};

/// A control's populations (docs/soc2.md): the sampling frame a sample is drawn from, the check that the frozen rows
/// are still what was imported, and the record of how their completeness and accuracy was checked.
class Populations
{
    Q_DECLARE_TR_FUNCTIONS(Populations)

public:
    /// The sampling frame: the rows in the period, in population order, as SampleSelection reads them.
    static Result<QList<PopulationItem>> frame(const AuditStore& store, const QString& populationUuid);
    /// Recounts and rehashes the stored rows.
    static Result<PopulationCheck> recount(const AuditStore& store, const QString& populationUuid);
    /// Fails, naming the population and what differs, when its rows are not those recorded (row count, rows
    /// outside the period, the frame's SHA-256): a damaged or altered file is caught.
    static Status verify(const AuditStore& store, const Record& population);
    /// Records how completeness and accuracy of the client's list was checked, by whom and when.
    static Status setCompletenessAccuracy(AuditStore& store, const QString& populationUuid, const QString& how,
                                          const QString& checkedBy, const QDate& checkedOn);
    /// A population named by its uuid or its name among the control's; with no name, the control's only one.
    static Result<Record> find(const AuditStore& store, const QString& controlUuid, const QString& nameOrUuid = {});
};

} // namespace isoaudit
