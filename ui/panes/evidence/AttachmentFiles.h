// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace isoaudit {

class AuditDocument;
class AuditStore;

/// Files going into and out of the audit file: reading a file into an attachment record (bytes, size, MIME type,
/// SHA-256), adding files as evidence in one undo step, and writing an attachment back out through QSaveFile.
/// Every file is read before anything is written, so a file that cannot be read changes nothing.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFiles)

public:
    /// Largest file stored in an audit (the whole audit file is mailed and archived).
    static constexpr qint64 maximumSize = 200 * 1024 * 1024;

    /// The local files among dropped or pasted data.
    static QStringList localFiles(const QMimeData* data);
    /// An attachment record (no parent yet) with the file's bytes, name, size, MIME type and SHA-256.
    static Result<Record> read(const QString& path);
    /// Attaches files to an existing evidence record: one undo step for all of them.
    static Status attach(AuditDocument& document, const QString& evidenceUuid, const QStringList& paths);
    /// One evidence record of kind document per file, each with its attachment and linked to the interview, all in
    /// one undo step. Returns the new evidence uuids.
    static Result<QStringList> addAsEvidence(AuditDocument& document, const QStringList& paths,
                                             const QString& interviewUuid, const QString& collectedBy);
    /// Writes an attachment's bytes to `path` (QSaveFile: the target is replaced only when complete).
    static Status exportTo(const AuditStore& store, const QString& attachmentUuid, const QString& path);
    /// Writes a read-only copy in a private temporary folder and returns its path, for opening in another program.
    static Result<QString> temporaryCopy(const AuditStore& store, const QString& attachmentUuid);
    /// "2.4 MB"
    static QString sizeText(qint64 bytes);
};

} // namespace isoaudit
