// SPDX-License-Identifier: GPL-3.0-or-later
// ControlTestingModel (issue 17, point 4): the Testing page's list of controls passes QAbstractItemModelTester, shows
// each control's sample items tested out of those drawn and core's state (EngagementData::resultOf, not recounted
// here), follows results set by core (the CLI's path), and sums the engagement's progress.
#include "core/Soc2Fixture.h"
#include "delegates/ItemRoles.h"
#include "models/ControlTestingModel.h"
#include "soc2/PopulationImport.h"
#include "soc2/SampleDraw.h"
#include "soc2/SampleResults.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isoaudit;
using namespace isoaudit::test;

class TestControlTestingModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void showsProgressAndCoreState()
    {
        QString control;
        auto store = soc2Engagement(m_dir.filePath(QStringLiteral("e.isoaudit")), &control);
        auto other = store->insert({RecordKind::ServiceControl,
                                    {},
                                    {},
                                    {{QStringLiteral("ref"), QStringLiteral("C-10")},
                                     {QStringLiteral("title"), QStringLiteral("Empty list")}},
                                    {}});
        QVERIFY(other);

        ControlTestingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &ControlTestingModel::totalsChanged);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ControlTestingModel::ColumnCount));
        const int row = model.rowOf(control);
        QCOMPARE(model.index(row, ControlTestingModel::RefColumn).data().toString(), QStringLiteral("C-1"));
        QCOMPARE(model.index(row, ControlTestingModel::TitleColumn).data().toString(),
                 QStringLiteral("Changes are approved"));
        QCOMPARE(model.index(row, ControlTestingModel::ProgressColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(row, ControlTestingModel::StateColumn).data().toString(),
                 ControlResult::label(ControlResult::State::NotTested));
        QVERIFY(!(model.flags(model.index(row, ControlTestingModel::TitleColumn)) & Qt::ItemIsEditable));

        // A population and a sample through core: the counts follow on the next turn of the event loop.
        const QString csv = m_dir.filePath(QStringLiteral("p.csv"));
        writeFile(csv, populationCsv(400));
        PopulationImportOptions import;
        import.controlUuid = control;
        import.path = csv;
        QVERIFY(PopulationImport::run(*store, import));
        SampleDrawOptions draw;
        draw.controlUuid = control;
        draw.seed = 1;
        auto drawn = SampleDraw::draw(*store, draw);
        QVERIFY(drawn);
        QTRY_COMPARE(model.index(row, ControlTestingModel::ProgressColumn).data().toString(),
                     QStringLiteral("0 / 25"));
        QCOMPARE(model.totals().items, 25);
        QCOMPARE(model.totals().controls, 2);

        for (const Record& item : drawn->items) {
            SampleItemResult result;
            result.result = item.uuid == drawn->items.first().uuid ? QStringLiteral("exception")
                                                                    : QStringLiteral("no-exception");
            QVERIFY(SampleResults::set(*store, control, item.text(QStringLiteral("occurrence_id")), result));
        }
        model.refreshResults();
        QCOMPARE(model.index(row, ControlTestingModel::ProgressColumn).data().toString(), QStringLiteral("25 / 25"));
        QCOMPARE(model.resultOf(control).state, ControlResult::State::Exceptions);
        QCOMPARE(model.index(row, ControlTestingModel::StateColumn).data().toString(),
                 ControlResult::label(ControlResult::State::Exceptions));
        QCOMPARE(model.totals().itemsTested, 25);
        QCOMPARE(model.totals().exceptions, 1);
        QCOMPARE(model.totals().controlsDone, 1);
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.last().first().value<TestingTotals>().itemsTested, 25);

        // An empty population: the control did not occur.
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        writeFile(empty, "Ticket ID,Created On\n");
        import.controlUuid = other.value();
        import.path = empty;
        QVERIFY(PopulationImport::run(*store, import));
        model.refreshResults();
        QCOMPARE(model.resultOf(other.value()).state, ControlResult::State::NotOccurring);
        QCOMPARE(model.index(model.rowOf(other.value()), ControlTestingModel::StateColumn).data().toString(),
                 ControlResult::label(ControlResult::State::NotOccurring));
        QCOMPARE(model.totals().controlsDone, 2);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().controls, 0);
    }
};

QTEST_MAIN(TestControlTestingModel)
#include "tst_controltestingmodel.moc"
