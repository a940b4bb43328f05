// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TableExporter.h"

#include "domain/RiskMethod.h"
#include "domain/ValueLabels.h"
#include "i18n/Translations.h"

#include "catalog/Catalog.h"
#include "import/XlsxWriter.h"
#include "storage/AuditStore.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTranslator>

namespace isoaudit {

namespace {

QVariant dateOrEmpty(const Record& r, const QString& column)
{
    const QDate d = QDate::fromString(r.text(column), Qt::ISODate);
    return d.isValid() ? QVariant(d) : QVariant(QString());
}

QVariant intOrEmpty(const Record& r, const QString& column)
{
    const auto n = r.integer(column);
    return n ? QVariant(*n) : QVariant(QString());
}

const char* const yesSource = QT_TRANSLATE_NOOP("TableExporter", "Yes");
const char* const noSource = QT_TRANSLATE_NOOP("TableExporter", "No");

QString csvField(const QVariant& value)
{
    QString text = value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char(';'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

/// The header row of an export in the UI's language.
QVariantList headerRow(TableKind kind)
{
    QVariantList row;
    for (const char* source : TableExporter::headerSources(kind))
        row << TableExporter::tr(source);
    return row;
}

} // namespace

Result<QList<QVariantList>> TableExporter::rows(const AuditStore& store, TableKind kind)
{
    auto risks = store.records(RecordKind::Risk);
    auto findings = store.records(RecordKind::Finding);
    if (!risks || !findings)
        return Error{!risks ? risks.error() : findings.error()};
    QHash<QString, QString> riskRef; // uuid -> ref
    QHash<QString, QStringList> risksByControl;
    for (const auto& r : risks.value()) {
        riskRef.insert(r.uuid, r.text("ref"));
        for (const auto& c : r.linked(LinkKind::Control))
            risksByControl[c] << r.text("ref");
    }
    QHash<QString, QStringList> findingsByControl;
    QHash<QString, QStringList> findingsByRisk;
    QHash<QString, Record> findingByUuid;
    for (const auto& f : findings.value()) {
        findingByUuid.insert(f.uuid, f);
        for (const auto& c : f.linked(LinkKind::Control))
            findingsByControl[c] << f.text("ref");
        for (const auto& r : f.linked(LinkKind::Risk))
            findingsByRisk[riskRef.value(r)] << f.text("ref");
    }
    const Catalog& catalog = Catalog::isoSpecificByNature();
    QList<QVariantList> table;
    // A stored value as the workbench labels it (one label table, core/domain/ValueLabels); an empty cell stays empty.
    auto v = [](const Record& r, const char* column) {
        const QString value = r.text(QLatin1String(column));
        const auto list = TableExporter::listOf(r.kind, QLatin1String(column));
        return value.isEmpty() || !list ? value : ValueLabels::label(*list, value);
    };
    switch (kind) {
    case TableKind::Soa: {
        table << headerRow(kind);
        auto soa = store.records(RecordKind::SoaEntry);
        if (!soa)
            return Error{soa.error()};
        for (const auto& e : soa.value()) {
            const QString id = e.text("control_id");
            const CatalogItem* item = catalog.control(id);
            table << QVariantList{QStringLiteral("A.") + id,
                                  item ? item->title : QString(),
                                  item ? item->theme : QString(),
                                  v(e, "applicable"),
                                  e.text("justification"),
                                  v(e, "implementation"),
                                  e.text("client_reference"),
                                  v(e, "verdict"),
                                  risksByControl.value(id).join(", "),
                                  findingsByControl.value(id).join(", "),
                                  e.text("notes")};
        }
        break;
    }
    case TableKind::Risks: {
        auto method = store.riskMethod();
        if (!method)
            return Error{method.error()};
        // Scores and levels as the client's method gives them (product, sum or the client's matrix).
        const RiskMethod scoring = RiskMethod::fromRecord(method.value());
        auto scoreCell
            = [&](const std::optional<int>& score) { return score ? QVariant(*score) : QVariant(QString()); };
        auto levelCell = [&](const std::optional<int>& score) {
            const RiskBand* band = score ? scoring.band(*score) : nullptr;
            return band ? band->label : QString();
        };
        table << headerRow(kind);
        for (const auto& r : risks.value()) {
            const auto score = scoring.scoreOf(r);
            const auto residual = scoring.scoreOf(r, true);
            QStringList controls;
            for (const auto& c : r.linked(LinkKind::Control))
                controls << QStringLiteral("A.") + c;
            table << QVariantList{r.text("ref"),
                                  r.text("asset"),
                                  r.text("threat"),
                                  r.text("vulnerability"),
                                  r.text("owner"),
                                  intOrEmpty(r, "likelihood"),
                                  intOrEmpty(r, "impact"),
                                  scoreCell(score),
                                  levelCell(score),
                                  v(r, "treatment"),
                                  r.text("treatment_plan"),
                                  controls.join(", "),
                                  intOrEmpty(r, "residual_likelihood"),
                                  intOrEmpty(r, "residual_impact"),
                                  scoreCell(residual),
                                  levelCell(residual),
                                  tr(r.flag("residual_accepted") ? yesSource : noSource),
                                  r.text("accepted_by"),
                                  dateOrEmpty(r, "accepted_on"),
                                  dateOrEmpty(r, "last_reviewed"),
                                  findingsByRisk.value(r.text("ref")).join(", "),
                                  r.text("notes")};
        }
        break;
    }
    case TableKind::Findings: {
        table << headerRow(kind);
        for (const auto& f : findings.value()) {
            QStringList controls;
            for (const auto& c : f.linked(LinkKind::Control))
                controls << QStringLiteral("A.") + c;
            QStringList risksLinked;
            for (const auto& r : f.linked(LinkKind::Risk))
                risksLinked << riskRef.value(r);
            auto actions = store.records(RecordKind::CorrectiveAction, f.uuid);
            QString status;
            if (actions && !actions->isEmpty())
                status = v(actions->last(), "status");
            table << QVariantList{f.text("ref"),
                                  v(f, "grade"),
                                  f.text("title"),
                                  f.text("requirement"),
                                  f.linked(LinkKind::Clause).join(", "),
                                  controls.join(", "),
                                  f.text("statement"),
                                  f.text("objective_evidence"),
                                  dateOrEmpty(f, "raised_on"),
                                  f.text("raised_by"),
                                  risksLinked.join(", "),
                                  status};
        }
        break;
    }
    case TableKind::Controls: {
        table << headerRow(kind);
        auto controls = store.records(RecordKind::ServiceControl);
        if (!controls)
            return Error{controls.error()};
        for (const auto& c : controls.value()) {
            table << QVariantList{c.text("ref"),
                                  c.text("title"),
                                  c.text("description"),
                                  c.text("owner"),
                                  v(c, "frequency"),
                                  v(c, "automation"),
                                  tr(c.flag("key_control") ? yesSource : noSource),
                                  c.linked(LinkKind::Criterion).join(", "),
                                  c.text("notes")};
        }
        break;
    }
    case TableKind::Actions: {
        table << headerRow(kind);
        auto actions = store.records(RecordKind::CorrectiveAction);
        if (!actions)
            return Error{actions.error()};
        for (const auto& a : actions.value()) {
            const Record f = findingByUuid.value(a.parentUuid);
            table << QVariantList{
                f.text("ref"),          v(f, "grade"),         a.text("correction"),         a.text("root_cause"),
                a.text("action"),       a.text("owner"),       dateOrEmpty(a, "due_date"),   v(a, "status"),
                a.text("verification"), a.text("verified_by"), dateOrEmpty(a, "verified_on")};
        }
        break;
    }
    }
    return table;
}

Status TableExporter::write(const AuditStore& store, TableKind kind, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error{tr("Export to a file ending in .xlsx or .csv, not \"%1\".").arg(QFileInfo(path).fileName())};
    auto table = rows(store, kind);
    if (!table)
        return Error{table.error()};
    if (suffix == QLatin1String("csv"))
        return writeCsv(table.value(), path);
    return writeXlsx(table.value(), TableKinds::label(kind), path);
}

Status TableExporter::writeCsv(const QList<QVariantList>& rows, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    QByteArray out("\xEF\xBB\xBF");
    for (const auto& row : rows) {
        QStringList fields;
        for (const auto& cell : row)
            fields << csvField(cell);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

Status TableExporter::writeXlsx(const QList<QVariantList>& rows, const QString& sheetName, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = XlsxWriter::workbook(rows, sheetName);
    if (!bytes)
        return Error{tr("Could not write %1: %2").arg(name, bytes.error())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(name, file.errorString())};
    if (file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error{tr("Could not write %1: %2").arg(name, file.errorString())};
    return {};
}

std::optional<ValueList> TableExporter::listOf(RecordKind kind, const QString& column)
{
    struct Column
    {
        RecordKind kind;
        const char* column;
        ValueList list;
    };
    static const Column columns[] = {
        {RecordKind::SoaEntry, "applicable", ValueList::Applicability},
        {RecordKind::SoaEntry, "implementation", ValueList::Implementation},
        {RecordKind::SoaEntry, "verdict", ValueList::ControlVerdict},
        {RecordKind::Risk, "treatment", ValueList::Treatment},
        {RecordKind::Finding, "grade", ValueList::FindingGrade},
        {RecordKind::CorrectiveAction, "status", ValueList::ActionStatus},
        {RecordKind::ServiceControl, "frequency", ValueList::ControlFrequency},
        {RecordKind::ServiceControl, "automation", ValueList::ControlAutomation},
    };
    for (const Column& c : columns) {
        if (c.kind == kind && column == QLatin1String(c.column))
            return c.list;
    }
    return std::nullopt;
}

QStringList TableExporter::booleanSpellings(bool value)
{
    const char* source = value ? yesSource : noSource;
    QStringList spellings{QString::fromUtf8(source)};
    for (const QString& code : Translations::languages()) {
        if (const QTranslator* translator = Translations::shared(code)) {
            const QString translated = translator->translate("TableExporter", source);
            if (!translated.isEmpty() && !spellings.contains(translated))
                spellings << translated;
        }
    }
    return spellings;
}

} // namespace isoaudit
