// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QRectF>

namespace isoaudit {

/// The visible appearance of a signature: one line of text ("Digitally signed by … on …") as a PDF content stream
/// for a form XObject. The glyphs are drawn as filled outlines, not as text in a font, so the stamp needs no font
/// resource and the signed report stays PDF/A (every font must be embedded; an outline is not a font).
class SignatureStamp
{
    Q_DECLARE_TR_FUNCTIONS(SignatureStamp)

public:
    /// The report's stamp positions, in PDF user space (points from the bottom-left corner): the band between the
    /// last line of the body and the footer rule that ReportLayout keeps free on every page, left to right, one slot
    /// per signature. nullopt-like empty rect when `index` has no slot (only two fit on A4 and US Letter).
    static QRectF footerSlot(int index);
    /// The content stream that draws `text` left-aligned and vertically centred in a box of `size`, shrunk to fit.
    /// Needs a QGuiApplication (the outlines come from Qt's font database).
    static Result<QByteArray> contentStream(const QString& text, const QSizeF& size);
    /// The complete form XObject (dictionary and stream) for contentStream().
    static Result<QByteArray> formXObject(const QString& text, const QSizeF& size);
};

} // namespace isoaudit
