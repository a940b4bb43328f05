// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfUpdateCheck.h"

#include "signing/PdfStructure.h"

#include <QSet>

namespace isoaudit {

namespace {

/// Whether two dictionaries agree on every key but the ones allowed to change.
bool sameExcept(const PdfDictionary& before, const PdfDictionary& after, const QList<QByteArray>& allowed)
{
    QSet<QByteArray> keys;
    for (const auto& entry : before.entries())
        keys.insert(entry.key);
    for (const auto& entry : after.entries())
        keys.insert(entry.key);
    for (const QByteArray& key : keys) {
        if (allowed.contains(key))
            continue;
        if (before.contains(key) != after.contains(key) || before.raw(key).simplified() != after.raw(key).simplified())
            return false;
    }
    return true;
}

/// The arrays (by object number) a page's /Annots or the form's /Fields refer to in `structure`.
QSet<int> growableArrays(const PdfStructure& structure)
{
    QSet<int> arrays;
    if (auto pages = structure.pages()) {
        for (const PdfRef& page : pages.value()) {
            if (auto dictionary = structure.dictionary(page)) {
                if (auto ref = dictionary->reference("Annots"))
                    arrays.insert(ref->number);
            }
        }
    }
    if (auto catalog = structure.dictionary(structure.root())) {
        if (auto form = structure.dictionaryValue(catalog->raw("AcroForm"))) {
            if (auto ref = form->reference("Fields"))
                arrays.insert(ref->number);
        }
    }
    return arrays;
}

} // namespace

QString PdfUpdateCheck::changesBeyondSignatures(const QByteArray& pdf, qint64 from, qint64 to)
{
    const QByteArray earlierBytes = pdf.left(from);
    const QByteArray laterBytes = pdf.left(to);
    auto earlier = PdfStructure::parse(earlierBytes);
    auto later = PdfStructure::parse(laterBytes);
    if (!earlier || !later)
        return tr("the revisions cannot be compared (%1)").arg(earlier ? later.error() : earlier.error());
    if (earlier->root() != later->root())
        return tr("the document catalog was replaced");
    auto earlierPages = earlier->pages();
    auto laterPages = later->pages();
    if (!earlierPages || !laterPages || earlierPages->size() != laterPages->size())
        return tr("pages were added or removed");
    QSet<int> pages;
    for (const PdfRef& page : laterPages.value())
        pages.insert(page.number);
    const QSet<int> arrays = growableArrays(later.value());
    QSet<int> formObjects;
    if (auto catalog = later->dictionary(later->root())) {
        if (auto ref = catalog->reference("AcroForm"))
            formObjects.insert(ref->number);
    }

    QStringList changes;
    for (auto it = earlier->offsets().constBegin(); it != earlier->offsets().constEnd(); ++it) {
        const int number = it.key();
        if (!later->contains(number)) {
            changes << tr("object %1 was deleted").arg(number);
            continue;
        }
        if (later->offsets().value(number) == it.value())
            continue; // unchanged
        const PdfRef ref{number, 0};
        auto before = earlier->object(ref);
        auto after = later->object(ref);
        if (before && after && before.value() == after.value())
            continue; // written again, identical
        if (formObjects.contains(number))
            continue;
        auto beforeDictionary = earlier->dictionary(ref);
        auto afterDictionary = later->dictionary(ref);
        if (number == later->root().number && beforeDictionary && afterDictionary
            && sameExcept(*beforeDictionary, *afterDictionary, {"AcroForm"}))
            continue;
        if (pages.contains(number) && beforeDictionary && afterDictionary
            && sameExcept(*beforeDictionary, *afterDictionary, {"Annots"}))
            continue;
        if (arrays.contains(number)) {
            auto beforeArray = earlier->array(ref);
            auto afterArray = later->array(ref);
            if (beforeArray && afterArray && afterArray->mid(0, beforeArray->size()) == beforeArray.value())
                continue;
        }
        const QByteArray type = afterDictionary ? afterDictionary->name("Type") : QByteArray();
        changes << (type.isEmpty() ? tr("object %1 was changed").arg(number)
                                   : tr("object %1 (/%2) was changed").arg(number).arg(QString::fromLatin1(type)));
    }
    return changes.join(QStringLiteral(", "));
}

} // namespace isoaudit
