// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace isoaudit {

class AuditStore;

/// Every row of one table of an audit file, as SQLite holds it (integers, reals, text, blobs, nulls).
struct FileImageTable
{
    QString name;
    QStringList columns; ///< in the table's order, after "rowid" for a rowid table (creation order is kept)
    QStringList keyColumns; ///< the primary key's columns (a rowid table without one: empty)
    QList<QVariantList> rows; ///< in key order

    /// The row's primary key as one text (its key columns' values joined by U+001F).
    QString key(const QVariantList& row) const;
    int columnIndex(const QString& column) const { return int(columns.indexOf(column)); }
};

/// The raw door into an audit file for the central repository (core/repository, docs/repository.md): every row of
/// every audit table, read as it is (records of every kind, links, the trail with its hashes, population rows,
/// attachments with their bytes), and a new file written from such an image that is the SAME audit: the same
/// records, links and trail entry for entry, so a file pulled from the server and the server share the trail's
/// prefix and a merge finds its base. The package (core/package) cannot serve here: it does not carry the trail.
/// The bookkeeping of file format 8 (team_origin, team_copy, repository_link) belongs to one file, not to the audit,
/// and is left out.
class FileImage
{
    Q_DECLARE_TR_FUNCTIONS(FileImage)

public:
    int schemaVersion = 0;
    QList<FileImageTable> tables; ///< in the schema's creation order

    /// Reads every audit table of the store's file in one read transaction.
    static Result<FileImage> read(const AuditStore& store);
    /// Writes a new audit file at `path` (refused if it exists): the schema, then every row with raw INSERTs in one
    /// transaction, under a temporary name; the trail is verified (AuditTrail::verify) and only then is the file
    /// renamed into place. The image must be of this build's schema version.
    Status write(const QString& path) const;

    const FileImageTable* table(const QString& name) const;
    /// The tables that are bookkeeping of one file rather than the audit.
    static const QStringList& localTables();
};

} // namespace isoaudit
