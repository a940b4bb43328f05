// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace isoaudit {

/// scrypt's cost parameters, stored in a sealed package's header.
struct PackageKdf
{
    quint8 log2N = 17; ///< scrypt N = 2^17: 128 MiB and about half a second per derivation
    quint32 r = 8;
    quint32 p = 1;
};

/// Seals an audit package for transport (docs/audit-package.md, "Encrypted packages"): AES-256-GCM under a key
/// derived from a passphrase with scrypt. The header (magic, version, scrypt parameters, salt, nonce) is
/// authenticated as additional data, so a changed byte anywhere, a truncated file or a wrong passphrase is refused.
class PackageCrypto
{
    Q_DECLARE_TR_FUNCTIONS(PackageCrypto)

public:
    static constexpr int headerSize = 8 + 1 + 1 + 1 + 4 + 4 + 16 + 12;
    static constexpr int tagSize = 16;

    /// True when `data` starts like a sealed package (the importer uses it to choose the reader).
    static bool isEncrypted(const QByteArray& data);
    static Result<QByteArray> encrypt(const QByteArray& plain, const QByteArray& passphrase,
                                      const PackageKdf& kdf = PackageKdf());
    static Result<QByteArray> decrypt(const QByteArray& sealed, const QByteArray& passphrase);
};

} // namespace isoaudit
