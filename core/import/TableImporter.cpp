// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TableImporter.h"

#include "catalog/Catalog.h"
#include "catalog/Catalogs.h"
#include "i18n/Translations.h"
#include "import/ControlMatrixValues.h"
#include "import/CsvReader.h"
#include "import/ValueNormalizer.h"
#include "import/XlsxReader.h"
#include "storage/AuditStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace isoaudit {

namespace {

QStringList jsonLabels(const Record& method, const QString& column)
{
    QStringList labels;
    for (const auto& v : QJsonDocument::fromJson(method.text(column).toUtf8()).array())
        labels << v.toString();
    return labels;
}

/// What ValueNormalizer::controls made of a cell's text.
struct ControlsRead
{
    QList<ControlRef> refs;
    QStringList problems;
};

/// A register repeats the same few spellings (levels, treatments, control lists) thousands of times: each distinct
/// text is read once per import.
template<typename Value> class ReadOnce
{
public:
    template<typename Read> const Value& get(const QString& key, Read read)
    {
        auto found = m_known.constFind(key);
        if (found == m_known.cend())
            found = m_known.insert(key, read());
        return found.value();
    }

private:
    QHash<QString, Value> m_known;
};

/// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without its general formatter (years 1 to 9999).
QString isoDate(const QDate& date)
{
    const int year = date.year();
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    const auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = QLatin1Char(char('0' + value % 10));
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, date.month(), 2);
    out[7] = u'-';
    put(8, date.day(), 2);
    return text;
}

/// Reads the cells of one row into a record, collecting the row report as it goes.
struct RowContext
{
    const SheetTable& table;
    const ImportPlan& plan;
    int row; // 0-based
    QList<RowIssue>* issues;
    QList<RenumberedControl>* renumbered;
    ReadOnce<ControlsRead>* controlsRead;

    void issue(int column, const QString& reason) const
    {
        issues->append({row + 1, column < 0 ? QString() : SheetTable::columnName(column),
                        column < 0 ? QString() : plan.headers.value(column),
                        column < 0 ? QString() : table.text(row, column), reason});
    }
    QVariant cell(int column) const { return table.cell(row, column); }
    QString text(int column) const { return table.text(row, column); }

    /// The 2022 controls named in a cell; problems go to the row report.
    QList<ControlRef> controls(int column) const
    {
        const QString cellText = text(column);
        const ControlsRead& read = controlsRead->get(cellText, [&] {
            ControlsRead result;
            result.refs = ValueNormalizer::controls(cellText, &result.problems);
            return result;
        });
        const QList<ControlRef>& refs = read.refs;
        for (const auto& p : read.problems)
            issue(column, p);
        for (const auto& r : refs) {
            if (r.from2013)
                renumbered->append({row + 1, r.written, r.id});
        }
        return refs;
    }
};

/// A control matrix belongs in a SOC 2 engagement, a risk register, SoA or findings list in an ISO/IEC 27001 audit;
/// an audit of both frameworks takes either.
QString frameworkMismatch(const Record& audit, TableKind kind)
{
    const QStringList frameworks = audit.text(QStringLiteral("frameworks")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool soc2 = frameworks.contains(Catalogs::soc2FrameworkId());
    const bool iso = frameworks.isEmpty() || frameworks.contains(Catalogs::defaultFrameworkId());
    if (kind == TableKind::Controls && !soc2)
        return TableImporter::tr("A control matrix is imported into a SOC 2 engagement; this audit is an ISO/IEC 27001 "
                                 "audit, whose controls are the Annex A controls of its Statement of Applicability.");
    if (kind != TableKind::Controls && !iso)
        return TableImporter::tr("A %1 is an ISO/IEC 27001 table and this audit is a SOC 2 engagement; import the "
                                 "service organization's control matrix instead.")
            .arg(TableKinds::label(kind));
    return {};
}

} // namespace

int ImportPlan::insertCount() const
{
    return int(std::count_if(records.cbegin(), records.cend(), [](const PlannedRecord& r) { return r.isNew; }));
}

int ImportPlan::updateCount() const
{
    return int(records.size()) - insertCount();
}

Result<SheetTable> TableImporter::readFile(const QString& path, const QString& sheet, std::optional<TableKind> kind)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2").arg(name, file.errorString())};
    const QByteArray head = file.peek(8);
    file.close();
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error{tr("%1 is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV first.").arg(name)};
    if (head.startsWith("PK\x03\x04")) {
        auto reader = XlsxReader::open(path);
        if (!reader)
            return Error{reader.error()};
        if (!sheet.isEmpty() || !kind || reader->sheetNames().size() < 2)
            return reader->sheet(sheet);
        std::optional<SheetTable> best;
        qsizetype bestColumns = 0;
        for (const auto& name : reader->sheetNames()) {
            auto table = reader->sheet(name);
            if (!table)
                continue;
            const qsizetype n = ColumnMapper::guess(*kind, table.value()).columns.size();
            if (!best || n > bestColumns) {
                best = std::move(table.value());
                bestColumns = n;
            }
        }
        if (!best)
            return reader->sheet(sheet);
        return std::move(*best);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return Error{tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(name)};
    return CsvReader::read(path);
}

Result<QStringList> TableImporter::sheetNames(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    if (!file.peek(4).startsWith("PK\x03\x04"))
        return QStringList{QFileInfo(path).fileName()};
    file.close();
    auto reader = XlsxReader::open(path);
    if (!reader)
        return Error{reader.error()};
    return reader->sheetNames();
}

Result<ImportPlan> TableImporter::plan(const AuditStore& store, TableKind kind, const SheetTable& table,
                                       const ColumnMapping& mapping)
{
    ImportPlan plan;
    plan.kind = kind;
    plan.source = table.source;
    plan.mapping = mapping;
    if (mapping.headerRow < 0)
        return Error{tr("No header row was recognised in %1; map the columns by hand.").arg(table.name)};
    plan.headers = ColumnMapper::headers(table, mapping.headerRow);
    const QString keyField = kind == TableKind::Soa ? QStringLiteral("control_id") : QStringLiteral("ref");
    const int keyColumn = mapping.columnOf(keyField);
    if (kind == TableKind::Actions)
        return Error{tr("Corrective actions are exported, not imported.")};
    auto audit = store.audit();
    if (!audit)
        return Error{audit.error()};
    if (const QString mismatch = frameworkMismatch(audit.value(), kind); !mismatch.isEmpty())
        return Error{mismatch};
    if (keyColumn < 0)
        return Error{
            tr("No column gives the %1; a %2 needs one to match its rows.")
                .arg(Translations::inSentence(ColumnMapper::fieldLabel(kind, keyField)), TableKinds::label(kind))};
    const RecordKind recordKind = kind == TableKind::Risks ? RecordKind::Risk
        : kind == TableKind::Soa                           ? RecordKind::SoaEntry
        : kind == TableKind::Controls                      ? RecordKind::ServiceControl
                                                           : RecordKind::Finding;
    QStringList likelihoodLabels;
    QStringList impactLabels;
    if (kind == TableKind::Risks) {
        auto method = store.riskMethod();
        if (!method)
            return Error{method.error()};
        likelihoodLabels = jsonLabels(method.value(), QStringLiteral("likelihood_levels"));
        impactLabels = jsonLabels(method.value(), QStringLiteral("impact_levels"));
    }
    const Catalog& catalog = Catalog::isoSpecificByNature();
    // A register repeats a handful of level spellings thousands of times; each is matched against the client's
    // labels once (ValueNormalizer::level normalizes every label on every call).
    QHash<QString, Result<int>> likelihoods;
    QHash<QString, Result<int>> impacts;
    auto level = [](QHash<QString, Result<int>>& known, const QVariant& value, const QStringList& labels) {
        const QString key = QString::number(value.typeId()) + QLatin1Char(':') + value.toString();
        auto found = known.constFind(key);
        if (found == known.cend())
            found = known.insert(key, ValueNormalizer::level(value, labels));
        return found.value();
    };
    // The records already in the audit by key, the first of each (as AuditStore::uuidForKey finds it): read once for
    // the whole table instead of one lookup per row.
    auto existingRecords = store.records(recordKind);
    if (!existingRecords)
        return Error{existingRecords.error()};
    QHash<QString, qsizetype> existingByKey;
    for (qsizetype i = 0; i < existingRecords->size(); ++i) {
        const QString existingKey = existingRecords->at(i).text(keyField);
        if (!existingByKey.contains(existingKey))
            existingByKey.insert(existingKey, i);
    }
    ReadOnce<ControlsRead> controlsRead;
    ReadOnce<Result<QString>> treatments;
    QHash<QString, int> seen; // key -> row where it was first read
    for (int row = mapping.headerRow + 1; row < table.rows.size(); ++row) {
        if (table.isBlankRow(row))
            continue;
        ++plan.rowsRead;
        RowContext rc{table, plan, row, &plan.issues, &plan.renumbered, &controlsRead};
        PlannedRecord planned;
        planned.row = row + 1;
        Record& r = planned.record;
        r.kind = recordKind;
        QString key = rc.text(keyColumn);
        if (kind == TableKind::Soa) {
            QList<RenumberedControl> renumbered;
            RowContext keyContext{table, plan, row, &plan.issues, &renumbered, &controlsRead};
            const auto refs = keyContext.controls(keyColumn);
            if (refs.isEmpty()) {
                if (rc.text(keyColumn).isEmpty())
                    rc.issue(keyColumn, tr("The row names no control; it is not imported."));
                continue;
            }
            key = refs.first().id;
            if (seen.contains(key)) {
                rc.issue(keyColumn,
                         tr("Control %1 was already given in row %2; this row is not imported.")
                             .arg(key)
                             .arg(seen.value(key)));
                continue;
            }
            plan.renumbered << renumbered;
            r.values.insert(QStringLiteral("control_id"), key);
        } else {
            if (key.isEmpty()) {
                rc.issue(keyColumn, tr("The row has no reference; it is not imported."));
                continue;
            }
            if (seen.contains(key)) {
                rc.issue(keyColumn,
                         tr("The reference %1 was already used in row %2; this row is not imported.")
                             .arg(key)
                             .arg(seen.value(key)));
                continue;
            }
            r.values.insert(QStringLiteral("ref"), key);
        }
        seen.insert(key, row + 1);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            const int column = it.key();
            const QString& field = it.value();
            if (column == keyColumn || rc.text(column).isEmpty())
                continue;
            const QVariant value = rc.cell(column);
            const QString text = rc.text(column);
            auto setOrReport = [&](const auto& result, auto convert) {
                if (result)
                    r.values.insert(field, convert(result.value()));
                else
                    rc.issue(column, result.error());
            };
            auto same = [](const auto& v) { return QVariant(v); };
            if (field == QLatin1String("likelihood") || field == QLatin1String("residual_likelihood")) {
                setOrReport(level(likelihoods, value, likelihoodLabels), same);
            } else if (field == QLatin1String("impact") || field == QLatin1String("residual_impact")) {
                setOrReport(level(impacts, value, impactLabels), same);
            } else if (field == QLatin1String("treatment")) {
                setOrReport(treatments.get(text, [&] { return ValueNormalizer::treatment(text); }), same);
            } else if (field == QLatin1String("frequency")) {
                setOrReport(ControlMatrixValues::frequency(text), same);
            } else if (field == QLatin1String("automation")) {
                setOrReport(ControlMatrixValues::automation(text), same);
            } else if (field == QLatin1String("criteria")) {
                QStringList problems;
                const QStringList ids = ControlMatrixValues::criteria(text, &problems);
                for (const QString& p : problems)
                    rc.issue(column, p);
                if (!ids.isEmpty()) // a cell with no criterion read leaves the control's mapping as it is
                    r.links.insert(LinkKind::Criterion, ids);
            } else if (field == QLatin1String("residual_accepted") || field == QLatin1String("key_control")) {
                setOrReport(ValueNormalizer::boolean(value), same);
            } else if (field == QLatin1String("accepted_on") || field == QLatin1String("last_reviewed")
                       || field == QLatin1String("raised_on")) {
                setOrReport(ValueNormalizer::date(value), [](const QDate& d) { return QVariant(isoDate(d)); });
            } else if (field == QLatin1String("applicable")) {
                setOrReport(ValueNormalizer::applicability(value), same);
            } else if (field == QLatin1String("implementation")) {
                setOrReport(ValueNormalizer::implementation(text), same);
            } else if (field == QLatin1String("grade")) {
                setOrReport(ValueNormalizer::grade(text), same);
            } else if (field == QLatin1String("controls")) {
                QStringList ids;
                for (const auto& ref : rc.controls(column))
                    ids << ref.id;
                r.links.insert(LinkKind::Control, ids);
            } else if (field == QLatin1String("requirement")) {
                r.values.insert(field, text);
                // The requirement also links the finding: "A.5.15" to a control, "9.2.2" to a clause.
                QStringList problems;
                QStringList controls;
                QStringList clauses;
                for (const auto& ref : ValueNormalizer::controls(text, &problems)) {
                    if (!ref.written.startsWith(QLatin1Char('A'), Qt::CaseInsensitive) && catalog.clause(ref.id))
                        clauses << ref.id;
                    else
                        controls << ref.id;
                }
                static const QRegularExpression clauseId(
                    QStringLiteral(R"((?<![\w.])(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.]?\d))"));
                for (auto m = clauseId.globalMatch(text); m.hasNext();) {
                    const QString id = m.next().captured(1);
                    if (catalog.clause(id) && !clauses.contains(id) && !controls.contains(id))
                        clauses << id;
                }
                if (!controls.isEmpty())
                    r.links.insert(LinkKind::Control, controls);
                if (!clauses.isEmpty())
                    r.links.insert(LinkKind::Clause, clauses);
            } else {
                r.values.insert(field, text);
            }
        }
        if (const auto existing = existingByKey.constFind(key); existing != existingByKey.cend()) {
            planned.isNew = false;
            planned.before = existingRecords->at(existing.value());
            r.uuid = planned.before.uuid;
        } else {
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        plan.records.append(planned);
    }
    if (kind == TableKind::Soa) {
        for (const auto& control : catalog.controls()) {
            if (!seen.contains(control.id))
                plan.missingControls << control.id;
        }
    }
    return plan;
}

Status TableImporter::apply(AuditStore& store, const ImportPlan& plan)
{
    return store.batch([&]() -> Status {
        for (qsizetype i = 0; i < plan.records.size(); ++i) {
            const PlannedRecord& p = plan.records.at(i);
            const Record& r = p.record;
            if (p.isNew) {
                // The new records up to the next update go in together, several rows to a statement.
                QList<Record> fresh;
                qsizetype end = i;
                for (; end < plan.records.size() && plan.records.at(end).isNew; ++end)
                    fresh.append(plan.records.at(end).record);
                qsizetype failed = 0;
                if (auto inserted = store.insertMany(fresh, &failed); !inserted)
                    return Error{tr("Row %1: %2").arg(plan.records.at(i + failed).row).arg(inserted.error())};
                i = end - 1;
                continue;
            }
            QVariantMap values = r.values;
            values.remove(QStringLiteral("ref"));
            values.remove(QStringLiteral("control_id"));
            if (!values.isEmpty()) {
                if (Status s = store.setFields(r.kind, r.uuid, values); !s)
                    return Error{tr("Row %1: %2").arg(p.row).arg(s.error())};
            }
            for (auto it = r.links.cbegin(); it != r.links.cend(); ++it) {
                if (Status s = store.setLinks(r.kind, r.uuid, it.key(), it.value()); !s)
                    return Error{tr("Row %1: %2").arg(p.row).arg(s.error())};
            }
        }
        return {};
    });
}

Status TableImporter::revert(AuditStore& store, const ImportPlan& plan)
{
    return store.batch([&]() -> Status {
        for (auto p = plan.records.crbegin(); p != plan.records.crend(); ++p) {
            const Record& r = p->record;
            if (p->isNew) {
                if (Status s = store.remove(r.kind, r.uuid); !s)
                    return s;
                continue;
            }
            QVariantMap values;
            for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
                if (it.key() != QLatin1String("ref") && it.key() != QLatin1String("control_id"))
                    values.insert(it.key(), p->before.values.value(it.key()));
            }
            if (!values.isEmpty()) {
                if (Status s = store.setFields(r.kind, r.uuid, values); !s)
                    return s;
            }
            for (auto it = r.links.cbegin(); it != r.links.cend(); ++it) {
                if (Status s = store.setLinks(r.kind, r.uuid, it.key(), p->before.links.value(it.key())); !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace isoaudit
