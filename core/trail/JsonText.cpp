// SPDX-License-Identifier: GPL-3.0-or-later
#include "trail/JsonText.h"

namespace isoaudit::JsonText {

void appendString(QString& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    auto escapeCode = [&](char16_t u) {
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(u >> shift) & 0xf]);
    };
    out += QLatin1Char('"');
    // Characters that need no escape are copied in runs, not one by one (an import hashes megabytes of them).
    qsizetype run = 0;
    const auto flush = [&](qsizetype end) {
        if (end > run)
            out += text.sliced(run, end - run);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i; // a valid pair stays as it is
            continue;
        }
        flush(i);
        run = i + 1;
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case 0x08:
            out += QLatin1String("\\b");
            break;
        case 0x0c:
            out += QLatin1String("\\f");
            break;
        case 0x0a:
            out += QLatin1String("\\n");
            break;
        case 0x0d:
            out += QLatin1String("\\r");
            break;
        case 0x09:
            out += QLatin1String("\\t");
            break;
        default: // other control characters and lone surrogates
            escapeCode(u);
        }
    }
    flush(text.size());
    out += QLatin1Char('"');
}

} // namespace isoaudit::JsonText
