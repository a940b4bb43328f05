// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

struct sqlite3;

namespace isoaudit {

class AuditStore;
class SqliteStatement;

/// One frozen row of a SOC 2 population: the client's id and date of an occurrence, whether it falls in the
/// engagement's period, and its other columns as a JSON array (in the order of population.columns).
struct PopulationRow
{
    qint64 rowNo = 0; ///< 1 = the population's first occurrence
    QString occurrenceId;
    QDate occurredOn;
    bool inPeriod = true;
    QByteArray other = QByteArrayLiteral("[]"); ///< UTF-8 JSON array text
};

/// The only door to `population_row` (schema 7): a population record and its frozen rows are inserted in one
/// transaction through the store's write path (guard, trail entry for the record; the rows are covered by the
/// record's SHA-256 and row count, not one trail entry each), bulk-bound through SqliteStatement; the rows are read
/// back in pages or visited in order. Rows are never updated (a schema trigger refuses it); a population is removed
/// whole with AuditStore::remove, which takes its rows with it.
class PopulationTable
{
    Q_DECLARE_TR_FUNCTIONS(PopulationTable)

public:
    /// Appends the rows of a population being inserted, several to one prepared INSERT.
    class Writer
    {
    public:
        ~Writer();
        Writer(const Writer&) = delete;
        Writer& operator=(const Writer&) = delete;
        /// The row's number is its place (1, 2, ...): rowNo is ignored.
        Status append(const PopulationRow& row);
        /// Writes the rows still held back, so a read of the table inside the transaction sees them.
        Status flush();
        qint64 count() const { return m_count; }
        const QString& populationUuid() const { return m_uuid; }

    private:
        friend class PopulationTable;
        Writer(AuditStore& store, QString uuid);
        Status run(SqliteStatement& statement, size_t from, int rows);

        AuditStore& m_store;
        QString m_uuid;
        QByteArray m_uuidUtf8;
        std::vector<PopulationRow> m_pending;
        qint64 m_count = 0;
    };

    /// Writes the rows (through the writer) and then completes the record (row count, SHA-256, ...).
    using Fill = std::function<Status(Writer& rows, Record& population)>;
    /// Inserts `population` (a new uuid when it has none) and the rows `fill` writes, in one transaction: nothing is
    /// written when `fill` or the record's insert fails. Returns the population's uuid.
    static Result<QString> insert(AuditStore& store, Record population, const Fill& fill);

    /// Up to `limit` rows from row number `first` on, in order (a page).
    static Result<QList<PopulationRow>> rows(const AuditStore& store, const QString& populationUuid, qint64 first,
                                             int limit);
    /// Visits every row in order (only those in the period when `inPeriodOnly`); stops at the first failure.
    static Status forEach(const AuditStore& store, const QString& populationUuid, bool inPeriodOnly,
                          const std::function<Status(const PopulationRow&)>& visit);
    /// The number of rows stored for the population.
    static Result<qint64> count(const AuditStore& store, const QString& populationUuid);

private:
    static sqlite3* handle(const AuditStore& store);
};

} // namespace isoaudit
