// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace isoaudit {

/// A signer's X.509 certificate and private key, loaded from a PKCS#12 file, and the detached CMS signatures
/// (CAdES, PAdES B-B profile) it makes: SHA-256, the ESS signing-certificate-v2 attribute, the certificate chain
/// from the PKCS#12 file, and no signing-time attribute (PAdES carries the time in the signature dictionary's /M).
/// OpenSSL stays inside the .cpp.
class CmsSigner
{
    Q_DECLARE_TR_FUNCTIONS(CmsSigner)

public:
    static Result<CmsSigner> fromPkcs12(const QByteArray& pkcs12, const QString& passphrase);
    static Result<CmsSigner> fromPkcs12File(const QString& path, const QString& passphrase);

    /// The certificate's subject, RFC 2253 ("CN=Jane Doe,O=Example").
    QString subject() const;
    /// The subject's common name, or the whole subject when it has none.
    QString signerName() const;
    /// SHA-256 of the DER certificate, lower-case hex.
    QByteArray certificateSha256() const;
    QDateTime certificateExpiry() const;

    /// The DER encoding of a detached CMS SignedData over the bytes.
    Result<QByteArray> sign(const QByteArray& data) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace isoaudit
