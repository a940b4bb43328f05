// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace isoaudit {

/// The whole audit as one JSON document (docs/audit-package.md), lossless both ways: export, import into a new file
/// and export again gives the same bytes. It is written generically over RecordKinds::all(), so new fields and record
/// kinds travel in the package without a change here. Used for backups that a person can read, for moving an audit
/// between machines and versions, and by tests as a canonical dump.
class AuditPackage
{
    Q_DECLARE_TR_FUNCTIONS(AuditPackage)

public:
    /// The package as a JSON object, attachments included (base64).
    static Result<QJsonObject> toJson(const AuditStore& store);
    /// One record as the package writes it (uuid, owner, every field by its package name, links).
    static Result<QJsonObject> recordToJson(const Record& record);
    /// The package as deterministic UTF-8 bytes (indented JSON, keys in alphabetical order).
    static Result<QByteArray> serialize(const AuditStore& store);
    /// Writes the package to a file through QSaveFile: the file is replaced only by a complete package.
    static Status exportToFile(const AuditStore& store, const QString& packagePath);

    /// Fills a freshly created empty store (AuditStore::createEmpty) in ONE store.batch() transaction; returns
    /// warnings (catalog entries the package lacked, which were created with default values). The whole package is
    /// checked before the first write; on failure nothing is written.
    static Result<QStringList> importInto(AuditStore& emptyStore, const QByteArray& json);
    /// Creates/replaces an audit file from a package: builds it under a temporary name next to the target and renames
    /// it into place only when complete. Refuses to overwrite an existing file unless replace==true; on any failure the
    /// existing file is untouched and no temp file remains.
    static Result<std::unique_ptr<AuditStore>> importToFile(const QString& auditPath, const QByteArray& json,
                                                            bool replace, QStringList* warnings = nullptr);
};

} // namespace isoaudit
