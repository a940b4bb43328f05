// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes/evidence/AttachmentFiles.h"

#include "document/AuditDocument.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>

namespace isoaudit {

QStringList AttachmentFiles::localFiles(const QMimeData* data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

Result<Record> AttachmentFiles::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.isFile())
        return Error{tr("%1 is not a file.").arg(shown)};
    if (info.size() > maximumSize)
        return Error{tr("%1 is %2; files over %3 are not stored in an audit.")
                         .arg(shown, sizeText(info.size()), sizeText(maximumSize))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read %1: %2").arg(shown, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFile::NoError)
        return Error{tr("Could not read %1: %2").arg(shown, file.errorString())};
    Record attachment{RecordKind::Attachment, {}, {}, {}, {}};
    attachment.values = {
        {"file_name", info.fileName()},
        {"mime_type", QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name()},
        {"size", int(bytes.size())},
        {"sha256", QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {"data", bytes},
        {"added_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    return attachment;
}

Status AttachmentFiles::attach(AuditDocument& document, const QString& evidenceUuid, const QStringList& paths)
{
    QList<Record> attachments;
    for (const QString& path : paths) {
        auto attachment = read(path);
        if (!attachment)
            return Error{attachment.error()};
        attachment.value().parentUuid = evidenceUuid;
        attachments << attachment.value();
    }
    if (attachments.isEmpty())
        return {};
    const QString text = attachments.size() == 1
        ? tr("Attach %1").arg(attachments.first().text(QStringLiteral("file_name")))
        : tr("Attach %n files", nullptr, int(attachments.size()));
    return document.macro(text, [&]() -> Status {
        for (const Record& attachment : attachments) {
            if (auto added = document.insertRecord(attachment); !added)
                return Error{added.error()};
        }
        return {};
    });
}

Result<QStringList> AttachmentFiles::addAsEvidence(AuditDocument& document, const QStringList& paths,
                                                   const QString& interviewUuid, const QString& collectedBy)
{
    QList<Record> attachments;
    for (const QString& path : paths) {
        auto attachment = read(path);
        if (!attachment)
            return Error{attachment.error()};
        attachments << attachment.value();
    }
    QStringList created;
    if (attachments.isEmpty())
        return created;
    const QString text = attachments.size() == 1
        ? tr("Add evidence %1").arg(attachments.first().text(QStringLiteral("file_name")))
        : tr("Add %n files as evidence", nullptr, int(attachments.size()));
    const Status done = document.macro(text, [&]() -> Status {
        for (Record attachment : attachments) {
            Record evidence{RecordKind::Evidence, {}, {}, {}, {}};
            evidence.values = {{"kind", QStringLiteral("document")},
                               {"title", attachment.text(QStringLiteral("file_name"))},
                               {"collected_on", QDate::currentDate().toString(Qt::ISODate)},
                               {"collected_by", collectedBy}};
            if (!interviewUuid.isEmpty())
                evidence.links.insert(LinkKind::Interview, {interviewUuid});
            auto evidenceUuid = document.insertRecord(evidence);
            if (!evidenceUuid)
                return Error{evidenceUuid.error()};
            attachment.parentUuid = evidenceUuid.value();
            if (auto added = document.insertRecord(attachment); !added)
                return Error{added.error()};
            created << evidenceUuid.value();
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return created;
}

Status AttachmentFiles::exportTo(const AuditStore& store, const QString& attachmentUuid, const QString& path)
{
    auto bytes = store.attachmentData(attachmentUuid);
    if (!bytes)
        return Error{bytes.error()};
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(shown, file.errorString())};
    if (file.write(bytes.value()) != bytes->size()) {
        file.cancelWriting();
        return Error{tr("Could not write %1: %2").arg(shown, file.errorString())};
    }
    if (!file.commit())
        return Error{tr("Could not write %1: %2").arg(shown, file.errorString())};
    return {};
}

Result<QString> AttachmentFiles::temporaryCopy(const AuditStore& store, const QString& attachmentUuid)
{
    auto attachment = store.record(RecordKind::Attachment, attachmentUuid);
    if (!attachment)
        return Error{attachment.error()};
    // One folder per attachment, so two files of the same name never overwrite each other.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + QStringLiteral("/isoaudit-attachments/") + attachmentUuid;
    if (!QDir().mkpath(folder))
        return Error{tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    QString name = QFileInfo(attachment->text(QStringLiteral("file_name"))).fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    const QString path = folder + QLatin1Char('/') + name;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // a copy left by an earlier opening
    if (auto written = exportTo(store, attachmentUuid, path); !written)
        return Error{written.error()};
    QFile::setPermissions(path, QFile::ReadOwner); // a copy to look at; edits belong in a new attachment
    return path;
}

QString AttachmentFiles::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace isoaudit
