// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfStructure.h"

#include <QSet>

namespace isoaudit {

namespace {

constexpr int maxRevisions = 1000;
constexpr int maxTreeDepth = 32;
constexpr qint64 maxObjectNumber = 8388607; // the PDF implementation limit

} // namespace

Result<PdfStructure> PdfStructure::parse(const QByteArray& data)
{
    PdfStructure structure;
    structure.m_data = data;
    const qint64 header = data.left(1024).indexOf("%PDF-");
    if (header < 0)
        return Error{tr("The file is not a PDF (no %PDF- header at its start).")};
    const qint64 startXrefAt = data.lastIndexOf("startxref");
    if (startXrefAt < 0)
        return Error{tr("The PDF has no \"startxref\": the file is cut short or is not a complete PDF.")};
    PdfLexer lexer(data, startXrefAt + 9);
    const auto offset = lexer.readInteger();
    if (!offset || *offset <= 0 || *offset >= startXrefAt)
        return Error{tr("The PDF's \"startxref\" does not give a valid offset.")};
    structure.m_startXref = *offset;

    QSet<qint64> visited;
    qint64 next = *offset;
    bool newest = true;
    while (next >= 0) {
        if (visited.contains(next) || visited.size() >= maxRevisions)
            return Error{tr("The PDF's cross-reference sections form a loop (offset %1).").arg(next)};
        visited.insert(next);
        if (Status status = structure.readXrefSection(next); !status)
            return Error{status.error()};
        if (newest) {
            structure.m_trailer = structure.m_sectionTrailer;
            newest = false;
        }
        next = structure.m_sectionTrailer.integer("Prev").value_or(-1);
    }

    const auto size = structure.m_trailer.integer("Size");
    const auto root = structure.m_trailer.reference("Root");
    if (!size || *size <= 0 || *size > maxObjectNumber + 1)
        return Error{tr("The PDF's trailer has no valid /Size.")};
    if (!root || !structure.contains(root->number))
        return Error{tr("The PDF's trailer has no /Root (document catalog) that the cross-reference table lists.")};
    structure.m_size = int(*size);
    structure.m_root = *root;
    auto catalog = structure.dictionary(*root);
    if (!catalog)
        return Error{catalog.error()};
    if (catalog->name("Type") != "Catalog")
        return Error{tr("The PDF's /Root object %1 is not a document catalog.").arg(root->number)};
    return structure;
}

Status PdfStructure::readXrefSection(qint64 offset)
{
    if (offset < 0 || offset >= m_data.size())
        return Error{tr("The PDF points to a cross-reference section at byte %1, outside the file.").arg(offset)};
    PdfLexer lexer(m_data, offset);
    const QByteArray keyword = lexer.readToken();
    if (keyword != "xref") {
        if (PdfLexer::toInteger(keyword))
            return Error{tr("The PDF uses a compressed cross-reference stream, which this signer does not read; "
                            "export it again with IsoAudit or save it without object streams.")};
        return Error{tr("The PDF has no cross-reference table at byte %1.").arg(offset)};
    }
    for (;;) {
        const QByteArray token = lexer.readToken();
        if (token == "trailer")
            break;
        const auto first = PdfLexer::toInteger(token);
        const auto count = lexer.readInteger();
        if (!first || !count || *first < 0 || *count < 0 || *first + *count > maxObjectNumber + 1)
            return Error{tr("The PDF's cross-reference table at byte %1 cannot be read.").arg(offset)};
        for (qint64 i = 0; i < *count; ++i) {
            const auto objectOffset = lexer.readInteger();
            const auto generation = lexer.readInteger();
            const QByteArray type = lexer.readToken();
            if (!objectOffset || !generation || (type != "n" && type != "f"))
                return Error{tr("The PDF's cross-reference table at byte %1 has a broken entry.").arg(offset)};
            const int number = int(*first + i);
            if (number == 0 || m_offsets.contains(number) || m_freed.contains(number))
                continue; // a newer revision already decided this object
            if (type == "n")
                m_offsets.insert(number, *objectOffset);
            else
                m_freed.insert(number);
        }
    }
    auto trailer = lexer.readDictionary();
    if (!trailer)
        return Error{tr("The PDF's trailer after the cross-reference table at byte %1 cannot be read.").arg(offset)};
    if (trailer->contains("XRefStm"))
        return Error{tr("The PDF mixes cross-reference tables and streams, which this signer does not read.")};
    m_sectionTrailer = *trailer;
    return {};
}

Result<QByteArray> PdfStructure::object(PdfRef ref, qint64* valueOffset) const
{
    const auto it = m_offsets.constFind(ref.number);
    if (it == m_offsets.constEnd())
        return Error{tr("The PDF refers to object %1, which its cross-reference table does not list.").arg(ref.number)};
    PdfLexer lexer(m_data, *it);
    const auto header = lexer.readObjectHeader();
    if (!header || header->number != ref.number)
        return Error{tr("The PDF's cross-reference table gives a wrong offset for object %1.").arg(ref.number)};
    lexer.skipWhitespace();
    if (valueOffset)
        *valueOffset = lexer.position();
    const auto value = lexer.readValue();
    if (!value)
        return Error{tr("Object %1 of the PDF cannot be read.").arg(ref.number)};
    return *value;
}

Result<PdfDictionary> PdfStructure::dictionary(PdfRef ref) const
{
    qint64 base = 0;
    auto raw = object(ref, &base);
    if (!raw)
        return Error{raw.error()};
    PdfLexer lexer(raw.value(), 0);
    auto dictionary = lexer.readDictionary();
    if (!dictionary)
        return Error{tr("Object %1 of the PDF is not a dictionary.").arg(ref.number)};
    // Offsets are relative to the object's value; make them absolute for the verifier.
    PdfDictionary absolute;
    for (auto entry : dictionary->entries()) {
        entry.offset += base;
        absolute.append(entry);
    }
    return absolute;
}

Result<QList<QByteArray>> PdfStructure::array(PdfRef ref) const
{
    auto raw = object(ref);
    if (!raw)
        return Error{raw.error()};
    PdfLexer lexer(raw.value(), 0);
    auto elements = lexer.readArray();
    if (!elements)
        return Error{tr("Object %1 of the PDF is not an array.").arg(ref.number)};
    return *elements;
}

Result<PdfDictionary> PdfStructure::dictionaryValue(const QByteArray& raw) const
{
    if (const auto ref = PdfLexer::toReference(raw))
        return dictionary(*ref);
    PdfLexer lexer(raw, 0);
    auto dictionary = lexer.readDictionary();
    if (!dictionary)
        return Error{tr("The PDF has a value that should be a dictionary and is not.")};
    return *dictionary;
}

Result<QList<QByteArray>> PdfStructure::arrayValue(const QByteArray& raw) const
{
    if (const auto ref = PdfLexer::toReference(raw))
        return array(*ref);
    PdfLexer lexer(raw, 0);
    auto elements = lexer.readArray();
    if (!elements)
        return Error{tr("The PDF has a value that should be an array and is not.")};
    return *elements;
}

Result<QList<PdfRef>> PdfStructure::pages() const
{
    auto catalog = dictionary(m_root);
    if (!catalog)
        return Error{catalog.error()};
    const auto pagesRef = catalog->reference("Pages");
    if (!pagesRef)
        return Error{tr("The PDF's catalog has no page tree (/Pages).")};
    QList<PdfRef> pages;
    if (Status status = collectPages(*pagesRef, &pages, 0); !status)
        return Error{status.error()};
    if (pages.isEmpty())
        return Error{tr("The PDF has no pages.")};
    return pages;
}

Status PdfStructure::collectPages(PdfRef node, QList<PdfRef>* pages, int depth) const
{
    if (depth > maxTreeDepth)
        return Error{tr("The PDF's page tree is nested too deeply.")};
    auto dictionary = this->dictionary(node);
    if (!dictionary)
        return Error{dictionary.error()};
    const QByteArray type = dictionary->name("Type");
    if (type == "Page") {
        pages->append(node);
        return {};
    }
    if (type != "Pages")
        return Error{tr("Object %1 of the PDF's page tree is neither /Pages nor /Page.").arg(node.number)};
    auto kids = arrayValue(dictionary->raw("Kids"));
    if (!kids)
        return Error{kids.error()};
    for (const PdfRef& kid : PdfLexer::toReferences(*kids)) {
        if (Status status = collectPages(kid, pages, depth + 1); !status)
            return status;
    }
    return {};
}

Result<QList<PdfRef>> PdfStructure::signatureFields() const
{
    auto catalog = dictionary(m_root);
    if (!catalog)
        return Error{catalog.error()};
    QList<PdfRef> fields;
    if (!catalog->contains("AcroForm"))
        return fields;
    auto form = dictionaryValue(catalog->raw("AcroForm"));
    if (!form)
        return Error{form.error()};
    if (!form->contains("Fields"))
        return fields;
    auto all = arrayValue(form->raw("Fields"));
    if (!all)
        return Error{all.error()};
    for (const QByteArray& field : *all) {
        if (Status status = collectSignatureFields(field, &fields, 0); !status)
            return Error{status.error()};
    }
    return fields;
}

Status PdfStructure::collectSignatureFields(const QByteArray& fieldRaw, QList<PdfRef>* fields, int depth) const
{
    const auto ref = PdfLexer::toReference(fieldRaw);
    if (!ref || depth > maxTreeDepth)
        return Error{tr("The PDF's form has a field that is not a reference to a field dictionary.")};
    auto field = dictionary(*ref);
    if (!field)
        return Error{field.error()};
    if (field->name("FT") == "Sig")
        fields->append(*ref);
    if (field->contains("Kids")) {
        auto kids = arrayValue(field->raw("Kids"));
        if (!kids)
            return Error{kids.error()};
        for (const QByteArray& kid : *kids) {
            auto kidRef = PdfLexer::toReference(kid);
            if (!kidRef)
                continue;
            auto kidDictionary = dictionary(*kidRef);
            // Widgets without /T are the field's appearance, not fields of their own.
            if (kidDictionary && kidDictionary->contains("T")) {
                if (Status status = collectSignatureFields(kid, fields, depth + 1); !status)
                    return status;
            }
        }
    }
    return {};
}

} // namespace isoaudit
