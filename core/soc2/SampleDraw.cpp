// SPDX-License-Identifier: GPL-3.0-or-later
#include "soc2/SampleDraw.h"

#include "soc2/Populations.h"
#include "storage/AuditStore.h"
#include "storage/PopulationTable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace isoaudit {

namespace {

/// The sampling frame and, for each of its items, the population row it came from (the frame skips the rows
/// outside the period, so its positions are not the rows' numbers).
struct Frame
{
    QList<PopulationItem> items;
    QList<qint64> rowNos;
};

Result<Frame> loadFrame(const AuditStore& store, const QString& populationUuid)
{
    Frame frame;
    const Status read = PopulationTable::forEach(store, populationUuid, true, [&](const PopulationRow& row) {
        frame.items.append({row.occurrenceId, row.occurredOn});
        frame.rowNos.append(row.rowNo);
        return Status();
    });
    if (!read)
        return Error{read.error()};
    return frame;
}

Record itemRecord(const QString& sampleUuid, const SampleItem& item, const Frame& frame)
{
    return {RecordKind::SampleItem,
            {},
            sampleUuid,
            {{QStringLiteral("row_no"), frame.rowNos.value(item.row - 1)},
             {QStringLiteral("occurrence_id"), item.id},
             {QStringLiteral("occurred_on"), item.date.toString(Qt::ISODate)},
             {QStringLiteral("month"), item.month}},
            {}};
}

QJsonObject jsonOf(const Record& record, const QString& column)
{
    return QJsonDocument::fromJson(record.text(column).toUtf8()).object();
}

bool hasResult(const Record& item)
{
    return !item.text(QStringLiteral("result")).isEmpty();
}

} // namespace

QString SampleDraw::methodText()
{
    return QStringLiteral("%1 version %2").arg(SampleSelection::methodName()).arg(SampleSelection::methodVersion);
}

Result<SampleDrawResult> SampleDraw::draw(AuditStore& store, const SampleDrawOptions& options)
{
    auto control = store.record(RecordKind::ServiceControl, options.controlUuid);
    if (!control)
        return Error{control.error()};
    auto population = Populations::find(store, options.controlUuid, options.population);
    if (!population)
        return Error{population.error()};
    const QString ref = control->text(QStringLiteral("ref"));
    auto samples = store.records(RecordKind::Sample, options.controlUuid);
    if (!samples)
        return Error{samples.error()};
    const QList<Record> earlier = samples.value();
    for (const Record& sample : earlier) {
        if (sample.text(QStringLiteral("population_uuid")) == population->uuid)
            return Error{tr("Control %1 already has a sample from the population \"%2\" (seed %3, drawn %4); remove "
                            "that sample first to draw again.")
                             .arg(ref, population->text(QStringLiteral("name")), sample.text(QStringLiteral("seed")),
                                  sample.text(QStringLiteral("drawn_at")))};
    }
    if (auto intact = Populations::verify(store, population.value()); !intact)
        return Error{intact.error()};
    const int occurrences = population->integer(QStringLiteral("row_count")).value_or(0)
        - population->integer(QStringLiteral("out_of_period")).value_or(0);
    if (occurrences <= 0)
        return Error{tr("Control %1: %2").arg(ref, SampleSize::noOccurrencesMessage())};
    SampleSizeInput input{control->text(QStringLiteral("frequency")),
                          control->text(QStringLiteral("automation")) == QLatin1String("automated"), occurrences,
                          control->flag(QStringLiteral("prior_deviation"))};
    auto policy = SampleSize::compute(input, options.policy ? *options.policy : SampleSizePolicy::shipped());
    if (!policy)
        return Error{policy.error()};
    SampleDrawResult result;
    result.population = population.value();
    result.policy = policy.value();
    result.size = policy->size;
    if (options.size) {
        if (options.sizeReason.trimmed().isEmpty())
            return Error{
                tr("A sample size other than the firm's policy (%1) needs a reason on record.").arg(policy->size)};
        if (*options.size < 1)
            return Error{tr("The sample size %1 is below 1.").arg(*options.size)};
        result.size = *options.size;
        result.sizeReason = options.sizeReason.trimmed();
    }
    auto frame = loadFrame(store, population->uuid);
    if (!frame)
        return Error{frame.error()};
    const quint64 seed = options.seed ? *options.seed : SampleSelection::newSeed();
    auto selection = SampleSelection::draw(frame->items, result.size, seed);
    if (!selection)
        return Error{selection.error()};
    result.selection = selection.value();
    result.sample = {RecordKind::Sample,
                     {},
                     options.controlUuid,
                     {{QStringLiteral("population_uuid"), population->uuid},
                      {QStringLiteral("seed"), QString::number(seed)},
                      {QStringLiteral("method"), methodText()},
                      {QStringLiteral("size"), result.size},
                      {QStringLiteral("size_basis"), policy->toJson()},
                      {QStringLiteral("size_reason"), result.sizeReason},
                      {QStringLiteral("selection"), selection->toJson()},
                      {QStringLiteral("drawn_by"), options.drawnBy.isEmpty() ? store.author() : options.drawnBy},
                      {QStringLiteral("drawn_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
                     {}};
    const Status written = store.batch([&]() -> Status {
        auto uuid = store.insert(result.sample);
        if (!uuid)
            return Error{uuid.error()};
        result.sample.uuid = uuid.value();
        for (const SampleItem& item : selection->items())
            result.items.append(itemRecord(uuid.value(), item, frame.value()));
        auto items = store.insertMany(result.items);
        if (!items)
            return Error{items.error()};
        for (qsizetype i = 0; i < result.items.size(); ++i)
            result.items[i].uuid = items->at(i);
        return {};
    });
    if (!written)
        return Error{written.error()};
    auto stored = store.record(RecordKind::Sample, result.sample.uuid); // as records() return it (JSON as text)
    if (!stored)
        return Error{stored.error()};
    result.sample = stored.value();
    return result;
}

Result<Record> SampleDraw::sampleOf(const AuditStore& store, const QString& controlUuid, const QString& population)
{
    auto samples = store.records(RecordKind::Sample, controlUuid);
    if (!samples)
        return Error{samples.error()};
    const QList<Record> all = samples.value();
    if (!population.isEmpty()) {
        auto named = Populations::find(store, controlUuid, population);
        if (!named)
            return Error{named.error()};
        for (const Record& sample : all) {
            if (sample.text(QStringLiteral("population_uuid")) == named->uuid)
                return sample;
        }
        return Error{tr("No sample has been drawn from the population \"%1\".").arg(population)};
    }
    if (all.size() == 1)
        return all.first();
    if (all.isEmpty())
        return Error{tr("The control has no sample yet; draw one first.")};
    return Error{tr("The control has %1 samples; name the population of the one meant.").arg(all.size())};
}

Result<Record> SampleDraw::itemOf(const AuditStore& store, const QString& controlUuid, const QString& occurrenceId)
{
    auto samples = store.records(RecordKind::Sample, controlUuid);
    if (!samples)
        return Error{samples.error()};
    const QList<Record> all = samples.value();
    for (const Record& sample : all) {
        auto items = store.records(RecordKind::SampleItem, sample.uuid);
        if (!items)
            return Error{items.error()};
        const QList<Record> list = items.value();
        for (const Record& item : list) {
            if (item.text(QStringLiteral("occurrence_id")) == occurrenceId)
                return item;
        }
    }
    return Error{tr("\"%1\" is not an item of the control's sample.").arg(occurrenceId)};
}

Result<Record> SampleDraw::replace(AuditStore& store, const QString& controlUuid, const QString& occurrenceId,
                                   const QString& reason, const QString& population)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("An item is replaced only with a reason on record.")};
    auto sample = sampleOf(store, controlUuid, population);
    if (!sample)
        return Error{sample.error()};
    auto item = itemOf(store, controlUuid, occurrenceId);
    if (!item)
        return Error{item.error()};
    if (item->parentUuid != sample->uuid)
        return Error{tr("\"%1\" is not an item of this sample.").arg(occurrenceId)};
    if (hasResult(item.value()))
        return Error{tr("\"%1\" already has a result (%2); an item that was tested is not replaced.")
                         .arg(occurrenceId, item->text(QStringLiteral("result")))};
    auto frame = loadFrame(store, sample->text(QStringLiteral("population_uuid")));
    if (!frame)
        return Error{frame.error()};
    auto recorded = SampleSelection::fromJson(jsonOf(sample.value(), QStringLiteral("selection")), frame->items);
    if (!recorded)
        return Error{recorded.error()};
    auto replaced = SampleSelection::replace(recorded.value(), occurrenceId, reason.trimmed());
    if (!replaced)
        return Error{replaced.error()};
    Record added = itemRecord(sample->uuid, replaced->replacements().last().replacement, frame.value());
    const Status written = store.batch([&]() -> Status {
        if (auto removed = store.remove(RecordKind::SampleItem, item->uuid); !removed)
            return removed;
        auto uuid = store.insert(added);
        if (!uuid)
            return Error{uuid.error()};
        added.uuid = uuid.value();
        return store.setField(RecordKind::Sample, sample->uuid, QStringLiteral("selection"), replaced->toJson());
    });
    if (!written)
        return Error{written.error()};
    return added;
}

Result<SampleSelection> SampleDraw::redrawCheck(const AuditStore& store, const Record& given)
{
    auto read = store.record(RecordKind::Sample, given.uuid); // the sample as stored, not as a caller holds it
    if (!read)
        return Error{read.error()};
    const Record& sample = read.value();
    auto population = store.record(RecordKind::Population, sample.text(QStringLiteral("population_uuid")));
    if (!population)
        return Error{tr("The sample's population is not in this file: %1").arg(population.error())};
    if (auto intact = Populations::verify(store, population.value()); !intact)
        return Error{intact.error()};
    auto frame = loadFrame(store, population->uuid);
    if (!frame)
        return Error{frame.error()};
    const QJsonObject recorded = jsonOf(sample, QStringLiteral("selection"));
    if (recorded.value(QStringLiteral("seed")).toString() != sample.text(QStringLiteral("seed")))
        return Error{tr("The sample's seed %1 is not the seed of its selection (%2).")
                         .arg(sample.text(QStringLiteral("seed")), recorded.value(QStringLiteral("seed")).toString())};
    auto redrawn = SampleSelection::fromJson(recorded, frame->items);
    if (!redrawn)
        return Error{redrawn.error()};
    auto stored = store.records(RecordKind::SampleItem, sample.uuid);
    if (!stored)
        return Error{stored.error()};
    QMap<QString, Record> byId;
    for (const Record& item : stored.value())
        byId.insert(item.text(QStringLiteral("occurrence_id")), item);
    for (const SampleItem& item : redrawn->items()) {
        const auto found = byId.constFind(item.id);
        if (found == byId.cend())
            return Error{tr("The seed draws \"%1\" (%2), which is not among the sample's items.")
                             .arg(item.id, item.date.toString(Qt::ISODate))};
        const Record expected = itemRecord(sample.uuid, item, frame.value());
        for (const QString& column :
             {QStringLiteral("row_no"), QStringLiteral("occurred_on"), QStringLiteral("month")}) {
            if (found->text(column) != expected.text(column))
                return Error{tr("The sample's item \"%1\" records %2 %3; the seed draws %4.")
                                 .arg(item.id, column, found->text(column), expected.text(column))};
        }
        byId.remove(item.id);
    }
    if (!byId.isEmpty())
        return Error{tr("The sample holds \"%1\", which the seed does not draw.").arg(byId.firstKey())};
    return redrawn.value();
}

Status SampleDraw::remove(AuditStore& store, const Record& sample)
{
    auto items = store.records(RecordKind::SampleItem, sample.uuid);
    if (!items)
        return Error{items.error()};
    for (const Record& item : items.value()) {
        if (hasResult(item))
            return Error{tr("The sample's item \"%1\" has a result; a tested sample is not removed.")
                             .arg(item.text(QStringLiteral("occurrence_id")))};
    }
    return store.remove(RecordKind::Sample, sample.uuid);
}

} // namespace isoaudit
