// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageRows.h"

#include "soc2/Populations.h"
#include "storage/PopulationTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit {

namespace {

const QString idKey = QStringLiteral("id");
const QString dateKey = QStringLiteral("date");
const QString inPeriodKey = QStringLiteral("inPeriod");
const QString otherKey = QStringLiteral("other");

/// A row of the package as a frozen row, or a message naming its path.
Result<PopulationRow> rowOf(const QJsonValue& value, const QString& where)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 4 || !object.value(idKey).isString() || !object.value(dateKey).isString()
        || !object.value(inPeriodKey).isBool() || !object.value(otherKey).isArray())
        return Error{PackageRows::tr("%1 must be an object with id (text), date (YYYY-MM-DD), inPeriod (true or false) "
                                     "and other (an array).")
                         .arg(where)};
    PopulationRow row;
    row.occurrenceId = object.value(idKey).toString();
    row.occurredOn = QDate::fromString(object.value(dateKey).toString(), Qt::ISODate);
    if (row.occurrenceId.isEmpty() || !row.occurredOn.isValid())
        return Error{PackageRows::tr("%1 needs an id and a valid date.").arg(where)};
    row.inPeriod = object.value(inPeriodKey).toBool();
    row.other = QJsonDocument(object.value(otherKey).toArray()).toJson(QJsonDocument::Compact);
    return row;
}

} // namespace

Result<QJsonArray> PackageRows::toJson(const AuditStore& store, const QString& populationUuid)
{
    QJsonArray rows;
    const Status read = PopulationTable::forEach(store, populationUuid, false, [&](const PopulationRow& row) {
        rows.append(QJsonObject{{idKey, row.occurrenceId},
                                {dateKey, row.occurredOn.toString(Qt::ISODate)},
                                {inPeriodKey, row.inPeriod},
                                {otherKey, QJsonDocument::fromJson(row.other).array()}});
        return Status();
    });
    if (!read)
        return Error{read.error()};
    return rows;
}

Status PackageRows::check(const Record& population, const QJsonArray& rows, const QString& path)
{
    PopulationHash hash;
    PopulationContentHash content;
    qint64 outside = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto row = rowOf(rows.at(i), QStringLiteral("%1.rows[%2]").arg(path).arg(i));
        if (!row)
            return Error{row.error()};
        if (row->inPeriod)
            hash.add(row->occurrenceId, row->occurredOn);
        else
            ++outside;
        content.add(row->occurrenceId, row->occurredOn, row->inPeriod, row->other);
    }
    const QString name = population.text(QStringLiteral("name"));
    if (rows.size() != population.integer(QStringLiteral("row_count")).value_or(-1))
        return Error{tr("%1 (population \"%2\"): rowCount is %3, but it has %4 rows.")
                         .arg(path, name)
                         .arg(population.integer(QStringLiteral("row_count")).value_or(-1))
                         .arg(rows.size())};
    if (outside != population.integer(QStringLiteral("out_of_period")).value_or(0))
        return Error{tr("%1 (population \"%2\"): outOfPeriod is %3, but %4 rows are outside the period.")
                         .arg(path, name)
                         .arg(population.integer(QStringLiteral("out_of_period")).value_or(0))
                         .arg(outside)};
    const QString sha256 = hash.hex();
    if (sha256 != population.text(QStringLiteral("sha256")))
        return Error{
            tr("%1 (population \"%2\"): its rows do not match its sha256 (the rows give %3).").arg(path, name, sha256)};
    const QString recorded = population.text(QStringLiteral("rows_sha256"));
    if (!recorded.isEmpty() && content.hex() != recorded)
        return Error{tr("%1 (population \"%2\"): its rows do not match its rowsSha256 (a row's columns differ from "
                        "those imported).")
                         .arg(path, name)};
    return {};
}

Status PackageRows::insert(AuditStore& store, const Record& population, const QJsonArray& rows)
{
    auto inserted = PopulationTable::insert(store, population, [&](PopulationTable::Writer& writer, Record&) {
        for (const QJsonValue& value : rows) {
            auto row = rowOf(value, QStringLiteral("rows"));
            if (!row)
                return Status(Error{row.error()});
            if (auto ok = writer.append(row.value()); !ok)
                return ok;
        }
        return Status();
    });
    return inserted ? Status() : Status(Error{inserted.error()});
}

} // namespace isoaudit
