// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace isoaudit::JsonText {

/// Appends `text` as a JSON string exactly as QJsonDocument's compact form writes it: the quote, the backslash and
/// the control characters escaped (the short escapes where JSON has one, else four hex digits, lower case), a lone
/// surrogate as four hex digits too, everything else as it is. The trail's hashes cover such text, so what is
/// written by hand here (for speed) must be QJsonDocument's output to the character (tst_trail checks both).
void appendString(QString& out, QStringView text);
/// The same string as UTF-8 (what appendString() writes, then QString::toUtf8()), in one pass: the trail's hash
/// input.
void appendUtf8(QByteArray& out, QStringView text);

} // namespace isoaudit::JsonText
