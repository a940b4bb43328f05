// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/RepositoryRows.h"

#include "repository/Repository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>

#include <cmath>

namespace isoaudit {

namespace {
const QString blobKey = QStringLiteral("$blob");
} // namespace

QJsonObject RepositoryRows::toJson(const FileImageTable& table, const QVariantList& row, QString* blobSha,
                                   QHash<QString, QByteArray>* blobs)
{
    QJsonObject object;
    for (int i = 0; i < table.columns.size(); ++i) {
        const QVariant& value = row.at(i);
        QJsonValue json;
        if (value.isNull()) {
            json = QJsonValue::Null;
        } else {
            switch (value.metaType().id()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                blobs->insert(sha, bytes);
                *blobSha = sha;
                json = QJsonObject{{blobKey, sha}};
                break;
            }
            case QMetaType::LongLong:
            case QMetaType::Int:
            case QMetaType::ULongLong:
            case QMetaType::UInt:
                json = QJsonValue(value.toLongLong());
                break;
            case QMetaType::Double:
                json = QJsonValue(value.toDouble());
                break;
            default:
                json = QJsonValue(value.toString());
                break;
            }
        }
        object.insert(table.columns.at(i), json);
    }
    return object;
}

QVariant RepositoryRows::fromJson(const QJsonValue& value, const QHash<QString, QByteArray>& blobs, bool* ok)
{
    *ok = true;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // JSON has one number type: an integral value within a double's exact range is an SQLite integer (a REAL
        // column turns it back into a real on insert).
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QVariant(qint64(number));
        return QVariant(number);
    }
    case QJsonValue::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case QJsonValue::Object: {
        const QString sha = value.toObject().value(blobKey).toString();
        if (!blobs.contains(sha)) {
            *ok = false;
            return QVariant();
        }
        // A zero-length blob is not NULL: keep the bytes non-null so SQLite stores an empty blob.
        const QByteArray bytes = blobs.value(sha);
        return QVariant(bytes.isNull() ? QByteArray("", 0) : bytes);
    }
    case QJsonValue::Array:
        break;
    }
    *ok = false;
    return QVariant();
}

Result<RepositoryRows::Summary> RepositoryRows::summarize(const FileImage& image)
{
    const FileImageTable* audit = image.table(QStringLiteral("audit"));
    if (!audit || audit->rows.size() != 1)
        return Error{tr("The file holds no audit.")};
    const QVariantList& row = audit->rows.first();
    auto text = [&](const FileImageTable& table, const QVariantList& r, const char* column) {
        return r.value(table.columnIndex(QLatin1String(column))).toString();
    };
    Summary summary;
    summary.uuid = text(*audit, row, "uuid");
    summary.client = text(*audit, row, "client");
    summary.auditType = text(*audit, row, "audit_type");
    summary.state = text(*audit, row, "lifecycle");
    summary.framework = text(*audit, row, "frameworks");
    summary.startDate = QDate::fromString(text(*audit, row, "start_date"), Qt::ISODate);
    summary.endDate = QDate::fromString(text(*audit, row, "end_date"), Qt::ISODate);
    if (const FileImageTable* team = image.table(QStringLiteral("team_member"))) {
        for (const QVariantList& member : team->rows) {
            if (text(*team, member, "role") == QLatin1String("lead"))
                summary.lead = text(*team, member, "name");
        }
    }
    // The next audit the programme of the cycle plans (the certification body's "which surveillance is due").
    if (const FileImageTable* programme = image.table(QStringLiteral("programme_audit"))) {
        for (const QVariantList& planned : programme->rows) {
            if (text(*programme, planned, "status") != QLatin1String("planned"))
                continue;
            const QDate due = QDate::fromString(text(*programme, planned, "due_by"), Qt::ISODate);
            if (due.isValid() && (!summary.nextDue.isValid() || due < summary.nextDue)) {
                summary.nextDue = due;
                summary.nextDueType = text(*programme, planned, "audit_type");
            }
        }
    }
    if (const FileImageTable* trail = image.table(QStringLiteral("trail")); trail && !trail->rows.isEmpty()) {
        summary.trailSeq = trail->rows.last().value(trail->columnIndex(QStringLiteral("seq"))).toLongLong();
        summary.trailHash = trail->rows.last().value(trail->columnIndex(QStringLiteral("hash"))).toString();
    }
    if (summary.uuid.isEmpty())
        return Error{tr("The file's audit has no identity (uuid).")};
    return summary;
}

QString RepositoryRows::serverMessage(const QSqlError& error)
{
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.driverText().trimmed();
    if (message.startsWith(QLatin1String("ERROR:")))
        message = message.mid(6).trimmed();
    // libpq's messages end with the failing statement's position and context; the first line says it.
    return message.section(QLatin1Char('\n'), 0, 0).trimmed();
}

Status RepositoryRows::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return {};
    return Error{tr("%1 failed: %2").arg(what, serverMessage(query.lastError()))};
}

Status RepositoryRows::exec(QSqlDatabase db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return Error{tr("%1 failed: %2").arg(what, serverMessage(query.lastError()))};
}

Status RepositoryRows::checkCancel(const RepositoryTask& task)
{
    if (task.cancel && task.cancel->load())
        return Error{tr("Cancelled: nothing was changed on the server or in the file.")};
    return {};
}

void RepositoryRows::report(const RepositoryTask& task, const QString& step, qint64 done, qint64 total)
{
    if (task.progress)
        task.progress(RepositoryProgress{step, done, total});
}

} // namespace isoaudit
