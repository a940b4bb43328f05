// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailState.h"

#include "trail/JsonText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace isoaudit {

namespace {

void appendJsonStringArray(QByteArray& out, const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        JsonText::appendUtf8(out, list.at(i));
    }
    out += ']';
}

QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

QString TrailState::selectSql(const KindInfo& info)
{
    QStringList columns{QStringLiteral("uuid"), info.parentColumn.isEmpty() ? QStringLiteral("''") : info.parentColumn};
    columns << info.columns();
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), info.table);
}

TrailRecordState TrailState::fromRow(const KindInfo& info, const QSqlQuery& query)
{
    TrailRecordState state;
    state.kind = info.table;
    state.parent = query.value(1).toString();
    for (int i = 0; i < info.fields.size(); ++i)
        state.values.insert(info.fields.at(i).column, TrailState::canonical(query.value(2 + i)));
    return state;
}

std::optional<QString> TrailState::canonicalBound(const QVariant& value)
{
    // Text and whole numbers are nearly every value a record binds (an import binds a dozen per row): read them
    // straight, as canonical() would convert them.
    if (value.typeId() == QMetaType::QString) {
        const QString& text = *static_cast<const QString*>(value.constData());
        return text.isNull() ? std::nullopt : std::optional<QString>(text);
    }
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Int)
        return QString::number(*static_cast<const int*>(value.constData()));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return canonical(value);
}

std::optional<QString> TrailState::canonical(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex());
    return value.toString();
}

Result<std::optional<TrailRecordState>> TrailState::read(QSqlDatabase& db, const KindInfo& info, const QString& uuid)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectSql(info) + QStringLiteral(" WHERE uuid = ?"));
    query.addBindValue(uuid);
    if (!query.exec())
        return Error{
            tr("Could not read the %1 for the audit trail: %2").arg(info.displayName, query.lastError().text())};
    std::optional<TrailRecordState> state;
    if (query.next())
        state = fromRow(info, query);
    return state;
}

Result<QMap<QString, TrailRecordState>> TrailState::readAll(QSqlDatabase& db, const KindInfo& info)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectSql(info)))
        return Error{tr("Could not read the %1 records: %2").arg(info.displayName, query.lastError().text())};
    QMap<QString, TrailRecordState> all;
    while (query.next())
        all.insert(query.value(0).toString(), fromRow(info, query));
    return all;
}

Result<QMap<QString, TrailRecordState>> TrailState::readExisting(QSqlDatabase& db, const KindInfo& info)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(info.table)))
        return Error{tr("Could not read the %1 records: %2").arg(info.displayName, query.lastError().text())};
    QSet<QString> existing;
    while (query.next())
        existing.insert(query.value(1).toString());
    KindInfo present = info;
    present.fields.erase(std::remove_if(present.fields.begin(), present.fields.end(),
                                        [&](const FieldInfo& f) { return !existing.contains(f.column); }),
                         present.fields.end());
    return readAll(db, present);
}

Result<TrailLinks> TrailState::readLinks(QSqlDatabase& db, const QString& ownerUuid)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(ownerUuid.isEmpty()
                      ? QStringLiteral("SELECT owner_uuid, kind, target FROM link")
                      : QStringLiteral("SELECT owner_uuid, kind, target FROM link WHERE owner_uuid = ?"));
    if (!ownerUuid.isEmpty())
        query.addBindValue(ownerUuid);
    if (!query.exec())
        return Error{tr("Could not read the links: %1").arg(query.lastError().text())};
    TrailLinks links;
    while (query.next())
        links[query.value(0).toString()][query.value(1).toString()].insert(query.value(2).toString());
    return links;
}

QString TrailState::toJson(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links)
{
    return QString::fromUtf8(toJsonUtf8(state, links));
}

QByteArray TrailState::toJsonUtf8(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links)
{
    // Written by hand (a QJsonObject per record was a sixth of an import's time), byte for byte what referenceJson()
    // writes: keys in QMap order, which is QJsonObject's, and no spaces. UTF-8 from the start: the writer stores and
    // hashes this text as it is.
    QByteArray out;
    out.reserve(512);
    out += '{';
    bool anyLinks = false;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        out += anyLinks ? "," : "\"links\":{";
        anyLinks = true;
        JsonText::appendUtf8(out, it.key());
        out += ':';
        appendJsonStringArray(out, it.value());
    }
    if (anyLinks)
        out += "},";
    out += "\"parent\":";
    JsonText::appendUtf8(out, state.parent);
    out += ",\"values\":{";
    bool first = true;
    for (auto it = state.values.cbegin(); it != state.values.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        JsonText::appendUtf8(out, it.key());
        out += ':';
        if (it.value())
            JsonText::appendUtf8(out, *it.value());
        else
            out += "null";
    }
    out += "}}";
    return out;
}

QString TrailState::referenceJson(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links)
{
    QJsonObject values;
    for (auto it = state.values.cbegin(); it != state.values.cend(); ++it)
        values.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    QJsonObject linkObject;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (!it.value().isEmpty())
            linkObject.insert(it.key(), sortedArray(it.value()));
    }
    QJsonObject o{{"parent", state.parent}, {"values", values}};
    if (!linkObject.isEmpty())
        o.insert(QStringLiteral("links"), linkObject);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool TrailState::fromJson(const QString& json, TrailRecordState* state, QMap<QString, QSet<QString>>* links)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    state->parent = o.value(QLatin1String("parent")).toString();
    state->values.clear();
    const QJsonObject values = o.value(QLatin1String("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        state->values.insert(it.key(), it->isNull() ? std::nullopt : std::optional<QString>(it->toString()));
    links->clear();
    const QJsonObject linkObject = o.value(QLatin1String("links")).toObject();
    for (auto it = linkObject.constBegin(); it != linkObject.constEnd(); ++it) {
        QSet<QString> targets;
        for (const auto& t : it->toArray())
            targets.insert(t.toString());
        links->insert(it.key(), targets);
    }
    return true;
}

QString TrailState::linksToJson(const QStringList& targets)
{
    return QString::fromUtf8(
        QJsonDocument(sortedArray(QSet<QString>(targets.cbegin(), targets.cend()))).toJson(QJsonDocument::Compact));
}

QSet<QString> TrailState::linksFromJson(const QString& json)
{
    QSet<QString> targets;
    for (const auto& t : QJsonDocument::fromJson(json.toUtf8()).array())
        targets.insert(t.toString());
    return targets;
}

} // namespace isoaudit
