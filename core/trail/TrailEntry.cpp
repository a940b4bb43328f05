// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailEntry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace isoaudit {

namespace {

QJsonValue optionalText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString TrailEntry::computeHash() const
{
    // A JSON array is unambiguous (every string is quoted and escaped, null differs from ""), so no two different
    // entries serialize alike.
    const QJsonArray canonical{QString::number(seq),  at, who, action, kind, recordUuid, field, optionalText(oldValue),
                               optionalText(newValue)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace isoaudit
