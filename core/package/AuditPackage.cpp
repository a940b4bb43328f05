// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/AuditPackage.h"

#include "package/PackageReader.h"
#include "package/PackageRows.h"
#include "workflow/Lifecycle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace isoaudit {

namespace {

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Result<QJsonValue> fieldToJson(const KindInfo& info, const FieldInfo& field, const QVariant& value)
{
    const bool isNull = !value.isValid() || value.isNull();
    switch (field.type) {
    case FieldType::Text:
        return QJsonValue(value.toString());
    case FieldType::Integer:
        return isNull ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toInt());
    case FieldType::Boolean:
        return QJsonValue(value.toBool());
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Enum:
        return isNull ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    case FieldType::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || (!document.isArray() && !document.isObject()))
            return Error{AuditPackage::tr("The %1's %2 in this audit file is not a JSON array or object; it cannot be "
                                          "exported.")
                             .arg(info.displayName, field.jsonName)};
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    case FieldType::Blob:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    }
    return QJsonValue();
}

Result<QJsonObject> recordObject(const KindInfo& info, const Record& record)
{
    QJsonObject object{{QStringLiteral("uuid"), record.uuid}};
    if (!info.parentColumn.isEmpty())
        object.insert(info.parentJsonName, record.parentUuid);
    for (const auto& field : info.fields) {
        auto value = fieldToJson(info, field, record.values.value(field.column));
        if (!value)
            return Error{value.error()};
        object.insert(field.jsonName, value.value());
    }
    for (const auto& link : info.links)
        object.insert(link.jsonName, QJsonArray::fromStringList(record.linked(link.kind)));
    return object;
}

/// Writes validated records into an empty store in one transaction; a refusal names the record's JSON path.
Result<QStringList> fill(AuditStore& store, const PackageContents& contents)
{
    for (const auto& info : RecordKinds::all()) {
        auto count = store.count(info.kind);
        if (!count)
            return Error{count.error()};
        if (count.value() > 0)
            return Error{AuditPackage::tr("%1 is not empty; a package can only be imported into a new audit file.")
                             .arg(nativeName(store.path()))};
    }
    const Status done = store.batch([&]() -> Status {
        for (qsizetype i = 0; i < contents.records.size(); ++i) {
            const Record& record = contents.records.at(i);
            if (record.kind == RecordKind::Population) { // with its frozen rows, checked when the package was read
                if (auto ok = PackageRows::insert(store, record, contents.populationRows.value(record.uuid)); !ok)
                    return Error{
                        PackageReader::oneLine(QStringLiteral("%1: %2").arg(contents.paths.at(i), ok.error()))};
                continue;
            }
            if (auto inserted = store.insert(record); !inserted)
                return Error{
                    PackageReader::oneLine(QStringLiteral("%1: %2").arg(contents.paths.at(i), inserted.error()))};
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return contents.warnings;
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/// Renames over an existing file in one step (POSIX rename / MoveFileEx), which QFile::rename does not do.
Status replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error)
        return Error{AuditPackage::tr("Could not move the imported audit into place as %1: %2.")
                         .arg(nativeName(to), QString::fromStdString(error.message()))};
    return {};
}

} // namespace

Result<QJsonObject> AuditPackage::recordToJson(const Record& record)
{
    return recordObject(RecordKinds::info(record.kind), record);
}

Result<QJsonObject> AuditPackage::toJson(const AuditStore& store)
{
    QJsonObject root{{QStringLiteral("format"), PackageReader::formatName()},
                     {QStringLiteral("version"), PackageReader::formatVersion}};
    for (const auto& info : RecordKinds::all()) {
        auto records = store.records(info.kind, {}, AuditStore::Blobs::Load);
        if (!records)
            return Error{records.error()};
        if (info.singleton) {
            // A SOC 2 engagement has no certification programme, an ISO/IEC 27001 audit no engagement: left out.
            if (records->isEmpty() && info.kind != RecordKind::Audit)
                continue;
            if (records->isEmpty())
                return Error{tr("The audit file %1 has no %2 record; it is incomplete.")
                                 .arg(nativeName(store.path()), info.displayName)};
            auto object = recordObject(info, records->first());
            if (!object)
                return Error{object.error()};
            root.insert(info.jsonName, object.value());
            continue;
        }
        QJsonArray array;
        for (const auto& record : records.value()) {
            auto object = recordObject(info, record);
            if (!object)
                return Error{object.error()};
            if (info.kind == RecordKind::Population) { // a population travels with its frozen rows
                auto rows = PackageRows::toJson(store, record.uuid);
                if (!rows)
                    return Error{rows.error()};
                object.value().insert(QStringLiteral("rows"), rows.value());
            }
            array.append(object.value());
        }
        root.insert(info.jsonName, array);
    }
    return root;
}

Result<QByteArray> AuditPackage::serialize(const AuditStore& store)
{
    auto root = toJson(store);
    if (!root)
        return Error{root.error()};
    return QJsonDocument(root.value()).toJson(QJsonDocument::Indented);
}

Status AuditPackage::exportToFile(const AuditStore& store, const QString& packagePath)
{
    auto bytes = serialize(store);
    if (!bytes)
        return Error{bytes.error()};
    QSaveFile file(packagePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2.").arg(nativeName(packagePath), file.errorString())};
    if (file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error{tr("Could not write %1: %2.").arg(nativeName(packagePath), file.errorString())};
    return {};
}

Result<QStringList> AuditPackage::importInto(AuditStore& emptyStore, const QByteArray& json)
{
    auto contents = PackageReader::read(json);
    if (!contents)
        return Error{contents.error()};
    return fill(emptyStore, contents.value());
}

Result<std::unique_ptr<AuditStore>> AuditPackage::importToFile(const QString& auditPath, const QByteArray& json,
                                                               bool replace, QStringList* warnings)
{
    const QFileInfo target(auditPath);
    if (target.exists() || target.isSymLink()) {
        if (target.isDir())
            return Error{tr("%1 is a folder, not an audit file.").arg(nativeName(auditPath))};
        if (!replace)
            return Error{tr("%1 already exists; it is replaced only when you ask for that explicitly.")
                             .arg(nativeName(auditPath))};
        // A non-empty write-ahead log beside the file holds changes not yet written into it (the file is open, or
        // was not closed cleanly); SQLite would apply it to the new file, so refuse rather than corrupt it. An empty
        // log, as a read-only open leaves behind, is harmless.
        if (QFileInfo(auditPath + QStringLiteral("-wal")).size() > 0)
            return Error{tr("%1 is open in IsoAudit or was not closed cleanly; close it (or open and close it once), "
                            "then import again.")
                             .arg(nativeName(auditPath))};
    }
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Error{tr("The folder %1 does not exist.").arg(nativeName(folder.path()))};

    auto contents = PackageReader::read(json);
    if (!contents)
        return Error{contents.error()};

    const QString partial = folder.filePath(
        QStringLiteral(".%1.%2.importing").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QStringList found;
    {
        auto created = AuditStore::createEmpty(partial);
        if (!created) {
            removeDatabaseFiles(partial);
            return Error{tr("Could not create %1: %2").arg(nativeName(auditPath), created.error())};
        }
        auto filled = fill(*created.value(), contents.value());
        // A self-contained file (no write-ahead log) is what gets renamed; IsoAudit returns it to WAL on open.
        const Status closed = filled ? created.value()->leaveWriteAheadLog() : Status();
        created.value().reset();
        if (!filled || !closed) {
            removeDatabaseFiles(partial);
            return Error{filled ? closed.error() : filled.error()};
        }
        found = filled.value();
    }
    if (QFileInfo::exists(partial + QStringLiteral("-wal"))) {
        removeDatabaseFiles(partial);
        return Error{tr("Could not finish %1: the database log was not written back.").arg(nativeName(auditPath))};
    }
    if (target.exists())
        QFile::setPermissions(partial, QFile::permissions(auditPath));
    if (auto moved = replaceFile(partial, auditPath); !moved) {
        removeDatabaseFiles(partial);
        return Error{moved.error()};
    }
    if (warnings)
        *warnings = found;
    return Lifecycle::open(auditPath); // the imported audit is opened for editing, with the workflow's guard
}

} // namespace isoaudit
