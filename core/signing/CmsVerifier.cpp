// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/CmsVerifier.h"

#include "signing/OpenSslSupport.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

namespace isoaudit {

Result<CmsSignerInfo> CmsVerifier::verifyDetached(const QByteArray& cmsDer, const QByteArray& signedBytes)
{
    ERR_clear_error();
    const auto* der = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    openssl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &der, long(cmsDer.size())));
    if (!cms)
        return Error{tr("The signature is not a readable CMS structure (%1).").arg(openssl::takeErrors())};
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error{tr("The signature is not CMS SignedData.")};
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return Error{
            tr("The signature has %1 signers; exactly one is expected.").arg(sk_CMS_SignerInfo_num(signerInfos))};

    X509_STORE* store = X509_STORE_new();
    auto content = openssl::memoryBio(signedBytes);
    // OpenSSL 3.0's CMS_verify copies a memory BIO it is given and leaks the copy when the CMS cannot be read further
    // (an unknown digest, found by fuzz_pdf). A buffer filter on top makes it read the content as given.
    BIO* buffered = BIO_new(BIO_f_buffer());
    if (!buffered) {
        X509_STORE_free(store);
        return Error{tr("Out of memory while verifying the signature.")};
    }
    BIO_push(buffered, content.get());
    const int verified = CMS_verify(cms.get(), nullptr, store, buffered, nullptr,
                                    CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY);
    BIO_pop(buffered); // the content BIO stays ours
    BIO_free(buffered);
    X509_STORE_free(store);
    if (verified != 1)
        return Error{tr("The signature does not match the signed bytes (%1).").arg(openssl::takeErrors())};

    STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
    if (sk_X509_num(signers) != 1) {
        sk_X509_free(signers);
        return Error{tr("The signer's certificate is not in the signature.")};
    }
    const X509* certificate = sk_X509_value(signers, 0);
    CmsSignerInfo info;
    info.subject = openssl::subject(certificate);
    info.commonName = openssl::commonName(certificate);
    info.certificateSha256 = openssl::sha256Fingerprint(certificate);
    info.certificate = openssl::toDer(certificate);
    if (STACK_OF(X509)* all = CMS_get1_certs(cms.get())) {
        for (int i = 0; i < sk_X509_num(all); ++i) {
            if (X509_cmp(sk_X509_value(all, i), certificate) != 0)
                info.otherCertificates << openssl::toDer(sk_X509_value(all, i));
        }
        sk_X509_pop_free(all, X509_free);
    }

    // The ESS signing-certificate-v2 attribute binds the signature to this certificate; when present it must match.
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    const auto* essValue = static_cast<const ASN1_STRING*>(CMS_signed_get0_data_by_OBJ(
        signerInfo, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE));
    info.hasSigningCertificateV2 = essValue != nullptr;
    bool essMatches = true;
    if (essValue) {
        const unsigned char* p = ASN1_STRING_get0_data(essValue);
        ESS_SIGNING_CERT_V2* ess = d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(essValue));
        essMatches = ess && OSSL_ESS_check_signing_certs(nullptr, ess, signers, 1) == 1;
        ESS_SIGNING_CERT_V2_free(ess);
    }
    sk_X509_free(signers);
    if (!essMatches) {
        ERR_clear_error();
        return Error{tr("The signature's signing-certificate attribute does not match the signer's certificate.")};
    }
    X509_ALGOR* digest = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, nullptr);
    if (digest) {
        const ASN1_OBJECT* object = nullptr;
        X509_ALGOR_get0(&object, nullptr, nullptr, digest);
        info.digestAlgorithm = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(object))).toUpper();
    }
    return info;
}

} // namespace isoaudit
