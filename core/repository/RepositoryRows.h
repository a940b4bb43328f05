// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/FileImage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace isoaudit {

struct RepositoryTask;

/// How a file's rows travel to and from the repository's tables (core/repository only): each row as one JSON
/// object, column → value, with SQLite's types kept (integers as integral numbers, text as strings, null as null,
/// a blob as {"$blob": its SHA-256}, its bytes stored once in isoaudit.attachment_blob).
class RepositoryRows
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryRows)

public:
    /// The row as JSON; a blob's bytes are added to `blobs` by SHA-256 and its hash returned in `blobSha`.
    static QJsonObject toJson(const FileImageTable& table, const QVariantList& row, QString* blobSha,
                              QHash<QString, QByteArray>* blobs);
    /// The value a JSON value stands for; a blob reference takes its bytes from `blobs` (missing: `ok` false).
    static QVariant fromJson(const QJsonValue& value, const QHash<QString, QByteArray>& blobs, bool* ok);

    /// The columns of the repository's audit row, read from an image.
    struct Summary
    {
        QString uuid;
        QString client;
        QString lead;
        QString auditType;
        QString state;
        QString framework;
        QDate startDate;
        QDate endDate;
        QDate nextDue;
        QString nextDueType;
        qint64 trailSeq = 0;
        QString trailHash;
    };
    static Result<Summary> summarize(const FileImage& image);

    /// The audit `uuid` as the server holds it, as a file image (every row, the trail, the attachments' bytes);
    /// `fileFormat` is the format it was pushed in. Empty optional: no such audit visible to this role.
    static Result<std::optional<FileImage>> readImage(QSqlDatabase db, const QString& uuid, const RepositoryTask& task);

    /// Runs a prepared statement; on failure the message names what was being done and the server's reason.
    static Status exec(QSqlQuery& query, const QString& what);
    static Status exec(QSqlDatabase db, const QString& sql, const QString& what);
    /// The server's words for a failure, without the driver's prefix.
    static QString serverMessage(const QSqlError& error);
    /// A cancel asked for by the caller, as a refusal.
    static Status checkCancel(const RepositoryTask& task);
    static void report(const RepositoryTask& task, const QString& step, qint64 done = 0, qint64 total = 0);
};

} // namespace isoaudit
