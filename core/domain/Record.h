// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordKind.h"

#include <QMap>
#include <QVariantMap>

#include <optional>

namespace isoaudit {

/// One row of an audit file as plain data: its kind, uuid, owning record (for attachments and corrective actions),
/// column values and links. Storage, the audit package, undo and the models all pass records around in this form.
struct Record
{
    RecordKind kind = RecordKind::Audit;
    QString uuid;
    QString parentUuid;
    QVariantMap values; ///< keyed by SQL column
    QMap<LinkKind, QStringList> links;

    QString text(const QString& column) const { return values.value(column).toString(); }
    std::optional<int> integer(const QString& column) const
    {
        const QVariant v = values.value(column);
        if (v.isNull() || !v.isValid())
            return std::nullopt;
        return v.toInt();
    }
    bool flag(const QString& column) const { return values.value(column).toBool(); }
    QStringList linked(LinkKind kind) const { return links.value(kind); }
    bool operator==(const Record&) const = default;
};

} // namespace isoaudit
