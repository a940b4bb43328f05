// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace isoaudit {

class AuditStore;

/// What to import and how (`isoaudit-cli population FILE --control REF --import TABLE ...`).
struct PopulationImportOptions
{
    enum class Outside {
        Flag, ///< kept with in_period = 0, counted in population.out_of_period, left out of the sampling frame
        Refuse, ///< the import fails naming the first such rows and their count
    };
    QString controlUuid;
    QString path; ///< CSV or XLSX
    QString sheet; ///< XLSX: the sheet (the first when empty)
    QString idColumn; ///< the header of the id column; found by its usual names when empty
    QString dateColumn;
    QString dateFormat; ///< Qt's date format ("d/M/yyyy") for dates that are not ISO; ISO is always read
    Outside outside = Outside::Flag;
    QString name; ///< the population's name; the file's name when empty
    QString importedBy;
};

/// What an import wrote, for the CLI to say.
struct PopulationImportResult
{
    QString uuid;
    qint64 rows = 0;
    qint64 outOfPeriod = 0;
    QString sha256; ///< SampleSelection::populationSha256 of the sampling frame
    QString idColumn;
    QString dateColumn;
    bool idColumnFound = false; ///< chosen from the header by a usual name (not given)
    bool dateColumnFound = false;
    QStringList otherColumns;
    QString source; ///< how the file was read
    QStringList firstOutOfPeriod; ///< "row 5 (2023-12-31)", at most five

    qint64 inPeriod() const { return rows - outOfPeriod; }
};

/// Imports a client's list of a control's occurrences as a frozen population (docs/soc2.md): one row per
/// occurrence, an id and a date column, every other column kept. The CSV is streamed and the rows are bulk-written
/// with the record in one transaction, so a million rows import in seconds in bounded memory; nothing is written
/// when the import fails, and the file is only read.
class PopulationImport
{
    Q_DECLARE_TR_FUNCTIONS(PopulationImport)

public:
    static Result<PopulationImportResult> run(AuditStore& store, const PopulationImportOptions& options);

    /// Reads a date: ISO YYYY-MM-DD or an ISO date-time (its date as written), else in `format` when one is given.
    static std::optional<QDate> parseDate(QStringView text, const QString& format = {});
    /// The usual header names of the id and date columns, in the order they are preferred.
    static const QStringList& idSynonyms();
    static const QStringList& dateSynonyms();
    /// The column a header names: `given` (required to be there) or the first synonym present; -1 if none.
    static int findColumn(const QStringList& headers, const QString& given, const QStringList& synonyms);
};

} // namespace isoaudit
