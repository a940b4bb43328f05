// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace isoaudit {

/// A record as the trail sees it: its table, owner and every column as canonical text (null stays null, a blob
/// is "sha256:<hex>"). The writer records it, the verifier rebuilds it from the entries and compares.
struct TrailRecordState
{
    QString kind; ///< table name
    QString parent;
    QMap<QString, std::optional<QString>> values;

    bool operator==(const TrailRecordState& other) const = default;
};

/// Links by owner uuid, then link kind name, as sets of targets.
using TrailLinks = QMap<QString, QMap<QString, QSet<QString>>>;

/// Reading records and links in the trail's canonical form, and their JSON form in entries.
class TrailState
{
    Q_DECLARE_TR_FUNCTIONS(TrailState)

public:
    /// A value as SQLite returned it, as canonical text (nullopt for SQL NULL).
    static std::optional<QString> canonical(const QVariant& value);
    /// A value about to be bound to a statement, as canonical text of what SQLite will store: nullopt where Qt's
    /// driver binds NULL (an invalid or null variant, a null string or byte array). Equal to canonical() of the
    /// value read back for IsoAudit's column types (TEXT, INTEGER from integers, BLOB), so a write can give the trail
    /// its new state without reading the row back.
    static std::optional<QString> canonicalBound(const QVariant& value);
    /// `SELECT uuid, <parent or ''>, <every column> FROM <table>`: the row as the trail sees it; add a WHERE.
    static QString selectSql(const KindInfo& info);
    /// The state from a row of selectSql()'s query, positioned on it.
    static TrailRecordState fromRow(const KindInfo& info, const QSqlQuery& query);
    /// One record, or nullopt when the row does not exist.
    static Result<std::optional<TrailRecordState>> read(QSqlDatabase& db, const KindInfo& info, const QString& uuid);
    /// Every record of a kind, by uuid.
    static Result<QMap<QString, TrailRecordState>> readAll(QSqlDatabase& db, const KindInfo& info);
    /// Every record of a kind, by uuid, with only the columns the table has today: what a schema migration
    /// compares before and after it runs (a later format's columns do not exist yet).
    static Result<QMap<QString, TrailRecordState>> readExisting(QSqlDatabase& db, const KindInfo& info);
    static Result<TrailLinks> readLinks(QSqlDatabase& db, const QString& ownerUuid = {});

    static QString toJson(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links);
    /// toJson()'s text as UTF-8, written so in one pass: what the trail stores and hashes for a new record.
    static QByteArray toJsonUtf8(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links);
    /// What toJson() writes, built through QJsonObject/QJsonDocument: the slower original, kept so tests can check
    /// that the two agree byte for byte (the trail's hashes cover the text).
    static QString referenceJson(const TrailRecordState& state, const QMap<QString, QSet<QString>>& links);
    static bool fromJson(const QString& json, TrailRecordState* state, QMap<QString, QSet<QString>>* links);
    static QString linksToJson(const QStringList& targets);
    static QSet<QString> linksFromJson(const QString& json);
};

} // namespace isoaudit
