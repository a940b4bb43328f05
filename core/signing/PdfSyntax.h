// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace isoaudit {

/// An indirect reference "12 0 R".
struct PdfRef
{
    int number = 0;
    int generation = 0;

    bool isValid() const { return number > 0; }
    QByteArray toBytes() const;
    bool operator==(const PdfRef&) const = default;
};

/// One top-level entry of a dictionary: its key (without the slash), the raw bytes of its value as they stand in
/// the file, and where those bytes start in the file (-1 for entries added in memory).
struct PdfEntry
{
    QByteArray key;
    QByteArray value;
    qint64 offset = -1;
};

/// A PDF dictionary kept as raw value bytes, in file order. The signer only needs to read a few keys and add or
/// replace others; keeping the rest byte for byte means an updated object says exactly what the original said.
class PdfDictionary
{
public:
    const QList<PdfEntry>& entries() const { return m_entries; }
    bool contains(const QByteArray& key) const { return find(key) != nullptr; }
    /// The raw value, or an empty array when the key is absent.
    QByteArray raw(const QByteArray& key) const;
    const PdfEntry* find(const QByteArray& key) const;
    /// "/Sig" gives "Sig"; empty when the value is not a name.
    QByteArray name(const QByteArray& key) const;
    std::optional<qint64> integer(const QByteArray& key) const;
    std::optional<PdfRef> reference(const QByteArray& key) const;

    void set(const QByteArray& key, const QByteArray& rawValue);
    void append(PdfEntry entry) { m_entries.append(std::move(entry)); }
    void remove(const QByteArray& key);
    /// "<<\n/Key value\n...\n>>".
    QByteArray serialize() const;

private:
    QList<PdfEntry> m_entries;
};

/// A reader of PDF syntax over a whole file held in memory: whitespace and comments, tokens, strings, arrays,
/// dictionaries and references. It never throws and never reads past the end: a failed read returns nullopt.
class PdfLexer
{
public:
    PdfLexer(const QByteArray& data, qint64 position);
    PdfLexer(QByteArray&& data, qint64 position) = delete; ///< it keeps a reference: a temporary would dangle

    qint64 position() const { return m_pos; }
    void setPosition(qint64 position) { m_pos = position; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    void skipWhitespace();
    /// A regular token (number, keyword, "R") or a delimiter token ("<<", ">>", "[", "]"); empty at the end.
    QByteArray peekToken();
    QByteArray readToken();
    std::optional<qint64> readInteger();
    /// Skips one complete value (a reference "n g R" counts as one) and returns its raw bytes.
    std::optional<QByteArray> readValue();
    std::optional<PdfDictionary> readDictionary();
    /// The raw bytes of every element of an array.
    std::optional<QList<QByteArray>> readArray();
    /// Reads "n g obj" and leaves the position at the object's value.
    std::optional<PdfRef> readObjectHeader();

    static bool isWhitespace(char c);
    static bool isDelimiter(char c);
    static std::optional<qint64> toInteger(const QByteArray& token);
    static std::optional<PdfRef> toReference(const QByteArray& raw);
    static QList<PdfRef> toReferences(const QList<QByteArray>& elements);

private:
    bool skipLiteralString();
    bool skipHexString();
    bool skipNested(char open, char close);

    const QByteArray& m_data;
    qint64 m_pos;
};

/// Text as a PDF text string: a literal for plain ASCII, UTF-16BE with a byte order mark as hex otherwise.
QByteArray pdfTextString(const QString& text);
/// The bytes of a raw literal "(...)" or hex "<...>" string; empty for anything else.
QByteArray pdfStringBytes(const QByteArray& raw);
/// The text of a raw text string (UTF-16BE with a byte order mark, or PDFDocEncoding read as Latin-1).
QString pdfDecodeTextString(const QByteArray& raw);

} // namespace isoaudit
