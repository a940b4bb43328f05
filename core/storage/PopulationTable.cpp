// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PopulationTable.h"

#include "storage/AuditStore.h"
#include "storage/StatementCache.h"
#include "util/SqliteStatement.h"

#include <QUuid>

namespace isoaudit {

namespace {

/// Rows to one INSERT: the table's CHECK constraints are set up once per run, which costs more than a row.
constexpr int rowsPerStatement = 64;
constexpr int columnsPerRow = 6;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO population_row (population_uuid, row_no, occurrence_id, occurred_on, in_period, other) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
    return sql;
}

QByteArray isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

const QString columnsRead = QStringLiteral("row_no, occurrence_id, occurred_on, in_period, other");

PopulationRow rowOf(const SqliteStatement& statement)
{
    PopulationRow row;
    row.rowNo = statement.textColumn(0).toLongLong();
    row.occurrenceId = statement.textColumn(1);
    row.occurredOn = QDate::fromString(statement.textColumn(2), Qt::ISODate);
    row.inPeriod = statement.textColumn(3) == QLatin1String("1");
    row.other = statement.textColumn(4).toUtf8();
    return row;
}

} // namespace

PopulationTable::Writer::Writer(AuditStore& store, QString uuid)
    : m_store(store)
    , m_uuid(std::move(uuid))
    , m_uuidUtf8(m_uuid.toUtf8())
{
    m_pending.reserve(rowsPerStatement);
}

PopulationTable::Writer::~Writer() = default;

Status PopulationTable::Writer::append(const PopulationRow& row)
{
    m_pending.push_back(row);
    m_pending.back().rowNo = ++m_count;
    if (int(m_pending.size()) < rowsPerStatement)
        return {};
    return flush();
}

Status PopulationTable::Writer::run(SqliteStatement& statement, size_t from, int rows)
{
    for (int i = 0; i < rows; ++i) {
        const PopulationRow& row = m_pending.at(from + size_t(i));
        const int first = i * columnsPerRow + 1;
        statement.bindUtf8(first, m_uuidUtf8);
        statement.bindInt(first + 1, row.rowNo);
        statement.bindText(first + 2, row.occurrenceId);
        statement.bindUtf8(first + 3, isoDate(row.occurredOn));
        statement.bindInt(first + 4, row.inPeriod ? 1 : 0);
        statement.bindUtf8(first + 5, row.other);
    }
    if (!statement.run())
        return Error{
            tr("Could not write row %1 of the population: %2").arg(m_pending.at(from).rowNo).arg(statement.error())};
    return {};
}

Status PopulationTable::Writer::flush()
{
    if (m_pending.empty())
        return {};
    QString why;
    if (int(m_pending.size()) == rowsPerStatement) {
        SqliteStatement* many = m_store.m_statements->raw(insertSql(rowsPerStatement), &why);
        if (!many)
            return Error{tr("Could not write the population's rows: %1").arg(why)};
        if (auto ok = run(*many, 0, rowsPerStatement); !ok)
            return ok;
    } else {
        SqliteStatement* one = m_store.m_statements->raw(insertSql(1), &why);
        if (!one)
            return Error{tr("Could not write the population's rows: %1").arg(why)};
        for (size_t i = 0; i < m_pending.size(); ++i) {
            if (auto ok = run(*one, i, 1); !ok)
                return ok;
        }
    }
    m_pending.clear();
    return {};
}

Result<QString> PopulationTable::insert(AuditStore& store, Record population, const Fill& fill)
{
    if (population.kind != RecordKind::Population)
        return Error{tr("Only a population has frozen rows.")};
    if (population.uuid.isEmpty())
        population.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status done = store.write(RecordKind::Population, {}, AuditStore::kindBit(RecordKind::Population), [&]() {
        // The rows name a population inserted after them, once its row count and SHA-256 are known: its foreign key
        // is checked when the transaction commits (SQLite resets the pragma then).
        if (auto deferred = store.database().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
            return deferred;
        Writer writer(store, population.uuid);
        if (auto filled = fill(writer, population); !filled)
            return filled;
        if (auto flushed = writer.flush(); !flushed)
            return flushed;
        auto inserted = store.insert(population);
        return inserted ? Status() : Status(Error{inserted.error()});
    });
    if (!done)
        return Error{done.error()};
    return population.uuid;
}

sqlite3* PopulationTable::handle(const AuditStore& store)
{
    return store.m_database->handle();
}

Result<QList<PopulationRow>> PopulationTable::rows(const AuditStore& store, const QString& populationUuid, qint64 first,
                                                   int limit)
{
    SqliteStatement statement(handle(store),
                              QStringLiteral("SELECT %1 FROM population_row WHERE population_uuid = ? AND row_no >= ?"
                                             " ORDER BY row_no LIMIT ?")
                                  .arg(columnsRead));
    if (!statement.isValid())
        return Error{tr("Could not read the population's rows: %1").arg(statement.error())};
    statement.bindText(1, populationUuid);
    statement.bindInt(2, first);
    statement.bindInt(3, limit);
    QList<PopulationRow> page;
    while (statement.next())
        page.append(rowOf(statement));
    if (!statement.error().isEmpty())
        return Error{tr("Could not read the population's rows: %1").arg(statement.error())};
    statement.reset();
    return page;
}

Status PopulationTable::forEach(const AuditStore& store, const QString& populationUuid, bool inPeriodOnly,
                                const std::function<Status(const PopulationRow&)>& visit)
{
    SqliteStatement statement(
        handle(store),
        QStringLiteral("SELECT %1 FROM population_row WHERE population_uuid = ?%2 ORDER BY row_no")
            .arg(columnsRead, inPeriodOnly ? QStringLiteral(" AND in_period = 1") : QString()));
    if (!statement.isValid())
        return Error{tr("Could not read the population's rows: %1").arg(statement.error())};
    statement.bindText(1, populationUuid);
    while (statement.next()) {
        if (auto ok = visit(rowOf(statement)); !ok) {
            statement.reset();
            return ok;
        }
    }
    if (!statement.error().isEmpty())
        return Error{tr("Could not read the population's rows: %1").arg(statement.error())};
    statement.reset();
    return {};
}

Result<qint64> PopulationTable::count(const AuditStore& store, const QString& populationUuid)
{
    SqliteStatement statement(handle(store),
                              QStringLiteral("SELECT count(*) FROM population_row WHERE population_uuid = ?"));
    if (!statement.isValid())
        return Error{tr("Could not count the population's rows: %1").arg(statement.error())};
    statement.bindText(1, populationUuid);
    if (!statement.next())
        return Error{tr("Could not count the population's rows: %1").arg(statement.error())};
    const qint64 n = statement.textColumn(0).toLongLong();
    statement.reset();
    return n;
}

} // namespace isoaudit
