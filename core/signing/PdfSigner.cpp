// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfSigner.h"

#include "i18n/ReportLanguage.h"
#include "signing/CmsSigner.h"
#include "signing/PdfStructure.h"
#include "signing/SignatureStamp.h"

#include <QMap>
#include <QTimeZone>

#include <optional>

namespace isoaudit {

namespace {

const QByteArray byteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

struct UpdatedObject
{
    int generation = 0;
    QByteArray body;
};

QByteArray pdfDate(const QDateTime& time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray arrayOf(const QList<QByteArray>& elements)
{
    return '[' + elements.join(' ') + ']';
}

} // namespace

struct PdfSigner::Update
{
    QMap<int, UpdatedObject> objects; ///< changed and new objects, signature dictionary excluded
    int signatureNumber = 0;
    PdfDictionary signature; ///< without /Contents, which assemble() adds
    PdfDictionary trailer;
};

Result<QByteArray> PdfSigner::sign(const QByteArray& pdf, const CmsSigner& signer, const PdfSignatureOptions& options)
{
    auto update = prepare(pdf, signer, options);
    if (!update)
        return Error{tr("The PDF cannot be signed: %1").arg(update.error())};
    int reserved = qMax(options.reservedBytes, 1024);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QByteArray out = assemble(pdf, update.value(), reserved);
        const qint64 signatureAt = out.lastIndexOf("\n" + QByteArray::number(update->signatureNumber) + " 0 obj\n");
        const qint64 rangeAt = out.indexOf("/ByteRange " + byteRangePlaceholder, signatureAt) + 11;
        const qint64 contentsStart = out.indexOf("/Contents <", signatureAt) + 10;
        const qint64 contentsEnd = contentsStart + 2 * reserved + 2;
        const QByteArray range = QByteArray("[0 %1 %2 %3]")
                                     .replace("%1", QByteArray::number(contentsStart))
                                     .replace("%2", QByteArray::number(contentsEnd))
                                     .replace("%3", QByteArray::number(out.size() - contentsEnd));
        out.replace(rangeAt, byteRangePlaceholder.size(), range.leftJustified(byteRangePlaceholder.size(), ' '));
        const QByteArray signedBytes = out.left(contentsStart) + out.mid(contentsEnd);
        auto cms = signer.sign(signedBytes);
        if (!cms)
            return Error{cms.error()};
        if (cms->size() > reserved) {
            reserved = int(cms->size()) + 2048;
            continue;
        }
        out.replace(contentsStart + 1, cms->size() * 2, cms->toHex().toUpper());
        return out;
    }
    return Error{tr("The signature does not fit the space reserved for it in the PDF.")};
}

Result<PdfSigner::Update> PdfSigner::prepare(const QByteArray& pdf, const CmsSigner& signer,
                                             const PdfSignatureOptions& options)
{
    auto structure = PdfStructure::parse(pdf);
    if (!structure)
        return Error{structure.error()};
    if (structure->trailer().contains("Encrypt"))
        return Error{tr("it is encrypted.")};
    auto catalog = structure->dictionary(structure->root());
    auto pages = structure->pages();
    auto existing = structure->signatureFields();
    if (!catalog)
        return Error{catalog.error()};
    if (!pages)
        return Error{pages.error()};
    if (!existing)
        return Error{existing.error()};
    const int pageIndex = options.pageIndex < 0 ? int(pages->size()) - 1 : options.pageIndex;
    if (pageIndex >= pages->size())
        return Error{
            tr("it has %1 pages, so there is no page %2 for the signature.").arg(pages->size()).arg(pageIndex + 1)};
    const PdfRef pageRef = pages->at(pageIndex);
    auto page = structure->dictionary(pageRef);
    if (!page)
        return Error{page.error()};

    // The field's name must be unique among the form's fields.
    QList<QByteArray> fieldNames;
    for (const PdfRef& field : *existing) {
        if (auto dictionary = structure->dictionary(field))
            fieldNames << dictionary->raw("T");
    }
    int serial = int(existing->size()) + 1;
    while (fieldNames.contains(pdfTextString(QStringLiteral("Signature%1").arg(serial))))
        ++serial;

    Update update;
    int next = structure->size();
    update.signatureNumber = next++;
    const PdfRef signatureRef{update.signatureNumber, 0};
    const PdfRef widgetRef{next++, 0};

    const QDateTime time = options.time.isValid() ? options.time : QDateTime::currentDateTimeUtc();
    update.signature.set("Type", "/Sig");
    update.signature.set("Filter", "/Adobe.PPKLite");
    update.signature.set("SubFilter", "/ETSI.CAdES.detached");
    update.signature.set("ByteRange", byteRangePlaceholder);
    update.signature.set("M", pdfDate(time));
    update.signature.set("Name", pdfTextString(signer.signerName()));
    if (!options.reason.isEmpty())
        update.signature.set("Reason", pdfTextString(options.reason));
    if (!options.location.isEmpty())
        update.signature.set("Location", pdfTextString(options.location));

    // Field and widget in one dictionary; printable and locked, as PDF/A asks of annotations; invisible (an empty
    // rectangle) unless a stamp is asked for.
    PdfDictionary widget;
    widget.set("Type", "/Annot");
    widget.set("Subtype", "/Widget");
    widget.set("FT", "/Sig");
    widget.set("T", pdfTextString(QStringLiteral("Signature%1").arg(serial)));
    widget.set("V", signatureRef.toBytes());
    widget.set("F", "132");
    widget.set("Rect", "[0 0 0 0]");
    widget.set("P", pageRef.toBytes());
    if (!options.stamp.isEmpty()) {
        // The stamp is part of the report, so it speaks the report's language.
        std::optional<ReportLanguage::Scope> language;
        if (!options.language.isEmpty())
            language.emplace(options.language);
        static const char* const stampText = QT_TRANSLATE_NOOP("SignatureStamp", "Digitally signed by %1 on %2 UTC");
        const QString text = ReportLanguage::translate("SignatureStamp", stampText)
                                 .arg(signer.signerName(), time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        auto appearance = SignatureStamp::formXObject(text, options.stamp.size());
        if (!appearance)
            return Error{appearance.error()};
        const PdfRef appearanceRef{next++, 0};
        update.objects.insert(appearanceRef.number, {0, appearance.value()});
        const QRectF r = options.stamp;
        widget.set("Rect",
                   QStringLiteral("[%1 %2 %3 %4]")
                       .arg(r.left(), 0, 'f', 2)
                       .arg(r.top(), 0, 'f', 2)
                       .arg(r.right(), 0, 'f', 2)
                       .arg(r.bottom(), 0, 'f', 2)
                       .toLatin1());
        widget.set("AP", "<< /N " + appearanceRef.toBytes() + " >>");
    }
    update.objects.insert(widgetRef.number, {0, widget.serialize()});

    // The page lists the widget among its annotations: in its own /Annots array or in the array object it refers to.
    PdfDictionary updatedPage = page.value();
    const QByteArray annotsRaw = page->raw("Annots");
    if (const auto annotsRef = PdfLexer::toReference(annotsRaw)) {
        auto annots = structure->array(*annotsRef);
        if (!annots)
            return Error{annots.error()};
        QList<QByteArray> elements = annots.value();
        elements.append(widgetRef.toBytes());
        update.objects.insert(annotsRef->number, {annotsRef->generation, arrayOf(elements)});
    } else {
        QList<QByteArray> annots;
        if (!annotsRaw.isEmpty()) {
            auto inlineAnnots = structure->arrayValue(annotsRaw);
            if (!inlineAnnots)
                return Error{inlineAnnots.error()};
            annots = *inlineAnnots;
        }
        annots.append(widgetRef.toBytes());
        updatedPage.set("Annots", arrayOf(annots));
        update.objects.insert(pageRef.number, {pageRef.generation, updatedPage.serialize()});
    }

    // The catalog's form lists the field and says the document holds signatures that updates must preserve.
    PdfDictionary form;
    const QByteArray formRaw = catalog->raw("AcroForm");
    const auto formRef = PdfLexer::toReference(formRaw);
    if (!formRaw.isEmpty()) {
        auto existingForm = structure->dictionaryValue(formRaw);
        if (!existingForm)
            return Error{existingForm.error()};
        form = *existingForm;
    }
    QList<QByteArray> fields;
    if (form.contains("Fields")) {
        auto existingFields = structure->arrayValue(form.raw("Fields"));
        if (!existingFields)
            return Error{existingFields.error()};
        fields = *existingFields;
    }
    fields.append(widgetRef.toBytes());
    form.set("Fields", arrayOf(fields));
    form.set("SigFlags", "3");
    if (formRef) {
        update.objects.insert(formRef->number, {formRef->generation, form.serialize()});
    } else {
        PdfDictionary updatedCatalog = catalog.value();
        updatedCatalog.set("AcroForm", form.serialize());
        update.objects.insert(structure->root().number, {structure->root().generation, updatedCatalog.serialize()});
    }

    update.trailer.set("Size", QByteArray::number(next));
    update.trailer.set("Root", structure->root().toBytes());
    for (const char* key : {"Info", "ID"}) {
        if (structure->trailer().contains(key))
            update.trailer.set(key, structure->trailer().raw(key));
    }
    update.trailer.set("Prev", QByteArray::number(structure->startXref()));
    return update;
}

QByteArray PdfSigner::assemble(const QByteArray& pdf, const Update& update, int reservedBytes)
{
    QByteArray out = pdf;
    if (!out.endsWith('\n') && !out.endsWith('\r'))
        out += '\n';
    QMap<int, UpdatedObject> objects = update.objects;
    PdfDictionary signature = update.signature;
    signature.set("Contents", '<' + QByteArray(2 * reservedBytes, '0') + '>');
    objects.insert(update.signatureNumber, {0, signature.serialize()});

    QMap<int, QPair<int, qint64>> entries; // number -> generation, offset
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        entries.insert(it.key(), {it->generation, out.size()});
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(it->generation) + " obj\n" + it->body
            + "\nendobj\n";
    }
    const qint64 xrefAt = out.size();
    out += "xref\n";
    for (auto it = entries.constBegin(); it != entries.constEnd();) {
        auto end = it;
        int count = 0;
        while (end != entries.constEnd() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it) {
            out += QByteArray::number(it->second).rightJustified(10, '0') + ' '
                + QByteArray::number(it->first).rightJustified(5, '0') + " n \n";
        }
    }
    out += "trailer\n" + update.trailer.serialize() + "\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace isoaudit
