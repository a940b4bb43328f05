// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailState.h"

#include "storage/StatementCache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace isoaudit {

namespace {

QString selectSql(const KindInfo& info)
{
    QStringList columns{QStringLiteral("uuid"), info.parentColumn.isEmpty() ? QStringLiteral("''") : info.parentColumn};
    columns << info.columns();
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), info.table);
}

TrailRecordState fromQuery(const KindInfo& info, const QSqlQuery& query)
{
    TrailRecordState state;
    state.kind = info.table;
    state.parent = query.value(1).toString();
    for (int i = 0; i < info.fields.size(); ++i)
        state.values.insert(info.fields.at(i).column, TrailState::canonical(query.value(2 + i)));
    return state;
}

/// `sql` prepared: from the cache when there is one, else in `local`.
QSqlQuery* preparedQuery(QSqlDatabase& db, const QString& sql, StatementCache* statements,
                         std::optional<QSqlQuery>& local)
{
    if (statements) {
        if (QSqlQuery* cached = statements->prepared(sql))
            return cached;
    }
    local.emplace(db);
    local->setForwardOnly(true);
    local->prepare(sql);
    return &*local;
}

QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

std::optional<QString> TrailState::canonical(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex());
    return value.toString();
}

Result<std::optional<TrailRecordState>> TrailState::read(QSqlDatabase& db, const KindInfo& info, const QString& uuid,
                                                         StatementCache* statements)
{
    std::optional<QSqlQuery> local;
    QSqlQuery* query = preparedQuery(db, selectSql(info) + QStringLiteral(" WHERE uuid = ?"), statements, local);
    query->bindValue(0, uuid);
    if (!query->exec()) {
        const QString why = query->lastError().text();
        StatementCache::release(query);
        return Error{tr("Could not read the %1 for the audit trail: %2").arg(info.displayName, why)};
    }
    std::optional<TrailRecordState> state;
    if (query->next())
        state = fromQuery(info, *query);
    StatementCache::release(query);
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
        all.insert(query.value(0).toString(), fromQuery(info, query));
    return all;
}

Result<TrailLinks> TrailState::readLinks(QSqlDatabase& db, const QString& ownerUuid, StatementCache* statements)
{
    std::optional<QSqlQuery> local;
    QSqlQuery* query = preparedQuery(
        db,
        ownerUuid.isEmpty() ? QStringLiteral("SELECT owner_uuid, kind, target FROM link")
                            : QStringLiteral("SELECT owner_uuid, kind, target FROM link WHERE owner_uuid = ?"),
        ownerUuid.isEmpty() ? nullptr : statements, local);
    if (!ownerUuid.isEmpty())
        query->bindValue(0, ownerUuid);
    if (!query->exec()) {
        const QString why = query->lastError().text();
        StatementCache::release(query);
        return Error{tr("Could not read the links: %1").arg(why)};
    }
    TrailLinks links;
    while (query->next())
        links[query->value(0).toString()][query->value(1).toString()].insert(query->value(2).toString());
    StatementCache::release(query);
    return links;
}

QString TrailState::toJson(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links)
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
