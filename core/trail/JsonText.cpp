// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/JsonText.h"

namespace isoaudit::JsonText {

namespace {

const char hexDigits[] = "0123456789abcdef";

/// The escape QJsonDocument writes for `u` (a quote, a backslash, a control character or a lone surrogate), as
/// ASCII into `out`; returns the bytes written.
int writeEscape(char16_t u, char* out)
{
    char letter = 0;
    switch (u) {
    case u'"':
        letter = '"';
        break;
    case u'\\':
        letter = '\\';
        break;
    case 0x08:
        letter = 'b';
        break;
    case 0x0c:
        letter = 'f';
        break;
    case 0x0a:
        letter = 'n';
        break;
    case 0x0d:
        letter = 'r';
        break;
    case 0x09:
        letter = 't';
        break;
    default: // other control characters and lone surrogates
        out[0] = '\\';
        out[1] = 'u';
        for (int i = 0; i < 4; ++i)
            out[2 + i] = hexDigits[(u >> (12 - 4 * i)) & 0xf];
        return 6;
    }
    out[0] = '\\';
    out[1] = letter;
    return 2;
}

bool isPlain(char16_t u)
{
    return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u);
}

} // namespace

void appendUtf8(QByteArray& out, QStringView text)
{
    // At most 6 bytes per UTF-16 unit (an escape; a surrogate pair is 4 bytes for 2 units).
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char* write = out.data() + start;
    *write++ = '"';
    const qsizetype n = text.size();
    const QChar* read = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = read[i].unicode();
        if (u < 0x80 && isPlain(u)) {
            *write++ = char(u);
        } else if (isPlain(u)) {
            if (u < 0x800) {
                *write++ = char(0xc0 | (u >> 6));
            } else {
                *write++ = char(0xe0 | (u >> 12));
                *write++ = char(0x80 | ((u >> 6) & 0x3f));
            }
            *write++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && read[i + 1].isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(u, read[++i].unicode());
            *write++ = char(0xf0 | (c >> 18));
            *write++ = char(0x80 | ((c >> 12) & 0x3f));
            *write++ = char(0x80 | ((c >> 6) & 0x3f));
            *write++ = char(0x80 | (c & 0x3f));
        } else {
            write += writeEscape(u, write);
        }
    }
    *write++ = '"';
    out.resize(write - out.constData());
}

void appendUtf8Text(QByteArray& out, QByteArrayView utf8)
{
    // Only the quote, the backslash and control characters change; every other byte (UTF-8 sequences included, which
    // appendUtf8() writes as they are for valid text) is copied. A record's JSON quotes every key and value, so
    // escapes come every few bytes: one byte at a time, with the two common escapes inline.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * utf8.size());
    char* write = out.data() + start;
    *write++ = '"';
    for (const char c : utf8) {
        if (uchar(c) >= 0x20 && c != '"' && c != '\\') {
            *write++ = c;
        } else if (c == '"' || c == '\\') {
            *write++ = '\\';
            *write++ = c;
        } else {
            write += writeEscape(char16_t(uchar(c)), write);
        }
    }
    *write++ = '"';
    out.resize(write - out.constData());
}

} // namespace isoaudit::JsonText
