// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
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
    /// The same with the new value given as UTF-8 text instead of `newValue` (which is not read): the writer's form
    /// of a record's JSON, written once as UTF-8, then hashed and stored as it is. Equal to canonicalText() with
    /// newValue = QString::fromUtf8(newValueUtf8).
    QByteArray canonicalText(QByteArrayView newValueUtf8) const;
    /// SHA-256 (hex) over `prevHash` and a canonical serialization: computeHash() with the text given.
    static QString digest(const QString& prevHash, const QByteArray& canonicalText);
    /// computeHash() through QJsonDocument, as the trail's first writer did: kept so tests can check that the two
    /// agree on every character a value can hold (a file's hashes must verify whichever wrote them).
    QString referenceHash() const;

private:
    /// canonicalText() up to the new value: the array's first eight elements and their commas.
    QByteArray canonicalHead(qsizetype reserveForNewValue) const;
};

} // namespace isoaudit
