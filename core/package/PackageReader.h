// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace isoaudit {

/// A package read and checked in full, before anything is written: the records in insertion order (the order of
/// RecordKinds::all(), which is dependency order), the JSON path of each for messages, and what was filled in.
struct PackageContents
{
    QList<Record> records;
    QStringList paths; ///< paths.at(i) names records.at(i) in messages: "risks[3]", "audit"
    QStringList warnings;
    /// Version 3: each SOC 2 population's frozen rows by the population's uuid, checked against its record.
    QHash<QString, QJsonArray> populationRows;
};

/// Reads an audit package (docs/audit-package.md) into records. It is driven entirely by the RecordKinds metadata,
/// so a new field or record kind is read without a change here. It is strict: a wrong type, an unknown key, a value
/// out of range, a dangling link or a duplicate is refused with one message that starts with its JSON path, such as
/// `risks[3].likelihood must be between 1 and 10, not 12.` Hostile input always gets a message, never a crash.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    /// The version this build writes. Version 2 (file format 6) adds the programme, its audits, the earlier
    /// nonconformities an audit verifies and the meetings; version 3 (file format 7) the SOC 2 engagement's records
    /// and each population's frozen rows ("rows"); versions 1 and 2 still read.
    static constexpr int formatVersion = 3;
    static constexpr int oldestVersion = 1;
    static QString formatName() { return QStringLiteral("isoaudit-package"); }

    static Result<PackageContents> read(const QByteArray& json);

    /// Short description of a JSON value for messages: `"text"`, `12`, `null`, `an array`.
    static QString describe(const QJsonValue& value);
    /// A message as one line of reasonable length: control characters escaped, an overlong middle elided, so a
    /// hostile value cannot spread a message over many lines (the CLI prints one line per failure).
    static QString oneLine(const QString& message);

private:
    PackageReader() = default;

    Status readRoot(const QJsonObject& root);
    Status readKind(const KindInfo& info, const QJsonValue& value);
    Status readRecord(const KindInfo& info, const QJsonValue& value, const QString& path);
    void adaptOutcome(Record& audit, const QString& path);
    Status readUuid(const QJsonObject& object, const QString& path, Record& record);
    Status readParent(const KindInfo& info, const QJsonObject& object, const QString& path, Record& record);
    Status readField(const KindInfo& info, const FieldInfo& field, const QJsonValue& value, const QString& path,
                     Record& record);
    Status readLinks(const LinkInfo& link, const QJsonValue& value, const QString& path, Record& record);
    Status checkNaturalKey(const KindInfo& info, const Record& record, const QString& path);
    Status checkBlobIntegrity(const KindInfo& info, const Record& record, const QString& path);
    void addMissingCatalogItems(const KindInfo& info);
    void add(Record record, const QString& path);
    void addOwnProgrammeRow();

    int m_version = formatVersion;

    PackageContents m_contents;
    QHash<QString, int> m_uuidIndex; ///< uuid -> index in m_contents.records
    QHash<QString, QString> m_keyPaths; ///< natural key of the kind being read -> path of the record that has it
};

} // namespace isoaudit
