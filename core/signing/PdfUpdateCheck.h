// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace isoaudit {

/// Decides whether the incremental updates between two revisions of a PDF only add signatures. A later signer's
/// signature covers everything before it, so without this check a countersigner (or anyone who re-signs) could
/// change the report's pages in the same update and every signature would still be "valid". Allowed: new objects
/// (they matter only through changed old ones), the catalog changing only its /AcroForm, an indirect /AcroForm,
/// pages changing only their /Annots, and annotation or field arrays that only grow. Anything else is a change to
/// what the earlier signer signed.
class PdfUpdateCheck
{
    Q_DECLARE_TR_FUNCTIONS(PdfUpdateCheck)

public:
    /// Empty when bytes [0, to) differ from [0, from) only by added signatures; otherwise what changed.
    static QString changesBeyondSignatures(const QByteArray& pdf, qint64 from, qint64 to);
};

} // namespace isoaudit
