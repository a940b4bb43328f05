// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/CmsSigner.h"

#include "signing/OpenSslSupport.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>

#include <algorithm>
#include <cstring>

namespace isoaudit {

struct CmsSigner::Private
{
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    STACK_OF(X509) * chain = nullptr;

    ~Private()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
    }
};

namespace {

struct Pkcs12Free
{
    void operator()(PKCS12* p12) const { PKCS12_free(p12); }
};

/// DER of the signed attributes as the SET OF they are signed as: each attribute encoded, sorted by its encoding.
QByteArray encodeSignedAttributes(CMS_SignerInfo* signerInfo)
{
    QList<QByteArray> encoded;
    for (int i = 0; i < CMS_signed_get_attr_count(signerInfo); ++i) {
        unsigned char* der = nullptr;
        const int size = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(signerInfo, i), &der);
        if (size <= 0)
            return {};
        encoded << QByteArray(reinterpret_cast<const char*>(der), size);
        OPENSSL_free(der);
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray content = encoded.join();
    QByteArray header(1, char(0x31));
    if (content.size() < 0x80) {
        header += char(content.size());
    } else {
        QByteArray length;
        for (qsizetype n = content.size(); n > 0; n >>= 8)
            length.prepend(char(n & 0xff));
        header += char(0x80 | length.size());
        header += length;
    }
    return header + content;
}

/// OpenSSL always adds a signing-time attribute; PAdES forbids it (the time is the dictionary's /M). Removes it and
/// signs the remaining attributes again.
bool removeSigningTime(CMS_SignerInfo* signerInfo, EVP_PKEY* key)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return true;
    X509_ATTRIBUTE_free(CMS_signed_delete_attr(signerInfo, index));
    const QByteArray attributes = encodeSignedAttributes(signerInfo);
    if (attributes.isEmpty())
        return false;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    size_t size = 0;
    bool ok = EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(context, nullptr, &size, reinterpret_cast<const unsigned char*>(attributes.constData()),
                          attributes.size())
            == 1;
    QByteArray signature(qsizetype(size), '\0');
    ok = ok
        && EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &size,
                          reinterpret_cast<const unsigned char*>(attributes.constData()), attributes.size())
            == 1;
    EVP_MD_CTX_free(context);
    if (!ok)
        return false;
    return ASN1_STRING_set(CMS_SignerInfo_get0_signature(signerInfo), signature.constData(), int(size)) == 1;
}

} // namespace

Result<CmsSigner> CmsSigner::fromPkcs12File(const QString& path, const QString& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("The certificate file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    auto signer = fromPkcs12(file.readAll(), passphrase);
    if (!signer)
        return Error{tr("%1: %2").arg(QDir::toNativeSeparators(path), signer.error())};
    return signer;
}

Result<CmsSigner> CmsSigner::fromPkcs12(const QByteArray& pkcs12, const QString& passphrase)
{
    ERR_clear_error();
    auto bio = openssl::memoryBio(pkcs12);
    std::unique_ptr<PKCS12, Pkcs12Free> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return Error{tr("This is not a PKCS#12 (.p12/.pfx) certificate file.")};
    const QByteArray pass = passphrase.toUtf8();
    // An empty passphrase may have been stored as "no password" (NULL) or as the empty string.
    const bool macOk = !PKCS12_mac_present(p12.get())
        || PKCS12_verify_mac(p12.get(), pass.constData(), int(pass.size()))
        || (pass.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0));
    if (!macOk) {
        ERR_clear_error();
        return Error{tr("The passphrase is wrong: it does not open the PKCS#12 certificate file.")};
    }
    auto d = std::make_shared<Private>();
    if (!PKCS12_parse(p12.get(), pass.constData(), &d->key, &d->certificate, &d->chain)) {
        // Files made by older tools protect the certificates with RC2 or 3DES, which OpenSSL 3 keeps in its
        // legacy provider.
        ERR_clear_error();
        OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        if (!PKCS12_parse(p12.get(), pass.constData(), &d->key, &d->certificate, &d->chain))
            return Error{tr("The PKCS#12 certificate file cannot be opened (%1).").arg(openssl::takeErrors())};
    }
    if (!d->key || !d->certificate)
        return Error{tr("The PKCS#12 file holds no private key with its certificate; a signature needs both.")};
    if (X509_check_private_key(d->certificate, d->key) != 1) {
        ERR_clear_error();
        return Error{tr("The PKCS#12 file's private key does not belong to its certificate.")};
    }
    if (X509_cmp_current_time(X509_get0_notAfter(d->certificate)) < 0)
        return Error{
            tr("The certificate of %1 expired on %2; sign with a valid certificate.")
                .arg(openssl::subject(d->certificate), openssl::notAfter(d->certificate).toString(Qt::ISODate))};
    if (X509_cmp_current_time(X509_get0_notBefore(d->certificate)) > 0)
        return Error{tr("The certificate of %1 is not valid yet.").arg(openssl::subject(d->certificate))};
    CmsSigner signer;
    signer.d = std::move(d);
    return signer;
}

QString CmsSigner::subject() const
{
    return openssl::subject(d->certificate);
}

QString CmsSigner::signerName() const
{
    const QString name = openssl::commonName(d->certificate);
    return name.isEmpty() ? subject() : name;
}

QByteArray CmsSigner::certificateSha256() const
{
    return openssl::sha256Fingerprint(d->certificate);
}

QDateTime CmsSigner::certificateExpiry() const
{
    return openssl::notAfter(d->certificate);
}

Result<QByteArray> CmsSigner::sign(const QByteArray& data) const
{
    ERR_clear_error();
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    openssl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    CMS_SignerInfo* signerInfo = cms
        ? CMS_add1_signer(cms.get(), d->certificate, d->key, EVP_sha256(), CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP)
        : nullptr;
    if (!signerInfo)
        return Error{tr("The signature cannot be prepared (%1).").arg(openssl::takeErrors())};
    for (int i = 0; i < sk_X509_num(d->chain); ++i)
        CMS_add1_cert(cms.get(), sk_X509_value(d->chain, i));
    auto content = openssl::memoryBio(data);
    if (CMS_final(cms.get(), content.get(), nullptr, CMS_DETACHED | CMS_BINARY) != 1
        || !removeSigningTime(signerInfo, d->key))
        return Error{tr("The signature cannot be computed (%1).").arg(openssl::takeErrors())};
    unsigned char* der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms.get(), &der);
    if (size <= 0)
        return Error{tr("The signature cannot be encoded (%1).").arg(openssl::takeErrors())};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

} // namespace isoaudit
