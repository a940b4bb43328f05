// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>

namespace isoaudit {

class CmsSigner;

/// How a signature is added.
struct PdfSignatureOptions
{
    QString reason; ///< e.g. "Final audit report, approved by the lead auditor"
    QString location;
    QDateTime time; ///< the claimed signing time (/M); now when invalid
    int pageIndex = -1; ///< the page the signature field belongs to (0-based); -1 = the last page
    int reservedBytes = 16384; ///< room for the CMS signature; grown automatically when it does not fit
    /// Where a visible stamp ("Digitally signed by … on …", SignatureStamp) goes on the page, in PDF user space
    /// (points from the bottom-left corner); empty = an invisible signature.
    QRectF stamp;
    QString language; ///< the stamp's language: the report's (ReportLanguage); empty = the application's
};

/// Signs a PDF as PAdES B-B: appends an incremental update with a signature field (a widget on the chosen page,
/// invisible or with a stamp, listed in the catalog's /AcroForm), its signature dictionary (/Adobe.PPKLite,
/// /ETSI.CAdES.detached, /ByteRange over the whole file but the /Contents hex, /M, /Name) and a new xref section
/// with /Prev, and fills /Contents with the detached CMS signature. The original bytes stay untouched before the
/// update, so earlier signatures stay valid and a second signature is just a further update. PDFs it cannot read
/// (cross-reference streams, encryption) are refused, never signed half-way.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(PdfSigner)

public:
    static Result<QByteArray> sign(const QByteArray& pdf, const CmsSigner& signer,
                                   const PdfSignatureOptions& options = {});

private:
    struct Update;
    static Result<Update> prepare(const QByteArray& pdf, const CmsSigner& signer, const PdfSignatureOptions& options);
    static QByteArray assemble(const QByteArray& pdf, const Update& update, int reservedBytes);
};

} // namespace isoaudit
