// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageReader.h"

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "domain/Outcomes.h"
#include "domain/RiskMethod.h"
#include "package/PackageRows.h"
#include "soc2/Engagement.h"
#include "storage/AuditStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <climits>
#include <cmath>

namespace isoaudit {

namespace {

const QString uuidKey = QStringLiteral("uuid");

/// The catalog item a natural key names: a clause for clause assessments, an Annex A control otherwise.
bool isClauseKind(RecordKind kind)
{
    return kind == RecordKind::ClauseAssessment;
}

/// The kinds whose natural key is a catalog id (clause or Annex A control), one row per catalog item.
bool isCatalogKind(RecordKind kind)
{
    return kind == RecordKind::ClauseAssessment || kind == RecordKind::SoaEntry;
}

/// Whether the package's audit (read first) is a SOC 2 engagement.
bool isSoc2(const PackageContents& contents)
{
    return !contents.records.isEmpty() && Engagement::isEngagement(contents.records.first());
}

QStringList catalogIds(RecordKind kind)
{
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QStringList ids;
    for (const auto& item : isClauseKind(kind) ? catalog.clauses() : catalog.controls())
        ids << item.id;
    return ids;
}

} // namespace

QString PackageReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        QString text = oneLine(value.toString());
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString PackageReader::oneLine(const QString& message)
{
    QString line;
    line.reserve(message.size());
    for (const QChar c : message) {
        if (c == QLatin1Char('\n'))
            line += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            line += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            line += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph)
            line += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            line += c;
    }
    constexpr int limit = 400;
    if (line.size() > limit)
        line = line.left(limit / 2) + QStringLiteral(" ... ") + line.right(limit / 2);
    return line;
}

Result<PackageContents> PackageReader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("malformed JSON at offset %1: %2.").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{tr("not an IsoAudit package (it is a JSON array, not an object with \"format\": \"%1\").")
                         .arg(formatName())};
    PackageReader reader;
    if (auto ok = reader.readRoot(document.object()); !ok)
        return Error{oneLine(ok.error())};
    return std::move(reader.m_contents);
}

Status PackageReader::readRoot(const QJsonObject& root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return Error{tr("not an IsoAudit package (it has no \"format\"; expected \"%1\").").arg(formatName())};
    if (format.toString() != formatName() || !format.isString())
        return Error{
            tr("not an IsoAudit package (format is %1, expected \"%2\").").arg(describe(format), formatName())};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return Error{tr("the package has no \"version\".")};
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number))
        return Error{tr("version must be a whole number, not %1.").arg(describe(version))};
    if (number < oldestVersion || number > formatVersion)
        return Error{tr("version %1 is not supported (this IsoAudit reads versions %2 to %3).")
                         .arg(describe(version))
                         .arg(oldestVersion)
                         .arg(formatVersion)};
    m_version = int(number);

    QStringList known{QStringLiteral("format"), QStringLiteral("version")};
    for (const auto& info : RecordKinds::all())
        known << info.jsonName;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{tr("%1: unknown key at the top level of the package; the keys are: %2.")
                             .arg(it.key(), known.join(QLatin1String(", ")))};
    }
    for (const auto& info : RecordKinds::all()) {
        if (auto ok = readKind(info, root.value(info.jsonName)); !ok)
            return ok;
    }
    if (m_version < 2)
        addOwnProgrammeRow();
    return {};
}

/// A version 1 package predates the programme: the audit gets its own row in it, as a new audit does.
void PackageReader::addOwnProgrammeRow()
{
    for (const Record& record : std::as_const(m_contents.records)) {
        if (record.kind != RecordKind::Audit)
            continue;
        Record own{RecordKind::ProgrammeAudit, {}, {}, {}, {}};
        own.values = {{QStringLiteral("audit_type"), record.values.value(QStringLiteral("audit_type"))},
                      {QStringLiteral("status"), QStringLiteral("current")},
                      {QStringLiteral("audit_uuid"), record.uuid},
                      {QStringLiteral("cycle"), 1}};
        add(own, QStringLiteral("programmeAudits"));
        return;
    }
}

Status PackageReader::readKind(const KindInfo& info, const QJsonValue& value)
{
    if (info.singleton) {
        if (!value.isUndefined())
            return readRecord(info, value, info.jsonName);
        // Every file needs its audit row; other singletons can start from their column defaults.
        if (info.kind == RecordKind::Audit)
            return Error{tr("the package has no \"%1\".").arg(info.jsonName)};
        // The engagement exists only in a SOC 2 engagement, the programme only in an ISO/IEC 27001 audit.
        if (info.kind == RecordKind::Engagement || (info.kind == RecordKind::Programme && isSoc2(m_contents)))
            return {};
        add({info.kind, {}, {}, {}, {}}, info.jsonName);
        if (info.kind == RecordKind::Programme && m_version < 2)
            return {}; // version 1 had no programme: nothing is missing
        m_contents.warnings
            << tr("%1 is missing from the package; it was created with default values.").arg(info.jsonName);
        return {};
    }
    m_keyPaths.clear();
    if (!value.isUndefined()) {
        if (!value.isArray())
            return Error{tr("%1 must be an array, not %2.").arg(info.jsonName, describe(value))};
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto ok = readRecord(info, array.at(i), QStringLiteral("%1[%2]").arg(info.jsonName).arg(i)); !ok)
                return ok;
        }
    }
    // A SOC 2 service control's ref is the client's, not a catalog id; a SOC 2 engagement has no clauses or SoA.
    if (isCatalogKind(info.kind) && !isSoc2(m_contents))
        addMissingCatalogItems(info);
    return {};
}

Status PackageReader::readRecord(const KindInfo& info, const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return Error{tr("%1 must be an object, not %2.").arg(path, describe(value))};
    const QJsonObject object = value.toObject();

    QStringList known{uuidKey};
    if (!info.parentColumn.isEmpty())
        known << info.parentJsonName;
    for (const auto& field : info.fields)
        known << field.jsonName;
    for (const auto& link : info.links)
        known << link.jsonName;
    const QString rowsKey = QStringLiteral("rows");
    if (info.kind == RecordKind::Population && m_version >= 3)
        known << rowsKey;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{tr("%1.%2: unknown key; a %3 has: %4.")
                             .arg(path, it.key(), info.displayName, known.join(QLatin1String(", ")))};
    }

    Record record{info.kind, {}, {}, {}, {}};
    if (auto ok = readUuid(object, path, record); !ok)
        return ok;
    if (auto ok = readParent(info, object, path, record); !ok)
        return ok;
    for (const auto& field : info.fields) {
        if (auto ok = readField(info, field, object.value(field.jsonName), path, record); !ok)
            return ok;
    }
    for (const auto& link : info.links) {
        if (auto ok = readLinks(link, object.value(link.jsonName), path, record); !ok)
            return ok;
    }
    if (auto ok = checkNaturalKey(info, record, path); !ok)
        return ok;
    if (auto ok = checkBlobIntegrity(info, record, path); !ok)
        return ok;
    if (info.kind == RecordKind::Population) {
        const QJsonValue rows = object.value(rowsKey);
        if (!rows.isArray())
            return Error{tr("%1.rows must be the population's rows (an array), not %2.").arg(path, describe(rows))};
        if (auto ok = PackageRows::check(record, rows.toArray(), path); !ok)
            return ok;
        m_contents.populationRows.insert(record.uuid, rows.toArray());
    }
    if (info.kind == RecordKind::Audit)
        adaptOutcome(record, path);
    if (info.kind == RecordKind::RiskMethod) {
        // A matrix that does not fit the method's levels would score risks at random: refused before anything is
        // written. A package without `scoring` (before format 5) scores as the product, as those files did.
        if (auto usable = RiskMethod::fromRecord(record).validateScoring(); !usable)
            return Error{QStringLiteral("%1.%2: %3").arg(path, QStringLiteral("scoreMatrix"), usable.error())};
    }
    add(std::move(record), path);
    return {};
}

void PackageReader::adaptOutcome(Record& audit, const QString& path)
{
    // A package written before file format 5 holds the three certification ids whatever the audit type; each
    // type now concludes in its own words (core/domain/Outcomes.h). The outcome of the same tier is meant.
    const QString type = audit.text(QStringLiteral("audit_type")).isEmpty() ? QStringLiteral("stage2")
                                                                            : audit.text(QStringLiteral("audit_type"));
    const QString outcome = audit.text(QStringLiteral("recommendation"));
    if (outcome.isEmpty() || Outcomes::fits(type, outcome))
        return;
    const QString adapted = Outcomes::adapt(type, outcome);
    audit.values.insert(QStringLiteral("recommendation"), adapted);
    m_contents.warnings << tr("%1.recommendation: \"%2\" is not an outcome of a %3 audit; read as \"%4\".")
                               .arg(path, outcome, type, adapted);
}

Status PackageReader::readUuid(const QJsonObject& object, const QString& path, Record& record)
{
    const QJsonValue value = object.value(uuidKey);
    if (value.isUndefined())
        return Error{tr("%1.uuid is missing.").arg(path)};
    if (!value.isString())
        return Error{tr("%1.uuid must be a string, not %2.").arg(path, describe(value))};
    const QString uuid = value.toString();
    if (uuid.size() != 36 || QUuid::fromString(uuid).isNull())
        return Error{tr("%1.uuid: %2 is not a UUID.").arg(path, describe(value))};
    if (const auto it = m_uuidIndex.constFind(uuid); it != m_uuidIndex.cend())
        return Error{tr("%1.uuid: \"%2\" is already used by %3.").arg(path, uuid, m_contents.paths.at(it.value()))};
    record.uuid = uuid;
    return {};
}

Status PackageReader::readParent(const KindInfo& info, const QJsonObject& object, const QString& path, Record& record)
{
    if (info.parentColumn.isEmpty())
        return {};
    const QString where = path + QLatin1Char('.') + info.parentJsonName;
    const QJsonValue value = object.value(info.parentJsonName);
    if (value.isUndefined())
        return Error{tr("%1 is missing.").arg(where)};
    if (!value.isString())
        return Error{tr("%1 must be a string, not %2.").arg(where, describe(value))};
    const QString parent = value.toString();
    const auto it = m_uuidIndex.constFind(parent);
    const KindInfo& parentInfo = RecordKinds::info(info.parentKind);
    if (it == m_uuidIndex.cend() || m_contents.records.at(it.value()).kind != info.parentKind)
        return Error{tr("%1: no %2 with uuid %3.").arg(where, parentInfo.displayName, describe(value))};
    record.parentUuid = parent;
    return {};
}

Status PackageReader::readField(const KindInfo& info, const FieldInfo& field, const QJsonValue& value,
                                const QString& path, Record& record)
{
    const QString where = path + QLatin1Char('.') + field.jsonName;
    if (value.isUndefined()) {
        // An absent field takes its column's default, so packages written before a field existed still import.
        if (field.required)
            return Error{tr("%1 is missing.").arg(where)};
        return {};
    }
    QVariant raw;
    switch (field.type) {
    case FieldType::Text:
        if (!value.isString())
            return Error{tr("%1 must be a string, not %2.").arg(where, describe(value))};
        raw = value.toString();
        break;
    case FieldType::Integer:
        if (!value.isNull()) {
            const double d = value.toDouble();
            if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(INT_MIN)
                || d > double(INT_MAX))
                return Error{tr("%1 must be a whole number or null, not %2.").arg(where, describe(value))};
            raw = int(d);
        }
        break;
    case FieldType::Boolean:
        if (!value.isBool())
            return Error{tr("%1 must be true or false, not %2.").arg(where, describe(value))};
        raw = value.toBool();
        break;
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Enum:
        if (!value.isNull() && !value.isString())
            return Error{tr("%1 must be a string or null, not %2.").arg(where, describe(value))};
        if (value.isString())
            raw = value.toString();
        break;
    case FieldType::Json:
        if (value.isArray())
            raw = QVariant(value.toArray());
        else if (value.isObject())
            raw = QVariant(value.toObject());
        else
            return Error{tr("%1 must be a JSON array or object, not %2.").arg(where, describe(value))};
        break;
    case FieldType::Blob: {
        if (!value.isString())
            return Error{tr("%1 must be a base64 string, not %2.").arg(where, describe(value))};
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error{tr("%1 is not valid base64.").arg(where)};
        raw = decoded.decoded;
        break;
    }
    }
    // normalize() names the value "<displayName>.<jsonName>"; giving it the path as the name puts the JSON path
    // at the front of its messages: "risks[3].likelihood must be between 1 and 10, not 12."
    KindInfo named = info;
    named.displayName = path;
    auto normalized = AuditStore::normalize(named, field, raw);
    if (!normalized)
        return Error{normalized.error()};
    record.values.insert(field.column, normalized.value());
    return {};
}

Status PackageReader::readLinks(const LinkInfo& link, const QJsonValue& value, const QString& path, Record& record)
{
    const QString where = path + QLatin1Char('.') + link.jsonName;
    if (value.isUndefined())
        return {}; // no links of this kind
    if (!value.isArray())
        return Error{tr("%1 must be an array of strings, not %2.").arg(where, describe(value))};
    const QJsonArray array = value.toArray();
    const Catalog& catalog = Catalog::isoSpecificByNature();
    const auto targetKind = RecordKinds::fromTable(RecordKinds::linkKindName(link.kind));
    QStringList targets;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonValue target = array.at(i);
        if (!target.isString())
            return Error{tr("%1 must be a string, not %2.").arg(item, describe(target))};
        const QString id = target.toString();
        if (targets.contains(id))
            return Error{tr("%1: %2 is listed twice.").arg(item, describe(target))};
        if (link.kind == LinkKind::Clause && !catalog.clause(id))
            return Error{tr("%1: %2 is not a clause of %3.").arg(item, describe(target), catalog.frameworkName())};
        if (link.kind == LinkKind::Control && !catalog.control(id))
            return Error{
                tr("%1: %2 is not an Annex A control of %3.").arg(item, describe(target), catalog.frameworkName())};
        if (link.kind == LinkKind::Criterion) {
            const Catalog* criteria = Catalogs::find(Catalogs::soc2FrameworkId());
            if (!criteria || !criteria->criterion(id))
                return Error{tr("%1: %2 is not a Trust Services Criterion.").arg(item, describe(target))};
        }
        if (RecordKinds::linkTargetsRecord(link.kind)) {
            const auto found = m_uuidIndex.constFind(id);
            if (!targetKind || found == m_uuidIndex.cend() || m_contents.records.at(found.value()).kind != *targetKind)
                return Error{
                    tr("%1: no %2 with uuid %3.").arg(item, RecordKinds::linkKindName(link.kind), describe(target))};
        }
        targets << id;
    }
    if (!targets.isEmpty())
        record.links.insert(link.kind, targets);
    return {};
}

Status PackageReader::checkNaturalKey(const KindInfo& info, const Record& record, const QString& path)
{
    if (info.naturalKey.isEmpty())
        return {};
    const FieldInfo* field = info.field(info.naturalKey);
    const QString where = path + QLatin1Char('.') + (field ? field->jsonName : info.naturalKey);
    const QString key = record.text(info.naturalKey);
    const Catalog& catalog = Catalog::isoSpecificByNature();
    if (!isCatalogKind(info.kind)) {
        if (const auto it = m_keyPaths.constFind(key); it != m_keyPaths.cend())
            return Error{tr("%1: \"%2\" is already in %3; each may appear only once.").arg(where, key, it.value())};
        m_keyPaths.insert(key, path);
        return {};
    }
    if (isClauseKind(info.kind) && !catalog.clause(key))
        return Error{tr("%1: \"%2\" is not a clause of %3.").arg(where, key, catalog.frameworkName())};
    if (!isClauseKind(info.kind) && !catalog.control(key))
        return Error{tr("%1: \"%2\" is not an Annex A control of %3.").arg(where, key, catalog.frameworkName())};
    if (const auto it = m_keyPaths.constFind(key); it != m_keyPaths.cend())
        return Error{tr("%1: \"%2\" is already in %3; each may appear only once.").arg(where, key, it.value())};
    m_keyPaths.insert(key, path);
    return {};
}

Status PackageReader::checkBlobIntegrity(const KindInfo& info, const Record& record, const QString& path)
{
    const FieldInfo* blob = nullptr;
    for (const auto& field : info.fields) {
        if (field.type == FieldType::Blob)
            blob = &field;
    }
    if (!blob)
        return {};
    const QByteArray data = record.values.value(blob->column).toByteArray();
    const FieldInfo* hash = info.field(QStringLiteral("sha256"));
    if (hash && record.values.contains(hash->column) && !record.text(hash->column).isEmpty()) {
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (record.text(hash->column).compare(actual, Qt::CaseInsensitive) != 0)
            return Error{tr("%1.%2 does not match its %3 (the SHA-256 of the %3 is %4).")
                             .arg(path, hash->jsonName, blob->jsonName, actual)};
    }
    const FieldInfo* size = info.field(QStringLiteral("size"));
    if (size && size->type == FieldType::Integer) {
        const auto stated = record.integer(size->column);
        if (stated && *stated != data.size())
            return Error{tr("%1.%2 is %3, but its %4 has %5 bytes.")
                             .arg(path, size->jsonName)
                             .arg(*stated)
                             .arg(blob->jsonName)
                             .arg(data.size())};
    }
    return {};
}

void PackageReader::addMissingCatalogItems(const KindInfo& info)
{
    QStringList missing;
    for (const QString& id : catalogIds(info.kind)) {
        if (m_keyPaths.contains(id))
            continue;
        missing << id;
        add({info.kind, {}, {}, {{info.naturalKey, id}}, {}}, QStringLiteral("%1 (%2)").arg(info.jsonName, id));
    }
    if (!missing.isEmpty())
        m_contents.warnings << tr("%1: the package has no entry for %2; added with default values.")
                                   .arg(info.jsonName, missing.join(QLatin1String(", ")));
}

void PackageReader::add(Record record, const QString& path)
{
    if (!record.uuid.isEmpty())
        m_uuidIndex.insert(record.uuid, int(m_contents.records.size()));
    m_contents.records.append(std::move(record));
    m_contents.paths.append(path);
}

} // namespace isoaudit
