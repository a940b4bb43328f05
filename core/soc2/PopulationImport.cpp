// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/PopulationImport.h"

#include "import/CsvStream.h"
#include "import/XlsxReader.h"
#include "soc2/Engagement.h"
#include "soc2/Populations.h"
#include "storage/AuditStore.h"
#include "storage/PopulationTable.h"
#include "trail/JsonText.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMultiHash>

namespace isoaudit {

namespace {

/// A header as compared with the usual names: lower case, separators as single spaces.
QString plainHeader(const QString& header)
{
    QString plain = header.toLower();
    for (QChar& c : plain) {
        if (c == u'_' || c == u'-' || c == u'.' || c == u'/')
            c = u' ';
    }
    return plain.simplified();
}

bool digits(QStringView text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= text.size() || !text.at(i).isDigit())
            return false;
    }
    return true;
}

int number(QStringView text, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + text.at(i).digitValue();
    return n;
}

/// The rows after the header, turned into frozen rows as they stream past.
struct Importer
{
    Importer(const PopulationImportOptions& options, AuditStore& store, const Record& engagement,
             PopulationImportResult& result, PopulationTable::Writer& writer)
        : options(options)
        , store(store)
        , engagement(engagement)
        , result(result)
        , writer(&writer)
    {
    }

    const PopulationImportOptions& options;
    AuditStore& store;
    const Record& engagement;
    PopulationImportResult& result;
    PopulationTable::Writer* writer = nullptr;
    QStringList headers;
    qsizetype headerRow = 0;
    int idColumn = -1;
    int dateColumn = -1;
    PopulationHash hash;
    PopulationContentHash content;
    QStringList otherFields; // reused for every row
    struct Seen
    {
        qint64 rowNo;
        qsizetype fileRow;
    };
    QMultiHash<quint64, Seen> seen; ///< the ids by their 64-bit hash: a million ids without keeping their text

    Status header(qsizetype row, const QStringList& fields)
    {
        headerRow = row;
        for (int i = 0; i < fields.size(); ++i)
            headers << (fields.at(i).trimmed().isEmpty() ? PopulationImport::tr("column %1").arg(i + 1)
                                                         : fields.at(i).trimmed());
        idColumn = PopulationImport::findColumn(headers, options.idColumn, PopulationImport::idSynonyms());
        dateColumn = PopulationImport::findColumn(headers, options.dateColumn, PopulationImport::dateSynonyms());
        const QString list = headers.join(QLatin1String(", "));
        if (idColumn < 0)
            return Error{
                options.idColumn.isEmpty()
                    ? PopulationImport::tr("No column of the header (row %1) looks like the occurrences' id; "
                                           "name it with --id-column (the columns: %2).")
                          .arg(row)
                          .arg(list)
                    : PopulationImport::tr("There is no column \"%1\" in the header (row %2); the columns: %3.")
                          .arg(options.idColumn)
                          .arg(row)
                          .arg(list)};
        if (dateColumn < 0)
            return Error{
                options.dateColumn.isEmpty()
                    ? PopulationImport::tr("No column of the header (row %1) looks like the occurrences' date; "
                                           "name it with --date-column (the columns: %2).")
                          .arg(row)
                          .arg(list)
                    : PopulationImport::tr("There is no column \"%1\" in the header (row %2); the columns: %3.")
                          .arg(options.dateColumn)
                          .arg(row)
                          .arg(list)};
        if (idColumn == dateColumn)
            return Error{PopulationImport::tr("The id and the date cannot be the same column (\"%1\").")
                             .arg(headers.at(idColumn))};
        result.idColumn = headers.at(idColumn);
        result.dateColumn = headers.at(dateColumn);
        result.idColumnFound = options.idColumn.isEmpty();
        result.dateColumnFound = options.dateColumn.isEmpty();
        for (int i = 0; i < headers.size(); ++i) {
            if (i != idColumn && i != dateColumn)
                result.otherColumns << headers.at(i);
        }
        return {};
    }

    Status duplicate(const QString& id, qsizetype fileRow)
    {
        const quint64 key = qHash(QStringView(id), 0);
        const auto range = seen.equal_range(key);
        if (range.first != range.second) {
            if (auto flushed = writer->flush(); !flushed)
                return flushed;
            for (auto it = range.first; it != range.second; ++it) {
                auto earlier = PopulationTable::rows(store, writer->populationUuid(), it->rowNo, 1);
                if (!earlier)
                    return Error{earlier.error()};
                if (!earlier->isEmpty() && earlier->first().occurrenceId == id)
                    return Error{PopulationImport::tr("Rows %1 and %2 have the same id \"%3\"; each occurrence is "
                                                      "listed once.")
                                     .arg(it->fileRow)
                                     .arg(fileRow)
                                     .arg(id)};
            }
        }
        seen.insert(key, {writer->count() + 1, fileRow});
        return {};
    }

    Status row(qsizetype fileRow, const QStringList& fields)
    {
        if (headers.isEmpty())
            return fields.isEmpty() ? Status() : header(fileRow, fields);
        if (fields.isEmpty()
            || std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.isEmpty(); }))
            return {}; // a blank line is not an occurrence
        for (qsizetype i = headers.size(); i < fields.size(); ++i) {
            if (!fields.at(i).isEmpty())
                return Error{PopulationImport::tr("Row %1 has a value in column %2, which the header (row %3) does "
                                                  "not name.")
                                 .arg(fileRow)
                                 .arg(i + 1)
                                 .arg(headerRow)};
        }
        PopulationRow frozen;
        frozen.occurrenceId = fields.value(idColumn).trimmed();
        if (frozen.occurrenceId.isEmpty())
            return Error{PopulationImport::tr("Row %1 has no id (column \"%2\").").arg(fileRow).arg(result.idColumn)};
        const QString dateText = fields.value(dateColumn).trimmed();
        const auto date = PopulationImport::parseDate(dateText, options.dateFormat);
        if (!date) {
            if (dateText.isEmpty())
                return Error{
                    PopulationImport::tr("Row %1 has no date (column \"%2\").").arg(fileRow).arg(result.dateColumn)};
            if (!options.dateFormat.isEmpty())
                return Error{PopulationImport::tr("Row %1: \"%2\" is not a date in the format %3.")
                                 .arg(fileRow)
                                 .arg(dateText, options.dateFormat)};
            return Error{PopulationImport::tr("Row %1: \"%2\" is not an ISO date (YYYY-MM-DD); a date such as 03/04 "
                                              "could be either day or month first, so give the file's format with "
                                              "--date-format (for example d/M/yyyy or M/d/yyyy).")
                             .arg(fileRow)
                             .arg(dateText)};
        }
        frozen.occurredOn = *date;
        if (auto ok = duplicate(frozen.occurrenceId, fileRow); !ok)
            return ok;
        frozen.inPeriod = Engagement::inPeriod(engagement, *date);
        if (frozen.inPeriod) {
            hash.add(frozen.occurrenceId, frozen.occurredOn);
        } else {
            ++result.outOfPeriod;
            if (result.firstOutOfPeriod.size() < 5)
                result.firstOutOfPeriod
                    << PopulationImport::tr("row %1 (%2)").arg(fileRow).arg(date->toString(Qt::ISODate));
        }
        QByteArray other("[");
        otherFields.clear();
        for (int i = 0; i < headers.size(); ++i) {
            if (i == idColumn || i == dateColumn)
                continue;
            if (other.size() > 1)
                other += ',';
            JsonText::appendUtf8(other, fields.value(i));
            otherFields << fields.value(i);
        }
        other += ']';
        frozen.other = other;
        content.add(frozen.occurrenceId, frozen.occurredOn, frozen.inPeriod, otherFields);
        return writer->append(frozen);
    }
};

/// Reads the file's rows, CSV streamed or an XLSX sheet, and hands each to `visit`.
Status readRows(const PopulationImportOptions& options, const CsvStream::RowVisitor& visit, QString* source)
{
    const QString name = QFileInfo(options.path).fileName();
    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{PopulationImport::tr("Could not open %1: %2").arg(name, file.errorString())};
    const QByteArray head = file.peek(8);
    file.close();
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error{PopulationImport::tr("%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.")
                         .arg(name)};
    if (!head.startsWith("PK\x03\x04"))
        return CsvStream::read(options.path, visit, source);
    auto reader = XlsxReader::open(options.path);
    if (!reader)
        return Error{reader.error()};
    auto sheet = reader->sheet(options.sheet);
    if (!sheet)
        return Error{sheet.error()};
    *source = sheet->source;
    const SheetTable& table = sheet.value();
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList fields;
        if (!table.isBlankRow(r)) {
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                fields << table.text(r, c);
        }
        if (auto ok = visit(r + 1, fields); !ok)
            return ok;
    }
    return {};
}

} // namespace

const QStringList& PopulationImport::idSynonyms()
{
    static const QStringList names
        = {QStringLiteral("id"),         QStringLiteral("occurrence id"), QStringLiteral("occurrence"),
           QStringLiteral("ticket id"),  QStringLiteral("ticket"),        QStringLiteral("change id"),
           QStringLiteral("change"),     QStringLiteral("request id"),    QStringLiteral("transaction id"),
           QStringLiteral("event id"),   QStringLiteral("case id"),       QStringLiteral("record id"),
           QStringLiteral("reference"),  QStringLiteral("ref"),           QStringLiteral("key"),
           QStringLiteral("identifier"), QStringLiteral("number"),        QStringLiteral("no")};
    return names;
}

const QStringList& PopulationImport::dateSynonyms()
{
    static const QStringList names
        = {QStringLiteral("date"),         QStringLiteral("occurred on"),  QStringLiteral("occurrence date"),
           QStringLiteral("event date"),   QStringLiteral("performed on"), QStringLiteral("date performed"),
           QStringLiteral("created"),      QStringLiteral("created on"),   QStringLiteral("created at"),
           QStringLiteral("date created"), QStringLiteral("completed on"), QStringLiteral("completed"),
           QStringLiteral("approved on"),  QStringLiteral("closed on"),    QStringLiteral("resolved on"),
           QStringLiteral("timestamp"),    QStringLiteral("datetime"),     QStringLiteral("date time")};
    return names;
}

int PopulationImport::findColumn(const QStringList& headers, const QString& given, const QStringList& synonyms)
{
    QStringList plain;
    for (const QString& header : headers)
        plain << plainHeader(header);
    if (!given.isEmpty()) {
        const int exact = int(headers.indexOf(given.trimmed()));
        return exact >= 0 ? exact : int(plain.indexOf(plainHeader(given)));
    }
    for (const QString& synonym : synonyms) {
        if (const qsizetype at = plain.indexOf(synonym); at >= 0)
            return int(at);
    }
    return -1;
}

std::optional<QDate> PopulationImport::parseDate(QStringView text, const QString& format)
{
    // ISO: YYYY-MM-DD, or a date-time "YYYY-MM-DDThh:mm[:ss[.fff]][Z|+hh:mm]" (or with a space), read as written.
    if (text.size() >= 10 && digits(text, 0, 4) && text.at(4) == u'-' && digits(text, 5, 2) && text.at(7) == u'-'
        && digits(text, 8, 2)) {
        const QDate date(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
        const bool dateOnly = text.size() == 10;
        const bool dateTime = text.size() >= 16 && (text.at(10) == u'T' || text.at(10) == u' ') && digits(text, 11, 2)
            && text.at(13) == u':' && digits(text, 14, 2)
            && QDateTime::fromString(text.toString().replace(10, 1, u'T'), Qt::ISODateWithMs).isValid();
        if (date.isValid() && (dateOnly || dateTime))
            return date;
        return std::nullopt;
    }
    if (format.isEmpty())
        return std::nullopt;
    const QString written = text.toString();
    QDate date = QDate::fromString(written, format);
    if (!date.isValid())
        date = QDateTime::fromString(written, format).date();
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Result<PopulationImportResult> PopulationImport::run(AuditStore& store, const PopulationImportOptions& options)
{
    auto engagement = store.singleton(RecordKind::Engagement);
    if (!engagement)
        return Error{tr("This audit is not a SOC 2 engagement; populations belong to a service organization's "
                        "controls.")};
    auto control = store.record(RecordKind::ServiceControl, options.controlUuid);
    if (!control)
        return Error{control.error()};
    PopulationImportResult result;
    Record population{RecordKind::Population, {}, options.controlUuid, {}, {}};
    auto inserted = PopulationTable::insert(store, population, [&](PopulationTable::Writer& rows, Record& record) {
        Importer importer(options, store, engagement.value(), result, rows);
        const Status read = readRows(
            options, [&](qsizetype row, const QStringList& fields) { return importer.row(row, fields); },
            &result.source);
        if (!read)
            return read;
        if (importer.headers.isEmpty())
            return Status(
                Error{tr("%1 has no header row naming its columns.").arg(QFileInfo(options.path).fileName())});
        result.rows = rows.count();
        result.sha256 = importer.hash.hex();
        if (options.outside == PopulationImportOptions::Outside::Refuse && result.outOfPeriod > 0)
            return Status(Error{tr("%n row(s) fall outside the engagement's period, first %1; nothing was imported "
                                   "(import with the rows flagged instead to keep them out of the sample).",
                                   nullptr, int(result.outOfPeriod))
                                    .arg(result.firstOutOfPeriod.join(QLatin1String(", ")))});
        const QString name
            = options.name.isEmpty() ? QFileInfo(options.path).completeBaseName() : options.name.trimmed();
        record.values
            = {{QStringLiteral("name"), name},
               {QStringLiteral("source_file"), QFileInfo(options.path).fileName()},
               {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
               {QStringLiteral("imported_by"), options.importedBy.isEmpty() ? store.author() : options.importedBy},
               {QStringLiteral("row_count"), result.rows},
               {QStringLiteral("sha256"), result.sha256},
               {QStringLiteral("rows_sha256"), importer.content.hex()},
               {QStringLiteral("id_column"), result.idColumn},
               {QStringLiteral("date_column"), result.dateColumn},
               {QStringLiteral("columns"), QJsonArray::fromStringList(result.otherColumns)},
               {QStringLiteral("out_of_period"), result.outOfPeriod}};
        return Status();
    });
    if (!inserted)
        return Error{inserted.error()};
    result.uuid = inserted.value();
    return result;
}

} // namespace isoaudit
