// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by CmsSigner and CmsVerifier; the only header of core that includes OpenSSL, and only
// their .cpp files include it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/x509.h>

#include <memory>

namespace isoaudit::openssl {

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct CmsFree
{
    void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;

/// A read-only memory BIO over the bytes (which must outlive it).
BioPtr memoryBio(const QByteArray& bytes);
/// The queued OpenSSL error messages (and clears the queue); empty when there are none.
QString takeErrors();
/// "CN=Jane Doe,O=Example" (RFC 2253).
QString subject(const X509* certificate);
QString commonName(const X509* certificate);
/// The SHA-256 fingerprint of the DER certificate, as lower-case hex.
QByteArray sha256Fingerprint(const X509* certificate);
QDateTime notAfter(const X509* certificate);
QByteArray toDer(const X509* certificate);

} // namespace isoaudit::openssl
