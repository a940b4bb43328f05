// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/PdfSyntax.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace isoaudit {

/// The structure of a PDF file with classic cross-reference tables (what QPdfWriter and our own incremental
/// updates write): every revision's xref section and trailer, followed through /Prev, and the objects the signer
/// and the verifier need (catalog, page tree, form fields). It reads object numbers from the file, never assumes
/// them. Files it cannot read (cross-reference streams, broken offsets) are refused with a message saying why.
class PdfStructure
{
    Q_DECLARE_TR_FUNCTIONS(PdfStructure)

public:
    static Result<PdfStructure> parse(const QByteArray& data);

    const QByteArray& data() const { return m_data; }
    /// The offset of the newest xref section (the value after the last "startxref").
    qint64 startXref() const { return m_startXref; }
    /// The newest trailer's /Size: the next free object number.
    int size() const { return m_size; }
    const PdfDictionary& trailer() const { return m_trailer; }
    PdfRef root() const { return m_root; }
    /// Whether the newest cross-reference data has the object in use.
    bool contains(int number) const { return m_offsets.contains(number); }
    /// Object number -> offset of every object the newest cross-reference data has in use.
    const QHash<int, qint64>& offsets() const { return m_offsets; }

    /// The raw bytes of an object's value, and where they start in the file.
    Result<QByteArray> object(PdfRef ref, qint64* valueOffset = nullptr) const;
    Result<PdfDictionary> dictionary(PdfRef ref) const;
    Result<QList<QByteArray>> array(PdfRef ref) const;
    /// The dictionary a raw value is or refers to.
    Result<PdfDictionary> dictionaryValue(const QByteArray& raw) const;
    /// The array a raw value is or refers to.
    Result<QList<QByteArray>> arrayValue(const QByteArray& raw) const;
    /// The leaf pages in document order.
    Result<QList<PdfRef>> pages() const;
    /// Every signature field (/FT /Sig) reachable from the catalog's /AcroForm, in /Fields order.
    Result<QList<PdfRef>> signatureFields() const;

private:
    Status readXrefSection(qint64 offset);
    Status collectPages(PdfRef node, QList<PdfRef>* pages, int depth) const;
    Status collectSignatureFields(const QByteArray& fieldRaw, QList<PdfRef>* fields, int depth) const;

    QByteArray m_data;
    qint64 m_startXref = -1;
    int m_size = 0;
    PdfDictionary m_trailer;
    PdfRef m_root;
    QHash<int, qint64> m_offsets;
    QSet<int> m_freed;
    PdfDictionary m_sectionTrailer; ///< the trailer readXrefSection() read last
};

} // namespace isoaudit
