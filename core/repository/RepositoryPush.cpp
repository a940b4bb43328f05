// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::push: one PostgreSQL transaction that stores a new audit, fast-forwards the server's copy, or merges
// a diverged file into the server's version (TeamMerge) and sends the result; the local file is replaced only after
// the server has committed.
#include "repository/Repository.h"
#include "repository/RepositoryRows.h"

#include "workflow/Lifecycle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>

#include <filesystem>

namespace isoaudit {

namespace {

constexpr qsizetype chunkBytes = 4 * 1024 * 1024; // JSON text per statement

/// Sends an image's rows to the server inside the running transaction: the attachments the server lacks, every row
/// (added, changed or removed since the server's version: computed by the server against a temporary table), and
/// the trail entries after `fromSeq`.
class ImageSender
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    ImageSender(QSqlDatabase db, QString auditUuid, const RepositoryTask& task)
        : m_db(std::move(db))
        , m_audit(std::move(auditUuid))
        , m_task(task)
    {
    }

    Result<qint64> send(const FileImage& image, qint64 fromSeq)
    {
        QHash<QString, QByteArray> blobs;
        QList<QByteArray> rows; // {"k": kind, "y": key, "d": data, "b": blob}
        QList<QByteArray> trail; // {"s": seq, "h": hash, "d": data}
        for (const FileImageTable& table : image.tables) {
            const bool isTrail = table.name == QLatin1String("trail");
            const int seqColumn = table.columnIndex(QStringLiteral("seq"));
            const int hashColumn = table.columnIndex(QStringLiteral("hash"));
            for (const QVariantList& row : table.rows) {
                QString blob;
                const QJsonObject data = RepositoryRows::toJson(table, row, &blob, &blobs);
                if (isTrail) {
                    const qint64 seq = row.value(seqColumn).toLongLong();
                    if (seq > fromSeq)
                        trail << QJsonDocument(QJsonObject{{"s", seq}, {"h", row.value(hashColumn).toString()}, {"d", data}})
                                     .toJson(QJsonDocument::Compact);
                    continue;
                }
                QJsonObject entry{{"k", table.name}, {"y", table.key(row)}, {"d", data}};
                if (!blob.isEmpty())
                    entry.insert(QStringLiteral("b"), blob);
                rows << QJsonDocument(entry).toJson(QJsonDocument::Compact);
            }
        }
        if (auto sent = sendBlobs(blobs); !sent)
            return Error{sent.error()};
        if (auto sent = sendRows(rows); !sent)
            return Error{sent.error()};
        if (auto sent = sendTrail(trail); !sent)
            return Error{sent.error()};
        return qint64(trail.size());
    }

private:
    Status sendBlobs(const QHash<QString, QByteArray>& blobs)
    {
        if (blobs.isEmpty())
            return {};
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT sha256 FROM isoaudit.attachment_blob WHERE sha256 = ANY (?::text[])"));
        query.addBindValue(QStringLiteral("{") + QStringList(blobs.keys()).join(QLatin1Char(',')) + QStringLiteral("}"));
        if (auto done = RepositoryRows::exec(query, tr("Checking the attachments the server holds")); !done)
            return done;
        QSet<QString> present;
        while (query.next())
            present.insert(query.value(0).toString());
        qint64 total = 0;
        for (auto it = blobs.begin(); it != blobs.end(); ++it) {
            if (!present.contains(it.key()))
                total += it.value().size();
        }
        qint64 done = 0;
        query.prepare(QStringLiteral("SELECT isoaudit.store_blob(?, ?)"));
        for (auto it = blobs.begin(); it != blobs.end(); ++it) {
            if (present.contains(it.key()))
                continue;
            if (auto cancelled = RepositoryRows::checkCancel(m_task); !cancelled)
                return cancelled;
            RepositoryRows::report(m_task, tr("Sending attachments…"), done, total);
            query.bindValue(0, it.key());
            query.bindValue(1, it.value());
            if (auto sent = RepositoryRows::exec(query, tr("Sending an attachment")); !sent)
                return sent;
            done += it.value().size();
        }
        RepositoryRows::report(m_task, tr("Sending attachments…"), total, total);
        return {};
    }

    /// Runs `sql` once per chunk of `items`, bound as one JSON array (after the audit's uuid when `withAudit`).
    Status inChunks(const QList<QByteArray>& items, const QString& sql, const QString& step, bool withAudit)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return Error{tr("%1 failed: %2").arg(step, RepositoryRows::serverMessage(query.lastError()))};
        qsizetype i = 0;
        while (i < items.size()) {
            if (auto cancelled = RepositoryRows::checkCancel(m_task); !cancelled)
                return cancelled;
            RepositoryRows::report(m_task, step, i, items.size());
            QByteArray array("[");
            const qsizetype first = i;
            while (i < items.size() && (i == first || array.size() + items.at(i).size() < chunkBytes)) {
                if (i != first)
                    array += ',';
                array += items.at(i);
                ++i;
            }
            array += ']';
            if (withAudit)
                query.addBindValue(m_audit);
            query.addBindValue(QString::fromUtf8(array));
            if (auto done = RepositoryRows::exec(query, step); !done)
                return done;
        }
        RepositoryRows::report(m_task, step, items.size(), items.size());
        return {};
    }

    Status sendRows(const QList<QByteArray>& rows)
    {
        // The image into a temporary table, then one statement each for the removed, the new and the changed rows:
        // a row that did not change is not written (so a signed revision's trigger never sees it).
        if (auto done = RepositoryRows::exec(
                m_db,
                QStringLiteral("CREATE TEMPORARY TABLE incoming (kind text NOT NULL, key text NOT NULL,"
                               " data jsonb NOT NULL, blob text, PRIMARY KEY (kind, key)) ON COMMIT DROP"),
                tr("Preparing the push"));
            !done)
            return done;
        if (auto done = inChunks(rows,
                                 QStringLiteral("INSERT INTO incoming (kind, key, data, blob) SELECT e->>'k', e->>'y',"
                                                " e->'d', e->>'b' FROM jsonb_array_elements(?::jsonb) e"),
                                 tr("Sending records…"), false);
            !done)
            return done;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM isoaudit.record r WHERE r.audit = ? AND NOT EXISTS"
                                     " (SELECT 1 FROM incoming i WHERE i.kind = r.kind AND i.key = r.key)"));
        query.addBindValue(m_audit);
        if (auto done = RepositoryRows::exec(query, tr("Removing the records the audit no longer holds")); !done)
            return done;
        query.prepare(QStringLiteral(
            "INSERT INTO isoaudit.record (audit, kind, key, data, blob) SELECT ?, kind, key, data, blob FROM incoming"
            " ON CONFLICT (audit, kind, key) DO UPDATE SET data = EXCLUDED.data, blob = EXCLUDED.blob"
            " WHERE isoaudit.record.data IS DISTINCT FROM EXCLUDED.data"));
        query.addBindValue(m_audit);
        return RepositoryRows::exec(query, tr("Storing the records"));
    }

    Status sendTrail(const QList<QByteArray>& entries)
    {
        return inChunks(entries,
                        QStringLiteral("INSERT INTO isoaudit.trail (audit, seq, hash, data) SELECT ?, (e->>'s')::bigint,"
                                       " e->>'h', e->'d' FROM jsonb_array_elements(?::jsonb) e"),
                        tr("Sending the audit trail…"), true);
    }

    QSqlDatabase m_db;
    QString m_audit;
    const RepositoryTask& m_task;
};

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// A transaction on the server that rolls back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~ServerTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Result<RepositoryPushOutcome> Repository::push(const QString& path, const RepositoryPushOptions& options,
                                               const RepositoryTask& task)
{
    auto opened = Lifecycle::open(path);
    if (!opened)
        return Error{opened.error()};
    std::unique_ptr<AuditStore> store = std::move(opened).value();
    return push(store, options, task);
}

Result<RepositoryPushOutcome> Repository::push(std::unique_ptr<AuditStore>& local, const RepositoryPushOptions& options,
                                               const RepositoryTask& task)
{
    QString merged;
    auto outcome = pushImage(*local, options, task, &merged);
    if (!outcome || merged.isEmpty())
        return outcome;
    // The server holds the merged audit now; the file becomes the same. The store is closed first (its write-ahead
    // log is folded into the file), then the merged file replaces it in one rename.
    const QString path = local->path();
    const QString author = local->author();
    local.reset();
    std::error_code failed;
    std::filesystem::rename(QFile::encodeName(merged).toStdString(), QFile::encodeName(path).toStdString(), failed);
    if (failed)
        return Error{tr("The repository holds the merged audit, but %1 could not be replaced by it (%2); the merged "
                        "file is %3.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(failed.message().c_str()),
                              QDir::toNativeSeparators(merged))};
    auto reopened = Lifecycle::open(path);
    if (!reopened)
        return Error{reopened.error()};
    local = std::move(reopened).value();
    local->setAuthor(author);
    return outcome;
}

Result<RepositoryPushOutcome> Repository::pushImage(AuditStore& local, const RepositoryPushOptions& options,
                                                    const RepositoryTask& task, QString* mergedFile)
{
    RepositoryRows::report(task, tr("Reading %1…").arg(QDir::toNativeSeparators(local.path())));
    const TrailVerification verified = local.verifyTrail();
    if (!verified.ok)
        return Error{tr("%1 was not pushed: its audit trail does not verify (%2).")
                         .arg(QDir::toNativeSeparators(local.path()), verified.message)};
    auto read = FileImage::read(local);
    if (!read)
        return Error{read.error()};
    const FileImage image = std::move(read).value();
    auto summarized = RepositoryRows::summarize(image);
    if (!summarized)
        return Error{summarized.error()};
    const RepositoryRows::Summary summary = summarized.value();
    auto previousLink = local.repositoryLink();
    if (!previousLink)
        return Error{previousLink.error()};

    QSqlDatabase database = db();
    ServerTransaction transaction(database);
    if (!transaction.isOpen())
        return Error{tr("Could not start a transaction on %1: %2")
                         .arg(m_server.displayName(), RepositoryRows::serverMessage(database.lastError()))};
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT trail_seq, trail_hash, coalesce(checked_out_by::text, '')"
                                 " FROM isoaudit.audit WHERE uuid = ? FOR UPDATE"));
    query.addBindValue(summary.uuid);
    if (auto done = RepositoryRows::exec(query, tr("Reading the audit on the server")); !done)
        return Error{done.error()};
    const bool exists = query.next();
    const qint64 serverSeq = exists ? query.value(0).toLongLong() : 0;
    const QString serverHash = exists ? query.value(1).toString() : QString();
    QString checkedOutBy = exists ? query.value(2).toString() : QString();
    query.finish();

    RepositoryPushOutcome outcome;
    outcome.serverSeq = serverSeq;
    outcome.serverHash = serverHash;
    QHash<qint64, QString> localHashes;
    if (const FileImageTable* trail = image.table(QStringLiteral("trail"))) {
        const int seq = trail->columnIndex(QStringLiteral("seq"));
        const int hash = trail->columnIndex(QStringLiteral("hash"));
        for (const QVariantList& row : trail->rows)
            localHashes.insert(row.value(seq).toLongLong(), row.value(hash).toString());
    }

    FileImage sent = image;
    RepositoryRows::Summary sentSummary = summary;
    QString team;
    if (!exists) {
        team = options.team;
        if (team.isEmpty()) {
            const auto mine = teams();
            if (!mine)
                return Error{mine.error()};
            const QStringList names = mine.value();
            if (names.isEmpty())
                return Error{noTeamMessage()};
            if (names.size() > 1)
                return Error{tr("Name the team the audit belongs to (--team); the role %1 is in: %2.")
                                 .arg(m_role, names.join(QLatin1String(", ")))};
            team = names.first();
        }
        query.prepare(QStringLiteral("INSERT INTO isoaudit.audit (uuid, team, file_format) VALUES (?, ?, ?)"));
        query.addBindValue(summary.uuid);
        query.addBindValue(team);
        query.addBindValue(image.schemaVersion);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            const QString code = error.nativeErrorCode();
            if (code == QLatin1String("23505"))
                return Error{tr("The repository %1 already holds this audit (%2) in a team the role %3 is not in; "
                                "nothing was pushed.")
                                 .arg(m_server.displayName(), summary.uuid, m_role)};
            if (code == QLatin1String("42501") || code == QLatin1String("23503"))
                return Error{tr("The role %1 may not add audits to the team \"%2\" (it is not a member, or there is "
                                "no such team); nothing was pushed.")
                                 .arg(m_role, team)};
            return Error{tr("Adding the audit failed: %1").arg(RepositoryRows::serverMessage(error))};
        }
        outcome.kind = RepositoryPushOutcome::Kind::Created;
    } else if (serverSeq == summary.trailSeq && serverHash == summary.trailHash) {
        outcome.kind = RepositoryPushOutcome::Kind::UpToDate;
    } else if (serverSeq == 0 || localHashes.value(serverSeq) == serverHash) {
        outcome.kind = RepositoryPushOutcome::Kind::FastForward;
    } else {
        query.prepare(QStringLiteral("SELECT 1 FROM isoaudit.trail WHERE audit = ? AND seq = ? AND hash = ?"));
        query.addBindValue(summary.uuid);
        query.addBindValue(summary.trailSeq);
        query.addBindValue(summary.trailHash);
        if (auto done = RepositoryRows::exec(query, tr("Reading the server's trail")); !done)
            return Error{done.error()};
        if (query.next()) {
            outcome.kind = RepositoryPushOutcome::Kind::ServerAhead;
            outcome.message = tr("The repository has %n newer change(s) than %1: pull instead; nothing was pushed.",
                                 nullptr, int(serverSeq - summary.trailSeq))
                                  .arg(QDir::toNativeSeparators(local.path()));
            return outcome;
        }
        outcome.kind = RepositoryPushOutcome::Kind::Merged;
    }

    std::unique_ptr<QTemporaryDir> mergeDir;
    if (outcome.kind == RepositoryPushOutcome::Kind::Merged) {
        // Diverged: merge the file's changes into the server's version (so the server's trail stays a prefix of what
        // is sent), in a temporary file beside the local one.
        RepositoryRows::report(task, tr("Merging with the repository's version…"));
        auto server = RepositoryRows::readImage(database, summary.uuid, task);
        if (!server)
            return Error{server.error()};
        mergeDir = std::make_unique<QTemporaryDir>(QFileInfo(local.path()).absoluteDir().filePath(
            QStringLiteral(".isoaudit-merge-XXXXXX")));
        if (!mergeDir->isValid())
            return Error{tr("Could not make a temporary folder beside %1 for the merge: %2")
                             .arg(QDir::toNativeSeparators(local.path()), mergeDir->errorString())};
        const QString serverPath = mergeDir->filePath(QStringLiteral("server.isoaudit"));
        if (auto written = server.value()->write(serverPath); !written)
            return Error{written.error()};
        auto serverStore = Lifecycle::open(serverPath);
        if (!serverStore)
            return Error{serverStore.error()};
        serverStore.value()->setAuthor(local.author());
        auto plan = TeamMerge::plan(*serverStore.value(), local.path());
        if (!plan)
            return Error{plan.error()};
        MergeChoices choices = options.choices;
        if (choices.isEmpty() && options.prefer == RepositoryPushOptions::Prefer::Local)
            choices = TeamMerge::chooseAll(plan.value(), RecordMerge::Choice::Theirs);
        else if (choices.isEmpty() && options.prefer == RepositoryPushOptions::Prefer::Server)
            choices = TeamMerge::chooseAll(plan.value(), RecordMerge::Choice::Mine);
        if (plan->conflictCount() > 0 && choices.isEmpty()) {
            outcome.kind = RepositoryPushOutcome::Kind::Conflicts;
            outcome.plan = plan.value();
            outcome.message = tr("Both %1 and the repository changed the same fields (%n conflict(s)); nothing was "
                                 "pushed. Choose for each, or push again with --prefer mine or --prefer theirs.",
                                 nullptr, plan->conflictCount())
                                  .arg(QDir::toNativeSeparators(local.path()));
            return outcome;
        }
        auto applied = TeamMerge::apply(*serverStore.value(), plan.value(), choices);
        if (!applied)
            return Error{applied.error()};
        outcome.plan = plan.value();
        outcome.merged = applied.value();
        auto mergedImage = FileImage::read(*serverStore.value());
        if (!mergedImage)
            return Error{mergedImage.error()};
        sent = std::move(mergedImage).value();
        auto mergedSummary = RepositoryRows::summarize(sent);
        if (!mergedSummary)
            return Error{mergedSummary.error()};
        sentSummary = mergedSummary.value();
        const RepositoryLink link = RepositoryRows::link(m_server.toUrl(), summary.uuid, sentSummary.trailSeq,
                                                         sentSummary.trailHash, options.release ? QString() : checkedOutBy);
        if (auto linked = serverStore.value()->setRepositoryLink(link); !linked)
            return Error{linked.error()};
        if (auto left = serverStore.value()->leaveWriteAheadLog(); !left)
            return Error{left.error()};
        serverStore.value().reset();
        *mergedFile = local.path() + QStringLiteral(".merged");
        QFile::remove(*mergedFile);
        if (!QFile::rename(serverPath, *mergedFile))
            return Error{tr("Could not write the merged audit beside %1.").arg(QDir::toNativeSeparators(local.path()))};
    }

    if (outcome.kind == RepositoryPushOutcome::Kind::UpToDate && options.release && !checkedOutBy.isEmpty()) {
        // Nothing to send, but the auditor hands the audit back.
        query.prepare(QStringLiteral("UPDATE isoaudit.audit SET checked_out_by = NULL, checked_out_at = NULL"
                                     " WHERE uuid = ?"));
        query.addBindValue(summary.uuid);
        if (auto done = RepositoryRows::exec(query, tr("Clearing the checked-out mark")); !done)
            return Error{done.error()};
        if (!transaction.commit())
            return Error{tr("The push could not be committed on %1 (%2); nothing was changed.")
                             .arg(m_server.displayName(), RepositoryRows::serverMessage(database.lastError()))};
        checkedOutBy.clear();
    }
    if (outcome.kind != RepositoryPushOutcome::Kind::UpToDate) {
        auto cleanUp = [&](const Status& status) -> Result<RepositoryPushOutcome> {
            if (!mergedFile->isEmpty()) {
                QFile::remove(*mergedFile);
                mergedFile->clear();
            }
            return Error{status.error()};
        };
        ImageSender sender(database, summary.uuid, task);
        auto entries = sender.send(sent, outcome.kind == RepositoryPushOutcome::Kind::Created ? 0 : serverSeq);
        if (!entries)
            return cleanUp(Error{entries.error()});
        outcome.entriesSent = entries.value();
        query.prepare(QStringLiteral(
            "UPDATE isoaudit.audit SET client = coalesce(?, ''), lead = coalesce(?, ''),"
            " audit_type = coalesce(?, ''), state = coalesce(?, ''), framework = coalesce(?, ''),"
            " start_date = ?::date, end_date = ?::date, file_format = ?, trail_seq = ?, trail_hash = coalesce(?, ''),"
            " next_due = ?::date, next_due_type = coalesce(?, ''), updated_at = now(), updated_by = current_user,"
            " checked_out_by = CASE WHEN ? THEN NULL ELSE checked_out_by END,"
            " checked_out_at = CASE WHEN ? THEN NULL ELSE checked_out_at END WHERE uuid = ?"));
        for (const QVariant& value :
             {QVariant(sentSummary.client), QVariant(sentSummary.lead), QVariant(sentSummary.auditType),
              QVariant(sentSummary.state), QVariant(sentSummary.framework), dateOrNull(sentSummary.startDate),
              dateOrNull(sentSummary.endDate), QVariant(sent.schemaVersion), QVariant(sentSummary.trailSeq),
              QVariant(sentSummary.trailHash), dateOrNull(sentSummary.nextDue), QVariant(sentSummary.nextDueType),
              QVariant(options.release), QVariant(options.release), QVariant(summary.uuid)})
            query.addBindValue(value);
        if (auto done = RepositoryRows::exec(query, tr("Updating the audit's row")); !done)
            return cleanUp(done);
        if (auto cancelled = RepositoryRows::checkCancel(task); !cancelled)
            return cleanUp(cancelled);
        RepositoryRows::report(task, tr("Committing…"));
        if (!transaction.commit())
            return cleanUp(Error{tr("The push could not be committed on %1 (%2); nothing was changed.")
                                     .arg(m_server.displayName(), RepositoryRows::serverMessage(database.lastError()))});
        outcome.serverSeq = sentSummary.trailSeq;
        outcome.serverHash = sentSummary.trailHash;
        if (options.release)
            checkedOutBy.clear();
    }
    if (outcome.kind != RepositoryPushOutcome::Kind::Merged) {
        const RepositoryLink link = RepositoryRows::link(m_server.toUrl(), summary.uuid, outcome.serverSeq,
                                                         outcome.serverHash, checkedOutBy);
        if (auto linked = local.setRepositoryLink(link); !linked)
            return Error{tr("The repository holds the audit, but %1 could not record it: %2")
                             .arg(QDir::toNativeSeparators(local.path()), linked.error())};
    }
    switch (outcome.kind) {
    case RepositoryPushOutcome::Kind::Created:
        outcome.message = tr("Stored the audit in %1 (team %2).").arg(m_server.displayName(), team);
        break;
    case RepositoryPushOutcome::Kind::FastForward:
        outcome.message = tr("Sent %n change(s) to %1.", nullptr, int(outcome.entriesSent)).arg(m_server.displayName());
        break;
    case RepositoryPushOutcome::Kind::Merged:
        outcome.message = tr("Merged with the repository's version and sent; %1 now holds the merged audit.")
                              .arg(QDir::toNativeSeparators(local.path()));
        break;
    case RepositoryPushOutcome::Kind::UpToDate:
        outcome.message = tr("Up to date: %1 has everything in the file.").arg(m_server.displayName());
        break;
    case RepositoryPushOutcome::Kind::ServerAhead:
    case RepositoryPushOutcome::Kind::Conflicts:
        break;
    }
    return outcome;
}

} // namespace isoaudit
