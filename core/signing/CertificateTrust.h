// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace isoaudit {

/// Trust anchors — the CA certificates a certification body accepts for its auditors' signing certificates, from a
/// PEM file — and the check that a signer's certificate chains to one of them. Without anchors IsoAudit makes no
/// trust decision; it only reports who signed (docs/signing.md).
class CertificateTrust
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrust)

public:
    static Result<CertificateTrust> fromPemFile(const QString& path);
    static Result<CertificateTrust> fromPem(const QByteArray& pem);

    int anchorCount() const;
    /// Empty when the DER certificate chains to an anchor, using the other DER certificates as intermediates, and
    /// every certificate of the chain is valid at `when`; otherwise why not.
    QString check(const QByteArray& certificate, const QList<QByteArray>& intermediates,
                  const QDateTime& when = QDateTime::currentDateTimeUtc()) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace isoaudit
