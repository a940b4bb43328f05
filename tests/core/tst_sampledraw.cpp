// SPDX-License-Identifier: GPL-3.0-or-later
// SOC 2 samples drawn into records (issue 16, point 5): the policy's size, an override only with a reason, the same
// seed giving the same items, a replacement with a reason, a re-draw check that catches a tampered item, a second
// draw refused, an empty population never drawn, results on items.
#include "Soc2Fixture.h"

#include "soc2/PopulationImport.h"
#include "soc2/SampleDraw.h"
#include "soc2/SampleResults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestSampleDraw : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    /// An engagement whose control C-1 has a population of `rows` occurrences over 2024.
    std::unique_ptr<AuditStore> withPopulation(int rows, QString* control,
                                               const QString& frequency = QStringLiteral("daily"),
                                               const QString& automation = QStringLiteral("manual"))
    {
        auto store = soc2Engagement(m_dir.filePath(QStringLiteral("e%1.isoaudit").arg(++m_files)), control, frequency,
                                    automation);
        const QString csv = m_dir.filePath(QStringLiteral("p%1.csv").arg(m_files));
        writeFile(csv, rows > 0 ? populationCsv(rows) : QByteArray("id,date\n"));
        PopulationImportOptions o;
        o.controlUuid = *control;
        o.path = csv;
        auto imported = PopulationImport::run(*store, o);
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        return store;
    }
    static QStringList ids(const QList<Record>& items)
    {
        QStringList list;
        for (const Record& item : items)
            list << item.text(QStringLiteral("occurrence_id"));
        return list;
    }

private slots:
    void policySizeIsRecorded()
    {
        QString control;
        auto store = withPopulation(400, &control);
        SampleDrawOptions o;
        o.controlUuid = control;
        o.seed = 42;
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY2(drawn, qPrintable(drawn.error()));
        QCOMPARE(drawn->size, 25); // daily, under the shipped policy
        QCOMPARE(drawn->items.size(), 25);
        QCOMPARE(drawn->sample.text(QStringLiteral("seed")), QStringLiteral("42"));
        QVERIFY(drawn->sample.text(QStringLiteral("method")).startsWith(SampleSelection::methodName()));
        auto stored = store->record(RecordKind::Sample, drawn->sample.uuid);
        QVERIFY(stored);
        const QJsonObject basis = QJsonDocument::fromJson(stored->text(QStringLiteral("size_basis")).toUtf8()).object();
        QCOMPARE(basis.value(QStringLiteral("size")).toInt(), 25);
        QCOMPARE(store->count(RecordKind::SampleItem).value(), 25);
        // A second draw from the same population is refused until the first is removed.
        auto again = SampleDraw::draw(*store, o);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("remove that sample first")), qPrintable(again.error()));
        QVERIFY(SampleDraw::remove(*store, stored.value()));
        QVERIFY(SampleDraw::draw(*store, o));
    }

    void overrideNeedsReason()
    {
        QString control;
        auto store = withPopulation(400, &control);
        SampleDrawOptions o;
        o.controlUuid = control;
        o.size = 30;
        auto refused = SampleDraw::draw(*store, o);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("reason")), qPrintable(refused.error()));
        QCOMPARE(store->count(RecordKind::Sample).value(), 0);
        o.sizeReason = QStringLiteral("higher risk after the migration in May");
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY2(drawn, qPrintable(drawn.error()));
        QCOMPARE(drawn->items.size(), 30);
        QCOMPARE(drawn->policy.size, 25);
        QCOMPARE(store->record(RecordKind::Sample, drawn->sample.uuid)->text(QStringLiteral("size_reason")),
                 o.sizeReason);
    }

    void sameSeedSameItems()
    {
        QString a, b;
        auto first = withPopulation(1000, &a);
        auto second = withPopulation(1000, &b);
        SampleDrawOptions o;
        o.seed = 20240101;
        o.controlUuid = a;
        auto one = SampleDraw::draw(*first, o);
        o.controlUuid = b;
        auto two = SampleDraw::draw(*second, o);
        QVERIFY(one && two);
        QCOMPARE(ids(one->items), ids(two->items));
        o.seed = 7;
        o.population = QStringLiteral("nonexistent");
        QVERIFY(!SampleDraw::draw(*second, o));
    }

    void automatedControlOneInstance()
    {
        QString control;
        auto store = withPopulation(100, &control, QStringLiteral("daily"), QStringLiteral("automated"));
        SampleDrawOptions o;
        o.controlUuid = control;
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY2(drawn, qPrintable(drawn.error()));
        QCOMPARE(drawn->size, 1);
        QVERIFY(drawn->policy.changeManagementEvidence);
    }

    void emptyPopulationIsNotDrawn()
    {
        QString control;
        auto store = withPopulation(0, &control);
        SampleDrawOptions o;
        o.controlUuid = control;
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY(!drawn);
        QVERIFY2(drawn.error().contains(SampleSize::noOccurrencesMessage()), qPrintable(drawn.error()));
        QCOMPARE(store->count(RecordKind::Sample).value(), 0);
    }

    void replacementWithReason()
    {
        QString control;
        auto store = withPopulation(400, &control);
        SampleDrawOptions o;
        o.controlUuid = control;
        o.seed = 99;
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY(drawn);
        const Record first = drawn->items.first();
        const QString id = first.text(QStringLiteral("occurrence_id"));
        QVERIFY(!SampleDraw::replace(*store, control, id, QStringLiteral("  ")));
        auto added = SampleDraw::replace(*store, control, id, QStringLiteral("ticket archived before testing"));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->text(QStringLiteral("month")), first.text(QStringLiteral("month")));
        QVERIFY(added->text(QStringLiteral("occurrence_id")) != id);
        QVERIFY(!SampleDraw::itemOf(*store, control, id)); // the replaced item's record is gone
        QCOMPARE(store->count(RecordKind::SampleItem).value(), 25);
        auto sample = SampleDraw::sampleOf(*store, control);
        auto redrawn = SampleDraw::redrawCheck(*store, sample.value());
        QVERIFY2(redrawn, qPrintable(redrawn.error()));
        QCOMPARE(redrawn->replacements().size(), 1);
        QCOMPARE(redrawn->replacements().first().reason, QStringLiteral("ticket archived before testing"));
        // An item with a result is not replaced.
        SampleItemResult result{QStringLiteral("exception"), QStringLiteral("approval missing"),
                                QStringLiteral("A. Auditor"), QDate(2025, 1, 20), std::nullopt};
        auto tested = SampleResults::set(*store, control, added->text(QStringLiteral("occurrence_id")), result);
        QVERIFY2(tested, qPrintable(tested.error()));
        QCOMPARE(tested->text(QStringLiteral("result")), QStringLiteral("exception"));
        auto refused = SampleDraw::replace(*store, control, added->text(QStringLiteral("occurrence_id")),
                                           QStringLiteral("changed my mind"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("already has a result")), qPrintable(refused.error()));
        QVERIFY(!SampleDraw::remove(*store, sample.value()));
    }

    void redrawCheckCatchesTamperedItem()
    {
        QString control;
        auto store = withPopulation(400, &control);
        SampleDrawOptions o;
        o.controlUuid = control;
        o.seed = 5;
        auto drawn = SampleDraw::draw(*store, o);
        QVERIFY(drawn);
        QVERIFY(SampleDraw::redrawCheck(*store, drawn->sample));
        // An item swapped for an occurrence the seed does not draw.
        const QList<Record> items = drawn->items;
        QString other;
        for (int i = 1; i <= 400 && other.isEmpty(); ++i) {
            const QString candidate = QStringLiteral("TX-%1").arg(i, 4, 10, QLatin1Char('0'));
            if (!ids(items).contains(candidate))
                other = candidate;
        }
        QVERIFY(store->setField(RecordKind::SampleItem, items.at(3).uuid, QStringLiteral("occurrence_id"), other));
        auto check = SampleDraw::redrawCheck(*store, drawn->sample);
        QVERIFY(!check);
        QVERIFY2(check.error().contains(items.at(3).text(QStringLiteral("occurrence_id"))), qPrintable(check.error()));
    }
};

QTEST_GUILESS_MAIN(TestSampleDraw)
#include "tst_sampledraw.moc"
