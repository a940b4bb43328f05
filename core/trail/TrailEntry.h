// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace isoaudit {

/// One entry of the audit trail (table `trail`, schema 3): who changed what, when, old -> new, chained to the
/// previous entry by its hash. `action` is genesis, baseline, insert, update, remove, links or link-add; `kind` is
/// the record's table; values are text (blobs as "sha256:<hex>"), records and link sets compact JSON.
struct TrailEntry
{
    qint64 seq = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds
    QString who;
    QString action;
    QString kind;
    QString recordUuid;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString prevHash;
    QString hash;

    /// SHA-256 (hex) over the previous hash and the canonical serialization of every other column.
    QString computeHash() const;
    /// The canonical serialization: the other columns as a compact JSON array, UTF-8.
    QByteArray canonicalText() const;
    /// computeHash() through QJsonDocument, as the trail's first writer did: kept so tests can check that the two
    /// agree on every character a value can hold (a file's hashes must verify whichever wrote them).
    QString referenceHash() const;
};

} // namespace isoaudit
