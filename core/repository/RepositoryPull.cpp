// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::pull, and reading an audit's image back from the server (pull, and a diverged push's merge base).
#include "repository/Repository.h"
#include "repository/RepositoryRows.h"

#include "workflow/Lifecycle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace isoaudit {

namespace {

/// Adds a row of table `name` to the image, taking the table's columns from the first row seen.
void addRow(FileImage& image, QHash<QString, int>& tableIndex, const QString& name, const QJsonObject& data,
            const QHash<QString, QByteArray>& blobs, bool* ok)
{
    auto found = tableIndex.find(name);
    if (found == tableIndex.end()) {
        FileImageTable table;
        table.name = name;
        table.columns = data.keys();
        found = tableIndex.insert(name, int(image.tables.size()));
        image.tables << table;
    }
    FileImageTable& table = image.tables[found.value()];
    QVariantList row;
    row.reserve(table.columns.size());
    for (const QString& column : table.columns) {
        bool valueOk = true;
        row << RepositoryRows::fromJson(data.value(column), blobs, &valueOk);
        *ok = *ok && valueOk;
    }
    table.rows << std::move(row);
}

} // namespace

Result<std::optional<FileImage>> RepositoryRows::readImage(QSqlDatabase db, const QString& uuid,
                                                            const RepositoryTask& task)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT file_format FROM isoaudit.audit WHERE uuid = ?"));
    query.addBindValue(uuid);
    if (auto done = exec(query, tr("Reading the audit")); !done)
        return Error{done.error()};
    if (!query.next())
        return std::optional<FileImage>();
    FileImage image;
    image.schemaVersion = query.value(0).toInt();

    // The attachments' bytes first, once each.
    report(task, tr("Receiving attachments…"));
    QHash<QString, QByteArray> blobs;
    query.prepare(QStringLiteral("SELECT b.sha256, b.data FROM isoaudit.attachment_blob b WHERE b.sha256 IN"
                                 " (SELECT r.blob FROM isoaudit.record r WHERE r.audit = ? AND r.blob IS NOT NULL)"));
    query.addBindValue(uuid);
    if (auto done = exec(query, tr("Receiving the attachments")); !done)
        return Error{done.error()};
    qint64 bytes = 0;
    while (query.next()) {
        const QByteArray data = query.value(1).toByteArray();
        bytes += data.size();
        blobs.insert(query.value(0).toString(), data);
        report(task, tr("Receiving attachments…"), bytes, 0);
    }
    if (auto cancelled = checkCancel(task); !cancelled)
        return Error{cancelled.error()};

    report(task, tr("Receiving records…"));
    QHash<QString, int> tableIndex;
    bool ok = true;
    query.prepare(QStringLiteral("SELECT kind, data::text FROM isoaudit.record WHERE audit = ? ORDER BY kind, key"));
    query.addBindValue(uuid);
    if (auto done = exec(query, tr("Receiving the records")); !done)
        return Error{done.error()};
    while (query.next()) {
        const QJsonObject data = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        addRow(image, tableIndex, query.value(0).toString(), data, blobs, &ok);
    }
    if (!ok)
        return Error{tr("The repository's copy of the audit refers to an attachment it does not hold.")};
    if (auto cancelled = checkCancel(task); !cancelled)
        return Error{cancelled.error()};

    report(task, tr("Receiving the audit trail…"));
    query.prepare(QStringLiteral("SELECT data::text FROM isoaudit.trail WHERE audit = ? ORDER BY seq"));
    query.addBindValue(uuid);
    if (auto done = exec(query, tr("Receiving the audit trail")); !done)
        return Error{done.error()};
    while (query.next()) {
        const QJsonObject data = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        addRow(image, tableIndex, QStringLiteral("trail"), data, blobs, &ok);
    }
    // Keyless rows are keyed by their primary key on the server; the file orders them by it again.
    return std::optional<FileImage>(std::move(image));
}

Result<RepositoryPullOutcome> Repository::pull(const QString& auditUuid, const QString& targetPath,
                                               const RepositoryTask& task)
{
    const QString native = QDir::toNativeSeparators(targetPath);
    if (QFileInfo::exists(targetPath))
        return Error{tr("%1 already exists; choose another name.").arg(native)};
    QSqlDatabase database = db();
    if (!database.transaction())
        return Error{tr("Could not start a transaction on %1: %2")
                         .arg(m_server.displayName(), RepositoryRows::serverMessage(database.lastError()))};
    auto rollback = [&](const QString& message) -> Result<RepositoryPullOutcome> {
        database.rollback();
        return Error{message};
    };
    // Repeatable read: the records, the trail and the attachments as of one moment, even while someone pushes.
    if (auto done = RepositoryRows::exec(database, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                                         tr("Starting the pull"));
        !done)
        return rollback(done.error());
    auto image = RepositoryRows::readImage(database, auditUuid, task);
    if (!image)
        return rollback(image.error());
    if (!image.value())
        return rollback(tr("The repository %1 has no audit %2 (or the role %3 may not see it).")
                            .arg(m_server.displayName(), auditUuid, m_role));
    const FileImage& files = *image.value();
    RepositoryPullOutcome outcome;
    outcome.path = targetPath;
    outcome.auditUuid = auditUuid;
    for (const FileImageTable& table : files.tables) {
        if (table.name == QLatin1String("trail")) {
            if (!table.rows.isEmpty())
                outcome.trailSeq = table.rows.last().value(table.columnIndex(QStringLiteral("seq"))).toLongLong();
            continue;
        }
        outcome.records += table.rows.size();
        for (const QVariantList& row : table.rows) {
            for (const QVariant& value : row) {
                if (value.metaType().id() == QMetaType::QByteArray)
                    outcome.attachmentBytes += value.toByteArray().size();
            }
        }
    }

    // Checked out by this role: an auditor of the audit's team marks it; a reviewer only reads.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('isoaudit.audit', 'UPDATE')")) || !query.next())
        return rollback(tr("Reading this role's privileges failed: %1")
                            .arg(RepositoryRows::serverMessage(query.lastError())));
    const bool mayMark = query.value(0).toBool();
    QString checkedOutBy;
    if (mayMark) {
        query.prepare(QStringLiteral("UPDATE isoaudit.audit SET checked_out_by = current_user, checked_out_at = now()"
                                     " WHERE uuid = ? RETURNING checked_out_by::text"));
        query.addBindValue(auditUuid);
        if (auto done = RepositoryRows::exec(query, tr("Marking the audit as checked out")); !done)
            return rollback(done.error());
        if (query.next())
            checkedOutBy = query.value(0).toString();
    }
    if (auto cancelled = RepositoryRows::checkCancel(task); !cancelled)
        return rollback(cancelled.error());

    RepositoryRows::report(task, tr("Writing %1…").arg(native));
    if (auto written = files.write(targetPath); !written)
        return rollback(written.error());
    {
        auto store = Lifecycle::open(targetPath);
        if (!store) {
            QFile::remove(targetPath);
            return rollback(store.error());
        }
        auto entries = store.value()->trailHead();
        RepositoryLink link{m_server.toUrl(), auditUuid, outcome.trailSeq, entries ? entries.value() : QString(),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate), checkedOutBy};
        if (auto linked = store.value()->setRepositoryLink(link); !linked) {
            store.value().reset();
            QFile::remove(targetPath);
            return rollback(linked.error());
        }
    }
    if (!database.commit()) {
        const QString why = RepositoryRows::serverMessage(database.lastError());
        QFile::remove(targetPath);
        return rollback(tr("The pull could not be completed on %1 (%2); no file was written.")
                            .arg(m_server.displayName(), why));
    }
    return outcome;
}

} // namespace isoaudit
