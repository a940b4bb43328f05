// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/PdfSyntax.h"

#include <QString>

namespace isoaudit {

namespace {

constexpr int maxNesting = 64; // deeper than any dictionary the signer reads; stops runaway recursion

} // namespace

QByteArray PdfRef::toBytes() const
{
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
}

const PdfEntry* PdfDictionary::find(const QByteArray& key) const
{
    for (const auto& entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QByteArray PdfDictionary::raw(const QByteArray& key) const
{
    const PdfEntry* entry = find(key);
    return entry ? entry->value : QByteArray();
}

QByteArray PdfDictionary::name(const QByteArray& key) const
{
    const QByteArray value = raw(key);
    return value.startsWith('/') ? value.mid(1) : QByteArray();
}

std::optional<qint64> PdfDictionary::integer(const QByteArray& key) const
{
    return PdfLexer::toInteger(raw(key));
}

std::optional<PdfRef> PdfDictionary::reference(const QByteArray& key) const
{
    return PdfLexer::toReference(raw(key));
}

void PdfDictionary::set(const QByteArray& key, const QByteArray& rawValue)
{
    for (auto& entry : m_entries) {
        if (entry.key == key) {
            entry.value = rawValue;
            entry.offset = -1;
            return;
        }
    }
    m_entries.append({key, rawValue, -1});
}

void PdfDictionary::remove(const QByteArray& key)
{
    m_entries.removeIf([&](const PdfEntry& entry) { return entry.key == key; });
}

QByteArray PdfDictionary::serialize() const
{
    QByteArray out = "<<\n";
    for (const auto& entry : m_entries)
        out += '/' + entry.key + ' ' + entry.value + '\n';
    out += ">>";
    return out;
}

PdfLexer::PdfLexer(const QByteArray& data, qint64 position)
    : m_data(data)
    , m_pos(position)
{
}

bool PdfLexer::isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool PdfLexer::isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

void PdfLexer::skipWhitespace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (isWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_data.size() && m_data.at(m_pos) != '\n' && m_data.at(m_pos) != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

QByteArray PdfLexer::peekToken()
{
    const qint64 saved = m_pos;
    QByteArray token = readToken();
    m_pos = saved;
    return token;
}

QByteArray PdfLexer::readToken()
{
    skipWhitespace();
    if (atEnd())
        return {};
    const qint64 start = m_pos;
    const char c = m_data.at(m_pos);
    if ((c == '<' || c == '>') && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == c) {
        m_pos += 2;
        return m_data.mid(start, 2);
    }
    if (isDelimiter(c)) {
        ++m_pos;
        return m_data.mid(start, 1);
    }
    while (m_pos < m_data.size() && !isWhitespace(m_data.at(m_pos)) && !isDelimiter(m_data.at(m_pos)))
        ++m_pos;
    return m_data.mid(start, m_pos - start);
}

std::optional<qint64> PdfLexer::readInteger()
{
    return toInteger(readToken());
}

std::optional<qint64> PdfLexer::toInteger(const QByteArray& token)
{
    const QByteArray trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<PdfRef> PdfLexer::toReference(const QByteArray& raw)
{
    const QList<QByteArray> parts = raw.simplified().split(' ');
    if (parts.size() != 3 || parts.at(2) != "R")
        return std::nullopt;
    const auto number = toInteger(parts.at(0));
    const auto generation = toInteger(parts.at(1));
    if (!number || !generation || *number <= 0 || *generation < 0 || *number > 8388607 || *generation > 65535)
        return std::nullopt;
    return PdfRef{int(*number), int(*generation)};
}

QList<PdfRef> PdfLexer::toReferences(const QList<QByteArray>& elements)
{
    QList<PdfRef> refs;
    for (const auto& element : elements) {
        if (const auto ref = toReference(element))
            refs.append(*ref);
    }
    return refs;
}

bool PdfLexer::skipLiteralString()
{
    int depth = 0;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos++);
        if (c == '\\') {
            ++m_pos; // the escaped character, whatever it is
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return true;
        }
    }
    return false;
}

bool PdfLexer::skipHexString()
{
    const qint64 end = m_data.indexOf('>', m_pos);
    if (end < 0)
        return false;
    m_pos = end + 1;
    return true;
}

std::optional<QByteArray> PdfLexer::readValue()
{
    static thread_local int depth = 0;
    if (depth > maxNesting)
        return std::nullopt;
    struct DepthGuard
    {
        DepthGuard() { ++depth; }
        ~DepthGuard() { --depth; }
    } guard;

    skipWhitespace();
    if (atEnd())
        return std::nullopt;
    const qint64 start = m_pos;
    const char c = m_data.at(m_pos);
    if (c == '(') {
        if (!skipLiteralString())
            return std::nullopt;
    } else if (c == '<' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '<') {
        m_pos += 2;
        for (;;) {
            skipWhitespace();
            if (m_data.mid(m_pos, 2) == ">>") {
                m_pos += 2;
                break;
            }
            if (atEnd() || !readValue())
                return std::nullopt;
        }
    } else if (c == '<') {
        if (!skipHexString())
            return std::nullopt;
    } else if (c == '[') {
        ++m_pos;
        for (;;) {
            skipWhitespace();
            if (!atEnd() && m_data.at(m_pos) == ']') {
                ++m_pos;
                break;
            }
            if (atEnd() || !readValue())
                return std::nullopt;
        }
    } else if (c == '/') {
        ++m_pos;
        while (m_pos < m_data.size() && !isWhitespace(m_data.at(m_pos)) && !isDelimiter(m_data.at(m_pos)))
            ++m_pos;
    } else if (isDelimiter(c)) {
        return std::nullopt; // a closing bracket or brace where a value should start
    } else {
        const QByteArray token = readToken();
        if (const auto number = toInteger(token); number && *number >= 0) {
            // "n g R" is one value: look ahead for the generation and the R.
            const qint64 afterNumber = m_pos;
            const QByteArray generation = readToken();
            if (toInteger(generation) && readToken() == "R")
                return m_data.mid(start, m_pos - start);
            m_pos = afterNumber;
        }
    }
    return m_data.mid(start, m_pos - start);
}

std::optional<PdfDictionary> PdfLexer::readDictionary()
{
    skipWhitespace();
    if (m_data.mid(m_pos, 2) != "<<")
        return std::nullopt;
    m_pos += 2;
    PdfDictionary dictionary;
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return std::nullopt;
        if (m_data.mid(m_pos, 2) == ">>") {
            m_pos += 2;
            return dictionary;
        }
        if (m_data.at(m_pos) != '/')
            return std::nullopt;
        const auto key = readValue();
        if (!key)
            return std::nullopt;
        skipWhitespace();
        const qint64 valueOffset = m_pos;
        const auto value = readValue();
        if (!value)
            return std::nullopt;
        dictionary.append({key->mid(1), *value, valueOffset});
    }
}

std::optional<QList<QByteArray>> PdfLexer::readArray()
{
    skipWhitespace();
    if (atEnd() || m_data.at(m_pos) != '[')
        return std::nullopt;
    ++m_pos;
    QList<QByteArray> elements;
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return std::nullopt;
        if (m_data.at(m_pos) == ']') {
            ++m_pos;
            return elements;
        }
        const auto value = readValue();
        if (!value)
            return std::nullopt;
        elements.append(*value);
    }
}

std::optional<PdfRef> PdfLexer::readObjectHeader()
{
    const auto number = readInteger();
    const auto generation = readInteger();
    if (!number || !generation || *number <= 0 || readToken() != "obj")
        return std::nullopt;
    return PdfRef{int(*number), int(*generation)};
}

QByteArray pdfTextString(const QString& text)
{
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain = false;
    }
    if (plain) {
        QByteArray escaped = text.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        return '(' + escaped + ')';
    }
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfStringBytes(const QByteArray& raw)
{
    if (raw.startsWith('<') && raw.endsWith('>') && !raw.startsWith("<<")) {
        QByteArray hex = raw.mid(1, raw.size() - 2).simplified().replace(' ', "");
        if (hex.size() % 2)
            hex += '0';
        return QByteArray::fromHex(hex);
    }
    if (!raw.startsWith('(') || !raw.endsWith(')'))
        return {};
    QByteArray out;
    const QByteArray body = raw.mid(1, raw.size() - 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const char e = body.at(++i);
        static const QByteArray escapes = "nrtbf";
        static const QByteArray escaped = "\n\r\t\b\f";
        if (const qsizetype known = escapes.indexOf(e); known >= 0) {
            out += escaped.at(known);
        } else if (e == '\r') {
            if (i + 1 < body.size() && body.at(i + 1) == '\n')
                ++i; // a line continuation
        } else if (e >= '0' && e <= '7') {
            int value = e - '0';
            for (int k = 0; k < 2 && i + 1 < body.size() && body.at(i + 1) >= '0' && body.at(i + 1) <= '7'; ++k)
                value = value * 8 + (body.at(++i) - '0');
            out += char(value & 0xff);
        } else if (e != '\n') {
            out += e; // \( \) \\ and unknown escapes stand for the character itself
        }
    }
    return out;
}

QString pdfDecodeTextString(const QByteArray& raw)
{
    const QByteArray bytes = pdfStringBytes(raw);
    if (bytes.startsWith("\xFE\xFF")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            text += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
        return text;
    }
    return QString::fromLatin1(bytes);
}

} // namespace isoaudit
