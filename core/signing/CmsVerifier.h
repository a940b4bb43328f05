// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace isoaudit {

/// Who signed, as a detached CMS signature tells it.
struct CmsSignerInfo
{
    QString subject; ///< RFC 2253
    QString commonName;
    QByteArray certificateSha256; ///< lower-case hex
    bool hasSigningCertificateV2 = false; ///< the ESS attribute PAdES B-B requires
    QString digestAlgorithm; ///< e.g. "SHA256"
    QByteArray certificate; ///< the signer's certificate, DER
    QList<QByteArray> otherCertificates; ///< the rest of the certificates in the signature (the chain), DER
};

/// Checks a detached CMS signature over given bytes: the message digest, the signature value, and the ESS
/// signing-certificate attribute against the signer's certificate. It does not decide whether the certificate is
/// trusted (no trust list is configured); it reports who the certificate names and its fingerprint so the reader can.
class CmsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CmsVerifier)

public:
    /// The signer when the signature is valid over the bytes; otherwise an error saying why not.
    static Result<CmsSignerInfo> verifyDetached(const QByteArray& cmsDer, const QByteArray& signedBytes);
};

} // namespace isoaudit
