// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/TrailEntry.h"

#include "trail/JsonText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

namespace isoaudit {

namespace {

QJsonValue optionalText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void appendOptional(QByteArray& out, const std::optional<QString>& value)
{
    if (value)
        JsonText::appendUtf8(out, *value);
    else
        out += "null";
}

QString referenceHashOf(const QString& prevHash, const QByteArray& canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

/// The same digest through OpenSSL (core links it for signing): several times faster than QCryptographicHash's
/// portable SHA-256, which was a tenth of an import. tst_trail compares the two.
QString hashOf(const QString& prevHash, const QByteArray& canonical)
{
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* context = sha256 ? EVP_MD_CTX_new() : nullptr;
    const QByteArray prefix = prevHash.toLatin1() + '\n';
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    const bool done = context && EVP_DigestInit_ex(context, sha256, nullptr) == 1
        && EVP_DigestUpdate(context, prefix.constData(), size_t(prefix.size())) == 1
        && EVP_DigestUpdate(context, canonical.constData(), size_t(canonical.size())) == 1
        && EVP_DigestFinal_ex(context, digest, &size) == 1;
    EVP_MD_CTX_free(context);
    if (!done)
        return referenceHashOf(prevHash, canonical);
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

} // namespace

QByteArray TrailEntry::canonicalText() const
{
    QByteArray out = canonicalHead(newValue ? newValue->size() * 5 / 4 : 0);
    appendOptional(out, newValue);
    out += ']';
    return out;
}

QByteArray TrailEntry::canonicalText(QByteArrayView newValueUtf8) const
{
    QByteArray out = canonicalHead(newValueUtf8.size() * 9 / 8);
    JsonText::appendUtf8Text(out, newValueUtf8);
    out += ']';
    return out;
}

QByteArray TrailEntry::canonicalHead(qsizetype reserveForNewValue) const
{
    // A JSON array is unambiguous (every string is quoted and escaped, null differs from ""), so no two different
    // entries serialize alike. Written by hand in one pass (QJsonArray + QJsonDocument was a sixth of an import):
    // the same bytes as QJsonDocument's compact form, which referenceHash() still uses and tst_trail compares.
    QByteArray out;
    out.reserve(160 + at.size() + who.size() + recordUuid.size() + (oldValue ? oldValue->size() * 5 / 4 : 0)
                + reserveForNewValue);
    out += '[';
    JsonText::appendUtf8(out, QString::number(seq));
    for (const QString* text : {&at, &who, &action, &kind, &recordUuid, &field}) {
        out += ',';
        JsonText::appendUtf8(out, *text);
    }
    out += ',';
    appendOptional(out, oldValue);
    out += ',';
    return out;
}

QString TrailEntry::computeHash() const
{
    return digest(prevHash, canonicalText());
}

QString TrailEntry::digest(const QString& prevHash, const QByteArray& canonicalText)
{
    return hashOf(prevHash, canonicalText);
}

QString TrailEntry::referenceHash() const
{
    const QJsonArray canonical{QString::number(seq),  at, who, action, kind, recordUuid, field, optionalText(oldValue),
                               optionalText(newValue)};
    return referenceHashOf(prevHash, QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

} // namespace isoaudit
