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

/// Appends `text` as a JSON string exactly as QJsonDocument's compact form writes it: the quote, the backslash and
/// the control characters escaped (the short escapes where JSON has one, else four hex digits, lower case), a lone
/// surrogate as four hex digits too, everything else as it is.
void appendJsonString(QString& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    auto escapeCode = [&](char16_t u) {
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(u >> shift) & 0xf]);
    };
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x20 || u == u'"' || u == u'\\') {
            switch (u) {
            case u'"':
                out += QLatin1String("\\\"");
                break;
            case u'\\':
                out += QLatin1String("\\\\");
                break;
            case 0x08:
                out += QLatin1String("\\b");
                break;
            case 0x0c:
                out += QLatin1String("\\f");
                break;
            case 0x0a:
                out += QLatin1String("\\n");
                break;
            case 0x0d:
                out += QLatin1String("\\r");
                break;
            case 0x09:
                out += QLatin1String("\\t");
                break;
            default:
                escapeCode(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
        } else if (QChar::isSurrogate(u)) {
            escapeCode(u);
        } else {
            out += text[i];
        }
    }
    out += QLatin1Char('"');
}

void appendJsonStringArray(QString& out, const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(out, list.at(i));
    }
    out += QLatin1Char(']');
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
    // Written by hand (a QJsonObject per record was a sixth of an import's time), character for character what
    // referenceJson() writes: keys in QMap order, which is QJsonObject's, and no spaces.
    QString out;
    out.reserve(256);
    out += QLatin1Char('{');
    bool anyLinks = false;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        out += anyLinks ? QLatin1String(",") : QLatin1String("\"links\":{");
        anyLinks = true;
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        appendJsonStringArray(out, it.value());
    }
    if (anyLinks)
        out += QLatin1String("},");
    out += QLatin1String("\"parent\":");
    appendJsonString(out, state.parent);
    out += QLatin1String(",\"values\":{");
    bool first = true;
    for (auto it = state.values.cbegin(); it != state.values.cend(); ++it) {
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        if (it.value())
            appendJsonString(out, *it.value());
        else
            out += QLatin1String("null");
    }
    out += QLatin1String("}}");
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
