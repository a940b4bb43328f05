// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the package tests: a rich audit with records of every kind, built from the RecordKinds metadata so a
// kind or field added later is covered without a change here, and helpers to edit a package by path.

#include "catalog/Catalog.h"
#include "package/AuditPackage.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace packagetest {

using namespace isoaudit;

inline const QString unicodeText = QStringLiteral("æøå ü 日本 \"quoted\" \\ tab\t line\nsecond");

/// A value of the field's type; `full` sets everything, otherwise the sparse form (nulls, empties, first enum).
inline QVariant sampleValue(const FieldInfo& field, bool full, int serial)
{
    switch (field.type) {
    case FieldType::Text:
        return full || field.required ? QStringLiteral("%1 %2 #%3").arg(field.jsonName, unicodeText).arg(serial)
                                      : QString();
    case FieldType::Integer:
        if (!full)
            return QVariant();
        return field.maximum > field.minimum ? field.minimum + (serial % (field.maximum - field.minimum + 1)) : 42;
    case FieldType::Boolean:
        return full;
    case FieldType::Date:
        return full ? QVariant(QStringLiteral("2026-11-%1").arg(10 + serial % 18)) : QVariant();
    case FieldType::DateTime:
        return full ? QVariant(QStringLiteral("2026-11-24T09:%1:00Z").arg(10 + serial % 50)) : QVariant();
    case FieldType::Enum:
        if (!full)
            return QVariant();
        return field.values.last(); // not the first, which is usually the column default
    case FieldType::Json:
        return full ? QStringLiteral(R"([{"from":1,"label":"Låg 日本","to":5.5},{"nested":{"x":[true,null,-3]}}])")
                    : QStringLiteral("[]");
    case FieldType::Blob: {
        if (!full)
            return QByteArray();
        QByteArray bytes;
        for (int i = 0; i < 3000 + serial; ++i)
            bytes.append(char((i * 7 + serial) % 256));
        return bytes;
    }
    }
    return {};
}

/// Fills `values` for every field except the natural key, keeping a blob's stated sha256 and size true.
inline QVariantMap sampleValues(const KindInfo& info, bool full, int serial)
{
    QVariantMap values;
    QByteArray blob;
    for (const auto& field : info.fields) {
        if (field.column == info.naturalKey)
            continue;
        if (!full && field.type == FieldType::Enum && !field.nullable)
            continue; // the column's default (a fixed first value could break a rule such as "one lead")
        values.insert(field.column, sampleValue(field, full, serial));
        if (field.type == FieldType::Blob)
            blob = values.value(field.column).toByteArray();
    }
    for (const auto& field : info.fields) {
        if (field.column == QLatin1String("sha256") && info.field(QStringLiteral("data")))
            values.insert(field.column,
                          full ? QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex())
                               : QString());
        if (field.column == QLatin1String("size") && info.field(QStringLiteral("data")))
            values.insert(field.column, full ? QVariant(int(blob.size())) : QVariant());
    }
    // A method that scores by matrix (the last scoring) needs one whole-number score per pair of its levels (the
    // sample levels are two of each), or the importer rightly refuses it.
    if (full && info.kind == RecordKind::RiskMethod
        && values.value(QStringLiteral("scoring")) == QLatin1String("matrix"))
        values.insert(QStringLiteral("score_matrix"), QStringLiteral("[[1,7],[3,9]]"));
    return values;
}

/// Builds an ISO/IEC 27001 audit with two records of every non-singleton ISO kind (one full, one sparse), every singleton and a few
/// clause/SoA entries filled in, and links of every kind. Returns an error message, or an empty string.
inline QString fillRichAudit(AuditStore& store)
{
    // Fixture data, not an edit: the workflow's guard (which keeps a signed audit unchanged and moves the lifecycle
    // only through its rules) would stop the audit reaching every enum value, such as "signed".
    store.setWriteGuard([](RecordKind, const QStringList&) { return Status(); });
    const Catalog& catalog = Catalog::isoSpecificByNature();
    int serial = 0;
    for (const auto& info : RecordKinds::all()) {
        ++serial;
        // The SOC 2 kinds (file format 7) belong to a SOC 2 engagement only; an ISO/IEC 27001 audit has none, and its
        // package carries none. tests/cli/tst_cli_soc2_sampling.cpp round-trips an engagement with every one of them.
        if (info.kind >= RecordKind::Engagement)
            continue;
        if (info.singleton) {
            auto record = store.singleton(info.kind);
            if (!record)
                return record.error();
            if (auto ok = store.setFields(info.kind, record->uuid, sampleValues(info, true, serial)); !ok)
                return QStringLiteral("%1: %2").arg(info.jsonName, ok.error());
            continue;
        }
        if (!info.naturalKey.isEmpty()) {
            auto records = store.records(info.kind);
            if (!records || records->size() < 3)
                return QStringLiteral("%1: no catalog entries").arg(info.jsonName);
            if (auto ok = store.setFields(info.kind, records->at(1).uuid, sampleValues(info, true, serial)); !ok)
                return QStringLiteral("%1: %2").arg(info.jsonName, ok.error());
            if (auto ok = store.setFields(info.kind, records->at(2).uuid, sampleValues(info, false, serial)); !ok)
                return QStringLiteral("%1: %2").arg(info.jsonName, ok.error());
            continue;
        }
        for (const bool full : {true, false}) {
            Record record{info.kind, {}, {}, sampleValues(info, full, serial++), {}};
            if (!info.parentColumn.isEmpty()) {
                auto parents = store.records(info.parentKind);
                if (!parents || parents->isEmpty())
                    return QStringLiteral("%1: no parent").arg(info.jsonName);
                record.parentUuid = parents->first().uuid;
            }
            for (const auto& link : info.links) {
                QStringList targets;
                if (link.kind == LinkKind::Clause)
                    targets = {catalog.clauses().at(5).id, catalog.clauses().at(1).id};
                else if (link.kind == LinkKind::Control)
                    targets = {QStringLiteral("8.28"), QStringLiteral("5.23"), QStringLiteral("5.3")};
                else if (full) {
                    const auto kind = RecordKinds::fromTable(RecordKinds::linkKindName(link.kind));
                    const auto existing = store.records(*kind);
                    for (const auto& target : existing.value())
                        targets << target.uuid;
                }
                if (full && !targets.isEmpty())
                    record.links.insert(link.kind, targets);
            }
            if (auto ok = store.insert(record); !ok) {
                // Some columns are NOT NULL though the type allows null: let the column's default apply instead.
                for (auto it = record.values.begin(); it != record.values.end();)
                    it = it.value().isNull() && !full ? record.values.erase(it) : std::next(it);
                if (auto retry = store.insert(record); !retry)
                    return QStringLiteral("%1: %2").arg(info.jsonName, retry.error());
            }
        }
    }
    return {};
}

/// Sets (or, with an undefined value, removes) the value at a path such as "risks/0/likelihood".
inline QJsonValue setIn(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = setIn(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = setIn(object.value(key), path, value);
    return object;
}

inline QJsonObject setIn(const QJsonObject& root, const QString& path, const QJsonValue& value)
{
    return setIn(QJsonValue(root), path.split(QLatin1Char('/')), value).toObject();
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The state both package tests share: a temporary folder, new audits in it, and the rich audit's package.
class PackageFixture
{
protected:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QByteArray m_rich; ///< the rich audit's package
    QJsonObject m_richJson;

    QString newPath() { return m_dir.filePath(QStringLiteral("audit%1.isoaudit").arg(++m_counter)); }

    std::unique_ptr<AuditStore> newAudit(const QString& client = QStringLiteral("Nordlys Betalinger ApS"))
    {
        auto store = Lifecycle::create(
            newPath(),
            {client, "stage2", "Mette Højgaard", "Payments platform 日本", QDate(2026, 11, 23), QDate(2026, 11, 26)});
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

    static QByteArray bytes(const QJsonObject& object) { return QJsonDocument(object).toJson(); }

    QStringList dirEntries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QString uuidOf(const QJsonObject& root, const QString& kind, int index)
    {
        return root.value(kind).toArray().at(index).toObject().value("uuid").toString();
    }

    /// Builds the rich audit and serialises it into m_rich / m_richJson; returns what went wrong, or "".
    QString prepareRich()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        auto store = newAudit();
        if (const QString problem = fillRichAudit(*store); !problem.isEmpty())
            return problem;
        auto serialized = AuditPackage::serialize(*store);
        if (!serialized)
            return serialized.error();
        m_rich = serialized.value();
        m_richJson = QJsonDocument::fromJson(m_rich).object();
        return m_richJson.isEmpty() ? QStringLiteral("the rich package is empty") : QString();
    }
};

} // namespace packagetest
