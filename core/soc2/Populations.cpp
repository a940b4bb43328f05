// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/Populations.h"

#include "storage/AuditStore.h"
#include "storage/PopulationTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace isoaudit {

void PopulationHash::add(const QString& id, const QDate& date)
{
    m_line = id.toUtf8();
    m_line += '\t';
    m_line += date.toString(Qt::ISODate).toLatin1();
    m_line += '\n';
    m_hash.addData(m_line);
}

QString PopulationHash::hex()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

void PopulationContentHash::add(const QString& id, const QDate& date, bool inPeriod, const QStringList& other)
{
    m_line = id.toUtf8();
    m_line += '\t';
    m_line += date.toString(Qt::ISODate).toLatin1();
    m_line += inPeriod ? "\t1\t" : "\t0\t";
    for (const QString& value : other) {
        m_line += value.toUtf8();
        m_line += '\x1f';
    }
    m_line += '\n';
    m_hash.addData(m_line);
}

void PopulationContentHash::add(const QString& id, const QDate& date, bool inPeriod, const QByteArray& otherJson)
{
    QStringList other;
    const QJsonArray values = QJsonDocument::fromJson(otherJson).array();
    for (const QJsonValue& value : values)
        other << value.toString();
    add(id, date, inPeriod, other);
}

QString PopulationContentHash::hex()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

Result<QList<PopulationItem>> Populations::frame(const AuditStore& store, const QString& populationUuid)
{
    QList<PopulationItem> items;
    const Status read = PopulationTable::forEach(store, populationUuid, true, [&](const PopulationRow& row) {
        items.append({row.occurrenceId, row.occurredOn});
        return Status();
    });
    if (!read)
        return Error{read.error()};
    return items;
}

Result<PopulationCheck> Populations::recount(const AuditStore& store, const QString& populationUuid)
{
    PopulationCheck check;
    PopulationHash hash;
    PopulationContentHash content;
    const Status read = PopulationTable::forEach(store, populationUuid, false, [&](const PopulationRow& row) {
        ++check.rows;
        if (row.rowNo != check.rows)
            return Status(Error{tr("row %1 is missing").arg(check.rows)});
        if (!row.inPeriod)
            ++check.outOfPeriod;
        else
            hash.add(row.occurrenceId, row.occurredOn);
        content.add(row.occurrenceId, row.occurredOn, row.inPeriod, row.other);
        return Status();
    });
    if (!read)
        return Error{read.error()};
    check.sha256 = hash.hex();
    check.rowsSha256 = content.hex();
    return check;
}

Status Populations::verify(const AuditStore& store, const Record& population)
{
    const QString name = population.text(QStringLiteral("name"));
    auto check = recount(store, population.uuid);
    if (!check)
        return Error{tr("The population \"%1\" is damaged: %2.").arg(name, check.error())};
    QStringList differences;
    const qint64 rows = population.integer(QStringLiteral("row_count")).value_or(-1);
    if (check->rows != rows)
        differences << tr("%1 rows are stored, %2 were imported").arg(check->rows).arg(rows);
    const qint64 outside = population.integer(QStringLiteral("out_of_period")).value_or(0);
    if (check->outOfPeriod != outside)
        differences
            << tr("%1 rows outside the period are stored, %2 were imported").arg(check->outOfPeriod).arg(outside);
    if (check->sha256 != population.text(QStringLiteral("sha256")))
        differences << tr("the SHA-256 of the rows in the period is %1, the population records %2")
                           .arg(check->sha256, population.text(QStringLiteral("sha256")));
    // Populations imported before the whole rows were hashed record none; every later one does.
    const QString rowsSha256 = population.text(QStringLiteral("rows_sha256"));
    if (!rowsSha256.isEmpty() && check->rowsSha256 != rowsSha256)
        differences
            << tr("the SHA-256 of its rows is %1, the population records %2").arg(check->rowsSha256, rowsSha256);
    if (!differences.isEmpty())
        return Error{
            tr("The population \"%1\" is not as imported: %2.").arg(name, differences.join(QLatin1String("; ")))};
    return {};
}

Status Populations::setCompletenessAccuracy(AuditStore& store, const QString& populationUuid, const QString& how,
                                            const QString& checkedBy, const QDate& checkedOn)
{
    QVariantMap values;
    if (!how.isNull())
        values.insert(QStringLiteral("completeness_accuracy"), how);
    if (!checkedBy.isNull())
        values.insert(QStringLiteral("ca_checked_by"), checkedBy);
    if (checkedOn.isValid())
        values.insert(QStringLiteral("ca_checked_on"), checkedOn.toString(Qt::ISODate));
    if (values.isEmpty())
        return Error{tr("Say how completeness and accuracy were checked, by whom or when.")};
    return store.setFields(RecordKind::Population, populationUuid, values);
}

Result<Record> Populations::find(const AuditStore& store, const QString& controlUuid, const QString& nameOrUuid)
{
    auto all = store.records(RecordKind::Population, controlUuid);
    if (!all)
        return Error{all.error()};
    const QList<Record> populations = all.value();
    if (nameOrUuid.isEmpty()) {
        if (populations.size() == 1)
            return populations.first();
        if (populations.isEmpty())
            return Error{tr("The control has no population; import one first.")};
        QStringList names;
        for (const Record& p : populations)
            names << QStringLiteral("\"%1\" (%2)").arg(p.text(QStringLiteral("name")), p.uuid);
        return Error{tr("The control has %1 populations; name one: %2.")
                         .arg(populations.size())
                         .arg(names.join(QLatin1String(", ")))};
    }
    for (const Record& p : populations) {
        if (p.uuid == nameOrUuid || p.text(QStringLiteral("name")) == nameOrUuid)
            return p;
    }
    return Error{tr("The control has no population \"%1\".").arg(nameOrUuid)};
}

} // namespace isoaudit
