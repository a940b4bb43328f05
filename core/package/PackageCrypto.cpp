// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageCrypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace isoaudit {

namespace {

const QByteArray magic = QByteArrayLiteral("IAPKGENC");
constexpr quint8 formatVersion = 1;
constexpr quint8 kdfScrypt = 1;
constexpr int saltSize = 16;
constexpr int nonceSize = 12;
constexpr int keySize = 32;

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

void putBigEndian32(QByteArray& out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

quint32 bigEndian32(const QByteArray& in, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(in.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool deriveKey(const QByteArray& passphrase, const QByteArray& salt, const PackageKdf& kdf, QByteArray* key)
{
    key->resize(keySize);
    const quint64 n = quint64(1) << kdf.log2N;
    const quint64 maxMemory = 128 * quint64(kdf.r) * n * quint64(kdf.p) + 64 * 1024 * 1024;
    return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, kdf.r,
                          kdf.p, maxMemory, reinterpret_cast<unsigned char*>(key->data()), keySize)
        == 1;
}

} // namespace

bool PackageCrypto::isEncrypted(const QByteArray& data)
{
    return data.startsWith(magic);
}

Result<QByteArray> PackageCrypto::encrypt(const QByteArray& plain, const QByteArray& passphrase, const PackageKdf& kdf)
{
    if (passphrase.isEmpty())
        return Error{tr("An encrypted package needs a passphrase.")};
    QByteArray salt(saltSize, '\0'), nonce(nonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), saltSize) != 1
        || RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), nonceSize) != 1)
        return Error{tr("The system's random number generator failed; the package was not written.")};
    QByteArray header = magic;
    header.append(char(formatVersion)).append(char(kdfScrypt)).append(char(kdf.log2N));
    putBigEndian32(header, kdf.r);
    putBigEndian32(header, kdf.p);
    header.append(salt).append(nonce);
    Q_ASSERT(header.size() == headerSize);

    QByteArray key;
    if (!deriveKey(passphrase, salt, kdf, &key))
        return Error{tr("The key could not be derived from the passphrase (scrypt failed).")};
    CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray out = header;
    out.resize(headerSize + plain.size());
    int length = 0, finalLength = 0;
    auto* cipher = reinterpret_cast<unsigned char*>(out.data() + headerSize);
    const bool ok = context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
                              reinterpret_cast<const unsigned char*>(nonce.constData()))
            == 1
        && EVP_EncryptUpdate(context.get(), nullptr, &length,
                             reinterpret_cast<const unsigned char*>(header.constData()), headerSize)
            == 1
        && EVP_EncryptUpdate(context.get(), cipher, &length, reinterpret_cast<const unsigned char*>(plain.constData()),
                             int(plain.size()))
            == 1
        && EVP_EncryptFinal_ex(context.get(), cipher + length, &finalLength) == 1;
    key.fill('\0');
    if (!ok)
        return Error{tr("The package could not be encrypted (OpenSSL AES-256-GCM failed).")};
    QByteArray tag(tagSize, '\0');
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, tag.data()) != 1)
        return Error{tr("The package could not be encrypted (OpenSSL AES-256-GCM failed).")};
    out.resize(headerSize + length + finalLength);
    out.append(tag);
    return out;
}

Result<QByteArray> PackageCrypto::decrypt(const QByteArray& sealed, const QByteArray& passphrase)
{
    if (!isEncrypted(sealed))
        return Error{tr("This is not an encrypted IsoAudit package.")};
    if (sealed.size() < headerSize + tagSize)
        return Error{
            tr("The encrypted package is truncated (%1 bytes): it was not copied completely.").arg(sealed.size())};
    const quint8 version = quint8(sealed.at(8));
    if (version != formatVersion)
        return Error{tr("The encrypted package has format version %1; this IsoAudit reads version %2. Update IsoAudit.")
                         .arg(version)
                         .arg(formatVersion)};
    if (quint8(sealed.at(9)) != kdfScrypt)
        return Error{tr("The encrypted package uses an unknown key derivation (%1).").arg(quint8(sealed.at(9)))};
    PackageKdf kdf;
    kdf.log2N = quint8(sealed.at(10));
    kdf.r = bigEndian32(sealed, 11);
    kdf.p = bigEndian32(sealed, 15);
    // Bounds keep a hostile header from asking for gigabytes of memory or hours of work.
    // Each bound alone still allowed 2^22 * 32 * 128 bytes = 16 GiB and 2^22 * 32 * 16 rounds, so the products are
    // bounded too: at most 1 GiB of memory and 64 times the default work (docs/hardening.md).
    const int shift = qMin<int>(kdf.log2N, 22); // larger is refused below; a shift by 64 or more is undefined
    const quint64 memory = (128 * quint64(kdf.r)) << shift;
    const quint64 work = (quint64(kdf.r) * kdf.p) << shift;
    if (kdf.log2N < 10 || kdf.log2N > 22 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16
        || memory > (quint64(1) << 30) || work > (quint64(8) << 17) * 64)
        return Error{tr("The encrypted package's key derivation parameters are out of range; it is damaged or was "
                        "not written by IsoAudit.")};
    if (passphrase.isEmpty())
        return Error{tr("The package is encrypted: a passphrase is needed.")};
    const QByteArray header = sealed.left(headerSize);
    const QByteArray salt = sealed.mid(19, saltSize);
    const QByteArray nonce = sealed.mid(19 + saltSize, nonceSize);
    const QByteArray cipher = sealed.mid(headerSize, sealed.size() - headerSize - tagSize);
    QByteArray tag = sealed.right(tagSize);

    QByteArray key;
    if (!deriveKey(passphrase, salt, kdf, &key))
        return Error{tr("The key could not be derived from the passphrase (scrypt failed).")};
    CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray plain(cipher.size(), '\0');
    int length = 0, finalLength = 0;
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    const bool ready = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
                              reinterpret_cast<const unsigned char*>(nonce.constData()))
            == 1
        && EVP_DecryptUpdate(context.get(), nullptr, &length,
                             reinterpret_cast<const unsigned char*>(header.constData()), headerSize)
            == 1
        && EVP_DecryptUpdate(context.get(), out, &length, reinterpret_cast<const unsigned char*>(cipher.constData()),
                             int(cipher.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1;
    key.fill('\0');
    if (!ready || EVP_DecryptFinal_ex(context.get(), out + length, &finalLength) != 1) {
        plain.fill('\0');
        return Error{tr("The package cannot be decrypted: the passphrase is wrong, or the package was changed or "
                        "damaged after it was sealed.")};
    }
    plain.resize(length + finalLength);
    return plain;
}

} // namespace isoaudit
