// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailEntry.h"

#include "trail/JsonText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace isoaudit {

namespace {

QJsonValue optionalText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void appendOptional(QString& out, const std::optional<QString>& value)
{
    if (value)
        JsonText::appendString(out, *value);
    else
        out += QLatin1String("null");
}

QString hashOf(const QString& prevHash, const QByteArray& canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QByteArray TrailEntry::canonicalText() const
{
    // A JSON array is unambiguous (every string is quoted and escaped, null differs from ""), so no two different
    // entries serialize alike. Written by hand in one pass (QJsonArray + QJsonDocument was a sixth of an import):
    // the same bytes as QJsonDocument's compact form, which referenceHash() still uses and tst_trail compares.
    QString out;
    out.reserve(160 + at.size() + who.size() + recordUuid.size() + (oldValue ? oldValue->size() : 0)
                + (newValue ? newValue->size() : 0));
    out += QLatin1Char('[');
    JsonText::appendString(out, QString::number(seq));
    for (const QString* text : {&at, &who, &action, &kind, &recordUuid, &field}) {
        out += QLatin1Char(',');
        JsonText::appendString(out, *text);
    }
    out += QLatin1Char(',');
    appendOptional(out, oldValue);
    out += QLatin1Char(',');
    appendOptional(out, newValue);
    out += QLatin1Char(']');
    return out.toUtf8();
}

QString TrailEntry::computeHash() const
{
    return hashOf(prevHash, canonicalText());
}

QString TrailEntry::referenceHash() const
{
    const QJsonArray canonical{QString::number(seq),  at, who, action, kind, recordUuid, field, optionalText(oldValue),
                               optionalText(newValue)};
    return hashOf(prevHash, QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace isoaudit
