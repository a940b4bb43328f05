// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace isoaudit::JsonText {

/// Appends `text` as a JSON string, UTF-8, exactly as QJsonDocument's compact form writes it: the quote, the backslash
/// and the control characters escaped (the short escapes where JSON has one, else four hex digits, lower case), a lone
/// surrogate as four hex digits too, everything else as it is. The trail's hashes cover such text, so what is written
/// by hand here (for speed) must be QJsonDocument's output to the byte (tst_trail checks both).
void appendUtf8(QByteArray& out, QStringView text);
/// The same for a text that is already UTF-8 (valid UTF-8, as QString::toUtf8() or appendUtf8() make it): what
/// appendUtf8() writes for QString::fromUtf8(utf8), without going through UTF-16. The trail hashes a record's JSON,
/// which is written once as UTF-8, this way.
void appendUtf8Text(QByteArray& out, QByteArrayView utf8);

} // namespace isoaudit::JsonText
